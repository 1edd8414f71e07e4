"""The question asked before something is deleted for good: delete, or keep it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class ConfirmDeleteDialog:
    @classmethod
    def ask(cls, parent: QWidget, question: str, detail: str = "") -> bool:
        """True if the user confirms; ``question`` and ``detail`` come translated from the
        caller, which knows what is deleted. Tests patch this; callers never build the box."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(question)
        if detail:
            box.setInformativeText(detail)
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.Cancel)
        box.setDefaultButton(buttons.Cancel)
        return box.exec() == buttons.Yes
