"""The window (a first version) on a real archive, offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft
from ui.window.app import create_application, install_translators
from ui.window.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def test_the_window_is_arabic_and_right_to_left(qtbot: QtBot, tmp_path: Path) -> None:
    app = create_application([], language="ar")
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_article(ArticleDraft(title="عنوان", body="نص"))
        archive.add_article(ArticleDraft(title="عنوان ثان", body="نص ثان"))
        window = MainWindow(archive)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.windowTitle() == "أرشيف"
        assert window.summary_label.text() == "مقالان في الأرشيف"
        assert window.location_label.text() == str(tmp_path / "archive")
        SCREENSHOTS.mkdir(exist_ok=True)
        assert window.grab().save(str(SCREENSHOTS / "main-window-ar.png"))

        install_translators(app, "en")
        english = MainWindow(archive)
        qtbot.addWidget(english)
        assert english.summary_label.text() == "2 articles in the archive"
        install_translators(app, "ar")
    assert isinstance(QApplication.instance(), QApplication)
