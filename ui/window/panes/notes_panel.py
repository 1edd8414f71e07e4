"""The notes on the shown article: read them, add one, change one, delete one (after asking).
Notes are stored at once, outside the edit/save cycle of the article's fields."""

from __future__ import annotations

import datetime as dt
import re

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
from storage.records import ArticleRecord, NoteRecord
from ui.window.bidi_text import isolated
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.note_dialog import NoteDialog
from ui.window.local_time import moment_text
from ui.window.natural_direction import NaturalDirectionDelegate
from ui.window.tasks import TaskRunner
from ui.window.undo import UndoHistory, through

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARACTERS = 400


class NotesPanel(QWidget):
    """`show_article(article)`; `notes_changed(article id)` after a note was added, changed or
    deleted."""

    notes_changed = Signal(object)  # storage Changes

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # each change one undoable step (Ctrl+Z); the window gives its own (use_history)
        self.history = UndoHistory(archive, self, through(runner))
        self.history.changed.connect(lambda changes, _relist: self.notes_changed.emit(changes))
        self.history.failed.connect(self._on_history_failed)
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

    def use_history(self, history: UndoHistory) -> None:
        """Put the changes on ``history`` (the window's, whose changes the window applies)
        instead of this panel's own."""
        self.history = history

    def add_note(self) -> None:
        if self._article is None:
            return
        text = NoteDialog.ask(self, "")
        if text is not None:
            self.history.add_note(self._article.id, text, self.select_note)

    def edit_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        text = NoteDialog.ask(self, note.text)
        if text is not None and text != note.text:
            self.history.edit_note(note.id, note.text, text, self.select_note)

    def delete_note(self) -> None:
        note = self.selected_note()
        if note is None or self._article is None:
            return
        if ConfirmDeleteDialog.ask(
            self, self.tr("Delete this note?"), _preview(note.text, PREVIEW_CHARACTERS)
        ):
            self.history.delete_note(note.id, self._article.id, note.text)

    def _on_history_failed(self, message: str) -> None:
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
