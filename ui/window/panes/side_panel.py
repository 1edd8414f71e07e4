"""The side panel: where the article list comes from. All articles, a tag, a dossier, a saved
search or the trash; each with its count, and a context menu (right click, the Menu key or
Shift+F10) to rename, delete, create dossiers, export a dossier and empty the trash. Articles
dragged from the list onto a dossier are added to it.

Signals (what the main window wires):
    all_chosen()                      All articles chosen
    tag_chosen(name)                  a tag chosen
    dossier_chosen(dossier id)        a dossier chosen
    saved_search_chosen(query)        a saved search chosen: its query
    trash_chosen()                    the trash chosen
    dossier_export_requested(id)      "Export to PDF…" on a dossier
    articles_dropped_on_dossier(dossier id, article ids)   after they were added to it
    archive_changed(Changes)          after any change the panel made (rename, delete, empty
                                      trash, drop, save search): the window refreshes from it
    refreshed()                       names and counts read again (on the runner) are shown
    failed(message, is_bug)           they could not be read
A choice is announced when the user makes it (click, arrow keys, Return; clicking the chosen
item again announces it again). `refresh()` reads names and counts on the window's
TaskRunner; once they show, it announces only when what is shown changed under the user: the
chosen tag renamed or the chosen search's query replaced (announced again), or the chosen item
deleted (All articles chosen instead).

Changes run as writes of the window's TaskRunner; `archive_changed` follows when one is
done, and the window refreshes the panel from it (the panel never refreshes itself after a
change). Articles dropped on a dossier are only announced: the window adds them, by the same
path as the list's "Add to dossier".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from storage.archive import Archive
from storage.changes import Changes
from storage.text import clean_line
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.name_prompt import NamePrompt
from ui.window.models.side_panel_model import (
    NodeKey,
    NodeKind,
    PanelContents,
    SidePanelModel,
    read_contents,
)
from ui.window.tasks import Task, TaskRunner
from ui.window.undo import UndoHistory, through

Choice = tuple[NodeKey, object]  # the chosen item, and what its signal carried
M = SidePanelModel


class SidePanel(QTreeView):
    all_chosen = Signal()
    tag_chosen = Signal(str)
    dossier_chosen = Signal(int)
    saved_search_chosen = Signal(str)
    trash_chosen = Signal()
    dossier_export_requested = Signal(int)
    articles_dropped_on_dossier = Signal(int, list)
    archive_changed = Signal(object)
    refreshed = Signal()
    failed = Signal(str, bool)  # names and counts could not be read: why, and if it is a bug

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._count_task: Task | None = None  # counting what the saved searches find
        self._jobs: dict[QObject, _Pending] = {}
        # a tag renamed or deleted is one undoable step (Ctrl+Z); the window sets its own
        # history here, whose changes it applies
        self.history = UndoHistory(archive, self, through(runner))
        self.history.changed.connect(lambda changes, _relist: self.archive_changed.emit(changes))
        self.history.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("The tag was not changed"), message)
        )
        self._refresh_generation = 0  # only the newest read of names and counts is shown
        self.side_model = SidePanelModel()
        self.setModel(self.side_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDropIndicatorShown(True)
        self.setAutoExpandDelay(600)
        self.setAccessibleName(self.tr("Archive sections"))
        self.context_menu = QMenu(self)
        self._chosen: Choice = ((NodeKind.ALL, 0), None)
        self._is_refreshing = False
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self.side_model.article_ids_dropped.connect(self._on_side_model_article_ids_dropped)
        self.refresh()
        for kind in (NodeKind.TAGS, NodeKind.DOSSIERS, NodeKind.SEARCHES):
            self.expand(self.side_model.index_of(kind))
        self.select_all_articles()

    # -- public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read names and counts again (after any change to the archive), on the runner;
        `refreshed` says when they show. What is expanded and the current item stay."""
        self._refresh_generation += 1
        archive, generation = self._archive, self._refresh_generation
        task = self._runner.read(lambda *_: (generation, read_contents(archive)))
        task.finished.connect(self._on_contents_read)
        task.failed.connect(self.failed)

    def _on_contents_read(self, read: tuple[int, PanelContents]) -> None:
        generation, contents = read
        if generation != self._refresh_generation:
            return
        current = self.side_model.key_of(self.currentIndex())
        expanded = self._expanded_keys(QModelIndex())
        self._is_refreshing = True
        try:
            self.side_model.show_contents(contents)
            self._expand(QModelIndex(), expanded)
            index = self.side_model.index_of(*current) if current else QModelIndex()
            if index.isValid() and index != self.currentIndex():
                self.setCurrentIndex(index)
            elif not index.isValid():
                self.setCurrentIndex(self.side_model.index_of(*self._chosen[0]))
        finally:
            self._is_refreshing = False
        self.setMinimumWidth(self.headings_width())
        self._count_searches()
        chosen = self.side_model.index_of(*self._chosen[0])
        if not chosen.isValid():
            self._silently_make_current(self.side_model.index_of(NodeKind.ALL))
            self._announce(self.currentIndex())
        elif self._payload(chosen) != self._chosen[1]:
            self._announce(chosen)
        self.refreshed.emit()

    def headings_width(self) -> int:
        """The panel's width that shows every heading (All articles, Tags, Saved searches…)
        whole, in the interface's language, beside a scroll bar: the panel is never narrower,
        so «عمليات البحث المحفوظة» is not cut. Names under the headings may still be elided."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        widest = max(
            (
                delegate.sizeHint(option, self.side_model.index(row, 0)).width()
                for row in range(self.side_model.rowCount())
            ),
            default=0,
        )
        # the scroll bar's room too: a panel of many tags scrolls
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return widest + self.indentation() + 2 * self.frameWidth() + bar + 4

    def _count_searches(self) -> None:
        """Count what each saved search finds, off the GUI thread; the counts show when done."""
        archive = self._archive

        def count(_progress: object, is_cancelled: Callable[[], bool]) -> dict[int, int]:
            counts: dict[int, int] = {}
            for search in archive.saved_searches():
                if is_cancelled():
                    break
                counts[search.id] = len(archive.article_ids(search.query))
            return counts

        if self._count_task is not None:
            self._count_task.cancel()
        task = self._runner.prepare(count, writes=False)
        task.finished.connect(self.side_model.set_search_counts)
        task.failed.connect(self._on_count_failed)
        self._count_task = task
        task.start()

    def _on_count_failed(self, message: str, is_bug: bool) -> None:
        if is_bug:  # an archive error is a hint only: the search itself will tell
            report_background_bug(message)

    def select_all_articles(self) -> None:
        """Show All articles as the choice, without announcing it (the caller shows them)."""
        index = self.side_model.index_of(NodeKind.ALL)
        self._silently_make_current(index)
        self._chosen = ((NodeKind.ALL, 0), None)

    def save_search(self, query: str) -> None:
        """Ask a name for ``query`` and keep it in the archive (asking first before it replaces
        the query of a saved search of that name)."""
        if not query.strip():
            QMessageBox.warning(
                self, self.tr("The search was not saved"), self.tr("Type a search to save first.")
            )
            return
        name = NamePrompt.ask(self, self.tr("Save search"), self.tr("Name of the saved search:"))
        if name is None:
            return
        used = self._saved_query(clean_line(name))
        if used is not None and used != clean_line(query):
            question = self.tr("Replace the saved search “{name}”?").format(name=clean_line(name))
            detail = self.tr("It searches for: {query}").format(query=used)
            if not ConfirmDeleteDialog.ask(self, question, detail):
                return
        failure = self.tr("The search was not saved")
        self._change("save_search", failure, lambda: self._archive.save_search(name, query)[1])

    def menu_for(self, index: QModelIndex) -> QMenu:
        """The context menu of ``index`` (empty for an item without one); its actions are
        named for tests: rename_tag, delete_tag, new_dossier, rename_dossier, delete_dossier,
        export_dossier, delete_saved_search, empty_trash."""
        menu = self.context_menu
        menu.clear()
        key = self.side_model.key_of(index)
        item = _Item(
            key[1] if key else 0,
            str(index.data(M.NAME_ROLE) or ""),
            int(index.data(M.COUNT_ROLE) or 0),
        )
        for entry in self._menu_entries(key[0] if key else None, item):
            if entry is None:
                menu.addSeparator()
                continue
            name, text, slot, is_enabled = entry
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setEnabled(is_enabled)
            self._connect(action, slot, item)
        return menu

    def _menu_entries(self, kind: NodeKind | None, item: _Item) -> list[_MenuEntry | None]:
        new_dossier = ("new_dossier", self.tr("New dossier…"), self._new_dossier, True)
        if kind is NodeKind.TAG:
            return [
                ("rename_tag", self.tr("Rename…"), self._rename_tag, True),
                ("delete_tag", self.tr("Delete"), self._delete_tag, True),
            ]
        if kind is NodeKind.DOSSIERS:
            return [new_dossier]
        if kind is NodeKind.DOSSIER:
            return [
                new_dossier,
                None,
                ("rename_dossier", self.tr("Rename…"), self._rename_dossier, True),
                ("delete_dossier", self.tr("Delete"), self._delete_dossier, True),
                None,
                ("export_dossier", self.tr("Export to PDF…"), self._export_dossier, item.count > 0),
            ]
        if kind is NodeKind.SEARCH:
            return [("delete_saved_search", self.tr("Delete"), self._delete_saved_search, True)]
        if kind is NodeKind.TRASH:
            is_emptying = any(p.name == "empty_trash" for p in self._jobs.values())
            is_enabled = item.count > 0 and not is_emptying
            return [("empty_trash", self.tr("Empty trash…"), self._empty_trash, is_enabled)]
        return []

    @staticmethod
    def _connect(action: QAction, slot: Callable[[_Item], None], item: _Item) -> None:
        action.triggered.connect(lambda: slot(item))

    # -- choosing ----------------------------------------------------------------------------

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._is_refreshing:
            self._announce(current)

    def _payload(self, index: QModelIndex) -> object:
        kind = (self.side_model.key_of(index) or (None, 0))[0]
        if kind is NodeKind.TAG:
            return index.data(M.NAME_ROLE)
        if kind is NodeKind.DOSSIER:
            return index.data(M.ITEM_ID_ROLE)
        return index.data(M.QUERY_ROLE) if kind is NodeKind.SEARCH else None

    def _announce(self, index: QModelIndex) -> None:
        key = self.side_model.key_of(index)
        if key is None or key[0] in (NodeKind.TAGS, NodeKind.DOSSIERS, NodeKind.SEARCHES):
            return  # a section's heading shows nothing of its own
        payload = self._payload(index)
        self._chosen = (key, payload)
        if key[0] is NodeKind.ALL:
            self.all_chosen.emit()
        elif key[0] is NodeKind.TAG:
            self.tag_chosen.emit(payload)
        elif key[0] is NodeKind.DOSSIER:
            self.dossier_chosen.emit(payload)
        elif key[0] is NodeKind.SEARCH:
            self.saved_search_chosen.emit(payload)
        else:
            self.trash_chosen.emit()

    def _silently_make_current(self, index: QModelIndex) -> None:
        self._is_refreshing = True
        try:
            self.setCurrentIndex(index)
        finally:
            self._is_refreshing = False

    def _expanded_keys(self, parent: QModelIndex) -> set[NodeKey]:
        keys: set[NodeKey] = set()
        for row in range(self.side_model.rowCount(parent)):
            index = self.side_model.index(row, 0, parent)
            key = self.side_model.key_of(index)
            if key is not None and self.isExpanded(index):
                keys |= {key, *self._expanded_keys(index)}
        return keys

    def _expand(self, parent: QModelIndex, keys: set[NodeKey]) -> None:
        for row in range(self.side_model.rowCount(parent)):
            index = self.side_model.index(row, 0, parent)
            if self.side_model.key_of(index) in keys:
                self.setExpanded(index, True)
                self._expand(index, keys)

    def _saved_query(self, name: str) -> str | None:
        section = self.side_model.index_of(NodeKind.SEARCHES)
        for row in range(self.side_model.rowCount(section)):
            index = self.side_model.index(row, 0, section)
            if index.data(M.NAME_ROLE) == name:
                return str(index.data(M.QUERY_ROLE))
        return None

    # -- mouse and keyboard ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()  # the context menu follows; the choice stays
            return
        before = self.currentIndex()
        super().mousePressEvent(event)
        hit = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and hit.isValid() and hit == before:
            self._announce(hit)  # chosen again: shown again (after a search, say)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self._popup(self.currentIndex(), self._menu_position(self.currentIndex()))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._announce(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            self._popup(self.indexAt(event.pos()), event.globalPos())
        else:  # the Menu key: the current item's menu, by the item
            self._popup(self.currentIndex(), self._menu_position(self.currentIndex()))

    def _menu_position(self, index: QModelIndex) -> QPoint:
        rect = self.visualRect(index) if index.isValid() else self.viewport().rect()
        return self.viewport().mapToGlobal(rect.center())

    def _popup(self, index: QModelIndex, where: QPoint) -> None:
        menu = self.menu_for(index)
        if not menu.isEmpty():
            menu.popup(where)

    # -- the actions (each on the item its menu was opened on) --------------------------------

    def _rename_tag(self, tag: _Item) -> None:
        label = self.tr("New name of the tag “{name}”:").format(name=tag.name)
        new = NamePrompt.ask(self, self.tr("Rename tag"), label, tag.name)
        if new is not None and new != tag.name:
            self.history.rename_tag(tag.id, tag.name, new)

    def _delete_tag(self, tag: _Item) -> None:
        question = self.tr("Delete the tag “{name}”?").format(name=tag.name)
        detail = self.tr("It is taken off %n article(s); they stay in the archive.", "", tag.count)
        if ConfirmDeleteDialog.ask(self, question, detail):
            self.history.delete_tag(tag.id, tag.name)

    def _new_dossier(self, _item: _Item) -> None:
        name = NamePrompt.ask(self, self.tr("New dossier"), self.tr("Name of the new dossier:"))
        if name is not None:
            failure = self.tr("The dossier was not created")
            self._change("new_dossier", failure, lambda: self._archive.create_dossier(name)[1])

    def _rename_dossier(self, dossier: _Item) -> None:
        label = self.tr("New name of the dossier “{name}”:").format(name=dossier.name)
        new = NamePrompt.ask(self, self.tr("Rename dossier"), label, dossier.name)
        if new is not None and new != dossier.name:
            failure = self.tr("The dossier was not renamed")
            self._change(
                "rename_dossier", failure, lambda: self._archive.rename_dossier(dossier.id, new)
            )

    def _delete_dossier(self, dossier: _Item) -> None:
        question = self.tr("Delete the dossier “{name}”?").format(name=dossier.name)
        detail = self.tr("Its %n article(s) stay in the archive.", "", dossier.count)
        if ConfirmDeleteDialog.ask(self, question, detail):
            failure = self.tr("The dossier was not deleted")
            self._change(
                "delete_dossier", failure, lambda: self._archive.delete_dossier(dossier.id)
            )

    def _export_dossier(self, dossier: _Item) -> None:
        self.dossier_export_requested.emit(dossier.id)

    def _delete_saved_search(self, search: _Item) -> None:
        failure = self.tr("The saved search was not deleted")
        self._change(
            "delete_saved_search", failure, lambda: self._archive.delete_saved_search(search.id)
        )

    def _empty_trash(self, trash: _Item) -> None:
        question = self.tr("Delete the %n article(s) in the trash for good?", "", trash.count)
        detail = self.tr("Their notes and attached files go with them. This cannot be undone.")
        if ConfirmDeleteDialog.ask(self, question, detail):
            failure = self.tr("The trash was not emptied")
            self._change("empty_trash", failure, self._archive.empty_trash)

    def _on_side_model_article_ids_dropped(self, dossier_id: int, ids: list[int]) -> None:
        self.articles_dropped_on_dossier.emit(dossier_id, ids)  # the window adds them

    # -- running a change --------------------------------------------------------------------

    def _change(
        self,
        name: str,
        failure_title: str,
        change: Callable[[], Changes],
        then: Callable[[], object] | None = None,
    ) -> None:
        """Run ``change`` as a write; then announce it, and run ``then``."""
        job = self._runner.prepare(lambda _progress, _is_cancelled: change(), writes=True)
        self._jobs[job] = _Pending(name, failure_title, then)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.start()

    def _on_job_finished(self, changes: object) -> None:
        pending = self._jobs.pop(self.sender(), None)
        if pending is None:
            return
        self.archive_changed.emit(changes)  # the window refreshes this panel from it
        if pending.then is not None:
            pending.then()

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        pending = self._jobs.pop(self.sender(), None)
        if pending is None:
            return
        if is_bug:
            report_background_bug(message)
        else:
            QMessageBox.warning(self, pending.failure_title, message)


@dataclass(frozen=True)
class _Pending:
    """A change being written: what it is, the title of its failure, what follows."""

    name: str
    failure_title: str
    then: Callable[[], object] | None


@dataclass(frozen=True)
class _Item:
    """What a context menu was opened on: its tag, dossier or saved search id, name, count."""

    id: int
    name: str
    count: int


_MenuEntry = tuple[str, str, Callable[[_Item], None], bool]  # object name, text, slot, enabled
