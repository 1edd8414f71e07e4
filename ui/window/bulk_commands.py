"""Changes to every article selected in the list at once: tag and untag them, set their
source, date or place. Each is one archive transaction and one undoable step (ui.window.undo);
the status bar says how many articles are selected. The choices a dialog offers (the tags,
the sources) are read on the window's TaskRunner before it opens. The tags tab uses `add_tag`
and `remove_tags` too, so a tag typed there goes on the whole selection when the shown article
is part of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from storage.archive import Archive
from storage.calendar import parse_day
from storage.changes import Changes
from storage.records import ArticleId
from ui.window.dialogs.bulk_value import BulkValueDialog
from ui.window.panes.article_list import ArticleList
from ui.window.tasks import TaskRunner
from ui.window.undo import UndoHistory


class BulkCommands(QObject):
    message = Signal(str)  # for the status bar
    failed = Signal(str, bool)  # what went wrong, and whether it is a bug
    selection_counted = Signal(str)  # «3 articles selected», or "" for one or none

    def __init__(
        self,
        archive: Archive,
        article_list: ArticleList,
        history: UndoHistory,
        runner: TaskRunner,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._archive = archive
        self._runner = runner
        self._list = article_list
        self._history = history
        self._window = window
        self.first_calendar = "gregorian"
        self.tag = self._action(self.tr("&Tag the selected articles…"), "Ctrl+T", self.tag_selected)
        self.untag = self._action(
            self.tr("Re&move a tag from the selected articles…"), None, self.untag_selected
        )
        self.set_source = self._action(
            self.tr("Set the &source…"), None, lambda: self._set_field("source")
        )
        self.set_date = self._action(
            self.tr("Set the d&ate…"), None, lambda: self._set_field("date")
        )
        self.set_place = self._action(
            self.tr("Set the &place…"), None, lambda: self._set_field("place")
        )
        self.menu = QMenu(self.tr("Se&lected articles"), window)
        self.menu.addActions([self.tag, self.untag, self.set_source, self.set_date, self.set_place])
        article_list.selectionModel().selectionChanged.connect(self.update_actions)
        self.update_actions()

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def selected(self) -> list[ArticleId]:
        return self._list.selected_ids()

    def update_actions(self) -> None:
        ids = self.selected()
        in_trash = self._list.listing.scope.kind == "trash"
        for action in (self.tag, self.untag, self.set_source, self.set_date, self.set_place):
            action.setEnabled(bool(ids) and not in_trash)
        count = self.tr("%n article(s) selected", "", len(ids)) if len(ids) > 1 else ""
        self.selection_counted.emit(count)

    # -- the commands ------------------------------------------------------------------------

    def _read(self, read: Callable[[Archive], object], then: Callable[..., object]) -> None:
        """``read`` the archive on the runner, then hand ``then`` what it found."""
        archive = self._archive
        task = self._runner.read(lambda *_: read(archive))
        task.finished.connect(then)
        task.failed.connect(self.failed)

    def tag_selected(self) -> None:
        ids = self.selected()
        self._read(
            lambda archive: archive.tag_names(),
            lambda names: self._ask_tag(ids, names),
        )

    def _ask_tag(self, ids: list[ArticleId], names: list[str]) -> None:
        label = self.tr("A tag for %n article(s):", "", len(ids))
        name = BulkValueDialog.ask(self._window, self.tr("Tag articles"), label, names)
        if ids and name and name.strip():
            self._tag(ids, name.strip())

    def untag_selected(self) -> None:
        ids = self.selected()
        self._read(
            lambda archive: sorted({t for a in archive.article_summaries(ids) for t in a.tags}),
            lambda names: self._ask_untag(ids, names),
        )

    def _ask_untag(self, ids: list[ArticleId], names: list[str]) -> None:
        if not names:
            self.message.emit(self.tr("The selected articles have no tags"))
            return
        label = self.tr("The tag to remove from %n article(s):", "", len(ids))
        name = BulkValueDialog.ask(self._window, self.tr("Remove a tag"), label, names)
        if name and name.strip():
            self._untag(ids, [name.strip()])

    def _set_field(self, field: str) -> None:
        ids = self.selected()
        if not ids:
            return
        if field != "source":
            self._ask_field(ids, field, [])
            return
        self._read(
            lambda archive: sorted({a.source for a in archive.article_summaries(ids) if a.source}),
            lambda sources: self._ask_field(ids, field, sources),
        )

    def _ask_field(self, ids: list[ArticleId], field: str, choices: list[str]) -> None:
        labels = {
            "source": self.tr("The source of %n article(s):", "", len(ids)),
            "date": self.tr(
                "The date of %n article(s) (2015-08-11 or 1436-10-26 هـ):", "", len(ids)
            ),
            "place": self.tr("The place of %n article(s):", "", len(ids)),
        }
        value = BulkValueDialog.ask(
            self._window, self.tr("Selected articles"), labels[field], choices
        )
        if value is None:
            return
        fields: dict[str, object] = {field: value}
        if field == "date":
            try:
                day = parse_day(
                    value.strip(), "hijri" if self.first_calendar == "hijri" else "gregorian"
                )
            except ValueError:
                text = self.tr("Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ")
                self.failed.emit(text.replace("%1", value), False)
                return
            fields = {"date": day}

        def changed(changes: Changes) -> None:
            self.message.emit(self.tr("%n article(s) changed", "", len(changes.updated)))

        self._history.set_fields(ids, fields, changed)

    # -- what the tags tab asks --------------------------------------------------------------

    def targets(self, article_id: int) -> list[ArticleId]:
        """The articles a change of ``article_id``'s tags is for: the whole selection when the
        article is part of it, else the article alone."""
        ids = self.selected()
        return ids if article_id in ids and len(ids) > 1 else [ArticleId(article_id)]

    def add_tag(self, article_id: int, name: str) -> bool:
        return self._tag(self.targets(article_id), name)

    def remove_tags(self, article_id: int, names: Sequence[str]) -> bool:
        return self._untag(self.targets(article_id), names)

    def _tag(self, ids: list[ArticleId], name: str) -> bool:
        """Tag them (one undoable step); True once asked (a refusal is told through the
        history's `failed`)."""
        text = self.tr("%n article(s) tagged «%1»", "", len(ids)).replace("%1", name)
        self._history.tag(ids, name, lambda _changes: self.message.emit(text))
        return True

    def _untag(self, ids: list[ArticleId], names: Sequence[str]) -> bool:
        text = self.tr("«%1» removed from %n article(s)", "", len(ids))
        message = text.replace("%1", "، ".join(names))
        self._history.untag(ids, names, lambda _changes: self.message.emit(message))
        return True
