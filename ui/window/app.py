"""The QApplication: right-to-left, Arabic by default, fonts from the shipped packages."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from export.fonts import FAMILIES
from storage.archive import Archive
from storage.errors import ArchiveError
from ui.window.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Arshif")
    app.setApplicationName("Arshif")
    language = language or str(QSettings().value("ui/language", "ar"))
    install_translators(app, language)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    for family in FAMILIES:
        for path in {family.regular, family.bold}:
            QFontDatabase.addApplicationFont(str(path))
    app.setFont(QFont("Noto Sans Arabic", 11))
    return app


def install_translators(app: QApplication, language: str) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    qt_translator = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_path):
        app.installTranslator(qt_translator)
    own = QTranslator(app)
    if own.load(f"arshif_{language}", str(TRANSLATIONS)):
        app.installTranslator(own)


def run_window(location: str | None) -> int:
    app = create_application(sys.argv)
    try:
        archive = Archive.open(location)
    except ArchiveError as problem:
        QMessageBox.critical(None, app.translate("app", "Arshif"), str(problem))
        return 2
    window = MainWindow(archive)
    window.show()
    try:
        return app.exec()
    finally:
        archive.close()
