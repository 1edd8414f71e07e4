"""The window on a real archive, offscreen: list, search as you type, reading pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest import read_paths
from storage.ingest.exports import draft_from_record
from storage.records import ArticleId, ItemOrigin, SearchResults
from tests.own_texts import ARTICLE, articles
from ui.window import main_window
from ui.window.app import create_application, install_translators
from ui.window.dialogs.unsaved_changes import UnsavedChangesDialog
from ui.window.listing import Listing
from ui.window.main_window import MainWindow
from ui.window.models.article_table import ArticleTableModel
from ui.window.tasks import TaskRunner, single_writer

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        records = [
            {
                "title": a.title,
                "body": a.body,
                "source": "Al-Ayyam",
                "date": f"2015-08-{n % 28 + 1:02d}",
            }
            for n, a in enumerate(articles(300))
        ]
        opened.import_drafts(
            (ItemOrigin("c", n), draft_from_record(r, f"own-{n}")) for n, r in enumerate(records)
        )
        opened.import_drafts(read_paths([ARTICLE]))
        yield opened
        QThreadPool.globalInstance().waitForDone()
        single_writer().waitForDone()


def test_the_table_model_is_a_proper_model(
    qtmodeltester: Any, qtbot: QtBot, archive: Archive, runner: TaskRunner
) -> None:
    model = ArticleTableModel(archive, runner)
    model.set_ids(archive.article_ids())
    qtmodeltester.check(model)  # rows not read yet are blank: their pages are asked for
    assert model.rowCount() == archive.article_count()
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) is not None)
    assert model.data(model.index(0, 0)) == archive.article(model.article_id(0)).title
    qtmodeltester.check(model)


def test_search_as_you_type_finds_a_variant_spelling(qtbot: QtBot, archive: Archive) -> None:
    app = create_application([], language="ar")
    window = MainWindow(archive)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    total = archive.article_count()
    qtbot.waitUntil(lambda: window.model.rowCount() == total)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.windowTitle().replace("[*]", "") == "أرشيف"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "العنوان"
    SCREENSHOTS.mkdir(exist_ok=True)
    label = window.summary_label  # the count is laid out whole before the picture is taken
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    assert window.grab().save(str(SCREENSHOTS / "main-window-list.png"))

    seed = archive.article_ids("مكتبة المدينة القديمة")[0]
    _type(window, "الْمَخْطُوطَات والترميم")  # marks and a clitic
    qtbot.waitUntil(lambda: window.pane.article_id == seed)
    assert window.model.article_id(0) == seed
    assert "مكتبة المدينة القديمة تفتح أبوابها" in window.pane.toPlainText()
    assert "عُثر" in window.summary_label.text()
    assert window.grab().save(str(SCREENSHOTS / "main-window-search.png"))

    window.search_field.clear()
    _type(window, "كلمةلاتوجدابدا")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.pane.article_id is None


def _type(window: MainWindow, text: str) -> None:
    """Type as a user does, a character at a time (QtTest's keyClicks knows only ASCII)."""
    for character in text:
        window.search_field.insert(character)


def test_the_interface_speaks_english_too(qtbot: QtBot, archive: Archive) -> None:
    app = create_application([], language="ar")
    install_translators(app, "en")
    try:
        window = MainWindow(archive)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() == archive.article_count())
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
        assert window.summary_label.text() == f"{archive.article_count()} articles in the archive"
    finally:
        install_translators(app, "ar")
    assert QApplication.translate("ArticleTableModel", "Title") == "العنوان"  # Arabic again


def test_edit_save_and_never_lose_an_edit(
    qtbot: QtBot, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application([], language="ar")
    window = MainWindow(archive)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == archive.article_count())
    first = window.model.article_id(0)
    qtbot.waitUntil(lambda: window.pane.article_id == first)
    window.tabs.setCurrentWidget(window.edit_splitter)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window-edit.png"))
    title = archive.article(first).title
    window.editor.lines["title"].setFocus()
    window.editor.lines["title"].end(False)
    qtbot.keyClicks(window.editor.lines["title"], " 2")
    assert window.isWindowModified()
    with qtbot.waitSignal(window.editor.saved):  # saved on the window's writer
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert archive.article(first).title == title + " 2"
    assert not window.isWindowModified()
    qtbot.waitUntil(lambda: window.model.data(window.model.index(0, 0)) == title + " 2")

    qtbot.keyClicks(window.editor.lines["title"], " 3")
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, parent: "cancel"))
    window._select_row(1)
    assert window.editor.lines["title"].text() == title + " 2 3"  # nothing lost
    assert window.isWindowModified()
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, parent: "discard"))
    with qtbot.waitSignal(window.shown.shown):  # read on the window's runner
        window._select_row(1)
    qtbot.waitUntil(lambda: window.pane.article_id == window.model.article_id(1))
    assert archive.article(first).title == title + " 2"

    second = window.model.article_id(1)
    stored_before = archive.article(second)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, caption, text: warnings.append(text))
    window.editor.lines["date"].setText("21/07/2015")
    window.editor.lines["date"].textEdited.emit("21/07/2015")
    assert not window.editor.save()
    assert "21/07/2015" in warnings[0]
    assert archive.article(second) == stored_before  # nothing half-saved


def test_a_bug_in_a_listing_empties_the_list_and_is_reported(
    qtbot: QtBot, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, only an ArchiveError reached the window: after a bug the list kept showing the
    previous answer and nobody was told."""
    create_application([], language="ar")
    window = MainWindow(archive)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == archive.article_count())
    reports: list[str] = []
    monkeypatch.setattr(main_window, "report_background_bug", reports.append)
    real_ids, real_best = Listing.ids, Listing.best

    def broken(listing: Listing, opened: Archive) -> list[ArticleId]:
        if listing.query == "عطل":
            raise ZeroDivisionError("a bug in the listing")
        return real_ids(listing, opened)

    def broken_best(listing: Listing, opened: Archive, limit: int) -> SearchResults | None:
        broken(listing, opened)  # a search's best rows are read first (`Listing.best`)
        return real_best(listing, opened, limit)

    monkeypatch.setattr(Listing, "ids", broken)
    monkeypatch.setattr(Listing, "best", broken_best)
    with qtbot.waitSignal(window.article_list.failed) as failed:
        window.article_list.show_query("عطل")
    assert failed.args[1] is True  # a bug, not the user's problem
    assert len(reports) == 1
    assert "ZeroDivisionError: a bug in the listing" in reports[0]
    assert window.model.rowCount() == 0  # not the stale list of before
    assert window.pane.article_id is None
