"""The question asked at start when the last run left unsaved edits (it crashed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.window.local_time import moment_text


class RecoverEditsDialog:
    @classmethod
    def ask(cls, parent: QWidget, title: str, saved_at: dt.datetime) -> bool:
        """True to put the edits back in the editor, False to drop them. Tests patch this."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            QCoreApplication.translate(
                "RecoverEditsDialog", "Arshif was closed with unsaved edits of «%1»."
            ).replace("%1", title)
        )
        when = moment_text(saved_at)
        box.setInformativeText(
            QCoreApplication.translate(
                "RecoverEditsDialog", "Put back the edits kept at %1? You can then save them."
            ).replace("%1", when)
        )
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.Discard)
        box.setDefaultButton(buttons.Yes)
        return box.exec() == buttons.Yes
