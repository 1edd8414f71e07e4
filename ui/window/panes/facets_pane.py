"""Facets beside the results: how many of the listed articles come from each source, bear each
tag, have each author, and fall in each year and month. A click (or Space, Return) on a value
adds its filter to the query as a chip; a second click takes it off. The counts are taken off
the GUI thread; only the newest request's answer is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from storage.archive import Archive
from storage.records import FacetCount, Facets
from storage.search.filter_terms import FilterTerm
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.listing import Listing
from ui.window.tasks import Task, TaskRunner

SHOWN = 12  # values per facet: the most frequent
TERM = Qt.ItemDataRole.UserRole
COUNT = Qt.ItemDataRole.UserRole + 1


class FacetsPane(QTreeWidget):
    """``term_toggled(FilterTerm)`` when a value is clicked; ``counted(Facets)`` when the
    counts of the listing asked for are in."""

    term_toggled = Signal(object)
    counted = Signal(object)

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._jobs: dict[QObject, int] = {}
        self._generation = 0
        self._active: tuple[FilterTerm, ...] = ()
        self._collapsed: set[str] = set()
        self.facets = Facets()
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Facets: counts of the results"))
        self.itemClicked.connect(self._on_item_clicked)
        self.itemCollapsed.connect(lambda item: self._collapsed.add(item.text(0)))
        self.itemExpanded.connect(lambda item: self._collapsed.discard(item.text(0)))

    def count(self, listing: Listing, active: tuple[FilterTerm, ...]) -> None:
        """Count what ``listing`` finds; ``active``: the filters on (shown checked)."""
        self._active = active
        self._generation += 1
        generation = self._generation
        for running in self._jobs:  # the counts of a listing typed before stop (on SQLite)
            if isinstance(running, Task):
                running.cancel()

        def work(_progress: object, is_cancelled: Callable[[], bool]) -> Facets | None:
            if generation != self._generation:
                return None  # asked again before it started: not counted
            return listing.facets(self._archive, is_cancelled)

        task = self._runner.prepare(work, writes=False)
        self._jobs[task] = generation
        task.finished.connect(self._on_job_finished)
        task.failed.connect(self._on_job_failed)
        task.start()

    def _on_job_finished(self, facets: object) -> None:
        if self._jobs.pop(self.sender(), None) != self._generation:
            return  # an older request's answer
        if not isinstance(facets, Facets):
            return
        self.facets = facets
        self._show(facets)
        self.counted.emit(facets)

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._jobs.pop(self.sender(), None)
        if is_bug:
            report_background_bug(message)
        # an archive error here is the listing's too, and the list reports it

    def _show(self, facets: Facets) -> None:
        self.clear()
        months: dict[str, list[FacetCount]] = {}
        for month in facets.months:
            months.setdefault(month.value[:4], []).append(month)
        groups = (
            (
                self.tr("Sources"),
                [(c, FilterTerm("source", c.value, True)) for c in facets.sources],
            ),
            (self.tr("Years"), [(c, FilterTerm("date", c.value)) for c in reversed(facets.years)]),
            (self.tr("Tags"), [(c, FilterTerm("tag", c.value)) for c in facets.tags]),
            (
                self.tr("Authors"),
                [(c, FilterTerm("author", c.value, True)) for c in facets.authors],
            ),
        )
        for title, values in groups:
            if not values:
                continue
            group = QTreeWidgetItem(self, [title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            for count, term in values[:SHOWN] if title != self.tr("Years") else values:
                item = self._value_item(group, count, term)
                for month in months.get(count.value, []) if term.field == "date" else []:
                    self._value_item(item, month, FilterTerm("date", month.value))
                item.setExpanded(
                    term in self._active
                    or any(
                        t.value.startswith(count.value + "-")
                        for t in self._active
                        if t.field == "date"
                    )
                )
            group.setExpanded(title not in self._collapsed)

    def _value_item(
        self, parent: QTreeWidgetItem, count: FacetCount, term: FilterTerm
    ) -> QTreeWidgetItem:
        shown = f"{count.value} ({QLocale().toString(count.count)})"  # as the side panel has it
        item = QTreeWidgetItem(parent, [shown])
        item.setData(0, TERM, term)
        item.setData(0, COUNT, count.count)
        item.setToolTip(0, shown)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        is_on = term in self._active
        item.setCheckState(0, Qt.CheckState.Checked if is_on else Qt.CheckState.Unchecked)
        return item

    def item_for(self, term: FilterTerm) -> QTreeWidgetItem | None:
        """The value that toggles ``term`` (for tests and the keyboard)."""
        for item in self._items():
            if item.data(0, TERM) == term:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is not None:
                found.append(item)
                stack += [item.child(i) for i in range(item.childCount())]
        return found

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        term = item.data(0, TERM)
        if isinstance(term, FilterTerm):
            self.term_toggled.emit(term)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        item = self.currentItem()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if item is not None and event.key() in keys and isinstance(item.data(0, TERM), FilterTerm):
            self.term_toggled.emit(item.data(0, TERM))
            return
        super().keyPressEvent(event)
