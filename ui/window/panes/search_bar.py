"""The search field and, beside it, Shamela's switches: exact spelling for the whole query, and
every word near the others. The switches are written into the query (``spelling:exact``,
``near:N``), so a saved search keeps them and choosing it shows them again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from storage.search.query import MAX_NEAR_DISTANCE, Switches, split_switches, with_switches

DEFAULT_NEAR = 5


class SearchBar(QWidget):
    """``changed`` is emitted whenever the query (text or a switch) changes."""

    changed = Signal()

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.exact_box)
        layout.addWidget(self.near_box)
        layout.addWidget(self.near_spin)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.exact_box.toggled.connect(self._on_switch_changed)
        self.near_box.toggled.connect(self._on_near_box_toggled)
        self.near_spin.valueChanged.connect(self._on_switch_changed)

    def query(self) -> str:
        """The query to run or save: the text with the switches written into it."""
        return with_switches(self.field.text(), self.switches())

    def switches(self) -> Switches:
        near = self.near_spin.value() if self.near_box.isChecked() else None
        return Switches(is_exact=self.exact_box.isChecked(), near=near)

    def set_query(self, query: str) -> None:
        """Show ``query`` (a saved search's, say): its text in the field, its switches set.
        Emits nothing: whoever sets the query runs it."""
        text, switches = split_switches(query)
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
