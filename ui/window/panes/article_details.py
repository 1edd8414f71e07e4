"""What is kept about an article besides its text: tags, notes and attached files, one section
each. Every change is stored at once; `article_changed` tells the window to refresh the article's
row and reading pane."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from storage.archive import Archive
from storage.records import ArticleRecord
from ui.window.panes.attachments_panel import AttachmentsPanel
from ui.window.panes.notes_panel import NotesPanel
from ui.window.panes.tag_editor import TagEditor
from ui.window.tasks import TaskRunner
from ui.window.undo import UndoHistory


class ArticleDetails(QWidget):
    """`show_article(article | None)`; `article_changed(changes)` after a tag, a note or an
    attachment of that article was stored or removed. These changes do not touch the
    article's version, so an open edit of its fields can still be saved."""

    article_changed = Signal(object)  # storage Changes, for the window's one refresh path

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tags = TagEditor(archive, runner, self)
        self.notes = NotesPanel(archive, runner, self)
        self.attachments = AttachmentsPanel(archive, runner, self)
        layout = QVBoxLayout(self)
        for title, section, stretch in (
            (self.tr("Tags"), self.tags, 0),
            (self.tr("Notes"), self.notes, 2),
            (self.tr("Attached files"), self.attachments, 1),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(section)
            layout.addWidget(box, stretch)
        self.tags.tags_changed.connect(self.article_changed)
        self.notes.notes_changed.connect(self.article_changed)
        self.attachments.attachments_changed.connect(self.article_changed)

    @property
    def article_id(self) -> int | None:
        return self.tags.article_id

    def use_history(self, history: UndoHistory) -> None:
        """Notes and attached files changed as steps of ``history`` (the window's)."""
        self.notes.use_history(history)
        self.attachments.use_history(history)

    def show_article(self, article: ArticleRecord | None) -> None:
        for section in (self.tags, self.notes, self.attachments):
            section.show_article(article)
