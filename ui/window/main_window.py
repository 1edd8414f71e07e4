"""The main window: it composes the side panel, the search field, the article list and the
article's tabs (read, edit, tags and notes), and turns the actions into archive calls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.calendar import Calendar
from storage.changes import Changes
from storage.records import ArticleId, DossierRecord
from ui.window.archive_commands import ArchiveCommands
from ui.window.backups import BackupScheduler
from ui.window.browsing import Browsing
from ui.window.bulk_commands import BulkCommands
from ui.window.citation_commands import CitationCommands
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.import_dialog import paths_from_mime
from ui.window.dialogs.shortcuts_dialog import ShortcutsDialog
from ui.window.keyboard import MenuKeys, SearchKeys, chain_focus, reading_keys, show_focus_ring
from ui.window.list_commands import ListCommands
from ui.window.list_navigation import ListNavigation
from ui.window.listing import ARCHIVE, Scope
from ui.window.panes.article_details import ArticleDetails
from ui.window.panes.article_editor import ArticleEditor
from ui.window.panes.article_list import ArticleList
from ui.window.panes.article_pane import ArticlePane
from ui.window.panes.duplicates_view import DuplicatesView
from ui.window.panes.facets_pane import FacetsPane
from ui.window.panes.page_viewer import PageBesideForm, PageViewer
from ui.window.panes.search_bar import SearchBar
from ui.window.panes.side_panel import SidePanel
from ui.window.panes.timeline import Timeline
from ui.window.settings import Settings
from ui.window.shown_article import ShownArticle
from ui.window.tasks import TaskRunner
from ui.window.undo import UndoHistory, through
from ui.window.window_actions import WindowActions
from ui.window.window_layout import WindowLayout, screen_key, scrolling


def default_recovery_dir() -> Path:
    """Where unsaved edits are kept until saved (to survive a crash): the app's data folder."""
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data) / "recovery"


class MainWindow(QMainWindow):
    """The window on one archive. Switching to another archive or interface language is asked
    of whoever made the window (app.WindowSession), which builds a new one."""

    archive_switch_requested = Signal(str)
    language_switch_requested = Signal(str)

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner | None = None,
        settings: Settings | None = None,
        recovery_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self._archive = archive
        self.runner = runner or TaskRunner()  # all the window's archive work runs here
        self._settings = settings or Settings.for_user()
        self.setWindowTitle(self.tr("Arshif") + "[*]")
        self.setAcceptDrops(True)
        self.search_bar = SearchBar(self)
        self.search_field = self.search_bar.field
        self.side_panel = SidePanel(archive, self.runner, self)
        self.article_list = ArticleList(archive, self.runner, self)
        self.model = self.article_list.article_model
        self.pane = ArticlePane(self)
        self.pane.set_reading_font(self._settings.reading_font, self._settings.reading_size)
        self.editor = ArticleEditor(
            archive, self, recovery_dir or default_recovery_dir(), runner=self.runner
        )
        self.details = ArticleDetails(archive, self.runner, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pane, self.tr("Read"))
        self.page_viewer = PageViewer(archive, self.runner, self)
        # the original beside the text to correct
        self.edit_splitter = PageBesideForm(self.page_viewer, scrolling(self.editor), self)
        self.tabs.addTab(self.edit_splitter, self.tr("Edit"))
        self.details_page = scrolling(self.details)
        self.tabs.addTab(self.details_page, self.tr("Tags, notes, attachments"))
        self.facets_pane = FacetsPane(archive, self.runner, self)
        self.timeline = Timeline(self)
        self.browsing = Browsing(
            archive, self.runner, self.search_bar, self.facets_pane, self.timeline
        )
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(self.side_panel)
        self.left_splitter.addWidget(self.facets_pane)
        self.left_splitter.setSizes([1, 1])
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.timeline)
        results_layout.addWidget(self.article_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(results)
        self.splitter.addWidget(self.tabs)
        self.layout_ = WindowLayout(
            self, self.splitter, self._settings, self.article_list.columns.fit_dates
        )
        self.layout_.restore()  # saved by release(), per screen size
        self.article_list.columns.restore(self._settings.layout(screen_key(self), "list-columns"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)  # the search bar keeps its height
        self.setCentralWidget(central)
        self.summary_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.summary_label)
        self.location_label = QLabel(archive.location.describe(), self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long path gives way (clipped) rather than the result count
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.location_label.setToolTip(archive.location.describe())
        self.statusBar().addWidget(self.location_label, 1)
        self.selection_label = QLabel(self)  # «3 articles selected»
        self.selection_label.setContentsMargins(12, 0, 12, 0)  # apart from the count beside it
        self.statusBar().addPermanentWidget(self.selection_label)
        self.actions_ = WindowActions(self)
        self.history = UndoHistory(archive, self, through(self.runner))
        self.history.install_menu(self.menuBar(), self)
        self.list_commands = ListCommands(
            archive, self.article_list, self.actions_, self.runner, self, self.history
        )
        self.bulk = BulkCommands(archive, self.article_list, self.history, self.runner, self)
        self.actions_.article_menu.addMenu(self.bulk.menu)
        self.list_commands.bulk_menu = self.bulk.menu
        self.details.tags.tagger = self.bulk
        self.details.use_history(self.history)
        self.side_panel.history = self.history
        self.duplicates_view: DuplicatesView | None = None  # made when first asked for
        self.show_duplicates = QAction(self.tr("Duplicates and s&imilar articles…"), self)
        self.actions_.article_menu.addAction(self.show_duplicates)
        self.scheduler = BackupScheduler(archive, self._settings, self.runner, self)
        self.commands = ArchiveCommands(archive, self._settings, self.runner, self.scheduler, self)
        self.citations = CitationCommands(
            archive, self.article_list, self.actions_, self.runner, self
        )
        self._set_first_calendar(self._settings.first_calendar)
        self.shown = ShownArticle(
            archive,
            self.runner,
            self,
            (self.pane, self.details, self.page_viewer, self.editor),
            self.tabs,
            self.edit_splitter,
            self.article_list,
        )
        self._is_released = False
        self._recovery_offered = False

        self.navigation = ListNavigation(
            self.search_bar, self.article_list, self.side_panel, self.browsing, self.shown
        )
        self._connect()
        self._set_up_keyboard()
        self.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigation.show_scope(ARCHIVE)
        self.list_commands.update_actions()
        self.scheduler.start()

    def _connect(self) -> None:
        self.article_list.listed.connect(self._on_article_list_listed)
        self.article_list.counted.connect(self._on_article_list_counted)
        self.article_list.painted.connect(self._on_article_list_painted)
        self.article_list.current_changed.connect(self._on_article_list_current_changed)
        self.article_list.failed.connect(self._on_failure)
        self.article_list.customContextMenuRequested.connect(self.list_commands.show_menu)
        self.article_list.selectionModel().selectionChanged.connect(
            self.list_commands.update_actions
        )
        self.list_commands.changed.connect(self._apply)
        self.list_commands.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.list_commands.failed.connect(self._on_failure)
        self.history.changed.connect(self._apply)
        self.history.failed.connect(self._on_failure)
        self.bulk.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.bulk.failed.connect(self._on_failure)
        self.browsing.failed.connect(self._on_failure)
        self.bulk.selection_counted.connect(self._on_bulk_selection_counted)
        self.editor.edited.connect(self.history.record_edit)
        self.shown.saved.connect(self._on_shown_saved)
        self.shown.failed.connect(self._on_failure)
        self.side_panel.articles_dropped_on_dossier.connect(self._on_articles_dropped)
        self.side_panel.archive_changed.connect(self._apply)
        self.side_panel.failed.connect(self._on_failure)
        self.side_panel.dossier_export_requested.connect(self._on_dossier_export_requested)
        self.details.article_changed.connect(self._apply)
        self.pane.similar_chosen.connect(self._on_pane_similar_chosen)
        self.show_duplicates.triggered.connect(self._on_show_duplicates_triggered)
        commands = self.commands
        commands.archive_changed.connect(self._apply)
        commands.message.connect(self.statusBar().showMessage)
        commands.archive_switch_requested.connect(self.archive_switch_requested)
        commands.language_switch_requested.connect(self.language_switch_requested)
        commands.reading_font_changed.connect(self.pane.set_reading_font)
        commands.first_calendar_changed.connect(self._set_first_calendar)
        self.citations.message.connect(self.statusBar().showMessage)
        self.citations.failed.connect(self._on_failure)
        self.editor.dirty_changed.connect(self.setWindowModified)
        actions = self.actions_
        actions.save.triggered.connect(self.editor.save)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.save_search.triggered.connect(self._on_save_search_triggered)
        actions.edit_article.triggered.connect(self.shown.toggle_editing)
        actions.quit.triggered.connect(self.close)
        actions.new_article.triggered.connect(self.shown.new_article)
        actions.import_files.triggered.connect(commands.import_files)
        actions.import_folder.triggered.connect(commands.import_folder)
        actions.export.triggered.connect(self._on_export_triggered)
        actions.back_up.triggered.connect(commands.back_up)
        actions.restore_backup.triggered.connect(commands.restore_backup)
        actions.open_archive.triggered.connect(commands.open_archive)
        actions.settings.triggered.connect(commands.edit_settings)

    def _set_up_keyboard(self) -> None:
        chain_focus([self.search_field, self.article_list, self.pane, self.side_panel])
        show_focus_ring([self.search_field, self.article_list, self.pane, self.side_panel])
        reading_keys(self.pane)
        self.search_keys = SearchKeys(self.search_field, self.article_list)
        self.menu_keys = MenuKeys(self)
        self.actions_.shortcuts.triggered.connect(lambda: ShortcutsDialog(self).exec())

    def _set_first_calendar(self, calendar: str) -> None:
        """Dates show in both calendars everywhere; ``calendar`` (a setting) leads."""
        lead: Calendar = "hijri" if calendar == "hijri" else "gregorian"
        for shown in (self.model, self.pane, self.editor):
            shown.set_first_calendar(lead)
        self.bulk.first_calendar = lead
        self._first_calendar: Calendar = lead
        if self.duplicates_view is not None:
            self.duplicates_view.set_first_calendar(lead)

    # -- the list ----------------------------------------------------------------------------

    @property
    def scope(self) -> Scope:
        return self.navigation.scope

    def _on_article_list_painted(self) -> None:
        self.browsing.count(self.article_list.listing)  # after the list: it comes first

    def _on_article_list_counted(self, count: int, more: bool) -> None:
        if self.scope.kind == "trash":
            text = self.tr("%n article(s) in the trash", "", count)
        elif self.scope.kind == "dossier":
            text = self.tr("%n article(s) in this dossier", "", count)
        elif more:  # a search of the whole archive, its count stopped: the exact one follows
            text = self.tr("More than %n article(s) found", "", count)
        elif self.article_list.listing.query.strip():
            text = self.tr("%n article(s) found", "", count)
        else:
            text = self.tr("%n article(s) in the archive", "", count)
        self.summary_label.setText(text)

    def _on_article_list_listed(self, count: int) -> None:
        query = self.article_list.listing.query
        self.pane.show_query(query, now=self.shown.article_id == self.pane.article_id)
        self.list_commands.update_actions()
        self.bulk.update_actions()
        is_everything = not self.article_list.listing.query.strip()  # no words, no chips
        if count == 0 and self.scope.kind == "archive" and is_everything:
            self.pane.show_hint(
                self.tr(
                    "The archive is empty. Import files or a folder (Ctrl+I), drop them on this "
                    "window, or write a new article (Ctrl+N)."
                )
            )
        if not self._recovery_offered:
            self._recovery_offered = True
            self.shown.offer_recovery()

    def _on_article_list_current_changed(self, article_id: ArticleId | None) -> None:
        if article_id == self.shown.article_id:
            return
        if not self.shown.may_leave_edits():
            if self.shown.article_id is not None:
                self.article_list.select_article(self.shown.article_id, silently=True)
            return
        self.shown.show(article_id)

    def _on_bulk_selection_counted(self, text: str) -> None:
        """The status bar counts a selection of several; the tags tab says where tags go."""
        self.selection_label.setText(text)
        self.details.tags.set_selection_size(len(self.article_list.selected_ids()))

    def _on_pane_similar_chosen(self, article_id: int) -> None:
        """A similar article's link: select it in the list, or show it if the list lacks it."""
        if self.article_list.select_article(article_id) or not self.shown.may_leave_edits():
            return
        self.article_list.clearSelection()
        self.shown.show(ArticleId(article_id))

    def _on_show_duplicates_triggered(self) -> None:
        if self.duplicates_view is None:
            self.duplicates_view = DuplicatesView(self._archive, self.history, self.runner, self)
            self.duplicates_view.failed.connect(self._on_failure)
            self.duplicates_view.set_first_calendar(self._first_calendar)
            self.duplicates_view.article_chosen.connect(self._on_pane_similar_chosen)
            self.duplicates_view.resize(self.width() * 9 // 10, self.height() * 9 // 10)
        self.duplicates_view.refresh()
        self.duplicates_view.show()
        self.duplicates_view.raise_()

    def _select_row(self, row: int) -> None:
        self.article_list.select_row(row)

    # -- changes -----------------------------------------------------------------------------

    def _apply(
        self, changes: Changes, relist: bool = False, select: ArticleId | None = None
    ) -> None:
        """Refresh what ``changes`` touched: the rows, the shown article, the side panel (the
        one refresh path of the window). ``select``: the article to stay on after a relist."""
        shown_dossier = self.scope.dossier_id
        if relist or changes.added or changes.removed or shown_dossier in changes.dossiers:
            self.article_list.refresh(select=select)
        else:
            self.model.refresh_rows(sorted(changes.updated))
            self.browsing.count(self.article_list.listing)  # a tag, source or date changed
        if (
            changes.dossiers
            or changes.has_tag_changes
            or changes.has_saved_search_changes
            or changes.added
            or changes.removed
        ):
            self.side_panel.refresh()
        touched = changes.added | changes.updated | changes.removed
        if self.shown.article_id is not None and self.shown.article_id in touched:
            if self.shown.article_id in changes.removed:
                self.shown.show(None)
            else:
                self.shown.reshow()

    def _on_shown_saved(self, changes: Changes, article_id: ArticleId) -> None:
        self._apply(changes, select=article_id)
        self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _on_failure(self, reason: str, is_bug: bool = False) -> None:
        """A piece of work failed: the user's problem is shown, a bug reported."""
        if is_bug:
            report_background_bug(reason)
        else:
            QMessageBox.warning(self, self.tr("Arshif"), reason)

    # -- actions -----------------------------------------------------------------------------

    def _on_export_triggered(self) -> None:
        """Export the selected articles, or (one or none selected) all the list shows."""
        ids = self.article_list.selected_ids()
        if len(ids) < 2:
            ids = self.model.ids()
        words = self.search_bar.describe()  # the user's words and the chips, not syntax

        def export(dossier: DossierRecord | None) -> None:
            parts = [words] if dossier is None else [dossier.name, words]
            title = " · ".join(part for part in parts if part) or self.tr("Press dossier")
            self.commands.export(ids, title)

        if self.scope.dossier_id is None:
            export(None)
        else:
            self._read_dossier(self.scope.dossier_id, export)

    def _on_dossier_export_requested(self, dossier_id: int) -> None:
        self._read_dossier(
            dossier_id,
            lambda dossier: self.commands.export(list(dossier.article_ids), dossier.name),
        )

    def _read_dossier(self, dossier_id: int, then: Callable[[DossierRecord], object]) -> None:
        archive = self._archive
        task = self.runner.read(lambda *_: archive.dossier(dossier_id))
        task.finished.connect(then)
        task.failed.connect(self._on_failure)

    def _on_find_triggered(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_save_search_triggered(self) -> None:
        self.side_panel.save_search(self.search_bar.query())

    def _on_articles_dropped(self, dossier_id: int, ids: list[int]) -> None:
        self.list_commands.put_in_dossier(dossier_id, ids)

    # -- the window -------------------------------------------------------------------------

    def release(self) -> bool:
        """Get ready to go (close, or give way to a new window): False if the user keeps
        unsaved edits. Stops the backup schedule, cancels the window's work (see
        TaskRunner.when_idle for when it has ended) and remembers the layout."""
        if not self._is_released:
            if not self.shown.may_leave_edits():
                return False
            self._is_released = True
            self.scheduler.stop()
            self.runner.cancel_all()  # never waits: a backup still writing ends on its own
            self.layout_.save()
            columns = self.article_list.columns.state()
            self._settings.save_layout(screen_key(self), "list-columns", columns)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.release():
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.commands.import_paths(paths)
