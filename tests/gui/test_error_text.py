"""The core's problems reach the window in the interface's language (issue 15): each error
code has a text of its own in both translations, and a busy archive says so in Arabic."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.errors import ENGLISH, ErrorCode, NotFound
from storage.records import ArticleDraft
from tests.gui.untranslated import untranslated
from ui.window.app import create_application, install_translators
from ui.window.bidi_text import LEFT_TO_RIGHT_ISOLATE
from ui.window.error_text import coded_errors, message_for
from ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_translators_left() -> Iterator[None]:
    """These tests choose the interface's language; afterwards no translator is left, as the
    other tests expect to find the application (see test_dates_and_citations)."""
    yield
    untranslated()


def test_every_code_has_a_window_text_and_an_english_text() -> None:
    assert set(ENGLISH) == set(ErrorCode)
    assert coded_errors() == set(ErrorCode) - {ErrorCode.OTHER}


def test_an_error_is_shown_in_the_interface_language(qtbot: QtBot) -> None:
    app = create_application([], language="ar")
    missing = NotFound.of(ErrorCode.NOT_FOUND, kind="note", id=7)
    assert str(missing) == "note 7 is not in the archive"  # what the command line prints
    try:
        assert "لا يوجد في الأرشيف" in message_for(missing)
        assert "ملاحظة" in message_for(missing)
        install_translators(app, "en")
        assert message_for(missing) == "note \u20687\u2069 is not in the archive"
    finally:
        install_translators(app, "ar")


@pytest.fixture
def busy_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Archive]:
    """An archive whose writes give up at once when another connection holds the lock."""
    monkeypatch.setattr("storage.engine.BUSY_TIMEOUT_SECONDS", 0)
    with Archive.open(tmp_path / "archive") as opened:
        opened.add_article(ArticleDraft(title="مقال", body="نص المقال"))
        yield opened
        QThreadPool.globalInstance().waitForDone()


def test_a_busy_archive_is_reported_in_arabic(
    qtbot: QtBot, busy_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    create_application([], language="ar")
    window = MainWindow(busy_archive)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.article_list.select_row(0)
    database = busy_archive.location.database_path
    assert database is not None
    holder = sqlite3.connect(database, isolation_level=None)  # another program, writing
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.actions_.trash.trigger()
        qtbot.waitUntil(lambda: len(shown) == 1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "مشغول" in shown[0]
    assert "the archive is busy" not in shown[0]
    assert f"{LEFT_TO_RIGHT_ISOLATE}{busy_archive.location.describe()}" in shown[0]
    assert busy_archive.article_count(trashed=True) == 0
