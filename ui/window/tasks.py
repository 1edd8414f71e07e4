"""Where the window's archive work runs: one TaskRunner per window, never the GUI thread.

runner = TaskRunner()                      # the read pool, and the process's one writer
task = runner.read(work)                   # or runner.write(work): a mutation, one at a time
task = runner.prepare(work, writes=True)   # connect first, then task.start()
task.finished.connect(...)                 # what ``work`` returned (Changes, for a write)
task.failed.connect(...)                   # (message, is_bug), see failure_of
runner.cancel_all()                        # the window is released: nothing more is delivered
runner.when_idle(archive.close)            # the work already running has ended

``work(progress, is_cancelled)`` runs on a pool thread; a long one reports
``progress(done, total, label)`` and stops when ``is_cancelled()``. Its task's signals reach
the GUI thread queued, in order, and never after ``cancel_all``.
"""

from __future__ import annotations

import functools
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from storage.errors import ArchiveError
from ui.window.error_text import message_for

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], object]

PROGRESS_DELAY_MS = 500  # quick work shows no progress at all


def failure_of(error: BaseException) -> tuple[str, bool]:
    """What a failed piece of work tells the user, and whether it is a bug: an ArchiveError is
    the user's or the environment's problem (its message in the interface's language, False);
    anything else is a bug in Arshif (its traceback, for the crash report, True). The one place
    that decides it."""
    if isinstance(error, ArchiveError):
        return message_for(error), False
    return "".join(traceback.format_exception(error)), True


READ_THREADS = 4


def shared_readers() -> QThreadPool:
    """The pool every runner reads on, Qt's global one, with `READ_THREADS` threads at least
    (not one a core): a listing never waits for two long counts to end, and SQLite's reads
    let go of the GIL."""
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < READ_THREADS:
        pool.setMaxThreadCount(READ_THREADS)
    return pool


@functools.cache
def single_writer() -> QThreadPool:
    """The process's one writing thread: every archive mutation of every window waits its turn
    here, so two writes never race (SQLite has one writer anyway; this keeps the order)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


class Task(QObject):
    """One piece of work handed to a TaskRunner. ``progressed(done, total, label)`` relays
    its progress (total 0: unknown); then exactly one of ``finished(result)`` or
    ``failed(message, is_bug)``, unless the runner was cancelled first."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)
    # emitted on the worker's thread as the work reports (progressed relays it, queued to the
    # GUI thread): a DirectConnection here acts on the worker's thread, between two units
    progress_reported = Signal(int, int, str)
    _returned = Signal(object)
    _raised = Signal(str, bool)

    def __init__(self, work: Work, runner: TaskRunner, pool: QThreadPool) -> None:
        super().__init__()
        self._work = work
        self._runner = runner
        self._pool = pool
        self._runnable = _TaskRunnable(self)
        self._runnable.setAutoDelete(False)  # the runner holds the task until it has ended
        self.is_started = False
        self._cancel = threading.Event()
        self.is_muted = False  # cancelled with its runner: nothing more is announced
        self.is_running = False
        self.progress_reported.connect(self._on_progress_reported)
        self._returned.connect(self._on_returned)
        self._raised.connect(self._on_raised)

    def start(self, priority: int = 0) -> None:
        """Hand the work to its pool (once), before the waiting work of lower ``priority``;
        with a cancelled runner it never runs."""
        if self.is_started:
            return
        self.is_started = self.is_running = True
        self._runner._started(self)
        if self.is_muted:
            QTimer.singleShot(0, self._end)
        else:
            self._pool.start(self._runnable, priority)

    def withdraw(self) -> bool:
        """Take the work back from its pool if it has not started; True if it was."""
        return self._pool.tryTake(self._runnable)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; safe from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # on a pool thread
        try:
            result = self._work(self.progress_reported.emit, self._cancel.is_set)
        except Exception as error:
            self._raised.emit(*failure_of(error))
        else:
            self._returned.emit(result)

    def _on_progress_reported(self, done: int, total: int, label: str) -> None:
        if not self.is_muted:
            self.progressed.emit(done, total, label)

    def _on_returned(self, result: object) -> None:
        self._end()
        if not self.is_muted:
            self.finished.emit(result)

    def _on_raised(self, message: str, is_bug: bool) -> None:
        self._end()
        if not self.is_muted:
            self.failed.emit(message, is_bug)

    def _end(self) -> None:
        if self.is_running:
            self.is_running = False
            self._runner._ended(self)


class _TaskRunnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.run()


class TaskRunner(QObject):
    """Runs a window's archive work: reads on ``read_pool`` (the global pool unless given),
    writes on ``write_pool`` (the process's single writer unless given). It keeps every task
    it started until that task has ended, so callers need not hold them."""

    def __init__(
        self,
        read_pool: QThreadPool | None = None,
        write_pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.read_pool = read_pool or shared_readers()
        self.write_pool = write_pool or single_writer()
        self._running: set[Task] = set()
        self._when_idle: list[Callable[[], object]] = []
        self.is_cancelled = False

    def read(self, work: Work, *, is_awaited: bool = False) -> Task:
        """Run ``work``, which only reads the archive, alongside other reads; ``is_awaited``:
        what the user waits for (a listing as they type) starts before the reads waiting
        for a thread (the facets and the reading pane of the listing before)."""
        task = self.prepare(work, writes=False)
        task.start(priority=1 if is_awaited else 0)
        return task

    def write(self, work: Work) -> Task:
        """Run ``work``, which changes the archive, after every write asked for before it."""
        task = self.prepare(work, writes=True)
        task.start()
        return task

    def prepare(self, work: Work, *, writes: bool) -> Task:
        """The task of ``work``, to connect to before ``task.start()``."""
        return Task(work, self, self.write_pool if writes else self.read_pool)

    def _started(self, task: Task) -> None:
        self._running.add(task)
        task.is_muted = task.is_muted or self.is_cancelled  # a released window asks no more

    @property
    def is_idle(self) -> bool:
        return not self._running

    def cancel_all(self) -> None:
        """The window is going: work not yet started never starts, running work is asked to
        stop, and no task announces anything more. Never waits (see when_idle)."""
        self.is_cancelled = True
        for task in list(self._running):
            task.is_muted = True
            task.cancel()
            if task.withdraw():
                task._end()

    def when_idle(self, then: Callable[[], object]) -> None:
        """Call ``then`` once no task of this runner is at work (at once if none is)."""
        if self.is_idle:
            then()
        else:
            self._when_idle.append(then)

    def _ended(self, task: Task) -> None:
        self._running.discard(task)
        if self.is_idle:
            waiting, self._when_idle = self._when_idle, []
            for then in waiting:
                then()


class DelayedProgress(QObject):
    """Shows progress only for work still running after PROGRESS_DELAY_MS: ``start()`` arms
    it, ``stop()`` hides the progress (``show(False)``) and disarms it."""

    def __init__(self, show: Callable[[bool], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.is_shown = False

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.is_shown = False
        self._show(False)

    def _on_timer_timeout(self) -> None:
        self.is_shown = True
        self._show(True)
