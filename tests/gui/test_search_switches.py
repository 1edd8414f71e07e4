"""The switches beside the search field: they narrow the search, show their state, and a saved
search brings them back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft
from ui.window.app import create_application
from ui.window.dialogs.name_prompt import NamePrompt
from ui.window.main_window import MainWindow
from ui.window.tasks import single_writer

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        for title, body in (
            ("أمل قريب", "له أمل كبير في نهاية 2014 وأعلنت الشركة خطتها"),
            ("امل بعيد", "له امل كبير. " + "كلام " * 15 + "وأعلنت الشركة"),
        ):
            opened.add_article(ArticleDraft(title=title, body=body))
        yield opened
        QThreadPool.globalInstance().waitForDone()
        single_writer().waitForDone()


def test_the_switches_narrow_the_search_and_are_kept(
    qtbot: QtBot, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application([], language="ar")
    window = MainWindow(archive)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    bar = window.search_bar
    bar.field.setText("أمل")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)  # any hamza
    bar.exact_box.setChecked(True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert bar.query() == "أمل spelling:exact"
    bar.exact_box.setChecked(False)
    bar.field.setText("أمل وأعلنت")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert not bar.near_spin.isEnabled()
    bar.near_box.setChecked(True)
    assert bar.near_spin.isEnabled()
    bar.near_spin.setValue(8)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.summary_label.text() == "عُثر على مقال واحد"
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window-search-switches.png"))

    monkeypatch.setattr(NamePrompt, "ask", classmethod(lambda cls, *args: "قريب"))
    window.actions_.save_search.trigger()
    qtbot.waitUntil(lambda: len(archive.saved_searches()) == 1)
    [saved] = archive.saved_searches()
    assert saved.query == "أمل وأعلنت near:8"
    bar.set_query("")
    assert not bar.near_box.isChecked()
    window.side_panel.saved_search_chosen.emit(saved.query)
    assert bar.field.text() == "أمل وأعلنت"
    assert bar.near_box.isChecked()
    assert bar.near_spin.value() == 8
    assert not bar.exact_box.isChecked()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
