"""What the user sees when an article they edited was saved by someone else in the meantime
(a team archive): both versions of each field that differs, side by side. Nothing is written;
the edits stay in the editor."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.window.bidi_text import isolated

MAX_SHOWN = 2_000  # characters of a field: a body is compared in the editor, not here


class VersionConflictDialog(QDialog):
    """``rows``: (field label, your value, the saved value) for each field that differs."""

    def __init__(
        self, parent: QWidget, rows: Sequence[tuple[str, str, str]], who: str, version: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The article was saved by someone else"))
        text = self.tr(
            "%1 saved this article after you opened it (it is now version %2), so your edits "
            "were not saved. They are still in the editor: copy what you need, or discard them "
            "to see the saved version, then edit again."
        )
        label = QLabel(
            text.replace("%1", isolated(who or self.tr("Someone"))).replace("%2", str(version)),
            self,
        )
        label.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Saved version")]
        )
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                shown = value if len(value) <= MAX_SHOWN else value[:MAX_SHOWN] + "…"
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @classmethod
    def show_versions(
        cls, parent: QWidget, rows: Sequence[tuple[str, str, str]], who: str, version: int
    ) -> None:
        """Tests patch this; the window never builds the box itself."""
        cls(parent, rows, who, version).exec()
