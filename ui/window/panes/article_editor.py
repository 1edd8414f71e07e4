"""Edit mode: every field of an article, saved explicitly; unsaved changes are never lost
silently (the window asks before leaving them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.errors import ArchiveError, InvalidField
from storage.records import ArticleRecord

LINE_FIELDS = ("title", "author", "source", "place", "url", "page", "ref", "date")
TEXT_FIELDS = ("lead", "body")


class ArticleEditor(QWidget):
    saved = Signal(int)  # the article id
    dirty_changed = Signal(bool)
    save_failed = Signal(str)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._article: ArticleRecord | None = None
        self._is_dirty = False
        labels = {
            "title": self.tr("Title"),
            "author": self.tr("Author"),
            "source": self.tr("Source"),
            "place": self.tr("Place"),
            "url": self.tr("URL"),
            "page": self.tr("Page"),
            "ref": self.tr("Reference"),
            "date": self.tr("Date (YYYY-MM-DD)"),
            "lead": self.tr("Lead"),
            "body": self.tr("Body"),
        }
        form = QFormLayout()
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in LINE_FIELDS:
            self.lines[name] = QLineEdit(self)
            self.lines[name].textEdited.connect(self._on_field_edited)
            form.addRow(labels[name], self.lines[name])
        for name in TEXT_FIELDS:
            self.texts[name] = QPlainTextEdit(self)
            self.texts[name].textChanged.connect(self._on_field_edited)
            form.addRow(labels[name], self.texts[name])
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        self._set_dirty(False)

    @property
    def is_dirty(self) -> bool:
        return self._is_dirty

    def edit(self, article: ArticleRecord) -> None:
        self._article = article
        for name, field in self.lines.items():
            value = getattr(article, name)
            field.setText("" if value is None else str(value))
        for name, text in self.texts.items():
            text.blockSignals(True)
            text.setPlainText(getattr(article, name))
            text.blockSignals(False)
        self._set_dirty(False)

    def save(self) -> bool:
        """Store the edited fields; False (and `save_failed`) if they cannot be stored."""
        if self._article is None:
            return False
        fields: dict[str, object] = {n: f.text() for n, f in self.lines.items() if n != "date"}
        fields |= {n: t.toPlainText() for n, t in self.texts.items()}
        fields["ref"] = fields["ref"] or None
        date_text = self.lines["date"].text().strip()
        try:
            fields["date"] = dt.date.fromisoformat(date_text) if date_text else None
            self._archive.update_article(
                self._article.id, expected_version=self._article.version, **fields
            )
        except ValueError:
            self.save_failed.emit(
                self.tr("Date: %1 is not a date like 2015-07-21").replace("%1", date_text)
            )
            return False
        except (InvalidField, ArchiveError) as problem:
            self.save_failed.emit(str(problem))
            return False
        self.edit(self._archive.article(self._article.id))
        self.saved.emit(self._article.id)
        return True

    def _on_field_edited(self, *_args: object) -> None:
        self._set_dirty(True)

    def _set_dirty(self, is_dirty: bool) -> None:
        self._is_dirty = is_dirty
        self.save_button.setEnabled(is_dirty)
        self.dirty_changed.emit(is_dirty)
