"""The search field and, beside it, the chips of the query's filters and scope (a tag, a
source, a date range; a dossier, the trash) and Shamela's switches: exact spelling for the
whole query, and every word near the others. The switches and filters are written into the
query (``spelling:exact``, ``near:N``, ``tag:"…"``), so a saved search keeps them and choosing
it shows them again, as chips and switches: the field holds only the words typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from storage.search.filter_terms import FilterTerm, join_filters, split_filters
from storage.search.query import MAX_NEAR_DISTANCE, Switches, split_switches, with_switches
from ui.window.panes.filter_chips import FilterChips

DEFAULT_NEAR = 5


class SearchBar(QWidget):
    """``changed`` is emitted whenever the query's text or a switch changes (as the user
    types: debounce it); ``filters_changed`` when a filter chip is added or removed (run it
    at once); ``scope_removed`` when the scope's chip is clicked."""

    changed = Signal()
    filters_changed = Signal()
    scope_removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(
            self.tr(
                'Search: words, "a phrase", -word, word*, =exact, NEAR(a b, 5), tag:, date:, '
                "hijri:1436-10"
            )
        )
        self.field.setClearButtonEnabled(True)
        self.exact_box = QCheckBox(self.tr("Exact spelling"), self)
        self.exact_box.setToolTip(
            self.tr("Hamza, ة/ه, ى/ي and any marks typed count; no clitics or other forms")
        )
        self.near_box = QCheckBox(self.tr("Words near each other"), self)
        self.near_box.setToolTip(self.tr("Every word within this many words of the others"))
        self.near_spin = QSpinBox(self)
        self.near_spin.setRange(1, MAX_NEAR_DISTANCE)
        self.near_spin.setValue(DEFAULT_NEAR)
        self.near_spin.setSuffix(self.tr(" words"))
        self.near_spin.setEnabled(False)
        self.chips = FilterChips(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.chips)
        layout.addWidget(self.exact_box)
        layout.addWidget(self.near_box)
        layout.addWidget(self.near_spin)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.exact_box.toggled.connect(self._on_switch_changed)
        self.near_box.toggled.connect(self._on_near_box_toggled)
        self.near_spin.valueChanged.connect(self._on_switch_changed)
        self.chips.term_removed.connect(self.remove_term)
        self.chips.scope_removed.connect(self.scope_removed)

    def query(self) -> str:
        """The query to run or save: the text with the switches and filters written into it."""
        return join_filters(with_switches(self.field.text(), self.switches()), self.terms())

    def words(self) -> str:
        """What the user typed (the field's text, without switches or filters)."""
        return " ".join(self.field.text().split())

    def terms(self) -> tuple[FilterTerm, ...]:
        return self.chips.terms()

    def describe(self) -> str:
        """The query in the user's words: what was typed, then the filter chips' labels (a
        title for an export, never the query's syntax); "" for none."""
        return " · ".join(part for part in (self.words(), *self.chips.labels()) if part)

    def add_term(self, term: FilterTerm) -> None:
        """Add a filter's chip (a date range replaces the one shown)."""
        dated = ("date", "hijri")
        kept = [
            t for t in self.terms() if t != term and not (t.field in dated and term.field in dated)
        ]
        self._set_terms((*kept, term))

    def remove_term(self, term: object) -> None:
        self._set_terms(tuple(t for t in self.terms() if t != term))

    def toggle_term(self, term: FilterTerm) -> None:
        """A facet clicked: its filter on, or off if it is on already."""
        if term in self.terms():
            self.remove_term(term)
        else:
            self.add_term(term)

    def set_searchable(self, searchable: bool) -> None:
        """The trash is not searched: its words, switches and filters are kept, greyed."""
        for widget in (self.field, self.exact_box, self.near_box):
            widget.setEnabled(searchable)
        self.near_spin.setEnabled(searchable and self.near_box.isChecked())
        self.chips.set_filters_enabled(searchable)

    def _set_terms(self, terms: tuple[FilterTerm, ...]) -> None:
        if terms != self.terms():
            self.chips.set_terms(terms)
            self.filters_changed.emit()

    def switches(self) -> Switches:
        near = self.near_spin.value() if self.near_box.isChecked() else None
        return Switches(is_exact=self.exact_box.isChecked(), near=near)

    def set_query(self, query: str) -> None:
        """Show ``query`` (a saved search's, say): its words in the field, its filters as
        chips, its switches set. Emits nothing: whoever sets the query runs it."""
        words, terms = split_filters(query)
        text, switches = split_switches(words)
        self.chips.set_terms(terms)
        widgets = (self.field, self.exact_box, self.near_box, self.near_spin)
        for widget in widgets:
            widget.blockSignals(True)
        self.field.setText(text)
        self.exact_box.setChecked(switches.is_exact)
        self.near_box.setChecked(switches.near is not None)
        self.near_spin.setEnabled(switches.near is not None)
        if switches.near is not None:
            self.near_spin.setValue(switches.near)
        for widget in widgets:
            widget.blockSignals(False)

    def _on_field_text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _on_near_box_toggled(self, checked: bool) -> None:
        self.near_spin.setEnabled(checked)
        self.changed.emit()

    def _on_switch_changed(self, *_args: object) -> None:
        self.changed.emit()
