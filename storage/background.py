"""Work that runs beside the caller: preparing the next batches while this one is written."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

_In = TypeVar("_In")
_Out = TypeVar("_Out")
IN_FLIGHT = 2


def prepared_in_worker(
    batches: Iterator[_In], prepare: Callable[..., _Out], *args: Any
) -> Iterator[_Out]:
    """``prepare(batch, *args)`` for each batch, in order. From the second batch on, batches are
    prepared in a worker process, up to ``IN_FLIGHT`` ahead, while the caller writes: on two
    cores the CPU-bound preparing (Python) and the writing (the database) then overlap, which a
    thread cannot do. ``prepare`` must be a module-level function of picklable arguments.
    The worker is spawned, not forked, so it is safe beside the window's threads."""
    first = next(batches, None)
    if first is None:
        return
    following = next(batches, None)
    if following is None:
        yield prepare(first, *args)
        return
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    pending: deque[tuple[_In, Future[_Out] | None]] = deque()

    def submit(batch: _In) -> None:
        try:
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


def _take(items: Iterator[_In], count: int) -> Iterator[_In]:
    for _ in range(count):
        item = next(items, None)
        if item is None:
            return
        yield item
