"""The main window: it composes the search field, the article list and the reading pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from ui.window.dialogs.unsaved_changes import UnsavedChangesDialog
from ui.window.models.article_table import ArticleTableModel
from ui.window.panes.article_editor import ArticleEditor
from ui.window.panes.article_pane import ArticlePane
from ui.window.tasks import SearchTask

DEBOUNCE_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._archive = archive
        self.setWindowTitle(self.tr("Arshif") + "[*]")
        self.resize(1200, 760)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(
            self.tr('Search: words, "a phrase", -word, word*, tag:, source:, date:2015-07')
        )
        self.search_field.setClearButtonEnabled(True)
        self.model = ArticleTableModel(archive)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pane = ArticlePane(self)
        self.editor = ArticleEditor(archive, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pane, self.tr("Read"))
        self.tabs.addTab(self.editor, self.tr("Edit"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([560, 640])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_field)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.summary_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.summary_label)
        self.location_label = QLabel(archive.location.describe(), self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a long path gives way (clipped) rather than the result count
        self.location_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.location_label.setToolTip(archive.location.describe())
        self.statusBar().addWidget(self.location_label, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._search = SearchTask(archive, pool or QThreadPool.globalInstance())
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._search.found.connect(self._on_search_found)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.editor.dirty_changed.connect(self.setWindowModified)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.save_failed.connect(self._on_editor_save_failed)
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.editor.save)
        self.addAction(save)
        self._shown_id: int | None = None
        self._search.start("")

    def _on_search_field_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self._search.start(self.search_field.text())

    def _on_search_found(self, generation: int, ids: list[int]) -> None:
        if generation != self._search.generation:
            return
        self.model.set_ids(ids)  # type: ignore[arg-type]
        if self.search_field.text().strip():
            self.summary_label.setText(self.tr("%n article(s) found", "", len(ids)))
        else:
            self.summary_label.setText(self.tr("%n article(s) in the archive", "", len(ids)))
        if ids:
            self._select_row(0)
        else:
            self.pane.show_article(None)

    def _select_row(self, row: int) -> None:
        # Not QTableView.selectRow: in a right-to-left view it looks for the row's first
        # column at the viewport's very edge, finds none and selects nothing.
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        article_id = self.model.article_id(rows[0].row())
        if article_id != self._shown_id and not self._may_leave_edits():
            self._reselect_shown()
            return
        self._show(article_id)

    def _show(self, article_id: int) -> None:
        article = self._archive.article(article_id)
        self._shown_id = article_id
        self.pane.show_article(article)
        self.editor.edit(article)

    def _may_leave_edits(self) -> bool:
        """True when nothing unsaved would be lost (saved, discarded, or none)."""
        if not self.editor.is_dirty:
            return True
        answer = UnsavedChangesDialog.ask(self)
        if answer == "save":
            return self.editor.save()
        return answer == "discard"

    def _reselect_shown(self) -> None:
        if self._shown_id is None:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            row = self.model.row_of(self._shown_id)
            if row is not None:
                self._select_row(row)
        finally:
            selection.blockSignals(False)

    def _on_editor_saved(self, article_id: int) -> None:
        self.pane.show_article(self._archive.article(article_id))
        self.model.refresh_rows([article_id])
        self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _on_editor_save_failed(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("The article was not saved"), reason)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._may_leave_edits():
            event.accept()
        else:
            event.ignore()
