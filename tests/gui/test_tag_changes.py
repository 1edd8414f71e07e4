"""A tag renamed from the side panel reaches every pane that shows it (issue 15): the list's
rows and the article being read show the new name at once, without choosing anything again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft
from tests.gui.untranslated import untranslated
from ui.window.app import create_application
from ui.window.dialogs.name_prompt import NamePrompt
from ui.window.main_window import MainWindow
from ui.window.models.side_panel_model import NodeKind


@pytest.fixture(autouse=True)
def _no_translators_left() -> Iterator[None]:
    """These tests choose the interface's language; afterwards no translator is left, as the
    other tests expect to find the application (see test_dates_and_citations)."""
    yield
    untranslated()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        for n, tags in enumerate([("سياسة",), ("سياسة", "اقتصاد"), ("اقتصاد",)]):
            draft = ArticleDraft(title=f"مقال {n}", body=f"نص المقال {n}", tags=tags)
            opened.add_article(draft)
        yield opened
        QThreadPool.globalInstance().waitForDone()


def _tags_column(window: MainWindow) -> list[str]:
    model = window.model
    column = model.COLUMNS.index("tags")
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_a_renamed_tag_shows_its_new_name_in_the_list_and_the_pane(
    qtbot: QtBot, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application([], language="ar")
    window = MainWindow(archive)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    carrying = next(
        i for i in archive.article_ids() if archive.article(i).tags == ("اقتصاد", "سياسة")
    )
    window.article_list.select_article(carrying)
    qtbot.waitUntil(lambda: window.pane.article_id == carrying)
    assert "سياسة" in window.pane.toPlainText()
    before = _tags_column(window)
    assert sum("سياسة" in shown for shown in before) == 2

    panel = window.side_panel
    politics = archive.find_tag("سياسة")
    assert politics is not None
    qtbot.waitUntil(lambda: panel.side_model.index_of(NodeKind.TAG, politics.id).isValid())
    index = panel.side_model.index_of(NodeKind.TAG, politics.id)
    monkeypatch.setattr(NamePrompt, "ask", classmethod(lambda cls, *args: "شؤون سياسية"))
    action = panel.menu_for(index).findChild(QAction, "rename_tag")
    assert isinstance(action, QAction)
    with qtbot.waitSignal(window.history.changed):  # one undoable step
        action.trigger()

    renamed = [shown.replace("سياسة", "شؤون سياسية") for shown in before]
    qtbot.waitUntil(lambda: _tags_column(window) == renamed)  # the rows, read again
    qtbot.waitUntil(lambda: window.pane.article_id == carrying)
    qtbot.waitUntil(lambda: "شؤون سياسية" in window.pane.toPlainText())  # read again
    assert "سياسة" not in window.pane.toPlainText().replace("شؤون سياسية", "")
