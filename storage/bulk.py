"""Session-level work on many articles at once: the metadata fields a selection shares (source,
date, place, author, language) and a dossier's whole order. Each `Archive` method that calls
these frames one transaction, so a bulk change happens to every article or to none.

These are also what an undo puts back: `field_values` reads what `set_fields` will overwrite,
and `set_fields` takes a value per article, so one call restores a selection's differing values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import article_store, dossier_store
from storage.changes import Changes
from storage.errors import InvalidField, NotFound
from storage.models import Article
from storage.text import clean_line

# The fields a selection of articles can be given together: the ones that are the same for
# every article of a day's paper. Title, lead, body and reference belong to one article only.
BULK_FIELDS = ("source", "date", "place", "author", "language")
_LINE_FIELDS = ("source", "place", "author")

FieldValues = Mapping[int, Mapping[str, Any]]


def checked_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` ready to store, or InvalidField naming the first that cannot be."""
    unknown = sorted(set(fields) - set(BULK_FIELDS))
    if unknown:
        raise InvalidField(unknown[0], "cannot be set on several articles at once")
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "date":
            if value is not None and not isinstance(value, dt.date):
                raise InvalidField("date", f"{value!r} is not a date")
            checked[name] = value
            continue
        line = clean_line(str(value or ""))
        if name == "language" and not line:
            raise InvalidField("language", "is empty")
        limit = 16 if name == "language" else article_store.MAX_LINE
        if len(line) > limit:
            raise InvalidField(name, f"has {len(line):,} characters; it may have at most {limit:,}")
        checked[name] = line
    return checked


def _articles(session: Session, article_ids: Sequence[int]) -> dict[int, Article]:
    wanted = list(dict.fromkeys(article_ids))
    found = {a.id: a for a in session.scalars(select(Article).where(Article.id.in_(wanted)))}
    missing = next((i for i in wanted if i not in found), None)
    if missing is not None:
        raise NotFound(f"article {missing} is not in the archive")
    return found


def field_values(
    session: Session, article_ids: Sequence[int], names: Sequence[str]
) -> dict[int, dict[str, Any]]:
    """Each article's current value of the fields ``names`` (what an undo puts back)."""
    columns = {"date": "published"}
    return {
        article_id: {n: getattr(article, columns.get(n, n)) for n in names}
        for article_id, article in _articles(session, article_ids).items()
    }


def set_fields(session: Session, values: FieldValues, user: str, now: dt.datetime) -> set[int]:
    """Give each article its values; the ids whose fields changed. NotFound (nothing written:
    the caller's transaction rolls back) if one of them is not in the archive."""
    checked = {i: checked_values(v) for i, v in values.items()}
    changed = set()
    for article_id, article in _articles(session, list(checked)).items():
        fields = checked[article_id]
        before = {n: getattr(article, "published" if n == "date" else n) for n in fields}
        if before == fields:
            continue
        for name, value in fields.items():
            setattr(article, "published" if name == "date" else name, value)
        article.updated, article.updated_by = now, user
        changed.add(article_id)
    return changed


def set_dossier_order(
    session: Session, dossier_id: int, article_ids: Sequence[int], now: dt.datetime
) -> Changes:
    """Make the dossier hold exactly ``article_ids``, in that order (an undo's way back)."""
    dossier = dossier_store.get(session, dossier_id)
    kept = set(article_ids)
    dossier_store.remove(
        session, dossier.id, [i.article_id for i in dossier.items if i.article_id not in kept], now
    )
    return dossier_store.place(session, dossier.id, article_ids, 0, now)
