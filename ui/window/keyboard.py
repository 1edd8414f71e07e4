"""The window from the keyboard: the focus order (search → list → reading pane → side panel),
Escape in the search field, F10 for the menus, and a focus ring that can be seen."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTextEdit, QWidget

# The widget with the focus gets a frame in the selection's colour, two pixels wide.
FOCUS_RING = (
    "QAbstractItemView:focus, QTextEdit:focus, QPlainTextEdit:focus, QLineEdit:focus "
    "{ border: 2px solid palette(highlight); }"
)


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab goes from each widget to the next, in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def show_focus_ring(widgets: list[QWidget]) -> None:
    for widget in widgets:
        widget.setStyleSheet(FOCUS_RING)


class SearchKeys(QObject):
    """Escape in the search field clears it; in an empty field, it goes to the list."""

    def __init__(self, field: QLineEdit, list_view: QWidget) -> None:
        super().__init__(field)
        self._field = field
        self._list = list_view
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), field)
        self.escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.escape.setWhatsThis(self.tr("Clear the search (in the search field)"))
        self.escape.activated.connect(self._on_escape_activated)

    def _on_escape_activated(self) -> None:
        if self._field.text():
            self._field.clear()
        else:
            self._list.setFocus(Qt.FocusReason.ShortcutFocusReason)


class MenuKeys(QObject):
    """F10 opens the first menu (Alt alone does too, Qt's own way), in either language."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.f10 = QShortcut(QKeySequence(Qt.Key.Key_F10), window)
        self.f10.setWhatsThis(self.tr("Open the menus"))
        self.f10.activated.connect(self._on_f10_activated)

    def _on_f10_activated(self) -> None:
        bar = self._window.menuBar()
        actions = [a for a in bar.actions() if a.isVisible() and a.menu() is not None]
        if actions:
            bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(actions[0])


def reading_keys(pane: QTextEdit) -> None:
    """Tab leaves the reading pane (it would otherwise walk its links)."""
    pane.setTabChangesFocus(True)
