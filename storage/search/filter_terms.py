"""A query's filters as pieces of their own, apart from its words: what the window shows as
removable chips beside the search field, and writes back into the query it runs.

    split_filters('الرقة tag:"ثقافة" date:2015')  ->  ('الرقة', (tag ثقافة, date 2015))
    join_filters('الرقة', terms)                   ->  'tag:"ثقافة" date:2015 الرقة'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from storage.search.query import NEAR, PIECE, with_plain_quotes

FilterField = Literal["tag", "source", "author", "date", "hijri", "in", "has"]
FILTER_FIELDS: tuple[FilterField, ...] = ("tag", "source", "author", "date", "hijri", "in", "has")


@dataclass(frozen=True)
class FilterTerm:
    """One filter: ``tag:"NAME"``, ``source:"NAME"`` (``=source:"NAME"`` when ``is_exact``:
    the stored value exactly, as a facet gives it), ``date:2015-07..2015-08`` …"""

    field: FilterField
    value: str
    is_exact: bool = False

    def syntax(self) -> str:
        value = self.value.replace('"', "").strip()  # the language has no quote inside quotes
        is_bare = (
            self.field in ("date", "hijri", "has") and value and not any(c.isspace() for c in value)
        )
        written = value if is_bare else f'"{value}"'
        return f"{'=' if self.is_exact else ''}{self.field}:{written}"


def split_filters(query: str) -> tuple[str, tuple[FilterTerm, ...]]:
    """The query's words (and switches), and its filters in the order written; a filter
    written twice is kept once. Left-out pieces (``-tag:x``) stay with the words."""
    terms: list[FilterTerm] = []
    kept: list[str] = []
    end = 0
    for match in _pieces(with_plain_quotes(query)):
        field = (match["field"] or "").lower()
        value = match["quoted"] if match["quoted"] is not None else match["bare"]
        if field not in FILTER_FIELDS or match["neg"] or not value.strip():
            continue
        is_exact = match["exact"] is not None and field in ("source", "author")
        term = FilterTerm(field, " ".join(value.split()), is_exact)
        if term not in terms:
            terms.append(term)
        kept.append(query[end : match.start()])
        end = match.end()
    kept.append(query[end:])
    return " ".join("".join(kept).split()), tuple(terms)


def _pieces(text: str) -> Iterator[re.Match[str]]:
    """The pieces `parse` reads, in order: it takes ``NEAR(…)`` groups out first, leaving a
    space (here as many spaces as the group had, so that positions stay those of ``text``)."""
    blanked = NEAR.sub(lambda near: " " * len(near[0]), text)
    return PIECE.finditer(blanked)


def join_filters(words: str, terms: Iterable[FilterTerm]) -> str:
    """``terms`` written before ``words`` (`split_filters` undoes it): first, so that a quote
    the words leave open cannot take them in."""
    return " ".join(part for part in (*(t.syntax() for t in terms), words.strip()) if part)
