"""The archive's ranking index on SQLite: Tantivy (block-max top-k retrieval), beside FTS5.

FTS5 ranks by scoring every match of the tier that holds the first results: at 300,000
articles a common word's first ten took a quarter of a second (bench/tantivy_side_by_side.py:
p95 256 ms against Tantivy's 41). So an archive folder holds a Tantivy index too, in
``search-tantivy/``: one document an article, made of the very entry the FTS5 table holds
(`SqliteIndex.entry`: normalised words, stems, proximity keys, column by column), with the
article's id and day. The searches it can answer (`tantivy_search.is_served`) are ranked
there; FTS5 stays the index of everything else and of counts by facet.

**It never disagrees with the articles.** It is written inside the archive's write
transactions: the FTS5 index's writes (`SqliteIndex.insert`, `remove`, `clear`) hand their
entries here through the session (`added`, `removed`, `cleared`), into a Tantivy writer that
commits nothing until the SQLite transaction is about to. Then, in order:

1. a new stamp (a random token) is written to the folder's ``stamp`` file, whole;
2. Tantivy commits;
3. the same stamp is stored in the database (``archive_settings``) and SQLite commits.

The index is *current* when the two stamps are equal. A crash or an error at any point
leaves them different (the file's is written before either commit, and a rolled back
transaction takes the database's with it), so a search that finds them different reads FTS5,
whose entries are written in the same transaction as the articles. Opening the archive
mends it: the stamp file lists the articles its transaction wrote, and writing those again
as the database holds them makes the index current (`lost_writes`); if it cleared the index
instead (a rebuild, a restore), a small archive is rebuilt (`Archive._mend_ranking`). Else
`check` says the index is behind and `check --repair` rebuilds both. A transaction that
writes while the index is behind does not write to it (it stays behind); one that clears
the index (a rebuild) makes it current. The Tantivy writer is taken inside SQLite's write
transaction and let go before SQLite commits, so two processes never hold it at once, but
for an import's (below): while it holds it, a transaction that would write the index records
its articles instead, and one that would mend or rebuild it is refused as busy.

A reader compares its transaction's stamp with the file's, takes Tantivy's searcher, and reads
the file again: if a writer began its commit meanwhile, it reads FTS5.

**An import catches it up** (`Held`). Tantivy's commit costs about as much as indexing the
articles again when it holds 500 of them (a segment of its own each time, merged with the
others: 0.9 ms an article, against 0.45 in commits of 5,000), so an import's transactions
after its first do not write to it: each one records the articles it wrote in the stamp file
(`Tracking`: the index is *behind by these articles*, which writing them again mends, as
above). Once such a transaction has committed in SQLite, its articles go to a Tantivy writer
the import holds until it ends, uncommitted: Tantivy's thread indexes them while the import
writes its next transactions. Every `HELD_MAX` articles, and at the import's end, one
transaction commits them (`searcher.mend_ranking`), waiting only for what that thread has
not indexed yet (for the corpus, the import's catching up took 9 to 11 s when it handed the
articles over only then, and 3 s now). Meanwhile the index is behind, so searches read
FTS5; any other transaction that writes then records its articles too (their entries are
made again from the database when the import catches up, and a crash leaves every recorded
article to be written again when the archive is next opened: what the held writer had is
lost with it, uncommitted).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
import sys
import threading
from collections.abc import Collection, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import tantivy
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import stop_points
from storage.errors import ArchiveBusy, ErrorCode
from storage.models import ArchiveSetting, Article
from storage.search.columns import COLUMNS
from storage.whole_file import written_whole

# The version of what the index holds and how (its schema, its tokens): a new one is a new
# folder and a new stamp's name, so an archive opened by a version that holds it otherwise is
# rebuilt (`was_built`), and the old folder goes with that rebuild.
VERSION = 2
FOLDER = f"search-tantivy-{VERSION}"
STAMP_FILE = "stamp"
STAMP_SETTING = f"search_tantivy_stamp_{VERSION}"
SESSION_KEY = "arshif.tantivy"  # the `TantivyIndex` in a session's ``info``
WRITE_KEY = "arshif.tantivy.write"  # the transaction's `Writing`, once it writes
TOUCHED_KEY = "arshif.tantivy.touched"  # the transaction changed the FTS5 index
EPOCH = dt.date(1970, 1, 1)
UNDATED = -(10**9)  # the day of an undated article: below every day a query can name
WRITER_HEAP = 64_000_000
DAYS_BATCH = 900
LISTED = 50_000  # articles a transaction's record lists at most (more: mended by a rebuild)
HELD_MAX = 5_000  # articles an import writes before Tantivy catches up with them
HOLD_KEY = "arshif.tantivy.hold"  # the import's `Held`, in its write transactions
TRACK_KEY = "arshif.tantivy.track"  # the transaction's `Tracking`, or False: it is not
COMMITTED_KEY = "arshif.tantivy.committed"  # the `Tracking` to hand to its `Held` after commit
# FTS5's ascii tokenizer splits an entry's words at any ASCII character that is not a letter
# or a digit. An entry's words are runs of word characters (`storage.text.words_of`,
# normalised to lower case), so the only such character they can hold is the underscore:
# Tantivy's whitespace tokenizer (three times cheaper than a regex one) gets the entry with
# it made a space (`_as_tokens`), and both read the same words. A query's words are split at
# every such character (`TOKEN`), as FTS5 splits them. Only the columns a served search reads
# are kept (no ``spelled``).
TOKEN = r"[^\x00-/:-@\[-`{-\x7F]+"
KEPT = tuple(column for column in COLUMNS if column != "spelled")


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", indexed=True, fast=True)
    builder.add_integer_field("day", indexed=True, fast=True)  # days since 1970, or UNDATED
    for column in KEPT:
        builder.add_text_field(column, tokenizer_name="whitespace", index_option="position")
    return builder.build()


def day_number(day: dt.date | None) -> int:
    return UNDATED if day is None else (day - EPOCH).days


@dataclass(frozen=True)
class Record:
    """What the stamp file says: the stamp of what Tantivy holds, and the articles in which it
    may differ from the database whose stamp is one of ``before`` (None if the last
    transaction cleared the index, or too many to list): writing those again mends it
    (`lost_writes`). After a transaction that wrote Tantivy, ``before`` is the database's
    stamp before it (a crash before SQLite's commit); after one that only recorded its
    articles (`Tracking`), the stamps before and after it. ``held``: of those articles, the
    ones whose entries an import keeps (`Held`), by its token."""

    stamp: str
    before: tuple[str, ...]
    article_ids: tuple[int, ...] | None
    held: dict[str, tuple[int, ...]]


class TantivyIndex:
    """The Tantivy index of one archive folder (shared by its sessions and threads)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._index: tantivy.Index | None = None
        self._searcher: tantivy.Searcher | None = None
        self._loaded: str | None = None  # the stamp the searcher was taken at

    def close(self) -> None:
        """Let go of Tantivy's index (its reader's threads); it opens again if used."""
        with self._lock:
            self._index = self._searcher = None
            self._loaded = None

    def disk_stamp(self) -> str | None:
        try:
            with (self.folder / STAMP_FILE).open(encoding="ascii") as stamp_file:
                return stamp_file.readline().strip() or None
        except (FileNotFoundError, NotADirectoryError):
            return None

    def record(self) -> Record | None:
        try:
            stamp, written = (self.folder / STAMP_FILE).read_text(encoding="ascii").split("\n")
        except (FileNotFoundError, NotADirectoryError, ValueError):
            return None
        details = json.loads(written)
        ids, before = details["ids"], details["before"]
        if not isinstance(before, list):  # as the first version of the file wrote it
            before = [] if before is None else [before]
        held = {token: tuple(found) for token, found in details.get("held", {}).items()}
        return Record(stamp, tuple(before), None if ids is None else tuple(ids), held)

    def is_current(self, session: Session) -> bool:
        """Whether the index holds exactly what this transaction's FTS5 index holds."""
        stamp = self.disk_stamp()
        return stamp is not None and stamp == _database_stamp(session)

    def searcher(self, session: Session) -> tantivy.Searcher | None:
        """Tantivy's searcher for this transaction, or None when the index is behind it (or
        a writer began to commit since the transaction began)."""
        stamp = self.disk_stamp()
        if stamp is None or stamp != _database_stamp(session):
            return None
        with self._lock:
            if self._loaded != stamp or self._searcher is None:
                try:
                    index = self._opened()
                    index.reload()
                    self._searcher, self._loaded = index.searcher(), stamp
                except (OSError, ValueError):  # damaged or unreadable: FTS5 answers
                    self._index = self._searcher = self._loaded = None
                    return None
            found = self._searcher
        return found if self.disk_stamp() == stamp else None

    def holds(self, session: Session, articles: int) -> bool:
        """Whether the index is current, readable, and holds this many articles."""
        searcher = self.searcher(session)
        return searcher is not None and searcher.num_docs == articles

    def _opened(self) -> tantivy.Index:
        if self._index is None:
            self._index = tantivy.Index(schema(), path=str(self.folder), reuse=True)
        return self._index

    def writing(self, session: Session, *, mending: bool = False) -> Writing | None:
        """The transaction's writes to the index, begun on its first: None when the index is
        behind and this does not mend it (a rebuild's clearing, or `lost_writes` written
        again): then it is not written to, and stays behind."""
        found = session.info.get(WRITE_KEY)
        if isinstance(found, Writing):
            return found
        if found is False and not mending:
            return None
        if not mending and not self.is_current(session):
            session.info[WRITE_KEY] = False  # behind: only the stamp changes
            return None
        try:
            found = self._writing(session)
        except (OSError, ValueError) as error:  # busy, damaged or unreadable
            if isinstance(error, ValueError) and is_busy(error):
                if mending:
                    raise ArchiveBusy.of(ErrorCode.BUSY, where=str(self.folder.parent)) from None
                # An import holds the writer: the transaction records its articles, which
                # the import's next catching up writes (`Held`).
                session.info[WRITE_KEY] = False
                session.info[TRACK_KEY] = Tracking(None, None)
                return None
            if not mending:
                session.info[WRITE_KEY] = False  # then it is left behind, for a rebuild
                return None
            with self._lock:  # a rebuild makes it again, from nothing
                self._index = self._searcher = self._loaded = None
                shutil.rmtree(self.folder, ignore_errors=True)
            found = self._writing(session)
        session.info[WRITE_KEY] = found
        return found

    def _writing(self, session: Session) -> Writing:
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            return Writing(self._opened(), _database_stamp(session))

    def held_writer(self) -> tantivy.IndexWriter:
        """A writer for an import to hold across its transactions (`Held`)."""
        with self._lock:
            return new_writer(self._opened())

    def held_writing(self, session: Session, held: Held) -> Writing:
        """The transaction's writes, in the writer ``held`` holds."""
        with self._lock:
            return Writing(self._opened(), _database_stamp(session), held)


class Writing:
    """One transaction's changes to the Tantivy index, in a writer of its own, or in the one
    an import holds (`Held`): then its commit keeps the writer for the import's next ones."""

    def __init__(self, index: tantivy.Index, before: str | None, held: Held | None = None) -> None:
        self._writer = new_writer(index) if held is None else held.writer
        self._held = held
        self.before = before  # the database's stamp when the transaction began
        self.article_ids: set[int] | None = set()  # None once cleared

    @property
    def writer(self) -> tantivy.IndexWriter:
        assert self._writer is not None, "written to after its commit"
        return self._writer

    def wrote(self, article_ids: Sequence[int]) -> None:
        if self.article_ids is not None:
            self.article_ids.update(article_ids)
            if len(self.article_ids) > LISTED:
                self.article_ids = None

    def commit(self, folder: Path, stamp: str) -> None:
        ids = None if self.article_ids is None else sorted(self.article_ids)
        before = [] if self.before is None else [self.before]
        _write_record(folder, stamp, {"before": before, "ids": ids})
        stop_points.reached("tantivy-commit")  # the new stamp on disk, Tantivy not committed
        self.writer.commit()
        if self._held is None:
            # Merging the new segment with others is waited for, then the writer is gone:
            # Tantivy's lock is let go before SQLite's, and segments do not pile up.
            self.writer.wait_merging_threads()
        self._writer = None

    def abandon(self) -> None:
        if self._writer is not None:
            if self._held is None:
                self._writer.rollback()
            else:
                self._held.roll_back()
            self._writer = None


def new_writer(index: tantivy.Index) -> tantivy.IndexWriter:
    return index.writer(WRITER_HEAP, num_threads=1)


def is_busy(error: ValueError) -> bool:
    """Whether Tantivy refused a writer because another one holds its lock (an import's,
    `Held`, in this process or another)."""
    return "LockBusy" in str(error)


class Held:
    """An import's articles that Tantivy has not had yet: the ones its transactions recorded
    (`Tracking`), to be written at once (`needs_catching_up`, `cached`).

    Once a transaction has committed, its articles' documents go to a Tantivy writer the
    import holds from then on (``fed``): Tantivy's thread indexes them while the import
    writes its next transactions, and catching up commits them, with the articles made again
    from the database where another transaction wrote them meanwhile. While it is held, a
    transaction elsewhere that finds the index current records its articles instead of
    writing them (`TantivyIndex.writing`), and the next catching up writes those too. If the
    writer cannot be had (another one holds Tantivy's lock), the entries are kept in memory
    (``entries``) and written when it catches up."""

    def __init__(self) -> None:
        self.token = f"{os.getpid()}-{secrets.token_hex(6)}"  # `is_caught_up_elsewhere`
        self.entries: dict[int, dict[str, object]] = {}
        self.fed: set[int] = set()  # articles whose documents the held writer has
        self.is_behind = False  # a transaction recorded articles that Tantivy has not had
        self._writer: tantivy.IndexWriter | None = None
        self._refused = False  # the writer could not be had: entries are kept instead
        self.was_held = False  # the import held a writer (others recorded their articles)

    @property
    def writer(self) -> tantivy.IndexWriter | None:
        return self._writer

    def needs_catching_up(self, *, at_end: bool = False) -> bool:
        kept = len(self.entries) + len(self.fed)
        return self.is_behind and (at_end or kept >= HELD_MAX)

    def take(
        self,
        index: TantivyIndex,
        written: set[int],
        entries: Mapping[int, dict[str, object]],
        found_days: Mapping[int, int],
    ) -> None:
        """A transaction that recorded ``written`` committed; ``entries``: of those, the ones
        it stored, with their days."""
        for article_id in written:
            self.entries.pop(article_id, None)
        self.is_behind = True
        writer = self._writer or self._taken(index)
        if writer is None:
            self.entries.update(entries)
            return
        try:
            for article_id in written:  # any document of it, committed or fed, is older
                writer.delete_documents_by_term("id", article_id)
                self.fed.discard(article_id)
            for article_id, entry in entries.items():
                day = found_days.get(article_id, UNDATED)
                writer.add_document(document(article_id, day, entry))
                self.fed.add(article_id)
        except (OSError, ValueError):
            # Tantivy failed (a full disk, its thread gone): what it was fed since its last
            # commit is lost with the writer, so catching up makes those articles again from
            # the database (they are recorded), and keeps the next ones' entries instead.
            with suppress(OSError, ValueError):
                self.roll_back()
            self._writer, self._refused = None, True
            self.entries.update(entries)

    def _taken(self, index: TantivyIndex) -> tantivy.IndexWriter | None:
        if self._refused:
            return None
        try:
            self._writer = index.held_writer()
            self.was_held = True
        except (OSError, ValueError):  # busy, or unreadable: a rebuild mends it
            self._refused = True
        return self._writer

    def caught_up(self) -> None:
        self.entries.clear()
        self.fed.clear()
        self.is_behind = False

    def roll_back(self) -> None:
        """Forget what the held writer was fed since its last commit."""
        self.fed.clear()
        if self._writer is not None:
            self._writer.rollback()

    def close(self) -> None:
        """The import is over: let go of the writer, its last commit's merging waited for,
        what it holds uncommitted (if it failed) rolled back."""
        writer, self._writer = self._writer, None
        self._refused = True
        if writer is not None:
            writer.rollback()
            writer.wait_merging_threads()


class Tracking:
    """A transaction that writes while the index is behind by articles it can list (or, in an
    import, is current): it records its articles beside the others (`Record`), and keeps
    their entries for the import."""

    def __init__(self, base: Record | None, held: Held | None) -> None:
        self.base = base  # the record it adds to (None: the index was current)
        self.held = held
        self.entries: dict[int, dict[str, object]] = {}
        self.days: dict[int, int] = {}  # of the entries' articles
        self.article_ids: set[int] = set()

    def wrote(self, article_ids: Sequence[int]) -> None:
        self.article_ids.update(article_ids)
        for article_id in article_ids:
            self.entries.pop(article_id, None)

    def record(self, index: TantivyIndex, before: str | None, stamp: str) -> None:
        """Write the stamp file: Tantivy's stamp as it was, the database's stamps before and
        after this transaction, and every article the index is behind by."""
        base = self.base
        held = {} if base is None else {t: set(ids) for t, ids in base.held.items()}
        for ids in held.values():
            ids -= self.article_ids
        listed = (
            self.article_ids if base is None else self.article_ids | set(base.article_ids or ())
        )
        if self.held is not None:
            held.setdefault(self.held.token, set()).update(self.entries)
        details = {
            "before": [s for s in (before, stamp) if s is not None],
            "ids": sorted(listed) if len(listed) <= LISTED else None,
            "held": {t: sorted(ids) for t, ids in held.items() if ids},
        }
        tantivy_stamp = index.disk_stamp() if base is None else base.stamp
        assert tantivy_stamp is not None  # `_tracking`: the index was built
        _write_record(index.folder, tantivy_stamp, details)

    def committed(self, index: TantivyIndex) -> None:
        if self.held is not None:
            self.held.take(index, self.article_ids, self.entries, self.days)


def _write_record(folder: Path, stamp: str, details: Mapping[str, object]) -> None:
    with written_whole(folder / STAMP_FILE) as part:
        part.write_text(f"{stamp}\n{json.dumps(details, separators=(',', ':'))}", "ascii")


def _tracking(session: Session, index: TantivyIndex) -> Tracking | None:
    """The transaction's `Tracking`, decided on its first write: when an import's (`Held`)
    begins with the index current, or any begins with it behind by articles it lists (and
    writes no Tantivy document: `writing`)."""
    found = session.info.get(TRACK_KEY)
    if found is not None:
        return found or None
    held = session.info.get(HOLD_KEY)
    tracking: Tracking | None = None
    if isinstance(session.info.get(WRITE_KEY), Writing) or not was_built(session):
        pass
    elif index.is_current(session):
        if isinstance(held, Held):
            tracking = Tracking(None, held)
    else:
        record = index.record()
        listed = record is not None and record.article_ids is not None
        if listed and record is not None and _database_stamp(session) in record.before:
            tracking = Tracking(record, held if isinstance(held, Held) else None)
    session.info[TRACK_KEY] = tracking or False
    return tracking


def cached(session: Session, held: Held) -> tuple[dict[int, dict[str, object]], set[int]]:
    """The import's kept entries and fed documents that are the articles' own still: of the
    articles the index is behind by, those that no other transaction wrote since the import
    did."""
    index = index_of(session)
    record = None if index is None else index.record()
    if record is None:
        return {}, set()
    ids = record.held.get(held.token, ())
    return {i: held.entries[i] for i in ids if i in held.entries}, held.fed.intersection(ids)


def is_caught_up_elsewhere(session: Session) -> bool:
    """Whether an import still running (in another process) keeps entries of the articles the
    index is behind by: it will write them itself, so a process that opens the archive
    meanwhile does not (it would make every entry again: seconds for 5,000 articles). On
    Windows, where a process cannot be asked whether another one lives without signalling
    it, any such import is taken to be running: `check --repair` mends it if it is not."""
    index = index_of(session)
    record = None if index is None else index.record()
    if record is None or _database_stamp(session) not in record.before:
        return False
    return any(_is_running(token.partition("-")[0]) for token in record.held)


def _is_running(pid: str) -> bool:
    if not pid.isdigit():
        return False
    if sys.platform == "win32":
        return True
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether it exists
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's
        return True
    return True


def _as_tokens(words: str) -> str:
    return words.replace("_", " ")


def _database_stamp(session: Session) -> str | None:
    setting = session.get(ArchiveSetting, STAMP_SETTING)
    return None if setting is None else setting.value


def index_of(session: Session) -> TantivyIndex | None:
    index = session.info.get(SESSION_KEY)
    return index if isinstance(index, TantivyIndex) else None


def added(session: Session, entries: Sequence[tuple[int, dict[str, object]]]) -> None:
    """These FTS5 entries were stored in this transaction: add them (with the articles'
    days, read in it)."""
    index = index_of(session)
    if index is None or not entries:
        return
    session.info[TOUCHED_KEY] = True
    ids = [i for i, _ in entries]
    writing, tracking = _written_by(session, index)
    if tracking is not None:
        tracking.wrote(ids)
        if tracking.held is not None:
            tracking.entries.update(entries)
            tracking.days.update(days(session, ids))
        return
    if writing is None:
        return
    found = days(session, ids)
    writing.wrote(ids)
    writer = writing.writer
    for article_id, entry in entries:
        writer.add_document(document(article_id, found.get(article_id, UNDATED), entry))


def document(article_id: int, day: int, entry: Mapping[str, object]) -> tantivy.Document:
    """The Tantivy document of an article's FTS5 entry."""
    fields: dict[str, object] = {"id": article_id, "day": day}
    fields.update({column: _as_tokens(str(entry[column])) for column in KEPT})
    return tantivy.Document(**fields)


def _written_by(session: Session, index: TantivyIndex) -> tuple[Writing | None, Tracking | None]:
    """How the transaction changes the index: it writes Tantivy, records its articles, or
    (behind otherwise) neither."""
    tracking = _tracking(session, index)
    if tracking is not None:
        return None, tracking
    writing = index.writing(session)
    if writing is None:  # an import held the writer: it records them (`writing`)
        return None, _tracking(session, index)
    return writing, None


def removed(session: Session, article_ids: Sequence[int]) -> None:
    index = index_of(session)
    if index is None or not article_ids:
        return
    session.info[TOUCHED_KEY] = True
    writing, tracking = _written_by(session, index)
    if tracking is not None:
        tracking.wrote(article_ids)
        return
    if writing is not None:
        writing.wrote(article_ids)
        for article_id in article_ids:
            writing.writer.delete_documents_by_term("id", article_id)


def cleared(session: Session) -> None:
    """The FTS5 index was emptied in this transaction (to be built again)."""
    index = index_of(session)
    if index is None:
        return
    session.info[TOUCHED_KEY] = True
    session.info[TRACK_KEY] = False  # it is written whole in this transaction
    writing = index.writing(session, mending=True)
    assert writing is not None
    writing.article_ids = None
    writing.writer.delete_all_documents()
    for older in index.folder.parent.glob("search-tantivy*"):  # of other versions
        if older != index.folder and older.is_dir():
            shutil.rmtree(older, ignore_errors=True)


def before_commit(session: Session) -> None:
    """The transaction's work is done: commit Tantivy, then stamp the database (see above)."""
    index = index_of(session)
    if index is None or not session.info.pop(TOUCHED_KEY, False):
        return
    stamp = secrets.token_hex(16)
    writing = session.info.pop(WRITE_KEY, None)
    tracking = session.info.pop(TRACK_KEY, None)
    if isinstance(writing, Writing):
        writing.commit(index.folder, stamp)
    elif isinstance(tracking, Tracking):
        tracking.record(index, _database_stamp(session), stamp)
        session.info[COMMITTED_KEY] = tracking
    session.merge(ArchiveSetting(name=STAMP_SETTING, value=stamp))
    session.flush()


def committed(session: Session) -> None:
    """SQLite committed the transaction: an import keeps the entries it recorded."""
    tracking = session.info.pop(COMMITTED_KEY, None)
    index = index_of(session)
    if isinstance(tracking, Tracking) and index is not None:
        tracking.committed(index)


def abandoned(session: Session) -> None:
    """The transaction failed: forget what it wrote to Tantivy."""
    session.info.pop(TOUCHED_KEY, None)
    session.info.pop(TRACK_KEY, None)
    session.info.pop(COMMITTED_KEY, None)
    writing = session.info.pop(WRITE_KEY, None)
    if isinstance(writing, Writing):
        writing.abandon()


def lost_writes(session: Session) -> tuple[int, ...] | None:
    """The articles to write again to mend an index that is behind because the transaction
    that last wrote it did not commit in SQLite (a crash, an error after Tantivy's commit),
    or because transactions recorded their articles instead (`Tracking`): the index differs
    from the database in those articles alone, so writing them as the database holds them
    makes it current. None if it is not so mended (it
    is current, was never made, or is behind otherwise: then a rebuild mends it)."""
    index = index_of(session)
    if index is None or index.is_current(session) or not was_built(session):
        return None
    record = index.record()
    if record is None or _database_stamp(session) not in record.before:
        return None
    return record.article_ids


def mend(
    session: Session,
    article_ids: Sequence[int],
    entries: Sequence[tuple[int, dict[str, object]]],
    held: Held | None = None,
    fed: Collection[int] = (),
) -> None:
    """Write these articles again (`lost_writes`): each one's document removed, and the
    entries of those the archive holds added; the index is current once this commits. With
    ``held``, in the import's writer, which has the documents of ``fed`` already."""
    index = index_of(session)
    assert index is not None
    session.info[TOUCHED_KEY] = True
    session.info[TRACK_KEY] = False  # it writes them to Tantivy
    if held is not None and held.writer is not None:
        session.info[WRITE_KEY] = index.held_writing(session, held)
    writing = index.writing(session, mending=True)
    assert writing is not None
    writing.wrote(article_ids)  # all of them listed, should the commit fail
    removed(session, [i for i in article_ids if i not in fed])
    added(session, entries)


def was_built(session: Session) -> bool:
    """Whether the archive's Tantivy index was ever made (a rebuild makes it: the stamp is
    kept from then on, current or not)."""
    return _database_stamp(session) is not None


def is_behind(session: Session) -> bool:
    """Whether this archive has a Tantivy index that does not hold what FTS5 holds: behind
    the database's stamp, unreadable, or not one document an article."""
    index = index_of(session)
    if index is None:
        return False
    articles = session.scalar(select(func.count()).select_from(Article)) or 0
    return not index.holds(session, articles)


def days(session: Session, article_ids: Sequence[int]) -> dict[int, int]:
    """The day (`day_number`) of each of these articles, as the index keeps it."""
    found: dict[int, int] = {}
    for start in range(0, len(article_ids), DAYS_BATCH):
        chosen = article_ids[start : start + DAYS_BATCH]
        rows = session.execute(select(Article.id, Article.published).where(Article.id.in_(chosen)))
        found.update((i, day_number(day)) for i, day in rows)
    return found
