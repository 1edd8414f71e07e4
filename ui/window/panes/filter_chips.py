"""The chips beside the search field: the filters the query holds (a tag, a source, an author,
a date range) and the scope the list comes from (a dossier, the trash), each removable with a
click (or Space when it has the focus). The field keeps only the words the user typed."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from storage.search.filter_terms import FilterTerm

_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 6px;"
    " background: palette(alternate-base); }"
    " QToolButton:focus { border: 2px solid palette(highlight); }"
)


def term_label(term: FilterTerm) -> str:
    """What a chip says: the filter in words, never its syntax («Tag: Culture»)."""
    value = term.value
    if term.field in ("date", "hijri"):
        low, is_range, high = value.partition("..")
        value = f"{low or '…'} – {high or '…'}" if is_range else value
        if term.field == "hijri":
            value += " هـ"
    names = {
        "tag": QCoreApplication.translate("FilterChips", "Tag: {value}"),
        "source": QCoreApplication.translate("FilterChips", "Source: {value}"),
        "author": QCoreApplication.translate("FilterChips", "Author: {value}"),
        "date": QCoreApplication.translate("FilterChips", "Date: {value}"),
        "hijri": QCoreApplication.translate("FilterChips", "Date: {value}"),
        "in": QCoreApplication.translate("FilterChips", "Dossier: {value}"),
        "has": QCoreApplication.translate("FilterChips", "With: {value}"),
    }
    return names[term.field].format(value=value)


class FilterChips(QWidget):
    """``term_removed(FilterTerm)`` when a filter chip is clicked; ``scope_removed()`` when
    the scope's chip is. `set_terms` and `set_scope` show what is; they emit nothing."""

    term_removed = Signal(object)
    scope_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._terms: tuple[FilterTerm, ...] = ()
        self._scope = ""
        self.buttons: list[QToolButton] = []
        self.setStyleSheet(_STYLE)
        self.hide()

    def terms(self) -> tuple[FilterTerm, ...]:
        return self._terms

    def scope(self) -> str:
        return self._scope

    def labels(self) -> list[str]:
        """The filter chips' words (the scope's chip apart)."""
        return [term_label(t) for t in self._terms]

    def set_terms(self, terms: tuple[FilterTerm, ...]) -> None:
        self._terms = terms
        self._rebuild()

    def set_scope(self, label: str) -> None:
        """The scope's chip («Dossier: Syria», «Trash»), or none for the whole archive."""
        self._scope = label
        self._rebuild()

    def set_filters_enabled(self, enabled: bool) -> None:
        """Filters do not apply in the trash: their chips show, greyed; the scope's stays."""
        for button in self.buttons[1 if self._scope else 0 :]:
            button.setEnabled(enabled)

    def _rebuild(self) -> None:
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if self._scope:
            self._add(self._scope, self.scope_removed.emit)
        for term in self._terms:
            self._add(term_label(term), functools.partial(self.term_removed.emit, term))
        self.setVisible(bool(self.buttons))

    def _add(self, label: str, remove: Callable[[], object]) -> None:
        button = QToolButton(self)
        button.setText(f"{label}  ✕")
        button.setToolTip(self.tr("Remove this filter"))
        button.setAccessibleName(self.tr("Remove: {label}").format(label=label))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(remove)
        self._layout.addWidget(button)
        self.buttons.append(button)
