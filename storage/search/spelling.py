"""Exact spelling with marks: a ``=word`` typed with harakat finds it written with those marks.

The index keeps words without their marks (as `storage.text.spelled` writes them), so it
finds the candidates; the marks are checked here against the stored text of each candidate.
A word typed without marks finds the word with any marks or none.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from storage.models import Article
from storage.search.query import Query, Term
from storage.text.chars import MARK_CHARS
from storage.text.normalize import marked_words

CHUNK = 500


def marked_terms(query: Query) -> list[Term]:
    """The terms whose marks must be checked on the stored text."""
    return [t for t in query.all_terms() if t.marked and len(t.marked) == len(t.words)]


def holding_marks(
    session: Session, candidates: Select[tuple[int]], terms: Sequence[Term]
) -> list[int]:
    """The ids among ``candidates`` whose text holds every term with its marks."""
    ids = list(session.scalars(candidates))
    kept: list[int] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        columns = (Article.id, Article.title, Article.lead, Article.body, Article.place)
        for row in session.execute(select(*columns).where(Article.id.in_(chunk))):
            words = marked_words(" \n ".join((row.title, row.lead, row.body, row.place)))
            if all(_holds(term.marked, words) for term in terms):
                kept.append(row.id)
    return kept


def _holds(typed: Sequence[str], words: Sequence[str]) -> bool:
    n = len(typed)
    return any(
        all(_same(t, w) for t, w in zip(typed, words[i : i + n], strict=True))
        for i in range(len(words) - n + 1)
    )


def _same(typed: str, word: str) -> bool:
    """A typed word with marks must be written with the same marks; without, any."""
    if MARK_CHARS.search(typed):
        return typed == word
    return typed == MARK_CHARS.sub("", word)
