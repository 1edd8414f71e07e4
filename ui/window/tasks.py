"""Work the window runs off the GUI thread, handing results back through signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage.archive import Archive
from storage.errors import ArchiveError
from storage.records import ArticleId
from ui.window.error_text import message_for
from ui.window.listing import Listing

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], object]


class Job(QObject):
    """Runs ``work(progress, is_cancelled)`` once on a thread pool.

    ``progressed(done, total, label)`` relays the work's progress calls (total 0: unknown);
    then exactly one of ``finished(result)`` (what ``work`` returned, also after a cancel the
    work honoured) or ``failed(message, is_bug)``: an ArchiveError gives its message and
    ``is_bug`` False, any other exception its traceback and ``is_bug`` True. The signals are
    emitted from the worker thread, so receivers in the GUI thread get them queued, in order.
    Keep a reference to the job until it has finished or failed.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def start(self, pool: QThreadPool) -> None:
        pool.start(_JobRunnable(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next check; safe from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except ArchiveError as problem:
            self.failed.emit(message_for(problem), False)
        except Exception:
            self.failed.emit(traceback.format_exc(), True)
        else:
            self.finished.emit(result)

    def _progress(self, done: int, total: int, label: str) -> None:
        self.progressed.emit(done, total, label)


class _JobRunnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job  # holds the job (and its signals) alive while it runs

    def run(self) -> None:
        self._job._run()


class ListingTask(QObject):
    """Finds a listing's ids on a thread pool; only the newest request's answer is announced,
    so a slow search for an old spelling never overwrites the answer to what was typed last."""

    listed = Signal(int, list)  # generation, article ids
    failed = Signal(str)

    def __init__(self, archive: Archive, pool: QThreadPool) -> None:
        super().__init__()
        self.archive = archive
        self._pool = pool
        self.generation = 0

    def start(self, listing: Listing) -> int:
        self.generation += 1
        self._pool.start(_Runnable(self, self.generation, listing))
        return self.generation

    def _finish(self, generation: int, ids: list[ArticleId]) -> None:
        if generation == self.generation:
            self.listed.emit(generation, ids)


class _Runnable(QRunnable):
    def __init__(self, owner: ListingTask, generation: int, listing: Listing) -> None:
        super().__init__()
        self._owner = owner
        self._generation = generation
        self._listing = listing

    def run(self) -> None:
        if self._generation != self._owner.generation:
            return  # typed over before it started
        try:
            ids = self._listing.ids(self._owner.archive)
        except ArchiveError as problem:
            self._owner.failed.emit(message_for(problem))
            return
        self._owner._finish(self._generation, ids)
