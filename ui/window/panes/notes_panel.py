"""The notes on the shown article: read them, add one, change one, delete one (after asking).
Notes are stored at once, outside the edit/save cycle of the article's fields."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
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
from storage.errors import ArchiveError
from storage.records import ArticleRecord, NoteRecord
from ui.window.bidi_text import isolated
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.note_dialog import NoteDialog
from ui.window.error_text import message_for

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARACTERS = 400


class NotesPanel(QWidget):
    """`show_article(article)`; `notes_changed(article id)` after a note was added, changed or
    deleted."""

    notes_changed = Signal(int)  # the article id

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._article: ArticleRecord | None = None
        self.note_list = QListWidget(self)
        self.note_list.setWordWrap(True)
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

        def add() -> int | None:
            return self._archive.add_note(article_id, text)[0]

        self._change(add)

    def edit_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        text = NoteDialog.ask(self, note.text)
        if text is None or text == note.text:
            return

        def edit() -> int | None:
            self._archive.edit_note(note.id, text)
            return note.id

        self._change(edit)

    def delete_note(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        if not ConfirmDeleteDialog.ask(
            self, self.tr("Delete this note?"), _preview(note.text, PREVIEW_CHARACTERS)
        ):
            return

        def delete() -> int | None:
            self._archive.delete_note(note.id)
            return None

        self._change(delete)

    def _change(self, change: Callable[[], int | None]) -> None:
        """Run ``change`` (it returns the id of the note to select, or None), then show the
        article as stored; an ArchiveError is shown to the user and changes nothing."""
        assert self._article is not None
        article_id = self._article.id
        try:
            selected = change()
        except ArchiveError as problem:
            QMessageBox.warning(self, self.tr("The note was not saved"), message_for(problem))
            return
        self.show_article(self._archive.article(article_id))
        if selected is not None:
            self.select_note(selected)
        self.notes_changed.emit(article_id)

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
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _preview(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
