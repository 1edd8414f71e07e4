"""Writing or changing a note on an article: a small dialog with a text field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NoteDialog(QDialog):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note") if not text else self.tr("Edit note"))
        self.text_field = QPlainTextEdit(self)
        self.text_field.setPlainText(text)
        self.text_field.setPlaceholderText(self.tr("What to remember about this article"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_field.textChanged.connect(self._on_text_field_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_field)
        layout.addWidget(self.buttons)
        self.resize(480, 260)
        self._on_text_field_text_changed()

    @property
    def text(self) -> str:
        return self.text_field.toPlainText()

    def _on_text_field_text_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.strip()))

    @classmethod
    def ask(cls, parent: QWidget, text: str = "") -> str | None:
        """The note as written, or None if the user cancelled. Tests patch this."""
        dialog = cls(text, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.text
        finally:
            dialog.deleteLater()
