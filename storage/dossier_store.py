"""Session-level work on dossiers: named, ordered collections of articles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.changes import Changes
from storage.errors import Conflict, ErrorCode, NotFound
from storage.models import Article, Dossier, DossierItem
from storage.records import ArticleId, DossierId, DossierRecord
from storage.text import clean_text, name_key, names


def checked_name(name: str) -> tuple[str, str]:
    return names.checked_name("dossier", name, names.DOSSIER_NAME_LIMIT)


def _check_free(session: Session, key: str, shown: str, dossier_id: int | None = None) -> None:
    other = session.scalar(select(Dossier.id).where(Dossier.key == key, Dossier.id != dossier_id))
    if other is not None:
        raise Conflict.of(ErrorCode.DOSSIER_EXISTS, name=shown, other=other)


def create(
    session: Session, name: str, description: str, now: dt.datetime
) -> tuple[DossierId, Changes]:
    shown, key = checked_name(name)
    _check_free(session, key, shown)
    dossier = Dossier(
        name=shown, key=key, description=clean_text(description), created=now, updated=now
    )
    session.add(dossier)
    session.flush()
    return DossierId(dossier.id), Changes.of_dossier(dossier.id)


def get(session: Session, dossier_id: int) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="dossier", id=dossier_id)
    return dossier


def find(session: Session, name: str) -> Dossier | None:
    return session.scalar(select(Dossier).where(Dossier.key == name_key(name)))


def to_record(dossier: Dossier) -> DossierRecord:
    return DossierRecord(
        id=DossierId(dossier.id),
        name=dossier.name,
        description=dossier.description,
        article_ids=tuple(ArticleId(item.article_id) for item in dossier.items),
        created=dossier.created,
        updated=dossier.updated,
    )


def records(session: Session) -> list[DossierRecord]:
    return [to_record(d) for d in session.scalars(select(Dossier).order_by(Dossier.key))]


def rename(
    session: Session, dossier_id: int, name: str, description: str | None, now: dt.datetime
) -> Changes:
    dossier = get(session, dossier_id)
    shown, key = checked_name(name)
    _check_free(session, key, shown, dossier.id)
    dossier.name, dossier.key = shown, key
    if description is not None:
        dossier.description = clean_text(description)
    dossier.updated = now
    return Changes.of_dossier(dossier_id)


def delete(session: Session, dossier_id: int) -> Changes:
    session.delete(get(session, dossier_id))
    return Changes.of_dossier(dossier_id)


def place(
    session: Session,
    dossier_id: int,
    article_ids: Sequence[int],
    position: int | None,
    now: dt.datetime,
) -> Changes:
    """Put the articles at ``position`` (0-based; None = at the end), in the given order.
    Articles already in the dossier move there; positions stay 0..n-1."""
    dossier = get(session, dossier_id)
    wanted = list(dict.fromkeys(article_ids))
    found = set(session.scalars(select(Article.id).where(Article.id.in_(wanted))))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="article", id=missing[0])
    order = [item.article_id for item in dossier.items if item.article_id not in set(wanted)]
    at = len(order) if position is None else max(0, min(position, len(order)))
    order[at:at] = wanted
    _write_order(session, dossier, order, now)
    return Changes.of_dossier(dossier_id)


def remove(
    session: Session, dossier_id: int, article_ids: Sequence[int], now: dt.datetime
) -> Changes:
    dossier = get(session, dossier_id)
    gone = set(article_ids)
    _write_order(
        session, dossier, [i.article_id for i in dossier.items if i.article_id not in gone], now
    )
    return Changes.of_dossier(dossier_id)


def _write_order(session: Session, dossier: Dossier, order: list[int], now: dt.datetime) -> None:
    items = {item.article_id: item for item in dossier.items}
    dossier.items = [items.get(a) or DossierItem(article_id=a, position=0) for a in order]
    for position, item in enumerate(dossier.items):
        item.position = position
    dossier.updated = now


def dossiers_of(session: Session, article_ids: Sequence[int]) -> set[int]:
    return set(
        session.scalars(
            select(DossierItem.dossier_id).where(DossierItem.article_id.in_(article_ids))
        )
    )


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Dossier)) or 0
