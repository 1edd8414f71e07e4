"""What both back ends rank by, besides their own word scores (bm25, ts_rank).

An article gains `BONUS` for each of these that it meets, best first:

1. the query's words stand together, in order, exactly as typed (after normalisation);
2. they stand together, in order, by their proximity keys (`variants.proximity_key`): the
   same words with other clitics or inflections;
3. each two of them stand within `BOOST_DISTANCE` words of each other, in any order.

Within one tier the word score decides: exact words over stems, the title over the body.
The bonuses apply when the query is a plain list of words (no OR, no prefix term): those are
the queries whose words a user means together.
"""

from __future__ import annotations

from storage.search.query import Near, Query
from storage.search.variants import proximity_key

BONUS = 1000
TAG_SCORE = 10.0  # for each group of the query's words that a tag of the article holds
BOOST_DISTANCE = 8
MAX_TOGETHER = 8  # more words than this: no bonus (the pairs would grow too many)


def together(query: Query) -> list[str] | None:
    """The words whose standing together earns a bonus, in query order, or None."""
    words: list[str] = []
    for group in query.groups:
        if len(group) != 1 or group[0].is_prefix:
            return None
        words += group[0].words
    return words if 2 <= len(words) <= MAX_TOGETHER else None


def pairs(near: Near) -> list[tuple[str, str]]:
    """The pairs of proximity keys a NEAR condition holds within its distance."""
    return key_pairs([proximity_key(word) for term in near.terms for word in term.words])


def key_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Each two of ``keys`` (repeated keys once)."""
    unique = list(dict.fromkeys(keys))
    return [(a, b) for i, a in enumerate(unique) for b in unique[i + 1 :]]
