"""Session-level work of an import: prepare drafts (no database needed), then write them.

Writing a batch finds duplicates among what the archive holds and what the batch stored
before: the same reference or the same URL is the same article; the same normalised text is
too, unless the metadata tells two printings apart (another reference, paper or date). A new
article whose opening matches another's (the same wire story in another paper) is stored and
linked to it as similar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from storage import tag_store
from storage.article_store import clean_draft, text_key_of
from storage.engine import Location, create_archive_engine
from storage.errors import ArchiveError, ImportFailed
from storage.files import FileStore, imported_sha256_of
from storage.models import Article, ArticleTag, Attachment, Note, SimilarArticle
from storage.records import (
    ArticleDraft,
    ArticleId,
    ImportOutcome,
    ImportStatus,
    ItemOrigin,
    StoredAlready,
)
from storage.search.document import IndexDocument, build_document
from storage.search.searcher import SearchIndex
from storage.text import name_key, opening_key
from storage.text.normalize import spelled_and_folded

MAX_SIMILAR = 20


@dataclass(frozen=True)
class PreparedItem:
    """An item ready to be written: its cleaned draft, keys and index entry, or the reason it
    cannot be stored. Preparing needs no database, so it runs beside the writing."""

    origin: ItemOrigin
    draft: ArticleDraft | None = None
    text_key: str = ""
    opening_key: str = ""
    index_entry: dict[str, object] | None = None
    reason: str | None = None
    stored_as: ArticleId | None = None  # read from a file imported before (StoredAlready)


# A batch this big is checked against the stored articles before its index entries are made:
# opening a read connection costs a few milliseconds, an entry about a millisecond an article.
LOOKUP_FROM = 50


def prepare_batch(
    items: Sequence[tuple[ItemOrigin, ArticleDraft | ArchiveError | StoredAlready]],
    search_index: SearchIndex,
    stored: Location | None = None,
) -> list[PreparedItem]:
    """Clean each draft and make its keys and index entry. With ``stored`` (the archive being
    imported into) a batch of at least `LOOKUP_FROM` items is first compared with the articles
    stored there, through a read transaction of its own, and an item that repeats one of them
    gets no index entry: it will not be stored, and the entry is most of the preparing work, so
    importing a file again costs a fraction of its first import. `write_batch` still decides;
    it makes the entry of an item that turns out to be new after all (the article it repeated
    was deleted in between)."""
    prepared: list[PreparedItem] = []
    words: list[list[tuple[list[str], list[str]]]] = []  # of each item, as `_document` takes
    for origin, draft in items:
        if isinstance(draft, StoredAlready):
            prepared.append(PreparedItem(origin, stored_as=draft.article_id))
            words.append([])
            continue
        try:
            if isinstance(draft, ArchiveError):
                raise draft
            cleaned = clean_draft(draft)
        except ArchiveError as problem:
            reason = problem.reason if isinstance(problem, ImportFailed) else str(problem)
            prepared.append(PreparedItem(origin, reason=reason))
            words.append([])
            continue
        parts = [spelled_and_folded(part) for part in (cleaned.title, cleaned.lead, cleaned.body)]
        key = text_key_of(*(folded for _, folded in parts))
        prepared.append(PreparedItem(origin, cleaned, key, opening_key(cleaned.body)))
        words.append(parts)
    repeated = _stored_repeats(prepared, stored) if len(items) >= LOOKUP_FROM else set()
    return [
        dataclasses.replace(item, index_entry=_entry(item.draft, search_index, parts))
        if item.draft is not None and index not in repeated
        else item
        for index, (item, parts) in enumerate(zip(prepared, words, strict=True))
    ]


def _entry(
    draft: ArticleDraft,
    search_index: SearchIndex,
    words: Sequence[tuple[list[str], list[str]]] = (),
) -> dict[str, object]:
    """The draft's index entry; ``words``: `spelled_and_folded` of its title, lead and body if
    made already (an item prepared without an entry has them made here)."""
    parts = words or [spelled_and_folded(part) for part in (draft.title, draft.lead, draft.body)]
    return search_index.entry(_document(draft, parts))


def _stored_repeats(batch: Sequence[PreparedItem], stored: Location | None) -> set[int]:
    """The positions of the items that repeat an article stored at ``stored`` (or cannot be
    stored beside one), as `write_batch` would find them now; none if the archive cannot be
    read at this moment (its writer holds it, say): then every entry is made."""
    if stored is None:
        return set()
    engine = create_archive_engine(stored, read_only=True)
    try:
        with Session(engine) as session, session.begin():
            lookup = _Lookup.load(session, batch)
    except OperationalError:
        return set()
    finally:
        engine.dispose()
    return {
        index
        for index, item in enumerate(batch)
        if item.draft is not None and _settled(item, lookup.duplicate_of(item)) is not None
    }


def _settled(item: PreparedItem, match: _Known | str | None) -> ImportOutcome | None:
    """The outcome of an item whose match settles it without storing it: FAILED for a reason,
    or DUPLICATE of a stored article. None for an item to store or a repeat of one new in its
    batch (`write_batch`, `_stored_repeats`)."""
    if isinstance(match, str):
        return _outcome(item.origin, ImportStatus.FAILED, reason=match)
    if match is not None and match.id is not None:
        return _outcome(item.origin, ImportStatus.DUPLICATE, match.id)
    return None


@dataclass
class _Known:
    """An article already stored, or stored earlier in this batch (``row`` set, no id yet)."""

    id: int | None
    row: int | None
    ref: str | None
    source: str
    date: dt.date | None
    text_key: str

    def is_same_printing(self, draft: ArticleDraft) -> bool:
        """Same text is the same article unless the metadata tells two printings apart: another
        accession number, another publication (a wire story in two papers) or another date.
        Metadata the draft lacks is no difference, and neither is a date read from the text
        itself (the stored article holds the same text, so the same dateline)."""
        if self.ref and draft.ref and self.ref != draft.ref:
            return False
        if self.source and draft.source and name_key(self.source) != name_key(draft.source):
            return False
        has_own_date = draft.date is not None and not draft.date_found
        return not (self.date and has_own_date and self.date != draft.date)


@dataclass
class _Lookup:
    """What a batch is compared with: the archive's articles with one of its keys, and the
    batch's own articles as they are added."""

    by_text: defaultdict[str, list[_Known]] = field(default_factory=lambda: defaultdict(list))
    by_opening: defaultdict[str, list[_Known]] = field(default_factory=lambda: defaultdict(list))
    by_ref: dict[str, _Known] = field(default_factory=dict)
    by_url: dict[str, _Known] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, batch: Sequence[PreparedItem]) -> _Lookup:
        lookup = cls()
        drafts = [(p, p.draft) for p in batch if p.draft is not None]
        conditions = [
            Article.text_key.in_({p.text_key for p, _ in drafts}),
            Article.opening_key.in_({p.opening_key for p, _ in drafts if p.opening_key}),
            Article.ref.in_({d.ref for _, d in drafts if d.ref}),
            Article.url.in_({d.url for _, d in drafts if d.url}),
        ]
        columns = (
            Article.id,
            Article.ref,
            Article.source,
            Article.published,
            Article.text_key,
            Article.opening_key,
            Article.url,
        )
        for row in session.execute(select(*columns).where(or_(*conditions))):
            lookup.add(
                _Known(row.id, None, row.ref, row.source, row.published, row.text_key),
                row.opening_key,
                row.url,
            )
        return lookup

    def add(self, known: _Known, opening: str, url: str) -> None:
        self.by_text[known.text_key].append(known)
        if opening:
            self.by_opening[opening].append(known)
        if known.ref:
            self.by_ref[known.ref] = known
        if url:
            self.by_url[url] = known

    def duplicate_of(self, item: PreparedItem) -> _Known | str | None:
        """The article this item repeats, a reason it cannot be stored, or None if it is new."""
        draft = item.draft
        assert draft is not None
        if draft.ref and draft.ref in self.by_ref:
            known = self.by_ref[draft.ref]
            if known.text_key == item.text_key:
                return known
            where = f"article {known.id}" if known.id is not None else "another item of this import"
            return f"ref: {draft.ref!r} is already the reference of {where}, whose text differs"
        if draft.url and draft.url in self.by_url:
            return self.by_url[draft.url]
        return next((k for k in self.by_text[item.text_key] if k.is_same_printing(draft)), None)

    def similar_to(self, item: PreparedItem) -> list[_Known]:
        """Articles telling the same story: the same text in another printing, or the same
        opening."""
        found = {id(k): k for k in self.by_text[item.text_key]}
        if item.opening_key:
            found |= {id(k): k for k in self.by_opening[item.opening_key]}
        return list(found.values())[:MAX_SIMILAR]


def write_batch(
    session: Session,
    batch: Sequence[PreparedItem],
    extra_tags: Sequence[str],
    now: dt.datetime,
    search_index: SearchIndex,
    user: str = "",
    files: FileStore | None = None,
) -> list[ImportOutcome]:
    """Store the prepared drafts that are not duplicates, link and index them, and keep the
    file each was read from (a PDF, a scan) as its attachment in ``files``; one outcome per
    item, in order. ``user`` is recorded as who created them."""
    outcomes: list[ImportOutcome | None] = [
        _outcome(p.origin, ImportStatus.FAILED, reason=p.reason) if p.draft is None else None
        for p in batch
    ]
    _report_stored(session, batch, outcomes)
    lookup = _Lookup.load(session, batch)
    new: list[int] = []  # items to insert, in row order
    repeats: list[tuple[int, int]] = []  # (item, row of its first copy in this batch)
    similar: list[tuple[int, _Known]] = []  # (row, an article like it)
    for index, item in enumerate(batch):
        if item.draft is None:
            continue
        match = lookup.duplicate_of(item)
        settled = _settled(item, match)
        if settled is not None:
            outcomes[index] = settled
        elif isinstance(match, _Known) and match.row is not None:
            repeats.append((index, match.row))
        else:
            similar += [(len(new), known) for known in lookup.similar_to(item)]
            draft = item.draft
            known = _Known(None, len(new), draft.ref, draft.source, draft.date, item.text_key)
            lookup.add(known, item.opening_key, draft.url)
            new.append(index)

    ids = _insert_rows(session, [_row(batch[i], now, user) for i in new])
    for row, index in enumerate(new):
        read = batch[index].draft
        outcomes[index] = dataclasses.replace(
            _outcome(batch[index].origin, ImportStatus.IMPORTED, ids[row]),
            pages=(read.pages or None) if read else None,
            confidence=read.ocr_confidence if read else None,
        )
    _attach_originals(session, files, [(ids[r], batch[i].draft) for r, i in enumerate(new)], now)
    for index, row in repeats:
        outcomes[index] = _outcome(batch[index].origin, ImportStatus.DUPLICATE, ids[row])
    _link_similar(
        session, [(ids[row], k.id if k.id is not None else ids[k.row or 0]) for row, k in similar]
    )
    _tag_new_articles(
        session,
        [(ids[r], batch[i].draft.tags) for r, i in enumerate(new)],  # type: ignore[union-attr]
        extra_tags,
    )
    _note_new_articles(session, [(ids[r], batch[i].draft) for r, i in enumerate(new)], now, user)
    entries = []
    for row, index in enumerate(new):
        item = batch[index]
        assert item.draft is not None  # what is stored was read
        entries.append((ids[row], item.index_entry or _entry(item.draft, search_index)))
    search_index.insert(session, entries)
    return [outcome for outcome in outcomes if outcome is not None]


def _report_stored(
    session: Session, batch: Sequence[PreparedItem], outcomes: list[ImportOutcome | None]
) -> None:
    """Items of a file imported before are duplicates of the articles stored from it, unless
    such an article was deleted since."""
    wanted = {p.stored_as for p in batch if p.stored_as is not None}
    if not wanted:
        return
    present = set(session.scalars(select(Article.id).where(Article.id.in_(wanted))))
    for index, item in enumerate(batch):
        if item.stored_as in present:
            outcomes[index] = _outcome(item.origin, ImportStatus.DUPLICATE, item.stored_as)
        elif item.stored_as is not None:
            reason = f"read before as article {item.stored_as}, deleted since; import it again"
            outcomes[index] = _outcome(item.origin, ImportStatus.FAILED, reason=reason)


def _attach_originals(
    session: Session,
    files: FileStore | None,
    articles: list[tuple[int, ArticleDraft | None]],
    now: dt.datetime,
) -> None:
    """The files the articles were read from, kept (once each) and attached to them."""
    originals = [(i, Path(d.original)) for i, d in articles if d is not None and d.original]
    if not originals or files is None:
        return
    hashes: dict[Path, tuple[str, int]] = {}
    for article_id, path in originals:
        if path not in hashes:
            try:
                hashes[path] = imported_sha256_of(path)
            except OSError as error:
                raise ImportFailed(str(path), f"cannot be read ({error.strerror})") from None
            files.store(session, path, hashes[path][0])
        sha256, size = hashes[path]
        session.add(
            Attachment(
                article_id=article_id, filename=path.name, sha256=sha256, size=size, created=now
            )
        )


def _document(draft: ArticleDraft, words: Sequence[tuple[list[str], list[str]]]) -> IndexDocument:
    return build_document(
        title=draft.title,
        lead=draft.lead,
        body=draft.body,
        place=draft.place,
        source=draft.source,
        author=draft.author,
        notes=draft.notes,
        words=words,
    )


def _outcome(
    origin: ItemOrigin,
    status: ImportStatus,
    article_id: int | None = None,
    reason: str | None = None,
) -> ImportOutcome:
    return ImportOutcome(
        path=origin.path,
        line=origin.line,
        status=status,
        article_id=None if article_id is None else ArticleId(article_id),
        reason=reason,
    )


def _row(item: PreparedItem, now: dt.datetime, user: str) -> dict[str, object]:
    draft = item.draft
    assert draft is not None
    return {
        "ref": draft.ref,
        "title": draft.title,
        "lead": draft.lead,
        "body": draft.body,
        "author": draft.author,
        "source": draft.source,
        "published": draft.date,
        "place": draft.place,
        "url": draft.url,
        "page": draft.page,
        "language": draft.language or "ar",
        "text_key": item.text_key,
        "opening_key": item.opening_key,
        "created": now,
        "updated": now,
        "trashed": None,
        "version": 1,
        "created_by": user,
        "updated_by": user,
        "text_origin": str(draft.text_origin),
        "ocr_confidence": draft.ocr_confidence,
        "original_page": draft.original_page,
    }


def _insert_rows(session: Session, rows: list[dict[str, object]]) -> list[int]:
    """Insert with ids chosen first, so one executemany stores the batch (an INSERT … RETURNING
    that must keep the rows' order runs row by row on SQLite)."""
    if not rows:
        return []
    ids = _allocate_ids(session, len(rows))
    session.execute(insert(Article), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


def _allocate_ids(session: Session, count: int) -> list[int]:
    if session.get_bind().dialect.name == "postgresql":
        sequence = text(
            "SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, :n)"
        )
        return list(session.scalars(sequence, {"n": count}))
    # SQLite: the write transaction (BEGIN IMMEDIATE) keeps every other writer out until commit.
    highest = session.scalar(select(func.max(Article.id))) or 0
    return list(range(highest + 1, highest + 1 + count))


def _link_similar(session: Session, pairs: list[tuple[int, int]]) -> None:
    links = {(a, b) for a, b in pairs if a != b} | {(b, a) for a, b in pairs if a != b}
    if links:
        session.execute(
            insert(SimilarArticle), [{"article_id": a, "similar_id": b} for a, b in sorted(links)]
        )


def _tag_new_articles(
    session: Session, articles: list[tuple[int, tuple[str, ...]]], extra_tags: Sequence[str]
) -> None:
    names = {*extra_tags, *(name for _, tags in articles for name in tags)}
    if not names:
        return
    tag_ids = tag_store.ensure_tags(session, names)
    links = {
        (article_id, tag_ids[name_key(name)])
        for article_id, tags in articles
        for name in (*tags, *extra_tags)
        if name_key(name) in tag_ids
    }
    if links:
        session.execute(
            insert(ArticleTag), [{"article_id": a, "tag_id": t} for a, t in sorted(links)]
        )


def _note_new_articles(
    session: Session,
    articles: list[tuple[int, ArticleDraft | None]],
    now: dt.datetime,
    user: str,
) -> None:
    """The notes that came with the drafts (a citation manager's notes), in their order."""
    rows = [
        {
            "article_id": article_id,
            "text": text,
            "created": now,
            "updated": now,
            "created_by": user,
            "updated_by": user,
        }
        for article_id, draft in articles
        if draft is not None
        for text in draft.notes
    ]
    if rows:
        session.execute(insert(Note), rows)
