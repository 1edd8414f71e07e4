"""The article list: a lazy table of what the current listing finds, sortable by its columns
(the query re-runs in SQL), with several rows selectable and draggable onto a dossier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from storage.archive import Archive
from storage.records import ArticleId
from storage.search.orders import Order
from ui.window.listing import ARCHIVE, Listing, Scope
from ui.window.models.article_table import (
    COLUMNS,
    SORT_ORDERS,
    ArticleTableModel,
    Page,
    page_of_hits,
    page_size,
    read_page,
)
from ui.window.natural_direction import BothDatesDelegate, NaturalDirectionDelegate
from ui.window.panes.list_columns import ListColumns
from ui.window.panes.title_delegate import TitleDelegate
from ui.window.tasks import Progress, TaskRunner

# The user leaves the query this long (ms) before every id behind a listing's best rows is
# read, unless the list wants them sooner (scrolled to its last row held). The read is
# Python work (a million ids for a common word at a million articles), and made while the
# user is still typing it only slowed the next listing, which drops it.
REST_AFTER_MS = 400


@dataclass(frozen=True)
class Listed:
    """A listing as read on the runner: its ids (or its best ones, the rest read after), the
    rows of the first page, and how many articles it finds."""

    ids: list[ArticleId]
    first_page: Page
    total: int
    more: bool = False  # more than ``total`` (the count stopped there: `SearchResults.more`)


class ArticleList(QTableView):
    listed = Signal(int)  # shown: how many articles the listing found (the first is current)
    # How many it found, and whether more than that (then the exact count follows, once every
    # id is read behind the rows shown).
    counted = Signal(int, bool)
    painted = Signal()  # a new listing's rows are on the screen (see `_when_painted`)
    current_changed = Signal(object)  # the article the user moved to (an id), or None
    failed = Signal(str, bool)  # why the listing failed, and whether it is a bug

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._generation = 0  # only the newest listing's answer is shown
        self._more = False  # the listing shown counted only so far (see `counted`)
        self.article_model = ArticleTableModel(archive, runner)
        self.article_model.failed.connect(self.failed)
        self.setModel(self.article_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between rows
        self._delegate = TitleDelegate(self)
        self.setItemDelegate(NaturalDirectionDelegate(self))
        self.setItemDelegateForColumn(0, self._delegate)
        self.setItemDelegateForColumn(COLUMNS.index("date"), BothDatesDelegate(self))
        self.setWordWrap(False)
        self.columns = ListColumns(self, self.article_model)
        header = self.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self._listing = Listing(ARCHIVE)
        self.article_model.order_requested.connect(self._on_model_order_requested)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        self.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self._keep_current: ArticleId | None = None
        self._after_paint: Callable[[], None] | None = None
        self._rest_of: int | None = None  # the listing (its generation) whose rest waits
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_AFTER_MS)
        self._rest.timeout.connect(self._read_the_rest)
        self.article_model.more_wanted.connect(self._read_the_rest)

    @property
    def listing(self) -> Listing:
        return self._listing

    def show_listing(self, listing: Listing, keep_current: bool = False) -> None:
        """List what ``listing`` finds (off the GUI thread); `listed` says when it is shown.
        ``keep_current``: stay on the current article if the new list holds it."""
        if listing.scope != self._listing.scope:
            # another scope: relevance (newest without words), as Zotero does; a new query's
            # order is the caller's to choose (new words list by relevance, see MainWindow)
            listing = Listing(listing.scope, listing.query, None)
        self._show_order(listing.order)
        if listing.scope != self._listing.scope:
            self.columns.show_trash_column(listing.scope.kind == "trash")
        self._listing = listing
        if self.isSortingEnabled() != listing.scope.is_sortable:
            self.setSortingEnabled(listing.scope.is_sortable)  # sorts at once: see below
        self._keep_current = self.current_id() if keep_current else None
        self._generation += 1
        self._rest.stop()
        self._rest_of = None
        generation, archive = self._generation, self._archive

        is_new = not keep_current  # a new listing may show its best rows before the rest

        def work(_progress: Progress, _is_cancelled: object) -> Listed:
            if generation != self._generation:
                return Listed([], Page([]), 0)  # typed over before it started: never shown
            size = page_size(listing.query)
            best = listing.best(archive, size) if is_new else None
            if best is not None:  # every id, or the best ones with the rest read after
                ids = [h.id for h in best.hits]
                return Listed(ids, page_of_hits(archive, best.hits), best.total, best.more)
            ids = listing.ids(archive)  # and the first page of rows, read with them
            return Listed(ids, read_page(archive, ids[:size], listing.query), len(ids))

        task = self._runner.read(work, is_awaited=True)
        task.finished.connect(lambda listed: self._on_task_listed(generation, listed))
        task.failed.connect(
            lambda message, is_bug: self._on_task_failed(generation, message, is_bug)
        )

    def hold_back(self) -> None:
        """The user is still at the query (typing): what waits to be read waits again."""
        if self._rest.isActive():
            self._rest.start()

    def _read_the_rest(self) -> None:
        """Read every id of the listing shown by its best rows (`Listed.total` beyond them),
        if it waits for that (`_on_listing_painted`)."""
        generation, self._rest_of = self._rest_of, None
        self._rest.stop()
        if generation != self._generation:
            return  # read already, or none to read
        listing, archive = self._listing, self._archive

        def work(_progress: Progress, _is_cancelled: object) -> list[ArticleId]:
            return listing.ids(archive) if generation == self._generation else []

        task = self._runner.read(work)  # the user waits for the first rows, not for these
        task.finished.connect(lambda ids: self._on_task_read_the_rest(generation, ids))
        task.failed.connect(
            lambda message, is_bug: self._on_task_failed(generation, message, is_bug)
        )

    def show_query(self, query: str) -> None:
        self.show_listing(Listing(self._listing.scope, query, self._listing.order))

    def show_scope(self, scope: Scope, query: str = "") -> None:
        self.show_listing(Listing(scope, query, None))

    def refresh(self, select: ArticleId | None = None) -> None:
        """List again (after articles were added, trashed or restored), staying where it was,
        or on ``select`` if the list holds it."""
        self.show_listing(self._listing, keep_current=True)
        if select is not None:
            self._keep_current = select

    def current_id(self) -> ArticleId | None:
        index = self.currentIndex()
        return self.article_model.article_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[ArticleId]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.article_model.article_id(r) for r in rows]

    def select_row(self, row: int, *, silently: bool = False) -> None:
        # Not QTableView.selectRow: in a right-to-left view it looks for the row's first
        # column at the viewport's very edge, finds none and selects nothing.
        selection = self.selectionModel()
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(silently)
        try:
            selection.setCurrentIndex(self.article_model.index(row, 0), flags)
        finally:
            selection.blockSignals(False)
        self.viewport().update()

    def select_article(self, article_id: int, *, silently: bool = False) -> bool:
        row = self.article_model.row_of(article_id)
        if row is not None:
            self.select_row(row, silently=silently)
            self.scrollTo(self.article_model.index(row, 0))
        return row is not None

    def _show_order(self, order: Order | None) -> None:
        """The header's arrow on the column sorted by ``order`` (none: relevance or newest)."""
        column, ascending = -1, True
        for name, (up, down) in SORT_ORDERS.items():
            if order in (up, down):
                column, ascending = COLUMNS.index(name), order == up
        header = self.horizontalHeader()
        sort = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, sort):
            header.blockSignals(True)  # the order is the listing's already: no new request
            try:
                header.setSortIndicator(column, sort)
            finally:
                header.blockSignals(False)
            header.viewport().update()

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column >= 0 and COLUMNS[column] not in SORT_ORDERS:  # tags, marks: no order
            self._show_order(self._listing.order)

    def moveCursor(  # noqa: N802 (Qt's name)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End (with Ctrl or not) go to the first and last row, not column."""
        move = QAbstractItemView.CursorAction
        rows = self.article_model.rowCount()
        if action in (move.MoveHome, move.MoveEnd) and rows:
            column = max(self.currentIndex().column(), 0)
            row = 0 if action == move.MoveHome else rows - 1
            return self.article_model.index(row, column)
        return super().moveCursor(action, modifiers)

    def selectionCommand(  # noqa: N802 (Qt's name)
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Ctrl+Home/End select the row they reach (Ctrl alone would only move the focus)."""
        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            flag = QItemSelectionModel.SelectionFlag
            return flag.ClearAndSelect | flag.Rows
        return super().selectionCommand(index, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.columns.fit_title()

    def _on_model_order_requested(self, order: str) -> None:
        chosen: Order | None = order or None  # type: ignore[assignment]
        if chosen != self._listing.order:  # not the order shown (sorting switched on)
            self.show_listing(Listing(self._listing.scope, self._listing.query, chosen), True)

    def _on_task_failed(self, generation: int, message: str, is_bug: bool) -> None:
        """A listing that failed (a bad query, or a bug) leaves the list empty, not stale."""
        if generation != self._generation:
            return
        self._on_task_listed(generation, Listed([], Page([]), 0))
        self.failed.emit(message, is_bug)

    def _on_task_listed(self, generation: int, listed: Listed) -> None:
        if generation != self._generation:
            return
        keep, ids = self._keep_current, listed.ids
        has_more = listed.more or listed.total > len(ids)
        self.article_model.set_ids(ids, self._listing.query, listed.first_page, more=has_more)
        self.verticalHeader().setDefaultSectionSize(
            self._delegate.row_height(self, self._listing.query)
        )
        if keep is not None and self.select_article(keep, silently=True):
            pass
        elif ids:
            self.select_row(0)
        else:
            self.current_changed.emit(None)
        self._more = listed.more
        self.counted.emit(listed.total, listed.more)
        self.listed.emit(listed.total)
        self._when_painted(lambda: self._on_listing_painted(generation, has_more))

    def _when_painted(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the rows just listed are painted (at once if the list is not on
        the screen). The reads that follow a listing (every id, the facets) are Python work
        on other threads, and under one interpreter lock they slowed that painting by half."""
        if self.viewport().isVisible():
            self._after_paint = then  # a listing not yet painted needs nothing more
            self.viewport().update()
        else:
            self._after_paint = None
            then()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._after_paint is not None:
            then, self._after_paint = self._after_paint, None
            QTimer.singleShot(0, self, then)  # once this paint is done (never if the list is gone)

    def _on_listing_painted(self, generation: int, has_more: bool) -> None:
        if generation != self._generation:
            return
        self.painted.emit()
        if has_more:
            self._rest_of = generation
            last = self.article_model.index(self.article_model.rowCount() - 1, 0)
            if self.viewport().isVisible() and not self._shows(last):
                self._rest.start()  # once the user leaves the query be (`REST_AFTER_MS`)
            else:
                self._read_the_rest()

    def _shows(self, index: QModelIndex) -> bool:
        return self.visualRect(index).intersects(self.viewport().rect())

    def _on_task_read_the_rest(self, generation: int, ids: list[ArticleId]) -> None:
        if generation != self._generation:
            return
        current = self.current_id()
        if self._more:
            self._more = False
            self.counted.emit(len(ids), False)
        if self.article_model.extend_ids(ids):
            return
        if current is not None and self.select_article(current, silently=True):
            return
        if ids:
            self.select_row(0)
        else:
            self.current_changed.emit(None)

    def _on_selection_current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _old: object
    ) -> None:
        if current.isValid():
            self.current_changed.emit(self.article_model.article_id(current.row()))
