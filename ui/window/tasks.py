"""Work the window runs off the GUI thread, handing results back through signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storage.archive import Archive
from storage.errors import ArchiveError


class SearchTask(QObject):
    """Runs searches on a thread pool; only the newest one's result is announced, so a slow
    search for an old spelling never overwrites the answer to what the user typed last."""

    found = Signal(int, list)  # generation, article ids
    failed = Signal(str)

    def __init__(self, archive: Archive, pool: QThreadPool) -> None:
        super().__init__()
        self.archive = archive
        self._pool = pool
        self.generation = 0

    def start(self, query: str) -> int:
        self.generation += 1
        generation = self.generation
        task = _Runnable(self, generation, query)
        self._pool.start(task)
        return generation

    def _finish(self, generation: int, ids: list[int]) -> None:
        if generation == self.generation:
            self.found.emit(generation, ids)


class _Runnable(QRunnable):
    def __init__(self, owner: SearchTask, generation: int, query: str) -> None:
        super().__init__()
        self._owner = owner
        self._generation = generation
        self._query = query

    def run(self) -> None:
        if self._generation != self._owner.generation:
            return  # typed over before it started
        try:
            has_words = bool(self._query.strip())
            ids = self._owner.archive.article_ids(
                self._query, "relevance" if has_words else "newest"
            )
        except ArchiveError as problem:
            self._owner.failed.emit(str(problem))
            return
        self._owner._finish(self._generation, list(ids))
