"""The main window's layout on the screen it opens on: a minimum size that fits a 1024×700
screen (menus and status bar in view), panes that give way in order, the room shared out by
the screen's width (the list gets the most; the reading pane no more than a readable measure),
and what the user arranged remembered per screen size. A layout remembered on another screen
size is not used, and a remembered geometry that does not fit the screen is dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QWidget

from ui.window.settings import Settings

MINIMUM = QSize(1000, 640)  # inside a 1024×700 screen with a window manager's frame and panel
SIDE_WIDTH = (170, 260)  # the side panel's width at the least and the most, when laid out
READING_MOST = 720  # the reading pane's share when laid out (its lines are bounded anyway)


def screen_key(window: QWidget) -> str:
    """«1366x768»: the size of the screen the window is on, naming its remembered layout."""
    screen = window.screen()
    size = screen.availableGeometry().size() if screen is not None else QSize(0, 0)
    return f"{size.width()}x{size.height()}"


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a scroll area: on a short screen it scrolls instead of raising the
    window's minimum height."""
    area = QScrollArea(widget.parentWidget())
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields narrow
    return area


def share_out(width: int) -> list[int]:
    """Side panel, list and reading pane widths for a splitter ``width`` wide."""
    side = max(SIDE_WIDTH[0], min(SIDE_WIDTH[1], width * 14 // 100))
    rest = width - side
    reading = min(READING_MOST, rest * 42 // 100)
    return [side, rest - reading, reading]


class WindowLayout:
    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        settings: Settings,
        on_laid_out: Callable[[], None] | None = None,
    ) -> None:
        """``on_laid_out``: called when a first layout (none remembered) has its width."""
        self._window = window
        self._on_laid_out = on_laid_out
        self._splitter = splitter
        self._settings = settings
        window.setMinimumSize(MINIMUM)
        for pane in range(splitter.count()):
            splitter.setCollapsible(pane, pane != 1)  # the list stays; the others may close
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        self._is_remembered = False
        self._watcher = _FirstShow(self)
        window.installEventFilter(self._watcher)

    def share_out(self) -> None:
        """Share the window's width out afresh (as on a first start on this screen)."""
        self._splitter.setSizes(share_out(self._splitter.width() or self._window.width() - 20))

    def restore(self) -> None:
        """Take the layout remembered for this screen size, or one made for it."""
        window, key = self._window, screen_key(self._window)
        available = self._available()
        geometry = self._settings.layout(key, "geometry")
        if geometry is None or not window.restoreGeometry(geometry) or not self._fits(available):
            width = min(1400, available.width())
            height = min(900, available.height())
            window.resize(max(width, MINIMUM.width()), max(height, MINIMUM.height()))
        state = self._settings.layout(key, "splitter")
        self._is_remembered = (
            state is not None and self._splitter.restoreState(state) and self._splitter_fits()
        )
        if not self._is_remembered:
            self._splitter.setSizes(share_out(window.width() - 20))

    def on_first_show(self) -> None:
        if not self._is_remembered:  # the window's real width is known only now
            self.share_out()
            self.first_laid_out()

    def first_laid_out(self) -> None:
        """Tell the panes their first width (the list sizes its date column by it)."""
        if self._on_laid_out is not None:
            self._on_laid_out()

    def save(self) -> None:
        key = screen_key(self._window)
        self._settings.save_layout(key, "geometry", self._window.saveGeometry())
        self._settings.save_layout(key, "splitter", self._splitter.saveState())

    def _available(self) -> QRect:
        screen = self._window.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def _fits(self, available: QRect) -> bool:
        frame = self._window.frameGeometry()
        return available.width() >= frame.width() and available.height() >= frame.height()

    def _splitter_fits(self) -> bool:
        """The remembered panes fit this window: the list keeps room for its titles."""
        sizes = self._splitter.sizes()
        return len(sizes) == 3 and sum(sizes) <= self._window.width() and sizes[1] >= 300


class _FirstShow(QObject):
    """Tells the layout when its window is first shown (its width on the screen is known)."""

    def __init__(self, layout: WindowLayout) -> None:
        super().__init__()
        self._layout = layout

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            self._layout.on_first_show()
        return False
