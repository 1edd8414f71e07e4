"""Articles laid out on every core: worker processes and this one share the articles, a few
at a time, and the document is put together here as their pages come back.

Each process draws with codes from its own range (export.font_codes), so the pages it
returns are final. Workers are forked when this process has no other thread (the command
line), else spawned (beside the window's threads); they start while this process lays out
the first articles, and end when their pipe closes: with the export, or with this process,
however it ends.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from functools import cache
from multiprocessing.connection import Connection, wait
from typing import Any

from export.article_layout import ArticleOptions, article_pages
from export.font_codes import CodeEntry, CodeRange, LayoutFont
from export.fonts import FAMILIES
from export.lines import Line, TextStyle, label_line
from export.pages import PageGeometry, Typesetter
from export.shaping import ShapingFont
from storage.records import ArticleRecord

CHUNK = 3  # articles sent to a worker at a time
AHEAD = 2  # chunks a worker holds, so that it never waits for this process to send the next
MAX_WORKERS = 3
FEWEST_FOR_WORKERS = 6  # fewer articles are laid out here: starting a worker takes longer


@dataclass(frozen=True)
class LayoutJob:
    """What every process needs to lay out a document's articles."""

    font: str
    size: float
    geometry: PageGeometry
    article: ArticleOptions


@dataclass(frozen=True)
class LaidOut:
    index: int  # of the article in the document
    pages: list[bytes]  # compressed content streams
    contents_title: Line  # the article's title as the contents list it (contents_style)


@cache
def shaping_fonts(family_name: str) -> tuple[ShapingFont, ShapingFont]:
    """(regular, bold) of a shipped family, read once per process."""
    family = next((f for f in FAMILIES if f.name == family_name), None)
    if family is None:
        known = ", ".join(f.name for f in FAMILIES)
        raise ValueError(f"font: {family_name!r} is not one of the fonts Arshif ships ({known})")
    regular = ShapingFont(family.regular)
    return regular, regular if family.bold == family.regular else ShapingFont(family.bold)


class Layouter:
    """One process's fonts for one document, from its own range of codes."""

    def __init__(self, job: LayoutJob, worker: int, workers: int) -> None:
        regular, bold = shaping_fonts(job.font)
        codes = CodeRange.of(worker, workers)
        half = CodeRange(codes.first, (codes.first + codes.last) // 2)
        self.job = job
        self.setter = Typesetter(
            LayoutFont(regular, "F1", half),
            LayoutFont(bold, "F2", CodeRange(half.last + 1, codes.last)),
            job.size,
        )

    def lay_out(self, index: int, article: ArticleRecord) -> LaidOut:
        pages = article_pages(article, self.setter, self.job.geometry, self.job.article)
        return LaidOut(index, pages, label_line(article.title, contents_style(self.setter)))

    def take_codes(self) -> dict[str, list[CodeEntry]]:
        """The codes given out since the last call, by font resource."""
        return {font.resource: font.take_new() for font in (self.setter.regular, self.setter.bold)}


def contents_style(setter: Typesetter) -> TextStyle:
    """The style of the contents' entries (their titles are laid out with the articles)."""
    return setter.style()


def laid_out(
    articles: Sequence[ArticleRecord], here: Layouter, codes: dict[str, list[CodeEntry]]
) -> Generator[LaidOut, None, None]:
    """Every article laid out, in the order they are done; the codes the workers gave out are
    added to ``codes``. Closing the iterator stops the workers."""
    chunks = deque(
        [(i, a) for i, a in enumerate(articles)][start : start + CHUNK]
        for start in range(0, len(articles), CHUNK)
    )
    workers: dict[Connection, Any] = {}
    # The chunks sent to each worker and not yet answered, in the order it answers them.
    busy: dict[Connection, deque[list[tuple[int, ArticleRecord]]]] = {}

    def send_more(connection: Connection) -> None:
        sent = busy.setdefault(connection, deque())
        while chunks and len(sent) < AHEAD:
            sent.append(chunks.popleft())
            connection.send(sent[-1])
        if not sent:
            del busy[connection]

    try:
        for connection, process in _start(here.job, len(articles)):
            workers[connection] = process
            send_more(connection)
        while chunks or busy:
            ready = wait(list(busy), timeout=None if not chunks else 0)
            for done in ready:
                assert isinstance(done, Connection)
                connection = done
                try:
                    answer = connection.recv()
                except (EOFError, OSError):  # the worker died: its articles are done here
                    workers.pop(connection).kill()
                    chunks.extendleft(reversed(busy.pop(connection)))
                    continue
                busy[connection].popleft()
                if isinstance(answer, BaseException):
                    raise answer
                results, new_codes = answer
                for resource, entries in new_codes.items():
                    codes.setdefault(resource, []).extend(entries)
                send_more(connection)
                yield from results
            if chunks:  # this process takes an article while the workers work
                # With workers, from the far end: they go on from the front, and articles side
                # by side share more words, so fewer words are shaped in two processes.
                if workers:
                    index, article = chunks[-1].pop()
                    if not chunks[-1]:
                        chunks.pop()
                else:
                    index, article = chunks[0].pop(0)
                    if not chunks[0]:
                        chunks.popleft()
                yield here.lay_out(index, article)
    finally:  # a worker still at work is stopped (a cancel, a failure); the others told to end
        for connection, process in workers.items():
            if connection in busy:
                process.kill()
            else:
                with contextlib.suppress(OSError):  # it died
                    connection.send(None)
            connection.close()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


def worker_count(articles: int) -> int:
    """How many worker processes to start beside this one for ``articles`` articles."""
    if articles < FEWEST_FOR_WORKERS:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min(MAX_WORKERS, (cores or 1) - 1))


def _start(job: LayoutJob, articles: int) -> list[tuple[Connection, Any]]:
    count = worker_count(articles)
    # Forked, a worker starts at once with the fonts read and the words shaped so far; that is
    # safe only while this process runs no other thread (the command line, not the window).
    is_forking = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    context: Any = multiprocessing.get_context("fork" if is_forking else "spawn")
    started = []
    for worker in range(1, count + 1):
        mine, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, job, worker, count + 1), daemon=True)
        if is_forking:
            process.start()
        else:
            from storage.background import _main_module_hidden  # only a spawn needs it

            with _main_module_hidden():
                process.start()
        theirs.close()
        started.append((mine, process))
    return started


def _serve(connection: Connection, job: LayoutJob, worker: int, workers: int) -> None:
    """A worker: lays out the chunks it is sent until it is sent None or its pipe closes.
    A thread takes in the chunks as they come, so the document's process never waits to send
    one while this process is sending its answer."""
    layouter = Layouter(job, worker, workers)
    chunks: queue.SimpleQueue[list[tuple[int, ArticleRecord]] | None] = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(connection, chunks), daemon=True).start()
    while True:
        chunk = chunks.get()
        if chunk is None:
            return
        answer: object
        try:
            results = [layouter.lay_out(index, article) for index, article in chunk]
            answer = (results, layouter.take_codes())
        except Exception as error:  # handed to the document's process
            answer = error
        try:
            connection.send(answer)
        except OSError:  # the document's process is gone
            return


def _receive(
    connection: Connection, chunks: queue.SimpleQueue[list[tuple[int, ArticleRecord]] | None]
) -> None:
    """The chunks sent to this worker, put in ``chunks`` until None or the pipe's end."""
    while True:
        try:
            chunk = connection.recv()
        except (EOFError, OSError):
            chunk = None
        chunks.put(chunk)
        if chunk is None:
            return
