"""Importing many drafts: ``IMPORT_BATCH`` to a transaction, prepared in a worker process
(storage.background) while the batch before is written, cancelled only between items.

`Archive.import_drafts` frames it; the batch's rows are written by storage.import_store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass

from sqlalchemy.orm import Session

from storage import stop_points, tag_store
from storage.changes import Changes
from storage.engine import Location
from storage.errors import ArchiveBusy, ArchiveError, ImportStopped
from storage.files import FileStore
from storage.models import utcnow
from storage.records import (
    ArticleDraft,
    ArticleId,
    ImportOutcome,
    ImportStatus,
    ItemOrigin,
    StoredAlready,
)
from storage.search import searcher, tantivy_index
from storage.search.searcher import SearchIndex

IMPORT_BATCH = 500
Item = tuple[ItemOrigin, ArticleDraft | ArchiveError | StoredAlready]
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Writer:
    """What an import writes through: the archive's write transactions, index and files, who
    imports, how articles are taken out again, where the archive is (read beside the
    writing, to find the items that repeat stored articles before they are prepared whole),
    and how its ranking index is mended (`Archive._mend_ranking`)."""

    write: Callable[[], AbstractContextManager[Session]]
    index: SearchIndex
    files: FileStore
    user: str
    purge: Callable[[Sequence[int]], object]
    location: Location | None = None
    mend: Callable[[], object] | None = None  # the Tantivy index, if left behind


def import_one(
    import_drafts: Callable[[list[Item]], tuple[list[ImportOutcome], Changes]],
    draft: ArticleDraft,
) -> tuple[ImportOutcome, Changes]:
    """`Archive.add_article`: one draft through ``import_drafts``; a fault is its own error
    (one article: nothing was done, for that reason), not an ImportStopped."""
    try:
        outcomes, changes = import_drafts([(ItemOrigin("article"), draft)])
    except ImportStopped as stopped:
        raise stopped.reason from None
    return outcomes[0], changes


def import_drafts(
    writer: Writer,
    items: Iterable[Item],
    tags: Sequence[str],
    progress: Progress | None,
    is_cancelled: Callable[[], bool] | None,
    total: int,
) -> tuple[list[ImportOutcome], Changes]:
    """See `Archive.import_drafts`."""
    # Importing loads its modules when it runs: a command that only reads starts without them.
    from storage import import_store
    from storage.background import prepared_in_worker

    tags = [tag_store.checked_name(t)[0] for t in tags]
    outcomes: list[ImportOutcome] = []
    batches = _Batches(items, IMPORT_BATCH, is_cancelled)
    index = writer.index
    prepared = prepared_in_worker(iter(batches), import_store.prepare_batch, index, writer.location)
    # From the second batch on, the Tantivy index gets the batches' articles thousands at a
    # time (`tantivy_index.Held`): an import of one batch writes it as any transaction does.
    held = tantivy_index.Held()
    try:
        for number, batch in enumerate(prepared):
            with writer.write() as session:
                if number:
                    session.info[tantivy_index.HOLD_KEY] = held
                outcomes += import_store.write_batch(
                    session, batch, tags, utcnow(), index, writer.user, writer.files
                )
                stop_points.reached("import-batch-written")  # not committed yet
            stop_points.reached("import-batch-committed")
            if held.needs_catching_up():
                _catch_up(writer, held)
            if progress is not None:
                progress(len(outcomes), total, outcomes[-1].path)
    except ArchiveError as problem:
        # A fault (a full disk, a busy lock, a lost server) stopped it between two
        # transactions: every batch before is committed whole, this one not at all.
        prepared.close()
        with suppress(ArchiveError):  # else the archive's next opening catches it up
            _catch_up(writer, held, at_end=True)
        raise ImportStopped(problem, list(outcomes), import_changes(outcomes)) from None
    else:
        _catch_up(writer, held, at_end=True)
    finally:
        held.close()
    if writer.mend is not None and held.was_held:
        # What another transaction recorded while the import held Tantivy's writer after its
        # last catching up (`tantivy_index.Held`); nothing, most often. (An import of one
        # batch, one article say, never holds it: it costs that no count of the articles.)
        writer.mend()
    if batches.cut_path is not None:
        outcomes = _take_back(writer, outcomes, batches.cut_path)
    return outcomes, import_changes(outcomes)


def _catch_up(writer: Writer, held: tantivy_index.Held, *, at_end: bool = False) -> None:
    """Write the articles the Tantivy index is behind by, in a transaction of their own (a
    crash or a bug before leaves them to the archive's next opening: `Archive._mend_ranking`)."""
    if held.needs_catching_up(at_end=at_end):
        try:
            with writer.write() as session:
                searcher.mend_ranking(session, writer.index, held)
        except ArchiveBusy:
            # Another import holds Tantivy's writer: its catching up writes these articles
            # too (they are recorded), made from the database.
            held.caught_up()
            return
        stop_points.reached("import-caught-up")


def import_changes(outcomes: Sequence[ImportOutcome]) -> Changes:
    added = frozenset(
        o.article_id for o in outcomes if o.status is ImportStatus.IMPORTED and o.article_id
    )
    return Changes(added=added, has_tag_changes=bool(added))


def _take_back(writer: Writer, outcomes: list[ImportOutcome], path: str) -> list[ImportOutcome]:
    """Undo what this import stored from ``path`` and report the file as not imported."""
    stored: list[ArticleId | None] = [
        o.article_id for o in outcomes if o.path == path and o.status is ImportStatus.IMPORTED
    ]
    if stored:
        writer.purge([i for i in stored if i is not None])
    kept = [o for o in outcomes if o.path != path]
    reason = "import cancelled: nothing of this file was imported"
    return [*kept, ImportOutcome(path, ImportStatus.FAILED, reason=reason)]


class _Batches:
    """Items in batches. A cancel stops the batches between two items; ``cut_path`` then names
    the file of many articles that the cancel cut in two, if it did."""

    def __init__(
        self, items: Iterable[Item], size: int, is_cancelled: Callable[[], bool] | None
    ) -> None:
        self._items = items
        self._size = size
        self._is_cancelled = is_cancelled
        self.cut_path: str | None = None

    def __iter__(self) -> Iterator[list[Item]]:
        batch: list[Item] = []
        last: ItemOrigin | None = None
        for origin, item in self._items:
            if self._is_cancelled is not None and self._is_cancelled():
                if last is not None and last.line is not None and origin.path == last.path:
                    self.cut_path = origin.path
                break
            batch.append((origin, item))
            last = origin
            if len(batch) == self._size:
                yield batch
                batch = []
        if batch:
            yield batch
