"""Searches ranked by the Tantivy index (`tantivy_index`): the parsed query translated from the
very forms the FTS5 expression is made of, so both find the same articles.

Each group of the query must match; a group matches by any of its terms, a term by any exact
form (`variants.term_forms`) in the exact columns or any stem in the stem columns, each column
with its bm25 weight as a boost; ``source:`` and ``author:`` are phrases that must stand in
their columns, ``date:`` a range of days, and the trash is left out by id. The tiers of
`ranking` (the words in the title, together as typed, together by their proximity keys, near
each other) are optional clauses that each add `TIER`, a constant far above any word score:
so the order is by tier, then by Tantivy's bm25 (the word score), then newest, then the
higher id, as `ranking` orders. The word score is Tantivy's: it is not FTS5's bm25 (its
saturation is per column, its idf another), so within a tier the order is close to the FTS5
ranking's, not the same. A hit's reported score is its word score plus `BONUS` a tier, as the
FTS5 ranking reports it.

Served (`is_served`): queries of words (or ``source:``/``author:`` phrases), with dates and
sources' phrases, ordered by relevance. Not served, so ranked by FTS5: prefixes (``word*``),
exact spellings (``=word``), ``NEAR``, left-out words, ``tag:``, ``in:``, ``has:``, exact
sources and authors, and a query of dates alone. Words that are also tag names are served:
the articles carrying such a tag hold the group (a set of ids, scored `TAG_SCORE`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from operator import itemgetter
from typing import cast

import numpy as np
import numpy.typing as npt
import tantivy

from storage.search import top_k
from storage.search.columns import COLUMNS, EXACT_COLUMNS, STEM_COLUMNS, WEIGHTS
from storage.search.query import Query, Term
from storage.search.ranking import BONUS, BOOST_DISTANCE, TAG_SCORE, key_pairs, together
from storage.search.tantivy_index import EPOCH, TOKEN, schema
from storage.search.variants import proximity_key, term_forms
from storage.text.normalize import plain_latin

WEIGHT = dict(zip(COLUMNS, WEIGHTS, strict=True))
TIER = 16384.0  # a tier's score: above any word score of up to `MAX_TOGETHER` words
SLACK = 20  # more hits than needed, so that ties at the last place are seen whole
_SCHEMA = schema()
_TOKEN = re.compile(TOKEN)


def is_served(query: Query) -> bool:
    """Whether Tantivy can rank this query (besides its words not being tag names)."""
    filters = query.filters
    terms = query.all_terms()
    return (
        top_k.eligible(query)
        and bool(query.groups or filters.sources or filters.authors)
        and not query.nears
        and not filters.exact_sources
        and all(not t.is_prefix and t.spelling is None for t in terms)
    )


@dataclass(frozen=True)
class Articles:
    """What the archive's database says of the articles beside their words: those in the
    trash, and for each group of the query the articles that carry a tag whose name holds it
    (they hold the group, as on FTS5: `searcher._matching_with_tags`)."""

    trashed: Sequence[int]
    tagged: Sequence[Sequence[int]]
    highest: int = 0  # the highest article id (the search is split by id: `_search`)


def top(
    searcher: tantivy.Searcher, query: Query, k: int, articles: Articles
) -> tuple[list[tuple[int, float]], int]:
    """The first ``k`` (id, score) in order, and how many articles match."""
    translated = _translated(query, articles)
    if k <= 0:
        return [], _search(searcher, translated, 1, articles.highest)[1]
    limit = k + SLACK
    while True:
        hits, counted, is_whole = _search(searcher, translated, limit, articles.highest, k)
        if is_whole:
            break
        limit *= 4  # the last place's ties may go on past the hits read
    return _in_order(searcher, hits)[:k], counted


def every(searcher: tantivy.Searcher, query: Query, articles: Articles) -> list[int]:
    """The ids of every article that matches, in order."""
    translated = _translated(query, articles)
    limit = max(1, searcher.num_docs)
    hits = _search(searcher, translated, limit, articles.highest, count=False)[0]
    ids, _scores, order = _ordered(searcher, hits)
    return cast(list[int], ids[order].tolist())


_Hit = tuple[float, tantivy.DocAddress]


def _search(
    searcher: tantivy.Searcher,
    translated: tantivy.Query,
    limit: int,
    highest: int,
    k: int = 0,
    *,
    count: bool = True,
) -> tuple[list[_Hit], int, bool]:
    """The best ``limit`` hits of each part of the archive, how many match (if ``count``),
    and whether those hits hold the first ``k`` and all that tie with the k-th.

    The archive is searched in `PARTS` parts by id, each on a thread of its own: Tantivy lets
    go of the interpreter lock while it searches, and a search of the common words' phrases
    on a million articles costs hundreds of milliseconds of one core. Each part's condition
    scores 0 and the word scores come from the whole index's statistics, so every hit scores
    what it scores in one search of the whole."""
    parts = _parts(highest)
    if len(parts) == 1:
        queries = [translated]
    else:
        queries = [
            tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, translated), (tantivy.Occur.Must, _ids_between(*part))]
            )
            for part in parts
        ]

    def searched(part: tantivy.Query) -> tuple[list[_Hit], int]:
        result = searcher.search(part, limit, count=count)
        return result.hits, _count(result)

    answers = [searched(queries[0])] if len(queries) == 1 else list(_THREADS.map(searched, queries))
    hits = [hit for part_hits, _ in answers for hit in part_hits]
    counted = sum(n for _, n in answers)
    if k <= 0 or len(hits) < k:
        return hits, counted, True
    kth = sorted((score for score, _ in hits), reverse=True)[k - 1]
    # a part that read all it may hold is whole; another, whole if it read past the k-th's ties
    is_whole = all(len(h) < limit or h[-1][0] < kth for h, _ in answers)
    return hits, counted, is_whole


PARTS = max(1, min(4, os.cpu_count() or 1))  # at most one part a core
_PART_AT_LEAST = 50_000  # ids a part spans at least: a small archive is searched whole
# (its threads start with the first search in parts)
_THREADS = ThreadPoolExecutor(PARTS, thread_name_prefix="tantivy-part")


def _parts(highest: int) -> list[tuple[int, int]]:
    """Ranges of ids, together every id up to ``highest`` and beyond."""
    count = max(1, min(PARTS, highest // _PART_AT_LEAST))
    step = highest // count + 1
    bounds = [i * step for i in range(count)] + [_NO_ID_BEYOND]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(count)]


_NO_ID_BEYOND = 1 << 62


def _ids_between(low: int, high: int) -> tantivy.Query:
    ids = tantivy.Query.range_query(_SCHEMA, "id", tantivy.FieldType.Integer, low, high)
    return tantivy.Query.const_score_query(ids, 0.0)


def _count(result: tantivy.SearchResult) -> int:
    counted: int | None = getattr(result, "count")  # noqa: B009 (the stubs leave it out)
    return counted or 0


def _in_order(
    searcher: tantivy.Searcher, hits: Sequence[tuple[float, tantivy.DocAddress]]
) -> list[tuple[int, float]]:
    """Hits in order (`_ordered`), each with its reported score."""
    ids, scores, order = _ordered(searcher, hits)
    return [(int(ids[j]), _reported(float(scores[j]))) for j in order]


def _ordered(
    searcher: tantivy.Searcher, hits: Sequence[tuple[float, tantivy.DocAddress]]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.intp]]:
    """The hits' ids and scores, and the order of the hits: by score, then newest (undated
    last: their day is the lowest), then the higher id. In arrays, for a common word has
    hundreds of thousands of hits (`every`), and Python's objects for each cost several
    times more time, all of it holding the interpreter lock the window paints under."""
    addresses = list(map(itemgetter(1), hits))
    # Tantivy's scores are 32-bit floats: sorted as such, ties are ties as Tantivy sees them
    scores = np.array(list(map(itemgetter(0), hits)), dtype=np.float32)
    # every document has both, integers (`tantivy_index.schema`)
    days = np.array(searcher.fast_field_values("day", addresses), dtype=np.int64)
    ids = np.array(searcher.fast_field_values("id", addresses), dtype=np.int64)
    if not len(ids):
        return ids, scores, np.zeros(0, dtype=np.intp)
    # the last key sorts first; each ascending, so the whole order read backwards
    order = np.lexsort((ids, days, scores))[::-1]
    return ids, scores, order


def _reported(score: float) -> float:
    tier = int(score // TIER)
    return score - tier * TIER + BONUS * tier


def _translated(query: Query, articles: Articles) -> tantivy.Query:
    must = [
        _should([_term(t) for t in group] + _held_by_tags(tagged))
        for group, tagged in zip(query.groups, articles.tagged, strict=True)
    ]
    must += [_words("source", words) for words in query.filters.sources]
    must += [_words("author", words) for words in query.filters.authors]
    filters = query.filters
    if filters.date_from is not None or filters.date_to is not None:
        low = (filters.date_from or dt.date(1, 1, 1)) - EPOCH
        high = (filters.date_to or dt.date(9999, 12, 31)) - EPOCH
        must.append(
            tantivy.Query.range_query(
                _SCHEMA, "day", tantivy.FieldType.Integer, low.days, high.days
            )
        )
    clauses = [(tantivy.Occur.Must, q) for q in must]
    if articles.trashed:
        left_out = tantivy.Query.term_set_query(_SCHEMA, "id", list(articles.trashed))
        clauses.append((tantivy.Occur.MustNot, left_out))
    clauses += [
        (tantivy.Occur.Should, tantivy.Query.const_score_query(tier, TIER))
        for tier in _tiers(query)
    ]
    return tantivy.Query.boolean_query(clauses)


def _held_by_tags(tagged: Sequence[int]) -> list[tantivy.Query]:
    """The articles holding a group by a tag, each scored `TAG_SCORE` for it (as on FTS5)."""
    if not tagged:
        return []
    held = tantivy.Query.term_set_query(_SCHEMA, "id", list(tagged))
    return [tantivy.Query.const_score_query(held, TAG_SCORE)]


def _tiers(query: Query) -> list[tantivy.Query]:
    """The conditions of `ranking`'s tiers (as `SqliteIndex.boosts` writes them for FTS5)."""
    words = together(query)
    if not words:
        return []
    tiers = [_words("title", tuple(words))]
    if len(words) == 1:
        return tiers
    keys = [proximity_key(w) for w in words]
    tiers.append(_should([_words(column, tuple(words)) for column in EXACT_COLUMNS]))
    tiers.append(_words("near", tuple(keys)))
    pairs = key_pairs(keys)
    if pairs:  # each two keys within BOOST_DISTANCE, in either order (as FTS5's NEAR)
        near = [
            _should(
                [
                    _words("near", (a, b), slop=BOOST_DISTANCE),
                    _words("near", (b, a), slop=BOOST_DISTANCE),
                ]
            )
            for a, b in pairs
        ]
        tiers.append(tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in near]))
    return tiers


def _term(term: Term) -> tantivy.Query:
    forms = term_forms(term)
    clauses = []
    for columns, found in ((EXACT_COLUMNS, forms.exact), (STEM_COLUMNS, forms.stems)):
        for column in columns:
            for words in found:
                clauses.append(tantivy.Query.boost_query(_words(column, words), WEIGHT[column]))
    return _should(clauses)


def _words(column: str, words: Sequence[str], slop: int = 0) -> tantivy.Query:
    """The words standing together in the column, as FTS5 reads a phrase of them."""
    tokens: list[str | tuple[int, str]] = list(_tokens(words))
    if not tokens:  # nothing FTS5 would read as a word
        return tantivy.Query.empty_query()
    if len(tokens) == 1:
        return tantivy.Query.term_query(_SCHEMA, column, tokens[0])  # a str: `_tokens`
    return tantivy.Query.phrase_query(_SCHEMA, column, tokens, slop=slop)


def _tokens(words: Sequence[str]) -> list[str]:
    """Each word as the entry stores it (`plain_latin`), split as the index's tokenizer
    (FTS5's) splits it."""
    return [token for word in words for token in _TOKEN.findall(plain_latin(word))]


def _should(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])
