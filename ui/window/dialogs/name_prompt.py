"""The question asked for a name: of a new dossier, a renamed tag, a saved search."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class NamePrompt:
    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        """The name typed (``text`` to start with), or None if cancelled. ``title`` and
        ``label`` come translated from the caller; the archive judges the name itself.
        Tests patch this; callers never build the box."""
        dialog = QInputDialog(parent)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(text)
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return None
            return dialog.textValue()
        finally:
            dialog.deleteLater()
