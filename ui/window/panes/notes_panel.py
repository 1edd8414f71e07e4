"""The notes on the shown article: read them, add one, change one, delete one (after asking).
Notes are stored at once, outside the edit/save cycle of the article's fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.changes import Changes
from storage.records import ArticleRecord, NoteRecord
from ui.window.bidi_text import isolated
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.note_dialog import NoteDialog
from ui.window.local_time import moment_text
from ui.window.natural_direction import NaturalDirectionDelegate
from ui.window.tasks import TaskRunner

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARACTERS = 400


class NotesPanel(QWidget):
    """`show_article(article)`; `notes_changed(article id)` after a note was added, changed or
    deleted."""

    notes_changed = Signal(object)  # storage Changes

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._to_select: int | None = None  # the note to select once the article is shown
        self._archive = archive
        self._article: ArticleRecord | None = None
        self.note_list = QListWidget(self)
        self.note_list.setWordWrap(True)
        # an Arabic note right to left in the English interface, a Latin one left to right
        self.note_list.setItemDelegate(NaturalDirectionDelegate(self.note_list))
        self.note_list.setAlternatingRowColors(True)
        self.note_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_note)
        self.edit_button.clicked.connect(self.edit_note)
        self.delete_button.clicked.connect(self.delete_note)
        self.note_list.itemActivated.connect(self.edit_note)
        self.note_list.itemSelectionChanged.connect(self._update_actions)
        self.show_article(None)

    @property
    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    def show_article(self, article: ArticleRecord | None) -> None:
        self._article = article
        self.note_list.clear()
        for note in article.notes if article is not None else ():
            item = QListWidgetItem(self._describe(note))
            item.setData(NOTE_ID_ROLE, note.id)
            item.setToolTip(note.text)
            self.note_list.addItem(item)
        self.setEnabled(article is not None)
        self._update_actions()

    def select_note(self, note_id: int) -> None:
        for row in range(self.note_list.count()):
            if self.note_list.item(row).data(NOTE_ID_ROLE) == note_id:
                self.note_list.setCurrentRow(row)

    def selected_note(self) -> NoteRecord | None:
        items = self.note_list.selectedItems()
        if self._article is None or not items:
            return None
        note_id = items[0].data(NOTE_ID_ROLE)
        return next((n for n in self._article.notes if n.id == note_id), None)

    def add_note(self) -> None:
        if self._article is None:
            return
        text = NoteDialog.ask(self, "")
        if text is None:
            return
        article_id = self._article.id

        def add() -> tuple[int | None, Changes]:
            return self._archive.add_note(article_id, text)

        self._change(add)

    def edit_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        text = NoteDialog.ask(self, note.text)
        if text is None or text == note.text:
            return

        def edit() -> tuple[int | None, Changes]:
            return note.id, self._archive.edit_note(note.id, text)

        self._change(edit)

    def delete_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        if not ConfirmDeleteDialog.ask(
            self, self.tr("Delete this note?"), _preview(note.text, PREVIEW_CHARACTERS)
        ):
            return

        def delete() -> tuple[int | None, Changes]:
            return None, self._archive.delete_note(note.id)

        self._change(delete)

    def _change(self, change: Callable[[], tuple[int | None, Changes]]) -> None:
        """Run ``change`` as a write (it returns the id of the note to select, or None, and
        its Changes); the window then shows the article again. An ArchiveError is shown to the
        user and changes nothing."""
        task = self._runner.write(lambda _progress, _is_cancelled: change())
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)

    def _on_task_finished(self, result: tuple[int | None, Changes]) -> None:
        self._to_select, changes = result
        self.notes_changed.emit(changes)  # the window shows the article again from these
        if self._to_select is not None:
            self.select_note(self._to_select)

    def _on_task_failed(self, message: str, is_bug: bool) -> None:
        if is_bug:
            report_background_bug(message)
        else:
            QMessageBox.warning(self, self.tr("The note was not saved"), message)

    def _describe(self, note: NoteRecord) -> str:
        if note.updated != note.created or note.updated_by != note.created_by:
            when = self.tr("%1, %2; changed %3 by %4")
            parts: tuple[str, ...] = (
                note.created_by,
                _when(note.created),
                _when(note.updated),
                note.updated_by,
            )
        else:
            when = self.tr("%1, %2")
            parts = (note.created_by, _when(note.created))
        # each part isolated, so a Latin user name or a date keeps its own direction
        when = re.sub(r"%(\d)", lambda m: isolated(parts[int(m[1]) - 1] or "—"), when)
        return f"{_preview(note.text, PREVIEW_CHARACTERS)}\n{when}"

    def _update_actions(self) -> None:
        has_note = self.selected_note() is not None
        self.edit_button.setEnabled(has_note)
        self.delete_button.setEnabled(has_note)


def _when(moment: dt.datetime) -> str:
    """A stored (UTC) moment in local time, written the way the interface's language writes it."""
    return moment_text(moment)


def _preview(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
