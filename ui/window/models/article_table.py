"""The article list: a table model holding only the ids of the current search, loading rows
a page at a time as the view shows them (300,000 articles scroll without loading them all)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storage.archive import Archive
from storage.records import ArticleId, ArticleSummary

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    COLUMNS = ("title", "source", "date", "tags")

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self._archive = archive
        self._ids: list[ArticleId] = []
        self._pages: dict[int, list[ArticleSummary]] = {}

    def set_ids(self, ids: Sequence[ArticleId]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def article_id(self, row: int) -> ArticleId:
        return self._ids[row]

    def row_of(self, article_id: int) -> int | None:
        try:
            return self._ids.index(ArticleId(article_id))
        except ValueError:
            return None

    def refresh_rows(self, article_ids: Sequence[int]) -> None:
        """Reload these articles' rows (after a save): only their page is read again."""
        for article_id in article_ids:
            row = self.row_of(article_id)
            if row is not None:
                self._pages.pop(row // PAGE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Title"), self.tr("Source"), self.tr("Date"), self.tr("Tags"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "date":
            return summary.date.isoformat() if summary.date else ""
        if column == "tags":
            return "، ".join(summary.tags)
        return getattr(summary, column)

    def _summary(self, row: int) -> ArticleSummary | None:
        page = row // PAGE
        if page not in self._pages:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            by_id = {s.id: s for s in self._archive.article_summaries(ids)}
            self._pages[page] = [by_id[i] for i in ids if i in by_id]
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None
