"""Qt tests run on the offscreen platform, with the application set up as the app does.

Settings (QSettings) and the app's data folder (edit recovery, crash reports) go to a
folder of the test run's own: a test never reads or writes the user's."""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from tests.gui.untranslated import untranslated
from ui.window.tasks import TaskRunner, single_writer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="arshif-gui-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

# The tests wait for events, never against the clock: a wait's limit is only there to end a
# test that hangs, far beyond what the slowest machine needs, so no caller gives its own.
HANG_MS = 300_000


def _patient(wait: Callable[..., Any]) -> Callable[..., Any]:
    def waiting(self: QtBot, *args: Any, timeout: int = HANG_MS, **kwargs: Any) -> Any:
        # Only pytest-qt's own assertNotEmitted looks without waiting (timeout 0).
        assert timeout in (0, HANG_MS), "wait for the event; the limit is HANG_MS"
        return wait(self, *args, timeout=timeout, **kwargs)

    return waiting


@pytest.fixture(autouse=True)
def _no_deadlines(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("waitUntil", "waitSignal", "waitSignals"):
        monkeypatch.setattr(QtBot, name, _patient(getattr(QtBot, name)))


@pytest.fixture(autouse=True)
def _untranslated_after() -> Iterator[None]:
    """Each test that chose the interface's language leaves none for the next (which reads
    the source strings): the order tests run in changes nothing."""
    yield
    untranslated()


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """An empty archive folder (the window's tests run on SQLite; the storage tests cover
    PostgreSQL); work still running on the global pool ends before it closes."""
    with Archive.open(tmp_path / "archive") as opened:
        yield opened
        QThreadPool.globalInstance().waitForDone()
        single_writer().waitForDone()


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A thread pool of the test's own, drained before the test's archive closes."""
    threads = QThreadPool()
    yield threads
    threads.waitForDone()


@pytest.fixture
def runner(pool: QThreadPool) -> Iterator[TaskRunner]:
    """The window's TaskRunner on the test's own pools (``pool`` reads, one thread writes),
    both drained before the test's archive closes."""
    writer = QThreadPool()
    writer.setMaxThreadCount(1)
    yield TaskRunner(pool, writer)
    writer.waitForDone()


GuiThreadCalls = Callable[[Archive, str], list[bool]]


@pytest.fixture
def calls_on_gui_thread(monkeypatch: pytest.MonkeyPatch) -> GuiThreadCalls:
    """``calls_on_gui_thread(archive, name)``: a list that records, for every later call of
    ``archive.name``, whether it ran on the GUI thread (the window's work must not)."""

    def record(archive: Archive, name: str) -> list[bool]:
        calls: list[bool] = []
        method = getattr(archive, name)

        def recorded(*args: object, **kwargs: object) -> object:
            calls.append(threading.current_thread() is threading.main_thread())
            return method(*args, **kwargs)

        monkeypatch.setattr(archive, name, recorded)
        return calls

    return record


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning box shown (none opens): what the user is told."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown
