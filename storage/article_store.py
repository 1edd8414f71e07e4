"""Session-level work on articles: checking drafts, text keys, reading records.

Every function takes the caller's session and never commits: `Archive` frames the transaction.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, func, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from storage.errors import ErrorCode, InvalidField, NotFound
from storage.models import (
    INDEXED_BY,
    Article,
    ArticleTag,
    Attachment,
    Note,
    SimilarArticle,
    Tag,
    iso_day,
)
from storage.records import (
    ARTICLE_ORIGIN_FIELDS,
    ArticleDraft,
    ArticleId,
    ArticleLine,
    ArticleRecord,
    ArticleSummary,
    AttachmentId,
    AttachmentRecord,
    NoteId,
    NoteRecord,
)
from storage.text import clean_line, clean_text, fingerprint_words, names, tokens

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
        notes=tuple(n for n in (clean_text(note) for note in draft.notes) if n),
    )


def _check_length(field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise InvalidField(field, f"has {len(value):,} characters; it may have at most {limit:,}")


def text_key(title: str, lead: str, body: str) -> str:
    return text_key_of(tokens(title), tokens(lead), tokens(body))


def text_key_of(title: list[str], lead: list[str], body: list[str]) -> str:
    """The digest that finds the same text stored twice, from normalised words. Title, lead
    and body are one run of words: where a reader draws the lines between them (a text
    file's paragraph before its dateline becomes a lead, a paper's export keeps it in the
    body; a file of one long line gives its first sentence as the title) does not make
    another article."""
    return fingerprint_words([*title, *lead, *body])


def text_words(draft: ArticleDraft) -> tuple[list[str], list[str], list[str]]:
    """The normalised words of title, lead and body: for the text key and the index alike."""
    return tokens(draft.title), tokens(draft.lead), tokens(draft.body)


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
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="article", id=article_id)
    return article


def get_records(session: Session, article_ids: Sequence[int]) -> list[ArticleRecord]:
    """The articles ``article_ids`` as records, in that order, read a batch at a time."""
    found: dict[int, ArticleRecord] = {}
    wanted = list(dict.fromkeys(article_ids))
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        similar: dict[int, list[ArticleId]] = {}
        pairs = select(SimilarArticle.article_id, SimilarArticle.similar_id).where(
            SimilarArticle.article_id.in_(batch)
        )
        for article_id, similar_id in session.execute(pairs):
            similar.setdefault(article_id, []).append(ArticleId(similar_id))
        query = (
            select(Article)
            .where(Article.id.in_(batch))
            .options(
                selectinload(Article.tags),
                selectinload(Article.notes),
                selectinload(Article.attachments),
            )
        )
        for article in session.scalars(query):
            found[article.id] = to_record(article, tuple(sorted(similar.get(article.id, []))))
    missing = next((i for i in article_ids if i not in found), None)
    if missing is not None:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="article", id=missing)
    return [found[i] for i in article_ids]


def similar_ids(session: Session, article_id: int) -> tuple[ArticleId, ...]:
    query = select(SimilarArticle.similar_id).where(SimilarArticle.article_id == article_id)
    return tuple(ArticleId(i) for i in sorted(session.scalars(query)))


def to_record(article: Article, similar: tuple[ArticleId, ...] = ()) -> ArticleRecord:
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
            NoteRecord(
                NoteId(n.id),
                ArticleId(n.article_id),
                n.text,
                n.created,
                n.updated,
                n.created_by,
                n.updated_by,
            )
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
        similar=similar,
        created_by=article.created_by,
        updated_by=article.updated_by,
        **{name: getattr(article, name) for name in ARTICLE_ORIGIN_FIELDS},
    )


_SUMMARY_COLUMNS = (
    Article.id,
    Article.ref,
    Article.title,
    Article.source,
    Article.author,
    Article.published,
    Article.place,
    Article.page,
    Article.created,
    Article.updated,
    Article.trashed,
)


def summaries(session: Session, article_ids: Iterable[int]) -> list[ArticleSummary]:
    """Rows for a list, in the order of ``article_ids``."""
    ids = list(article_ids)
    if not ids:
        return []
    rows = {}
    notes: dict[int, int] = {}
    attachments: dict[int, int] = {}
    tags: defaultdict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        statement = select(*_SUMMARY_COLUMNS).where(Article.id.in_(chunk))
        rows.update({row.id: row for row in session.execute(statement)})
        for article_id, tag_name in session.execute(_tag_names(ArticleTag.article_id.in_(chunk))):
            tags[article_id].append(tag_name)
        notes.update(_counts(session, Note.article_id, Note.article_id.in_(chunk)))
        attachments.update(
            _counts(session, Attachment.article_id, Attachment.article_id.in_(chunk))
        )
    return _summaries([rows[i] for i in ids if i in rows], tags, notes, attachments)


def listed_summaries(session: Session, listed: ColumnElement[bool]) -> list[ArticleSummary]:
    """Rows for a list of every article meeting ``listed``, by id: each part read in one
    statement (a whole archive's list, without thousands of ids sent back and forth)."""
    # Through the connection: the ORM's row handling cost as much as reading the rows.
    connection = session.connection()
    rows = list(connection.execute(select(*_SUMMARY_COLUMNS).where(listed).order_by(Article.id)))
    tags: defaultdict[int, list[str]] = defaultdict(list)
    for article_id, tag_name in connection.execute(_tag_names(true())):
        tags[article_id].append(tag_name)
    notes = _counts(session, Note.article_id, true())
    attachments = _counts(session, Attachment.article_id, true())
    return _summaries(rows, tags, notes, attachments)


LINES_PER_PAGE = 2000  # a listing's lines read and handed on this many at a time


def listed_line_pages(session: Session, listed: ColumnElement[bool]) -> Iterator[list[ArticleLine]]:
    """A line of every article meeting ``listed``, by id, in pages as they are read: only what
    a listing prints, read from the index that holds it (`models.BESIDE_THE_ID`, on SQLite),
    never from the rows. A page is written before the next is read, so the first lines of a
    whole archive's listing appear at once."""
    connection = session.connection()
    statement = lines_statement(listed)
    if connection.dialect.name != "sqlite":  # a server's cursor, streamed
        streamed = connection.execution_options(yield_per=LINES_PER_PAGE)
        for rows in streamed.execute(statement).partitions():
            yield list(map(ArticleLine._make, rows))
        return
    for page in driver_pages(connection, statement, LINES_PER_PAGE):
        yield list(map(ArticleLine._make, page))


def driver_pages(
    connection: Connection, statement: Select[*tuple[Any, ...]], size: int
) -> Iterator[list[Any]]:
    """The rows of ``statement`` on SQLite, read on the driver's own cursor (which steps
    through the rows as they are fetched) ``size`` at a time: for plain values (ids, text)
    read by the thousand, SQLAlchemy's rows, each made and then taken apart, cost half as
    much again as the read itself."""
    compiled = statement.compile(dialect=connection.dialect)
    parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), parameters)
        while page := cursor.fetchmany(size):
            yield page
    finally:
        cursor.close()


def lines_statement(listed: ColumnElement[bool]) -> Select[int, str, str, str]:
    columns = (Article.id, iso_day(Article.published), Article.title, Article.source)
    statement = select(*columns).with_hint(Article.__table__, INDEXED_BY, "sqlite")
    return statement.where(listed).order_by(Article.id)


def _tag_names(which: ColumnElement[bool]) -> Select[int, str]:
    return (
        select(ArticleTag.article_id, Tag.name).join(Tag, Tag.id == ArticleTag.tag_id).where(which)
    )


def _summaries(
    rows: Sequence[Any],
    tags: defaultdict[int, list[str]],
    notes: dict[int, int],
    attachments: dict[int, int],
) -> list[ArticleSummary]:
    no_tags: tuple[str, ...] = ()
    return [
        ArticleSummary(
            id=ArticleId(i),
            ref=ref,
            title=title,
            source=source,
            author=author,
            date=published,
            place=place,
            tags=tuple(sorted(tags[i])) if i in tags else no_tags,
            created=created,
            updated=updated,
            trashed=trashed,
            page=page,
            notes=notes.get(i, 0),
            attachments=attachments.get(i, 0),
        )
        # by position, as `_SUMMARY_COLUMNS` lists them (a Row's attributes cost more)
        for i, ref, title, source, author, published, place, page, created, updated, trashed in (
            tuple(row) for row in rows
        )
    ]


def _counts(
    session: Session, article_id: InstrumentedAttribute[int], which: ColumnElement[bool]
) -> dict[int, int]:
    """How many rows of ``article_id``'s table each article has (none: left out)."""
    query = select(article_id, func.count()).where(which).group_by(article_id)
    return {row[0]: row[1] for row in session.execute(query)}
