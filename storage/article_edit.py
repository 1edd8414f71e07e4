"""Changing a stored article's fields: checked as a new draft would be, refused when someone
saved the article in between (VersionConflict) or when its reference is another's.

Takes the caller's session and never commits: `Archive.update_article` frames the transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import article_store
from storage.errors import ENGLISH, ArchiveError, Conflict, ErrorCode, VersionConflict
from storage.models import Article, utcnow
from storage.records import ARTICLE_FIELDS, ARTICLE_ORIGIN_FIELDS, ARTICLE_TEXT_FIELDS, ArticleDraft
from storage.text import opening_key

# What update_article may change: every field but where the text came from (set by imports).
EDITABLE_FIELDS = tuple(f for f in ARTICLE_FIELDS if f not in ARTICLE_ORIGIN_FIELDS)


def check_field_names(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ArchiveError(f"unknown article field {sorted(unknown)[0]!r}")


def update(
    session: Session,
    article_id: int,
    expected_version: int | None,
    fields: dict[str, Any],
    user: str,
) -> None:
    """Change the named fields (see `Archive.update_article`)."""
    article = article_store.get_article(session, article_id)
    if expected_version is not None and article.version != expected_version:
        arguments: dict[str, object] = {
            "id": article_id,
            "who": article.updated_by or "",
            "version": article.version,
            "expected": expected_version,
        }
        raise VersionConflict(
            ENGLISH[ErrorCode.VERSION_CONFLICT].format(
                **{**arguments, "who": article.updated_by or "someone else"}
            ),
            current=article_store.to_record(article),
            **arguments,
        )
    current = article_store.to_record(article)
    draft = ArticleDraft(
        **{name: fields.get(name, getattr(current, name)) for name in EDITABLE_FIELDS}
    )
    draft = article_store.clean_draft(draft)
    if draft.ref and draft.ref != article.ref:
        other = session.scalar(select(Article.id).where(Article.ref == draft.ref))
        if other is not None:
            raise Conflict.of(ErrorCode.REF_TAKEN, ref=draft.ref, other=other)
    for name in ARTICLE_TEXT_FIELDS:
        setattr(article, name, getattr(draft, name))
    article.published = draft.date
    article.language = draft.language
    article.text_key = article_store.text_key(draft.title, draft.lead, draft.body)
    article.opening_key = opening_key(draft.body)
    article.updated_by = user
    article.updated = utcnow()
