"""The timeline: a bar chart of the listed articles by month (by day when they span three
months or less). Dragging across it, or a click on one bar, sets a date range: a ``date:``
filter. From the keyboard: the arrow keys move along the bars, Shift with them widens the
range, Return sets it, Escape takes the date filter off. Time runs in the reading direction:
right to left in the Arabic interface."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from storage.records import Facets

MAX_DAILY_SPAN = 92  # days: a shorter span is drawn by day
MARGIN = 6


@dataclass(frozen=True)
class Bar:
    first: dt.date
    last: dt.date
    count: int

    def label(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return self.first.strftime("%Y-%m")


def bars_of(facets: Facets) -> list[Bar]:
    """One bar per day or per month, from the first dated result to the last (empty ones
    included, so the gaps in time show)."""
    if not facets.days:
        return []
    counts = dict(facets.days)
    first, last = facets.days[0][0], facets.days[-1][0]
    if (last - first).days <= MAX_DAILY_SPAN:
        span = range((last - first).days + 1)
        return [Bar(d, d, counts.get(d, 0)) for d in (first + dt.timedelta(n) for n in span)]
    months: dict[tuple[int, int], int] = {}
    for day, count in facets.days:
        months[(day.year, day.month)] = months.get((day.year, day.month), 0) + count
    bars = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        bars.append(Bar(dt.date(year, month, 1), end, months.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return bars


class Timeline(QWidget):
    """``range_chosen(first day, last day)`` when a range is set; ``range_cleared()`` when
    Escape asks the date filter off."""

    range_chosen = Signal(object, object)
    range_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self._anchor: int | None = None  # where a drag or a Shift-selection started
        self._cursor = 0  # the bar the keyboard is on
        self._selected: tuple[int, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(64)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Timeline of the results"))
        self.setToolTip(self.tr("Drag across the bars to search a date range"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(400, 72)

    def show_facets(self, facets: Facets) -> None:
        self.bars = bars_of(facets)
        self._anchor, self._selected = None, None
        self._cursor = min(self._cursor, max(0, len(self.bars) - 1))
        self._describe()
        self.update()

    def selected_range(self) -> tuple[dt.date, dt.date] | None:
        if self._selected is None:
            return None
        low, high = sorted(self._selected)
        return self.bars[low].first, self.bars[high].last

    # -- geometry ----------------------------------------------------------------------------

    def _chart(self) -> QRect:
        top = self.fontMetrics().height() + 2
        return self.rect().adjusted(MARGIN, top, -MARGIN, -MARGIN)

    def _bar_rect(self, number: int) -> QRect:
        chart = self._chart()
        width = chart.width() / max(1, len(self.bars))
        left = chart.left() + number * width
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = chart.right() - (number + 1) * width + 1
        return QRect(int(left), chart.top(), max(1, int(width) - 1), chart.height())

    def bar_at(self, point: QPoint) -> int | None:
        if not self.bars:
            return None
        chart = self._chart()
        share = (point.x() - chart.left()) / max(1, chart.width())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            share = 1 - share
        return min(len(self.bars) - 1, max(0, int(share * len(self.bars))))

    def bar_center(self, number: int) -> QPoint:
        return self._bar_rect(number).center()

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated articles")
            )
            return
        chart = self._chart()
        highest = max(bar.count for bar in self.bars) or 1
        low, high = sorted(self._selected) if self._selected else (-1, -1)
        for number, bar in enumerate(self.bars):
            area = self._bar_rect(number)
            if low <= number <= high:
                painter.fillRect(area, palette.color(QPalette.ColorRole.Highlight).lighter(170))
            height = round(chart.height() * bar.count / highest)
            if bar.count and height < 2:
                height = 2
            filled = QRect(area.left(), chart.bottom() - height + 1, area.width(), height)
            role = QPalette.ColorRole.Highlight if low <= number <= high else QPalette.ColorRole.Mid
            painter.fillRect(filled, palette.color(role))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))  # the time axis, gaps included
        painter.drawLine(chart.left(), chart.bottom(), chart.right(), chart.bottom())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        top = QRect(MARGIN, 0, self.width() - 2 * MARGIN, chart.top())
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight  # mirrored in RTL
        painter.drawText(top, start | Qt.AlignmentFlag.AlignVCenter, self.bars[0].label())
        painter.drawText(top, end | Qt.AlignmentFlag.AlignVCenter, self.bars[-1].label())
        peak = self.tr("highest: {count}").format(count=QLocale().toString(highest))
        metrics = self.fontMetrics()
        ends = metrics.horizontalAdvance(self.bars[0].label() + self.bars[-1].label())
        if ends + metrics.horizontalAdvance(peak) + 4 * MARGIN < top.width():  # room for it
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, peak)
        if self.hasFocus():
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self._bar_rect(self._cursor).adjusted(0, 0, -1, -1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    # -- mouse and keyboard ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        number = self.bar_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and number is not None:
            self._anchor = self._cursor = number
            self._select(number, number)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        number = self.bar_at(event.position().toPoint())
        if self._anchor is not None and number is not None:
            self._cursor = number
            self._select(self._anchor, number)

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._anchor is not None:
            self._anchor = None
            self._choose()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if not self.bars:
            super().keyPressEvent(event)
            return
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}.get(Qt.Key(key))
        if step is not None and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step
        if key == Qt.Key.Key_Home:
            step = -self._cursor
        elif key == Qt.Key.Key_End:
            step = len(self.bars) - 1 - self._cursor
        if step is not None:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            anchor = self._cursor if not shift or self._selected is None else self._selected[0]
            self._cursor = min(len(self.bars) - 1, max(0, self._cursor + step))
            self._select(anchor if shift else self._cursor, self._cursor)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._selected is None:
                self._select(self._cursor, self._cursor)
            self._choose()
        elif key == Qt.Key.Key_Escape:
            self._selected = None
            self.update()
            self.range_cleared.emit()
        else:
            super().keyPressEvent(event)

    def _select(self, low: int, high: int) -> None:
        self._selected = (low, high)
        self._describe()
        self.update()

    def _choose(self) -> None:
        chosen = self.selected_range()
        if chosen is not None:
            self.range_chosen.emit(*chosen)

    def _describe(self) -> None:
        """The bar the keyboard is on, for screen readers and the tooltip's place."""
        if self.bars:
            bar = self.bars[self._cursor]
            self.setAccessibleDescription(f"{bar.label()}: {QLocale().toString(bar.count)}")
