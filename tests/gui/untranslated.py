"""Leaving the application as the other tests expect to find it after a test that chose the
interface's language: no translator, left to right (they read the source strings)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication


def untranslated() -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
