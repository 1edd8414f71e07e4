"""The article the window shows: in the reading pane, the editor, the details tab and the page
viewer at once. It is read on the window's TaskRunner (a newer choice wins over an older read
still running), saved by the editor on its writer, and never left with unsaved edits unless
the user says so (`may_leave_edits`); after a crash it offers the edits the last run left."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from storage.archive import Archive
from storage.changes import Changes
from storage.records import ArticleId, ArticleRecord, ArticleSummary
from ui.window.dialogs.recover_edits import RecoverEditsDialog
from ui.window.dialogs.unsaved_changes import UnsavedChangesDialog
from ui.window.dialogs.version_conflict import VersionConflictDialog
from ui.window.edit_recovery import RecoveredEdit
from ui.window.panes.article_details import ArticleDetails
from ui.window.panes.article_editor import ArticleEditor
from ui.window.panes.article_list import ArticleList
from ui.window.panes.article_pane import ArticlePane
from ui.window.panes.page_viewer import PageViewer
from ui.window.tasks import TaskRunner


class ShownArticle(QObject):
    """``saved(changes, article id)`` after the editor stored an article (for the window's
    `_apply`); ``shown(article id)`` once a read of the shown article reached the panes;
    ``failed(message, is_bug)`` when a read fails."""

    saved = Signal(object, object)
    shown = Signal(object)
    failed = Signal(str, bool)

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        window: QWidget,
        panes: tuple[ArticlePane, ArticleDetails, PageViewer, ArticleEditor],
        tabs: QTabWidget,
        edit_page: QWidget,
        article_list: ArticleList,
    ) -> None:
        super().__init__(window)
        self._archive = archive
        self._runner = runner
        self._window = window
        self.pane, self.details, self.page_viewer, self.editor = panes
        self._tabs = tabs
        self._edit_page = edit_page
        self._list = article_list
        self.article_id: ArticleId | None = None
        self._reading = 0  # the number of the latest read: an older one that ends is dropped
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.save_failed.connect(self._on_editor_save_failed)
        self.editor.failed.connect(self.failed)
        self.editor.version_conflicted.connect(self._on_editor_version_conflicted)

    def show(self, article_id: ArticleId | None) -> None:
        """Show ``article_id`` (None: nothing), its unsaved edits (if any) dropped."""
        self.article_id = article_id
        if article_id is None:
            self._reading += 1
            self._show_record(None)
            return
        self.reshow(keeping_edits=False)

    def reshow(self, keeping_edits: bool = True) -> None:
        """Show the current article as stored; unsaved edits of its fields stay, unless the
        user has already chosen to leave them."""
        if self.article_id is None:
            return
        article_id = self.article_id
        self._reading += 1
        reading = self._reading
        archive = self._archive

        def read() -> tuple[ArticleRecord, list[ArticleSummary]]:
            article = archive.article(article_id)
            return article, archive.article_summaries(article.similar)

        task = self._runner.read(lambda *_: read())
        task.finished.connect(
            lambda result: self._on_read(reading, result, keeping_edits=keeping_edits)
        )
        task.failed.connect(lambda message, is_bug: self._on_read_failed(reading, message, is_bug))

    def _on_read(
        self,
        reading: int,
        result: tuple[ArticleRecord, list[ArticleSummary]],
        *,
        keeping_edits: bool,
    ) -> None:
        if reading != self._reading:
            return  # another article was chosen since
        article, similar = result
        self._show_record(article, similar)
        if not (keeping_edits and self.editor.is_dirty):
            self.editor.edit(article)
        self.shown.emit(article.id)

    def _on_read_failed(self, reading: int, message: str, is_bug: bool) -> None:
        if reading == self._reading:
            self.failed.emit(message, is_bug)

    def _show_record(
        self, article: ArticleRecord | None, similar: Sequence[ArticleSummary] = ()
    ) -> None:
        self.pane.show_article(article, similar)
        self.details.show_article(article)
        self.page_viewer.show_article(article)

    def may_leave_edits(self) -> bool:
        """True when nothing unsaved would be lost (saved, discarded, or none)."""
        if not self.editor.is_dirty:
            return True
        answer = UnsavedChangesDialog.ask(self._window)
        if answer == "save":
            return self.editor.save_and_wait()
        if answer == "discard":
            self.editor.discard()
            return True
        return False

    def new_article(self) -> None:
        """Empty fields for a new article, in the edit tab, the cursor in its title."""
        if not self.may_leave_edits():
            return
        self._list.clearSelection()
        self.article_id = None
        self._reading += 1
        self._show_record(None)
        self.editor.new_article()
        self._tabs.setCurrentWidget(self._edit_page)
        self.editor.lines["title"].setFocus()

    def toggle_editing(self) -> None:
        """F2: edit the article, the cursor in its title (pressed while editing: read it)."""
        editing = self._tabs.currentWidget() is self._edit_page
        if editing and self.editor.isAncestorOf(self._window.focusWidget()):
            self._tabs.setCurrentWidget(self.pane)
            self._list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self._tabs.setCurrentWidget(self._edit_page)
        title = self.editor.lines["title"]
        title.setFocus(Qt.FocusReason.ShortcutFocusReason)
        title.setCursorPosition(0)

    def offer_recovery(self) -> None:
        """After a crash: offer the edits the last run left unsaved in this archive."""
        recovered = self.editor.pending_recovery()
        if recovered is None:
            return
        archive = self._archive
        task = self._runner.read(lambda *_: archive.article(recovered.article_id))
        task.finished.connect(lambda article: self._offer(recovered, article))
        task.failed.connect(lambda *_: self.editor.drop_recovery())  # gone, and so are its edits

    def _offer(self, recovered: RecoveredEdit, article: ArticleRecord) -> None:
        if not RecoverEditsDialog.ask(self._window, article.title, recovered.saved_at):
            self.editor.drop_recovery()
            return
        self._list.select_article(recovered.article_id, silently=True)
        self.article_id = ArticleId(recovered.article_id)
        self._reading += 1
        self._show_record(article)
        self.editor.restore_recovery(recovered, article)
        self._tabs.setCurrentWidget(self._edit_page)
        self.reshow()  # its similar articles too; the restored edits stay

    def _on_editor_saved(self, article_id: int, changes: Changes) -> None:
        self.article_id = ArticleId(article_id)  # a new article is shown from now on
        self.saved.emit(changes, ArticleId(article_id))

    def _on_editor_save_failed(self, reason: str) -> None:
        QMessageBox.warning(self._window, self.tr("The article was not saved"), reason)

    def _on_editor_version_conflicted(
        self, rows: list[tuple[str, str, str]], who: str, version: int
    ) -> None:
        VersionConflictDialog.show_versions(self._window, rows, who, version)
