"""The main window: it composes the search field, the article list and the reading pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from ui.window.models.article_table import ArticleTableModel
from ui.window.panes.article_pane import ArticlePane
from ui.window.tasks import SearchTask

DEBOUNCE_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._archive = archive
        self.setWindowTitle(self.tr("Arshif"))
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
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
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
        self.statusBar().addWidget(self.location_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._search = SearchTask(archive, pool or QThreadPool.globalInstance())
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._search.found.connect(self._on_search_found)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
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
        if rows:
            self.pane.show_article(self._archive.article(self.model.article_id(rows[0].row())))
