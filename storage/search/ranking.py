"""The order of search results on both back ends: tiers first, then the word score (bm25,
ts_rank).

The tiers, best first, for a query that is a plain list of words (no OR, no prefix term: the
queries whose words a user means together), each holding the ones above it:

0. the words typed stand in the title, together and in order, exactly as typed (after
   normalisation): for one word, the very word in the title, not another form of it;
1. they stand together, in order, exactly as typed, anywhere (two words or more);
2. they stand together, in order, by their proximity keys (`variants.proximity_key`): the
   same words with other clitics or inflections;
3. each two of them stand within `BOOST_DISTANCE` words of each other, in any order;
4. every other article the query finds.

The order is lexicographic: an article in a better tier comes before every article of a worse
one, whatever their word scores; within one tier the word score decides (exact words over
stems, the title over the body), then the newer article, then the higher id. A hit's score is
its word score plus `BONUS` for each tier's condition it meets; the word score stays far below
`BONUS`, so the scores sort as the tiers do. Because the order is lexicographic, the first
results need not score every match: SQLite evaluates the tiers best first and scores only as
many as the page needs (`storage.search.top_k`).
"""

from __future__ import annotations

from storage.search.query import Near, Query
from storage.search.variants import proximity_key

BONUS = 1000
TAG_SCORE = 10.0  # for each group of the query's words that a tag of the article holds
BOOST_DISTANCE = 8
MAX_TOGETHER = 8  # more words than this: no bonus (the pairs would grow too many)


def together(query: Query) -> list[str] | None:
    """The words the tiers are about, in query order, or None (no tiers: one tier of all)."""
    words: list[str] = []
    for group in query.groups:
        if len(group) != 1 or group[0].is_prefix:
            return None
        words += group[0].words
    return words if 1 <= len(words) <= MAX_TOGETHER else None


def pairs(near: Near) -> list[tuple[str, str]]:
    """The pairs of proximity keys a NEAR condition holds within its distance."""
    return key_pairs([proximity_key(word) for term in near.terms for word in term.words])


def key_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Each two of ``keys`` (repeated keys once)."""
    unique = list(dict.fromkeys(keys))
    return [(a, b) for i, a in enumerate(unique) for b in unique[i + 1 :]]
