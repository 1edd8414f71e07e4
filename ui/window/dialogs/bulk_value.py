"""The question asked before a change to several articles: the value to give them all (a tag,
a source, a place, a date), or the tag to take off them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QInputDialog, QWidget


class BulkValueDialog:
    @classmethod
    def ask(
        cls, parent: QWidget, title: str, label: str, choices: Sequence[str], text: str = ""
    ) -> str | None:
        """The value typed or chosen (``choices`` are offered, another may be typed), or None
        (cancelled). Tests patch this; callers never build the box."""
        if choices:
            value, chosen = QInputDialog.getItem(parent, title, label, list(choices), 0, True)
        else:
            value, chosen = QInputDialog.getText(parent, title, label, text=text)
        return value if chosen else None
