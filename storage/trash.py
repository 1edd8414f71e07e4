"""Session-level work on the trash: articles put in it or taken out, and deleted for good.

Every function takes the caller's session and never commits: `Archive` frames the transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from storage import article_store, attachment_store, dossier_store
from storage.changes import Changes
from storage.errors import ArchiveError, ErrorCode
from storage.files import FileStore
from storage.models import NEWEST, Article
from storage.records import ArticleId, DossierId
from storage.search import searcher
from storage.search.orders import Order

IDS_PER_PAGE = 50_000  # ids read from the driver at a time


def listed(*, trashed: bool) -> ColumnElement[bool]:
    """The condition of the articles in the trash, or of those that are not."""
    return Article.trashed.is_not(None) if trashed else Article.trashed.is_(None)


def listed_ids(
    session: Session, *, trashed: bool, order_by: Sequence[Any] = (Article.id,)
) -> list[ArticleId]:
    """The ids of every article in the archive (or in the trash), in ``order_by``."""
    return _ids(session, select(Article.id).where(listed(trashed=trashed)).order_by(*order_by))


def newest_ids(session: Session) -> list[ArticleId]:
    """The ids of every article outside the trash, newest first (undated last), read on
    SQLite off the index kept in that order (`models.NEWEST`): what a window opens on."""
    return _ids(session, newest_statement())


def newest_statement() -> Select[int]:
    newest = select(Article.id).where(listed(trashed=False)).order_by(*searcher.ordering("newest"))
    return newest.with_hint(Article.__table__, f"INDEXED BY {NEWEST}", "sqlite")


def _ids(session: Session, statement: Select[int]) -> list[ArticleId]:
    """The ids ``statement`` reads, on SQLite on the driver's cursor (`driver_pages`: a
    million ids would cost seconds as SQLAlchemy's rows)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return [ArticleId(i) for i in session.scalars(statement)]
    pages = article_store.driver_pages(connection, statement, IDS_PER_PAGE)
    return [ArticleId(i) for page in pages for (i,) in page]


def listing_ids(
    session: Session, index: searcher.SearchIndex, query: str, order: Order, *, trashed: bool
) -> list[ArticleId]:
    """What a list of articles holds: the ids ``query`` finds (every article if it is blank,
    or of the trash, which is not searched), in ``order``."""
    if query.strip() and not trashed:
        # (ids as they are: a million calls of ArticleId cost a tenth of a second)
        return cast(list[ArticleId], searcher.search_ids(session, index, query, order))
    if order == "newest" and not trashed:
        return newest_ids(session)
    return listed_ids(session, trashed=trashed, order_by=searcher.ordering(order))


def listed_count(session: Session, *, trashed: bool) -> int:
    counted = select(func.count()).select_from(Article).where(listed(trashed=trashed))
    return session.scalar(counted) or 0


def trashed_ids(session: Session) -> list[int]:
    return list(session.scalars(select(Article.id).where(listed(trashed=True))))


def set_trashed(session: Session, article_ids: Sequence[int], when: dt.datetime | None) -> Changes:
    """Put the articles in the trash at ``when``, or (None) take them out of it."""
    for article_id in article_ids:
        article_store.get_article(session, article_id).trashed = when
    dossiers = dossier_store.dossiers_of(session, article_ids)
    return Changes(
        updated=frozenset(ArticleId(i) for i in article_ids),
        dossiers=frozenset(DossierId(i) for i in dossiers),
        has_tag_changes=True,
    )


def purge(
    session: Session,
    files: FileStore,
    index: searcher.SearchIndex,
    article_ids: Sequence[int],
    trashed_only: bool,
) -> tuple[Changes, set[str]]:
    """Delete the articles with their notes, tag links, dossier places and attachments; returns
    what changed and the files no attachment uses any more (released after the commit). With
    ``trashed_only``, an article not in the trash is refused (NOT_IN_TRASH) before anything."""
    for article_id in article_ids if trashed_only else ():
        if article_store.get_article(session, article_id).trashed is None:
            raise ArchiveError.of(ErrorCode.NOT_IN_TRASH, id=article_id)
    dossiers = dossier_store.dossiers_of(session, article_ids)
    hashes: set[str] = set()
    with searcher.reindexing(session, index, article_ids):
        for article_id in article_ids:
            article = article_store.get_article(session, article_id)
            hashes.update(a.sha256 for a in article.attachments)
            session.delete(article)
    unused = attachment_store.drop_unused_files(session, files, hashes)
    changes = Changes(
        removed=frozenset(ArticleId(i) for i in article_ids),
        dossiers=frozenset(DossierId(i) for i in dossiers),
        has_tag_changes=True,
    )
    return changes, unused
