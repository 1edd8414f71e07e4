"""Session-level work on articles: checking drafts, storing batches, reading records.

Every function takes the caller's session and never commits: `Archive` frames the transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Row, func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from storage import tag_store
from storage.errors import ArchiveError, ImportFailed, InvalidField, NotFound
from storage.models import Article, ArticleTag, Tag
from storage.records import (
    ArticleDraft,
    ArticleId,
    ArticleRecord,
    ArticleSummary,
    AttachmentId,
    AttachmentRecord,
    ImportOutcome,
    ImportStatus,
    ItemOrigin,
    NoteId,
    NoteRecord,
)
from storage.search.document import IndexDocument, build_document
from storage.search.searcher import SearchIndex
from storage.text import clean_line, clean_text, fingerprint_words, name_key, names, tokens

MAX_TITLE = 2_000
MAX_BODY = 5_000_000
MAX_LINE = 500
MAX_REF = 200


def clean_draft(draft: ArticleDraft) -> ArticleDraft:
    """The draft with storable text, or `InvalidField` naming what cannot be stored."""
    title = clean_line(draft.title)
    body = clean_text(draft.body)
    lead = clean_text(draft.lead)
    if not title:
        raise InvalidField("title", "is empty")
    if not body and not lead:
        raise InvalidField("body", "is empty")
    _check_length("title", title, MAX_TITLE)
    _check_length("body", body, MAX_BODY)
    _check_length("lead", lead, MAX_BODY)
    ref = clean_line(draft.ref) if draft.ref is not None else None
    if ref is not None:
        _check_length("ref", ref, MAX_REF)
    author, source, place, page = (
        clean_line(draft.author),
        clean_line(draft.source),
        clean_line(draft.place),
        clean_line(draft.page),
    )
    for name, value in (("author", author), ("source", source), ("place", place), ("page", page)):
        _check_length(name, value, MAX_LINE)
    return dataclasses.replace(
        draft,
        title=title,
        body=body,
        lead=lead,
        ref=ref or None,
        url=clean_line(draft.url),
        tags=tuple(names.checked_name("tag", t, names.TAG_NAME_LIMIT)[0] for t in draft.tags),
        author=author,
        source=source,
        place=place,
        page=page,
    )


def _check_length(field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise InvalidField(field, f"has {len(value):,} characters; at most {limit:,} are kept")


def text_key(title: str, lead: str, body: str) -> str:
    return fingerprint_words(tokens(title), tokens(lead), tokens(body))


def text_words(draft: ArticleDraft) -> tuple[list[str], list[str], list[str]]:
    """The normalised words of title, lead and body: for the text key and the index alike."""
    return tokens(draft.title), tokens(draft.lead), tokens(draft.body)


@dataclass
class _Known:
    """An article already stored, or stored earlier in the same batch (``row`` set, no id yet)."""

    id: int | None
    row: int | None
    ref: str | None
    source: str
    date: dt.date | None
    text_key: str

    def is_same_printing(self, ref: str | None, source: str, date: dt.date | None) -> bool:
        """Same text is the same article unless the metadata tells two printings apart: another
        accession number, another publication (a wire story in two papers) or another date."""
        if self.ref and ref and self.ref != ref:
            return False
        if self.source and source and name_key(self.source) != name_key(source):
            return False
        return not (self.date and date and self.date != date)


@dataclass(frozen=True)
class PreparedItem:
    """An item ready to be written: its cleaned draft, text key and index entry, or the reason
    it cannot be stored. Preparing needs no database, so it runs beside the writing."""

    origin: ItemOrigin
    draft: ArticleDraft | None = None
    text_key: str = ""
    index_entry: dict[str, object] | None = None
    reason: str | None = None


def prepare_batch(
    items: Sequence[tuple[ItemOrigin, ArticleDraft | ArchiveError]],
    extra_tags: Sequence[str],
    search_index: SearchIndex,
) -> list[PreparedItem]:
    prepared = []
    for origin, draft in items:
        try:
            if isinstance(draft, ArchiveError):
                raise draft
            cleaned = clean_draft(draft)
        except ArchiveError as problem:
            reason = problem.reason if isinstance(problem, ImportFailed) else str(problem)
            prepared.append(PreparedItem(origin, reason=reason))
            continue
        words = text_words(cleaned)
        entry = search_index.entry(_document(cleaned, words, extra_tags))
        prepared.append(PreparedItem(origin, cleaned, fingerprint_words(*words), entry))
    return prepared


def write_batch(
    session: Session,
    batch: Sequence[PreparedItem],
    extra_tags: Sequence[str],
    now: dt.datetime,
    search_index: SearchIndex,
) -> list[ImportOutcome]:
    """Store the prepared drafts that are not duplicates, and index them; one outcome per item,
    in order."""
    outcomes: list[ImportOutcome | None] = [
        _outcome(p.origin, ImportStatus.FAILED, reason=p.reason) if p.draft is None else None
        for p in batch
    ]
    valid = {n: p for n, p in enumerate(batch) if p.draft is not None}
    by_key, by_ref = _known_articles(
        session,
        {p.text_key for p in valid.values()},
        {p.draft.ref for p in valid.values() if p.draft and p.draft.ref},
    )
    new_items: list[int] = []  # items to insert, in row order
    in_batch_duplicates: list[tuple[int, int]] = []  # (item, row of its first copy)
    for item, prepared in valid.items():
        draft = prepared.draft
        assert draft is not None
        match = _find_duplicate(by_key, by_ref, draft, prepared.text_key)
        if isinstance(match, str):
            outcomes[item] = _outcome(prepared.origin, ImportStatus.FAILED, reason=match)
        elif match is not None and match.id is not None:
            outcomes[item] = _outcome(prepared.origin, ImportStatus.DUPLICATE, match.id)
        elif match is not None and match.row is not None:
            in_batch_duplicates.append((item, match.row))
        else:
            known = _Known(
                None, len(new_items), draft.ref, draft.source, draft.date, prepared.text_key
            )
            by_key[prepared.text_key].append(known)
            if draft.ref:
                by_ref[draft.ref] = known
            new_items.append(item)

    rows = [_row(valid[i].draft, valid[i].text_key, now) for i in new_items]  # type: ignore[arg-type]
    ids = _insert_rows(session, rows)
    for row, item in enumerate(new_items):
        outcomes[item] = _outcome(batch[item].origin, ImportStatus.IMPORTED, ids[row])
    for item, row in in_batch_duplicates:
        outcomes[item] = _outcome(batch[item].origin, ImportStatus.DUPLICATE, ids[row])
    tags = [(ids[row], valid[item].draft.tags) for row, item in enumerate(new_items)]  # type: ignore[union-attr]
    _tag_new_articles(session, tags, extra_tags)
    entries = [(ids[row], valid[item].index_entry) for row, item in enumerate(new_items)]
    search_index.insert(session, [(i, e) for i, e in entries if e is not None])
    return [outcome for outcome in outcomes if outcome is not None]


def _document(
    draft: ArticleDraft, words: tuple[list[str], list[str], list[str]], extra_tags: Sequence[str]
) -> IndexDocument:
    return build_document(
        title=draft.title,
        lead=draft.lead,
        body=draft.body,
        place=draft.place,
        source=draft.source,
        author=draft.author,
        tags=(*draft.tags, *extra_tags),
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


def _known_articles(
    session: Session, keys: set[str], refs: set[str]
) -> tuple[defaultdict[str, list[_Known]], dict[str, _Known]]:
    by_key: defaultdict[str, list[_Known]] = defaultdict(list)
    by_ref: dict[str, _Known] = {}
    columns = (Article.id, Article.ref, Article.source, Article.published, Article.text_key)
    found: list[Row[int, str | None, str, dt.date | None, str]] = []
    if keys:
        found += session.execute(select(*columns).where(Article.text_key.in_(keys))).all()
    if refs:
        found += session.execute(select(*columns).where(Article.ref.in_(refs))).all()
    for id_, ref, source, published, key in found:
        known = _Known(id_, None, ref, source, published, key)
        if key in keys and all(k.id != id_ for k in by_key[key]):
            by_key[key].append(known)
        if ref:
            by_ref[ref] = known
    return by_key, by_ref


def _find_duplicate(
    by_key: dict[str, list[_Known]], by_ref: dict[str, _Known], draft: ArticleDraft, key: str
) -> _Known | str | None:
    """The article this draft repeats, a reason it cannot be stored, or None if it is new."""
    if draft.ref and draft.ref in by_ref:
        known = by_ref[draft.ref]
        if known.text_key == key:
            return known
        where = f"article {known.id}" if known.id is not None else "another item of this import"
        return f"ref: {draft.ref!r} is already the reference of {where}, whose text differs"
    for known in by_key.get(key, ()):
        if known.is_same_printing(draft.ref, draft.source, draft.date):
            return known
    return None


def _row(draft: ArticleDraft, key: str, now: dt.datetime) -> dict[str, object]:
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
        "text_key": key,
        "created": now,
        "updated": now,
        "trashed": None,
        "version": 1,
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


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(
        Article,
        article_id,
        options=[
            selectinload(Article.tags),
            selectinload(Article.notes),
            selectinload(Article.attachments),
        ],
    )
    if article is None:
        raise NotFound(f"article {article_id} is not in the archive")
    return article


def to_record(article: Article) -> ArticleRecord:
    return ArticleRecord(
        id=ArticleId(article.id),
        ref=article.ref,
        title=article.title,
        lead=article.lead,
        body=article.body,
        author=article.author,
        source=article.source,
        date=article.published,
        place=article.place,
        url=article.url,
        page=article.page,
        language=article.language,
        tags=tuple(sorted(tag.name for tag in article.tags)),
        notes=tuple(
            NoteRecord(NoteId(n.id), ArticleId(n.article_id), n.text, n.created, n.updated)
            for n in article.notes
        ),
        attachments=tuple(
            AttachmentRecord(
                AttachmentId(a.id), ArticleId(a.article_id), a.filename, a.sha256, a.size, a.created
            )
            for a in article.attachments
        ),
        created=article.created,
        updated=article.updated,
        trashed=article.trashed,
        version=article.version,
    )


def summaries(session: Session, article_ids: Iterable[int]) -> list[ArticleSummary]:
    """Rows for a list, in the order of ``article_ids``."""
    ids = list(article_ids)
    if not ids:
        return []
    columns = (
        Article.id,
        Article.ref,
        Article.title,
        Article.source,
        Article.author,
        Article.published,
        Article.place,
        Article.created,
        Article.updated,
        Article.trashed,
    )
    rows = {}
    tags: defaultdict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows.update(
            {row.id: row for row in session.execute(select(*columns).where(Article.id.in_(chunk)))}
        )
        tag_rows = session.execute(
            select(ArticleTag.article_id, Tag.name)
            .join(Tag, Tag.id == ArticleTag.tag_id)
            .where(ArticleTag.article_id.in_(chunk))
        )
        for article_id, tag_name in tag_rows:
            tags[article_id].append(tag_name)
    return [
        ArticleSummary(
            id=ArticleId(row.id),
            ref=row.ref,
            title=row.title,
            source=row.source,
            author=row.author,
            date=row.published,
            place=row.place,
            tags=tuple(sorted(tags[row.id])),
            created=row.created,
            updated=row.updated,
            trashed=row.trashed,
        )
        for row in (rows[i] for i in ids if i in rows)
    ]
