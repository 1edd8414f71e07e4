"""Two copies of one article made into one: the kept article takes the other's tags, notes,
attached files, dossier places and the metadata it lacks; the other goes to the trash. What the
merge did is returned as a `Merge`, from which `unmerge` puts everything back.

Session-level: `Archive.merge_articles` and `Archive.unmerge_articles` frame the transactions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from storage import article_store, bulk, dossier_store, tag_store
from storage.changes import Changes
from storage.errors import InvalidField
from storage.models import Article, Attachment, Note, SimilarArticle
from storage.records import ArticleId, DossierId

# Metadata the kept article takes from the other when it has none of its own.
FILLED_FIELDS = ("source", "date", "place", "author")


@dataclass(frozen=True)
class Merge:
    """What one merge changed, so that it can be taken back."""

    kept_id: ArticleId
    merged_id: ArticleId
    tags_added: tuple[str, ...]
    notes_moved: tuple[int, ...]
    attachments_moved: tuple[int, ...]
    fields_before: dict[str, Any]  # the kept article's values of the fields it took
    dossier_orders: tuple[tuple[int, tuple[int, ...]], ...]  # (dossier, its order before)
    merged_trashed: dt.datetime | None  # the other's trash time before


def changes_of(done: Merge) -> Changes:
    """What a merge, or the undoing of it, changed."""
    return Changes(
        updated=frozenset({done.kept_id, done.merged_id}),
        dossiers=frozenset(DossierId(d) for d, _ in done.dossier_orders),
        has_tag_changes=True,
    )


def merge(session: Session, kept_id: int, merged_id: int, user: str, now: dt.datetime) -> Merge:
    if kept_id == merged_id:
        raise InvalidField("article", f"article {kept_id} cannot be merged into itself")
    kept = article_store.get_article(session, kept_id)
    other = article_store.get_article(session, merged_id)
    own_tags = {t.key for t in kept.tags}
    tags = tuple(t.name for t in other.tags if t.key not in own_tags)
    tag_store.tag_article(session, kept.id, tags)
    notes = tuple(n.id for n in other.notes)
    own_files = {a.sha256 for a in kept.attachments}
    files = tuple(a.id for a in other.attachments if a.sha256 not in own_files)
    _move(session, Note, notes, kept.id)
    _move(session, Attachment, files, kept.id)
    fields = {
        name: value
        for name, value in bulk.field_values(session, [merged_id], FILLED_FIELDS)[merged_id].items()
        if value and not getattr(kept, "published" if name == "date" else name)
    }
    before = bulk.field_values(session, [kept_id], list(fields))[kept_id]
    bulk.set_fields(session, {kept_id: fields}, user, now)
    orders = _take_places(session, kept.id, other.id, now)
    trashed = other.trashed
    other.trashed = now
    return Merge(
        ArticleId(kept_id), ArticleId(merged_id), tags, notes, files, before, orders, trashed
    )


def unmerge(session: Session, done: Merge, user: str, now: dt.datetime) -> None:
    """Put back what ``done`` changed: the tags, notes, files, fields and dossier places."""
    tag_store.untag_article(session, done.kept_id, done.tags_added)
    _move(session, Note, done.notes_moved, done.merged_id)
    _move(session, Attachment, done.attachments_moved, done.merged_id)
    bulk.set_fields(session, {done.kept_id: done.fields_before}, user, now)
    for dossier_id, order in done.dossier_orders:
        bulk.set_dossier_order(session, dossier_id, order, now)
    article_store.get_article(session, done.merged_id).trashed = done.merged_trashed


def _move(
    session: Session, table: type[Note] | type[Attachment], ids: Sequence[int], to: int
) -> None:
    if ids:
        session.execute(update(table).where(table.id.in_(ids)).values(article_id=to))
        session.expire_all()


def _take_places(
    session: Session, kept_id: int, merged_id: int, now: dt.datetime
) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """The kept article takes the other's place in each of its dossiers (or keeps its own)."""
    orders = []
    for dossier_id in sorted(dossier_store.dossiers_of(session, [merged_id])):
        order = [item.article_id for item in dossier_store.get(session, dossier_id).items]
        orders.append((dossier_id, tuple(order)))
        if kept_id not in order:
            order[order.index(merged_id)] = kept_id
        bulk.set_dossier_order(session, dossier_id, [i for i in order if i != merged_id], now)
    return tuple(orders)


def similar_pairs(session: Session, limit: int) -> list[tuple[ArticleId, ArticleId]]:
    """Pairs of linked similar articles, neither in the trash, the newest pairs first."""
    first, second = aliased(Article), aliased(Article)
    query = (
        select(SimilarArticle.article_id, SimilarArticle.similar_id)
        .join(first, first.id == SimilarArticle.article_id)
        .join(second, second.id == SimilarArticle.similar_id)
        .where(
            SimilarArticle.article_id < SimilarArticle.similar_id,
            first.trashed.is_(None),
            second.trashed.is_(None),
        )
        .order_by(SimilarArticle.similar_id.desc(), SimilarArticle.article_id)
        .limit(limit)
    )
    return [(ArticleId(a), ArticleId(b)) for a, b in session.execute(query)]
