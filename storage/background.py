"""Work that runs beside the caller: preparing the next batches while this one is written."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, TypeVar

_In = TypeVar("_In")
_Out = TypeVar("_Out")
IN_FLIGHT = 2


def prepared_in_worker(
    batches: Iterator[_In], prepare: Callable[..., _Out], *args: Any
) -> Generator[_Out, None, None]:
    """``prepare(batch, *args)`` for each batch, in order. From the second batch on, batches are
    prepared in a worker process, up to ``IN_FLIGHT`` ahead, while the caller writes: on two
    cores the CPU-bound preparing (Python) and the writing (the database) then overlap, which a
    thread cannot do. ``prepare`` must be a module-level function of picklable arguments.
    The worker is spawned, not forked, so it is safe beside the window's threads, and it never
    runs the caller's main script."""
    first = next(batches, None)
    if first is None:
        return
    following = next(batches, None)
    if following is None:
        yield prepare(first, *args)
        return
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )
    pending: deque[tuple[_In, Future[_Out] | None]] = deque()

    def submit(batch: _In) -> None:
        try:
            with _main_module_hidden():
                pending.append((batch, pool.submit(prepare, batch, *args)))
        except BrokenProcessPool:
            pending.append((batch, None))

    try:
        submit(following)
        for batch in _take(batches, IN_FLIGHT - 1):
            submit(batch)
        yield prepare(first, *args)  # while the worker starts
        while pending:
            batch, future = pending.popleft()
            try:
                result = prepare(batch, *args) if future is None else future.result()
            except BrokenProcessPool:
                # The worker could not start or died (an embedding program whose __main__
                # cannot be imported again, say): prepare the batch here, losing nothing.
                result = prepare(batch, *args)
            for batch in _take(batches, 1):
                submit(batch)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """A worker's first step: end when the process that started it ends, however it ends
    (``kill -9`` included), so no worker is left behind. On Linux the kernel sends the signal
    (prctl PR_SET_PDEATHSIG); elsewhere a thread of the worker watches its parent."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            _watch_parent(parent)
    else:
        _watch_parent(parent)
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def _watch_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


_HIDING = threading.Lock()


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While a worker is spawned, show it a bare ``__main__``: a spawned process imports the
    caller's main script again, and a script without ``if __name__ == "__main__"`` would run
    its top-level code (open archives, import files) a second time in the worker. The worker
    needs only ``prepare``'s own module."""
    with _HIDING:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


def _take(items: Iterator[_In], count: int) -> Iterator[_In]:
    for _ in range(count):
        item = next(items, None)
        if item is None:
            return
        yield item
