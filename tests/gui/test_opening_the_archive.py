"""The window opens its archive (at start-up, or another one from the menu) on the process's
writer, never the GUI thread: opening may bring the schema up to date or wait for a server,
and meanwhile the GUI goes on and, after a moment, says what it is doing. What opening raises
reaches the caller as before: the user's problem as a message, a bug as itself."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.errors import ArchiveError
from ui.window.app import create_application, opened

HOLD_SECONDS = 30  # an opening held by a test gives up after this, so a failing test cannot hang


@pytest.fixture(autouse=True)
def app() -> QApplication:
    return create_application([], language="ar")


def _record_threads(
    monkeypatch: pytest.MonkeyPatch, hold: threading.Event | None = None
) -> list[bool]:
    """Archive.open, recording for each call whether it ran on the GUI thread; with ``hold``,
    each waits for it to be set."""
    on_gui_thread: list[bool] = []
    real_open = Archive.open

    def recorded(location: object = None, **kwargs: object) -> Archive:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        if hold is not None:
            hold.wait(HOLD_SECONDS)
        return real_open(location, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Archive, "open", staticmethod(recorded))
    return on_gui_thread


def test_the_archive_opens_off_the_gui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on_gui_thread = _record_threads(monkeypatch)
    archive = opened(str(tmp_path / "archive"))
    with archive:
        assert archive.location.folder == tmp_path / "archive"
        assert archive.article_count() == 0  # usable on the GUI thread's side too
    assert on_gui_thread == [False]


def test_a_long_opening_says_so_and_the_gui_goes_on(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold = threading.Event()
    _record_threads(monkeypatch, hold)
    shown: list[str] = []

    def look() -> None:  # runs on the GUI thread while the opening is held: the GUI goes on
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                shown.append(widget.labelText())
                hold.set()  # seen: the opening may end

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(10)
    try:
        archive = opened(str(tmp_path / "archive"))
    finally:
        watcher.stop()
        hold.set()
    archive.close()
    assert shown  # the progress window showed while the archive was opening
    assert "الأرشيف" in shown[0]  # in the interface's language
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)
    )  # and went with it


def test_what_opening_raises_is_raised_on_the_gui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ArchiveError, match="a-file"):  # the user's problem, named
        opened(str(blocker))

    def broken(*_args: object, **_kwargs: object) -> Archive:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(Archive, "open", staticmethod(broken))
    with pytest.raises(ZeroDivisionError, match="a bug"):  # a bug stays a bug, for the report
        opened(str(tmp_path / "archive"))
