"""The window's one TaskRunner: reads beside each other, writes one at a time, failures told
apart, and a cancel that never waits."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from storage.errors import ArchiveBusy
from ui.window.tasks import READ_THREADS, Progress, TaskRunner, failure_of, shared_readers


def test_failures_are_told_apart_in_one_place() -> None:
    assert failure_of(ArchiveBusy("the archive is locked")) == ("the archive is locked", False)
    try:
        raise KeyError("missing")
    except KeyError as error:
        message, is_bug = failure_of(error)
    assert is_bug
    assert "Traceback" in message
    assert "KeyError: 'missing'" in message


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    order: list[int] = []
    inside = threading.Semaphore(1)

    def write(n: int) -> Callable[[Progress, Callable[[], bool]], int]:
        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> int:
            assert inside.acquire(blocking=False), "two writes at once"
            order.append(n)
            inside.release()
            return n

        return work

    tasks = [runner.write(write(n)) for n in range(5)]
    with qtbot.waitSignal(tasks[-1].finished):
        pass
    assert order == [0, 1, 2, 3, 4]
    qtbot.waitUntil(lambda: runner.is_idle)


def test_cancel_all_mutes_running_work_and_withdraws_the_rest(qtbot: QtBot) -> None:
    reads, writes = QThreadPool(), QThreadPool()
    writes.setMaxThreadCount(1)
    runner = TaskRunner(reads, writes)
    started, release = threading.Event(), threading.Event()
    saw_cancel: list[bool] = []
    ran: list[str] = []

    def long_write(_progress: Progress, is_cancelled: Callable[[], bool]) -> str:
        started.set()
        release.wait()
        saw_cancel.append(is_cancelled())
        return "written"

    running = runner.write(long_write)
    queued = runner.write(lambda _p, _c: ran.append("queued"))
    heard: list[object] = []
    for task in (running, queued):
        task.finished.connect(heard.append)
        task.failed.connect(lambda message, _is_bug: heard.append(message))
    qtbot.waitUntil(started.is_set)
    idle: list[bool] = []
    runner.cancel_all()  # returns at once: the GUI thread never waits for the work
    runner.when_idle(lambda: idle.append(True))
    assert not idle  # the running write has not ended
    assert not queued.is_running  # taken back before it started
    release.set()
    qtbot.waitUntil(lambda: bool(idle))
    assert saw_cancel == [True]  # the work was asked to stop
    assert ran == []
    assert heard == []  # nothing reached the window that went
    late = runner.read(lambda _p, _c: ran.append("late"))
    qtbot.waitUntil(lambda: not late.is_running)
    assert ran == []  # a cancelled runner starts nothing more
    writes.waitForDone()
    reads.waitForDone()


def test_an_awaited_read_goes_before_the_reads_waiting(qtbot: QtBot) -> None:
    reads = QThreadPool()
    reads.setMaxThreadCount(1)
    runner = TaskRunner(reads, QThreadPool())
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def busy(_progress: Progress, _is_cancelled: Callable[[], bool]) -> None:
        started.set()
        release.wait()

    def read(name: str) -> Callable[[Progress, Callable[[], bool]], None]:
        return lambda _progress, _is_cancelled: ran.append(name)

    runner.read(busy)
    qtbot.waitUntil(started.is_set)  # the one thread is taken
    runner.read(read("facets"))
    runner.read(read("reading pane"))
    last = runner.read(read("listing"), is_awaited=True)
    release.set()
    with qtbot.waitSignal(runner.read(read("later")).finished):
        pass
    assert ran == ["listing", "facets", "reading pane", "later"]
    assert last.is_started


def test_a_runner_reads_on_at_least_four_threads() -> None:
    assert shared_readers().maxThreadCount() >= READ_THREADS >= 4
    assert TaskRunner().read_pool is shared_readers()
