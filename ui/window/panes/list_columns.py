"""The article list's columns: which are shown (the header's context menu hides and shows
them), how wide they are (each edge can be dragged), the title taking the room the others
leave, and all of it remembered per screen size, so a layout made on a 1920 px screen is not
forced on a 1366 px one."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from ui.window.models.article_table import COLUMNS, ArticleTableModel

# Shown at first: the title, then what tells rows apart; the others are a click away.
# (Tags show in the reading pane; the list's room is the title's.)
SHOWN_AT_FIRST = frozenset({"title", "source", "date"})
# Never in the menu: the title is the row; "trashed" shows in the trash, and only there.
FIXED = frozenset({"title", "trashed"})
MIN_TITLE = 120
MARK_WIDTH = 48
WIDE_LIST = 800  # a list this wide shows the dates in both calendars at first


class ListColumns(QObject):
    def __init__(self, view: QTableView, model: ArticleTableModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._is_fitting = False
        header = self.header
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(32)  # the style's default is wider than a mark
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.sectionResized.connect(self._on_header_section_resized)
        self.set_default_widths()

    @property
    def header(self) -> QHeaderView:
        return self._view.horizontalHeader()

    def column(self, name: str) -> int:
        return COLUMNS.index(name)

    def is_shown(self, name: str) -> bool:
        return not self.header.isSectionHidden(self.column(name))

    def set_shown(self, name: str, shown: bool) -> None:
        self.header.setSectionHidden(self.column(name), not shown)
        self.fit_title()

    def set_default_widths(self) -> None:
        metrics = self._view.fontMetrics()
        # one calendar's width on a narrow list, both where the list has room (a dragged
        # edge shows both: see BothDatesDelegate)
        both = metrics.horizontalAdvance("2015-08-11 · 1436-10-26 هـ") + 16
        one = metrics.horizontalAdvance("1436-10-26 هـ") + 16
        dates = both if self._view.width() >= WIDE_LIST else one
        moments = metrics.horizontalAdvance("22 سبتمبر 2026، 22:22") + 16
        widths = {"source": 110, "date": dates, "tags": 120, "author": 110, "place": 90}
        widths |= {"page": 50, "ref": 80, "notes": MARK_WIDTH, "attachments": MARK_WIDTH}
        widths |= dict.fromkeys(("created", "updated", "trashed"), moments)
        for name, width in widths.items():
            self.header.resizeSection(self.column(name), width)
        for name in COLUMNS:
            self.header.setSectionHidden(self.column(name), name not in SHOWN_AT_FIRST)
        self.fit_title()

    def fit_dates(self) -> None:
        """Both calendars where the list is wide (on a first start, before the user drags)."""
        metrics = self._view.fontMetrics()
        both = metrics.horizontalAdvance("2015-08-11 · 1436-10-26 هـ") + 16
        one = metrics.horizontalAdvance("1436-10-26 هـ") + 16
        wide = self._view.width() >= WIDE_LIST
        self.header.resizeSection(self.column("date"), both if wide else one)
        self.fit_title()

    def show_trash_column(self, is_trash: bool) -> None:
        """The date an article went to the trash shows in the trash, never elsewhere."""
        self.set_shown("trashed", is_trash)

    def fit_title(self) -> None:
        """The title takes the width the other shown columns leave (at least MIN_TITLE)."""
        header = self.header
        others = sum(
            header.sectionSize(c) for c in range(1, len(COLUMNS)) if not header.isSectionHidden(c)
        )
        room = self._view.viewport().width() - others - 2  # no scroll bar for a pixel
        self._is_fitting = True
        try:
            header.resizeSection(0, max(MIN_TITLE, room))
        finally:
            self._is_fitting = False

    # -- remembered per screen size ----------------------------------------------------------

    def state(self) -> QByteArray:
        return self.header.saveState()

    def restore(self, state: QByteArray | None) -> bool:
        """Take a remembered layout (False, and the defaults stay, if it does not fit)."""
        if state is None or not self.header.restoreState(state):
            return False
        if self.header.count() != len(COLUMNS) or self.header.isSectionHidden(0):
            self.set_default_widths()
            return False
        self.header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # a new run: relevance
        self.show_trash_column(False)
        return True

    # -- slots -------------------------------------------------------------------------------

    def _on_header_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != 0 and not self._is_fitting:
            self.fit_title()

    def _on_header_context_menu_requested(self, position: QPoint) -> None:
        self.menu().exec(self.header.mapToGlobal(position))

    def menu(self) -> QMenu:
        """Each column but the title, checked when shown; a click shows or hides it."""
        menu = QMenu(self._view)
        titles = self._model.column_titles()
        for column, name in enumerate(COLUMNS):
            if name in FIXED:
                continue
            action = QAction(titles[column], menu)
            action.setCheckable(True)
            action.setChecked(self.is_shown(name))
            action.toggled.connect(lambda shown, n=name: self.set_shown(n, shown))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Default columns"))
        reset.triggered.connect(self.set_default_widths)
        return menu
