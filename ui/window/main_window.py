"""The main window. For now it shows which archive is open and what it holds; the full window
(tags, list, reading pane) is the window issue's work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from storage.archive import Archive


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive) -> None:
        super().__init__()
        self._archive = archive
        self.setWindowTitle(self.tr("Arshif"))
        self.resize(900, 600)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(self.tr("Arshif — an archive of Arabic press articles"), central)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSize(font.pointSize() + 8)
        heading.setFont(font)
        self.summary_label = QLabel(central)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.location_label = QLabel(archive.location.describe(), central)
        self.location_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addStretch()
        layout.addWidget(heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.location_label)
        layout.addStretch()
        self.setCentralWidget(central)
        self.refresh()

    def refresh(self) -> None:
        count = self._archive.article_count()
        self.summary_label.setText(self.tr("%n article(s) in the archive", "", count))
