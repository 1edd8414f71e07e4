"""What the user does with the articles selected in the list: move them to the trash and
back, delete them for good, put them in a dossier, take them out, reorder it. Every call is
one archive transaction run as a write of the window's TaskRunner, and all but deleting for
good go through the undo history (one step each); what changed goes out as `changed` (from
here or the history) for the window to refresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QMenu, QWidget

from storage.archive import Archive
from storage.changes import Changes
from storage.records import ArticleId
from ui.window.dialogs.choose_dossier import ChooseDossierDialog
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.panes.article_list import ArticleList
from ui.window.tasks import TaskRunner
from ui.window.undo import UndoHistory
from ui.window.window_actions import WindowActions


class ListCommands(QObject):
    changed = Signal(object, bool)  # the Changes, and whether the list must be found again
    message = Signal(str)  # for the status bar
    failed = Signal(str, bool)  # why, and whether it is a bug

    def __init__(
        self,
        archive: Archive,
        article_list: ArticleList,
        actions: WindowActions,
        runner: TaskRunner,
        window: QWidget,
        history: UndoHistory,
    ) -> None:
        super().__init__(window)
        self._archive = archive
        self._runner = runner
        self._history = history
        self._list = article_list
        self._actions = actions
        self._window = window
        self.bulk_menu: QMenu | None = None  # changes to every selected article (bulk_commands)
        actions.trash.triggered.connect(self.trash)
        actions.restore.triggered.connect(self.restore)
        actions.purge.triggered.connect(self.purge)
        actions.add_to_dossier.triggered.connect(self.add_to_dossier)
        actions.remove_from_dossier.triggered.connect(self.remove_from_dossier)
        actions.move_up.triggered.connect(lambda: self.move_in_dossier(-1))
        actions.move_down.triggered.connect(lambda: self.move_in_dossier(+1))

    def _run(self, work: Callable[[], Changes], then: Callable[[Changes], object]) -> None:
        """Run an archive mutation (not undoable) as a write, then ``then(changes)``; a
        failure goes out as ``failed``."""
        task = self._runner.write(lambda _progress, _is_cancelled: work())
        task.finished.connect(then)
        task.failed.connect(self.failed)

    def update_actions(self) -> None:
        has_selection = bool(self._list.selected_ids())
        in_trash = self._list.listing.scope.kind == "trash"
        in_dossier = self._list.listing.scope.kind == "dossier"
        actions = self._actions
        actions.trash.setEnabled(has_selection and not in_trash)
        actions.restore.setEnabled(has_selection and in_trash)
        actions.purge.setEnabled(has_selection and in_trash)
        actions.add_to_dossier.setEnabled(has_selection and not in_trash)
        actions.copy_citation.setEnabled(has_selection)
        actions.export_citations.setEnabled(self._list.article_model.rowCount() > 0)
        for action in (actions.remove_from_dossier, actions.move_up, actions.move_down):
            action.setEnabled(has_selection and in_dossier)
        actions.save_search.setEnabled(self._list.listing.scope.kind == "archive")

    def show_menu(self, position: QPoint) -> None:
        menu = QMenu(self._window)
        actions = self._actions
        if self._list.listing.scope.kind == "trash":
            menu.addActions([actions.restore, actions.purge])
        else:
            menu.addActions([actions.edit_article, actions.add_to_dossier])
            if self.bulk_menu is not None:
                menu.addMenu(self.bulk_menu)
            if self._list.listing.scope.kind == "dossier":
                menu.addActions([actions.remove_from_dossier, actions.move_up, actions.move_down])
            menu.addSeparator()
            menu.addActions([actions.copy_citation, actions.export, actions.export_citations])
            menu.addAction(actions.trash)
        menu.popup(self._list.viewport().mapToGlobal(position))

    def trash(self) -> None:
        ids = self._list.selected_ids()
        message = self.tr("%n article(s) moved to the trash", "", len(ids))
        if ids:
            self._history.trash(ids, lambda _changes: self.message.emit(message))

    def restore(self) -> None:
        ids = self._list.selected_ids()
        if ids:
            self._history.restore(ids)

    def purge(self) -> None:
        ids = self._list.selected_ids()
        question = self.tr("Delete %n article(s) for good? This cannot be undone.", "", len(ids))
        if ids and ConfirmDeleteDialog.ask(self._window, question):
            self._run(
                lambda: self._archive.purge_articles(ids),
                lambda changes: self.changed.emit(changes, False),
            )

    def add_to_dossier(self) -> None:
        ids = self._list.selected_ids()
        chosen = ChooseDossierDialog.ask(self._window, self._archive.dossiers())
        if ids and chosen is not None:
            self.put_in_dossier(chosen, ids)

    def put_in_dossier(self, chosen: int | str, ids: list[ArticleId] | list[int]) -> None:
        """Add ``ids`` to the dossier (an id, or the name of a new one), one undoable step:
        the one path of the menu's "Add to dossier" and of articles dropped on a dossier in
        the side panel."""
        message = self.tr("%n article(s) added to the dossier", "", len(ids))

        def added(_changes: Changes) -> None:
            self.message.emit(message)

        if isinstance(chosen, str):
            self._history.add_to_new_dossier(chosen, ids, added)
        else:
            text = self.tr("Add %n article(s) to a dossier", "", len(ids))
            archive = self._archive
            self._history.change_dossier(
                text, chosen, lambda: archive.add_to_dossier(chosen, ids), added
            )

    def remove_from_dossier(self) -> None:
        dossier_id, ids = self._list.listing.scope.dossier_id, self._list.selected_ids()
        if dossier_id is not None and ids:
            text = self.tr("Remove %n article(s) from the dossier", "", len(ids))
            self._history.change_dossier(
                text, dossier_id, lambda: self._archive.remove_from_dossier(dossier_id, ids)
            )

    def move_in_dossier(self, step: int) -> None:
        """Swap places with the neighbour shown above or below (the list may be filtered)."""
        dossier_id, current = self._list.listing.scope.dossier_id, self._list.current_id()
        row = self._list.currentIndex().row() + step
        if (
            dossier_id is None
            or current is None
            or not 0 <= row < self._list.article_model.rowCount()
        ):
            return
        neighbour = self._list.article_model.article_id(row)
        order = [i for i in self._archive.dossier(dossier_id).article_ids if i != current]
        position = order.index(neighbour) + (1 if step > 0 else 0)
        self._history.change_dossier(
            self.tr("Move an article in the dossier"),
            dossier_id,
            lambda: self._archive.add_to_dossier(dossier_id, [current], position),
        )
