"""The article list: a table model holding only the ids of the current search, loading rows
a page at a time as the view shows them (300,000 articles scroll without loading them all).
Each page is read on the window's TaskRunner, never the GUI thread: the listing's own read
brings the first page with the ids, and a later page shows once its read is back."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
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
from storage.records import ArticleId, ArticleSummary, SearchHit
from storage.search.orders import Order
from ui.window.bidi_text import left_to_right
from ui.window.local_time import moment_text
from ui.window.models.article_drag import ARTICLE_IDS_MIME, encode_article_ids
from ui.window.tasks import TaskRunner

# Rows read at a time: a screen of rows and more (25 one-line rows show at 1080 px, and
# half as many search results, whose rows are two lines). The first page is read with the
# listing, before it shows, and a search's snippets cost most of it: on the corpus, 200 rows
# of a common word's snippets took 90-290 ms, 50 rows 25-50 ms. So a search reads fewer.
PAGE = 50
SNIPPET_PAGE = 25


def page_size(query: str) -> int:
    """Rows read at a time for a listing of ``query`` (with words, rows have snippets)."""
    return SNIPPET_PAGE if query.strip() else PAGE


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


@dataclass(frozen=True)
class Page:
    """A page of list rows as read (on the runner): the summaries of its ids in their order
    (ids gone from the archive left out) and, with a query, each title's snippet."""

    rows: list[ArticleSummary]
    snippets: dict[ArticleId, str] = field(default_factory=dict)


def read_page(archive: Archive, ids: Sequence[ArticleId], query: str) -> Page:
    """The page of rows of ``ids`` (at most `page_size` of them), with snippets for ``query``."""
    return Page(_rows(archive, ids), archive.snippets(query, ids) if query.strip() else {})


def page_of_hits(archive: Archive, hits: Sequence[SearchHit]) -> Page:
    """The page of rows of a search's hits, with the snippets the search made."""
    return Page(_rows(archive, [h.id for h in hits]), {h.id: h.snippet for h in hits})


def _rows(archive: Archive, ids: Sequence[ArticleId]) -> list[ArticleSummary]:
    by_id = {s.id: s for s in archive.article_summaries(ids)}
    return [by_id[i] for i in ids if i in by_id]


class ArticleTableModel(QAbstractTableModel):
    """Sorting re-runs the query in SQL: ``sort`` only says which order is wanted
    (`order_requested`); whoever runs the query hands the new ids to `set_ids`."""

    COLUMNS = COLUMNS
    order_requested = Signal(str)  # an Order, or "" for the natural one (relevance/newest)
    rows_loaded = Signal()  # a page of rows read on the runner is shown
    failed = Signal(str, bool)  # a page could not be read (its rows stay blank)
    # The view reached the last row held of a listing that holds more (`set_ids`' ``more``).
    more_wanted = Signal()

    def __init__(self, archive: Archive, runner: TaskRunner) -> None:
        super().__init__()
        self._archive = archive
        self._runner = runner
        self._ids: list[ArticleId] = []
        self._pages: dict[int, list[ArticleSummary]] = {}
        self._generation = 0  # a page read for older ids is dropped
        self._asked: dict[int, int] = {}  # page → its newest read (a token); older ones drop
        self._tokens = itertools.count()
        self._query = ""  # words to show snippets for, if any
        self._snippets: dict[ArticleId, str] = {}
        self._first_calendar: Calendar = "gregorian"
        self._more = False  # the listing holds more ids than these (read after: `extend_ids`)

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

    def set_ids(
        self,
        ids: Sequence[ArticleId],
        query: str = "",
        first_page: Page | None = None,
        *,
        more: bool = False,
    ) -> None:
        """Hold these articles; with a ``query``, each title comes with its search snippet.
        ``first_page``: the rows of the first page of ids, read with them (else read when
        shown); a page is `page_size` rows. ``more``: the listing holds more than these, to
        be read when the view wants them (`more_wanted`) or sooner (`extend_ids`)."""
        self.beginResetModel()
        self._generation += 1
        self._more = more
        self._ids = list(ids)
        self._pages.clear()
        self._asked.clear()
        self._snippets.clear()
        self._query = query if query.strip() else ""
        if first_page is not None:
            self._keep_page(0, first_page)
        self.endResetModel()

    def extend_ids(self, ids: Sequence[ArticleId]) -> bool:
        """Hold every id of a listing whose first ones are held (`set_ids`): the rows after
        them are added, and the pages read stay (True). Ids in another order (the archive
        changed in between) are held anew, as `set_ids` holds them (False)."""
        held = len(self._ids)
        self._more = False
        if list(ids[:held]) != self._ids:
            self.set_ids(ids, self._query)
            return False
        if len(ids) > held:
            self.beginInsertRows(QModelIndex(), held, len(ids) - 1)
            self._ids.extend(ids[held:])
            self.endInsertRows()
        return True

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 (Qt's name)
        return self._more and not parent.isValid()

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 (Qt's name)
        """The view shows the last row held (scrolled there, or the rows do not fill it)."""
        if self.canFetchMore(parent):
            self.more_wanted.emit()

    @property
    def _page_rows(self) -> int:
        return page_size(self._query)

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
        """Read these articles' rows again (after a save): only their pages, on the runner;
        the rows show what they showed until the new read is back."""
        rows = (self.row_of(article_id) for article_id in article_ids)
        for page in sorted({row // self._page_rows for row in rows if row is not None}):
            if page in self._pages or page in self._asked:
                self._read_page(page)

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
        """The row's summary, or None while its page is being read (asked for here)."""
        page = row // self._page_rows
        if page not in self._pages:
            if page not in self._asked:
                self._read_page(page)
            return None
        rows = self._pages[page]
        offset = row - page * self._page_rows
        return rows[offset] if offset < len(rows) else None

    def _read_page(self, page: int) -> None:
        archive, query = self._archive, self._query
        size = self._page_rows
        ids = self._ids[page * size : (page + 1) * size]
        generation, token = self._generation, next(self._tokens)
        self._asked[page] = token
        task = self._runner.read(
            lambda *_: (generation, page, token, read_page(archive, ids, query))
        )
        task.finished.connect(self._on_page_read)
        task.failed.connect(
            lambda message, is_bug: self._on_page_failed(generation, page, token, message, is_bug)
        )

    def _is_newest(self, generation: int, page: int, token: int) -> bool:
        if generation != self._generation or self._asked.get(page) != token:
            return False
        del self._asked[page]
        return True

    def _on_page_read(self, answer: tuple[int, int, int, Page]) -> None:
        generation, page, token, read = answer
        if self._is_newest(generation, page, token):
            self._keep_page(page, read)
            size = self._page_rows
            last = min((page + 1) * size, len(self._ids)) - 1
            self.dataChanged.emit(self.index(page * size, 0), self.index(last, len(COLUMNS) - 1))
            self.rows_loaded.emit()

    def _on_page_failed(
        self, generation: int, page: int, token: int, message: str, is_bug: bool
    ) -> None:
        if self._is_newest(generation, page, token):
            self._pages.setdefault(page, [])  # blank, not asked again until a refresh
            self.failed.emit(message, is_bug)

    def _keep_page(self, page: int, read: Page) -> None:
        self._pages[page] = read.rows
        self._snippets.update(read.snippets)
