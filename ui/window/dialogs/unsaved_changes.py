"""The question asked before unsaved edits would be left: save, discard, or stay."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = Literal["save", "discard", "cancel"]


class UnsavedChangesDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> Answer:
        """Tests patch this; the window never builds the box itself."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            QCoreApplication.translate("UnsavedChangesDialog", "The article has unsaved changes.")
        )
        box.setInformativeText(
            QCoreApplication.translate("UnsavedChangesDialog", "Save them before leaving it?")
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        if answer == buttons.Save:
            return "save"
        return "discard" if answer == buttons.Discard else "cancel"
