"""The article list: a table model holding only the ids of the current search, loading rows
a page at a time as the view shows them (300,000 articles scroll without loading them all)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from storage.archive import Archive
from storage.calendar import Calendar, to_hijri
from storage.records import ArticleId, ArticleSummary
from storage.search.orders import Order
from ui.window.bidi_text import left_to_right
from ui.window.local_time import moment_text
from ui.window.models.article_drag import ARTICLE_IDS_MIME, encode_article_ids

PAGE = 200
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1  # the title's search snippet: HTML, words in <b>
Index = QModelIndex | QPersistentModelIndex


# The order a click on a column's header asks for (ascending, descending); tags sort no way.
SORT_ORDERS: dict[str, tuple[Order, Order]] = {
    "title": ("title", "title-desc"),
    "source": ("source", "source-desc"),
    "date": ("oldest", "newest"),
}


# Every column a list can show (the view hides some: see panes/list_columns.py). "created",
# "updated" and "trashed" are when the article was added, last changed and put in the trash;
# "notes" and "attachments" mark the articles that have some.
COLUMNS = (
    "title",
    "source",
    "date",
    "tags",
    "author",
    "place",
    "page",
    "ref",
    "created",
    "updated",
    "notes",
    "attachments",
    "trashed",
)
MOMENTS = ("created", "updated", "trashed")
NOTE_MARK = "✎"
ATTACHMENT_MARK = "📎"


class ArticleTableModel(QAbstractTableModel):
    """Sorting re-runs the query in SQL: ``sort`` only says which order is wanted
    (`order_requested`); whoever runs the query hands the new ids to `set_ids`."""

    COLUMNS = COLUMNS
    order_requested = Signal(str)  # an Order, or "" for the natural one (relevance/newest)

    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self._archive = archive
        self._ids: list[ArticleId] = []
        self._pages: dict[int, list[ArticleSummary]] = {}
        self._query = ""  # words to show snippets for, if any
        self._snippets: dict[ArticleId, str] = {}
        self._first_calendar: Calendar = "gregorian"

    def set_first_calendar(self, calendar: Calendar) -> None:
        """Dates show in both calendars; this one first."""
        self._first_calendar = calendar
        if self._ids:
            column = self.COLUMNS.index("date")
            last = self.index(len(self._ids) - 1, column)
            self.dataChanged.emit(self.index(0, column), last)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            self.order_requested.emit("")
            return
        orders = SORT_ORDERS.get(self.COLUMNS[column]) if column < len(self.COLUMNS) else None
        if orders is not None:
            self.order_requested.emit(orders[order != Qt.SortOrder.AscendingOrder])

    def ids(self) -> list[ArticleId]:
        return list(self._ids)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged rows' article ids, in list order (for a drop on a dossier)."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_article_ids(self._ids[r] for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def set_ids(self, ids: Sequence[ArticleId], query: str = "") -> None:
        """Hold these articles; with a ``query``, each title comes with its search snippet."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._snippets.clear()
        self._query = query if query.strip() else ""
        self.endResetModel()

    @property
    def has_snippets(self) -> bool:
        return bool(self._query)

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
        titles = self.column_titles()
        return titles[section] if 0 <= section < len(titles) else None

    def column_titles(self) -> tuple[str, ...]:
        """The columns' names, in the order of COLUMNS (the header's menu lists them too)."""
        return (
            self.tr("Title"),
            self.tr("Source"),
            self.tr("Date"),
            self.tr("Tags"),
            self.tr("Author"),
            self.tr("Place"),
            self.tr("Page"),
            self.tr("Reference"),
            self.tr("Added"),
            self.tr("Changed"),
            self.tr("Notes"),
            self.tr("Attachments"),
            self.tr("Put in the trash"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
        if role == SNIPPET_ROLE:
            if index.column() != 0 or self._summary(index.row()) is None:
                return None
            return self._snippets.get(self._ids[index.row()], "")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        column = self.COLUMNS[index.column()]
        if column == "date":
            return "" if summary.date is None else self._both_dates(summary.date)
        if column == "tags":
            return "، ".join(summary.tags)
        if column in MOMENTS:
            moment = getattr(summary, column)
            return "" if moment is None else moment_text(moment)
        if column in ("notes", "attachments"):
            count = getattr(summary, column)
            mark = NOTE_MARK if column == "notes" else ATTACHMENT_MARK
            return "" if not count else f"{mark} {count}"
        value = getattr(summary, column)
        return "" if value is None else value

    def _both_dates(self, day: dt.date) -> str:
        """«2015-08-11 · 1436-10-26 هـ», the first calendar first; each date an isolate read
        left to right, so the right-to-left list cannot reorder its numbers."""
        gregorian = left_to_right(day.isoformat())
        hijri = f"{left_to_right(to_hijri(day))} هـ"
        first, second = (
            (hijri, gregorian) if self._first_calendar == "hijri" else (gregorian, hijri)
        )
        return f"{first} · {second}"

    def _summary(self, row: int) -> ArticleSummary | None:
        page = row // PAGE
        if page not in self._pages:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            by_id = {s.id: s for s in self._archive.article_summaries(ids)}
            self._pages[page] = [by_id[i] for i in ids if i in by_id]
            if self._query:
                self._snippets.update(self._archive.snippets(self._query, ids))
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None
