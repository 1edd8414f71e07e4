"""The first results of a search on SQLite, tier by tier, without reading every match's article.

`ranking` orders by tier first (the query's words as typed in the title, together as typed,
then by their proximity keys, then near each other, then the rest), within a tier by the word
score (bm25), then newest. A full ranking scores every match and joins each with its article
(for the trash and the date that breaks ties): 5 µs a match once the body's overflow pages are
read, 0.45 s for a word 86,800 articles hold. Here each tier is asked for only the results
still missing, best first, and only from the full-text index:

- a tier whose condition is in the ``near`` column (weight 0 in bm25) is matched as part of
  the expression: its phrases add exactly 0.0 to bm25, so the word score is the full ranking's;
- the title and exact tiers (in weighted columns) are sets the matches are checked against
  (``+rowid IN``: the ``+`` keeps SQLite from handing FTS5 one rowid at a time);
- the trash, dates and exact sources are sets of ids read from the articles' indexes;
- ties at the last place are all fetched (the limit grows until the last row scores less), and
  only those few rows are read from the articles, for their dates.

So the order is exactly the full ranking's, and a query whose words stand together scores only
the articles that hold them so. The count is the index's count of the expression, with the same
sets, never a join with the articles, and it stops at `COUNTED`. `eligible` says which queries
this serves; the others (``tag:``, ``in:``, ``has:``, left-out words, marks, PostgreSQL) take
the full ranking. Words that are tag names are served too: the articles carrying such a tag
are left out here (`Conditions.leave_out`) and ranked apart by the full ranking
(`searcher._held_by_tags`), and the two are merged (`in_order`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Date, String, bindparam, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from storage.models import Article
from storage.search.query import Query
from storage.search.ranking import BONUS
from storage.search.spelling import marked_terms
from storage.search.sqlite_index import RANK, TABLE

SLACK = 20  # more rows than needed, so that ties at the last place are seen whole
COUNTED = 10_000  # matches counted at most: beyond, "more than 10,000" (see `count`)
ONE_STATEMENT = 5000  # matches up to which every tier is taken in one statement (see `top`)


@dataclass(frozen=True)
class Step:
    """One statement over adjacent tiers: the articles matching ``match`` (and ``member`` if
    given, and not ``taken`` if given), each in tier ``base`` plus the number of ``within``
    it is in (the better tiers inside this one), ordered by that, then the word score."""

    match: str
    base: int
    within: tuple[str, ...] = ()
    member: str | None = None
    taken: str | None = None


def eligible(query: Query) -> bool:
    """Whether the query's conditions are all in the index or in sets of ids (see above)."""
    filters = query.filters
    return not (
        query.excluded
        or filters.tags
        or filters.dossiers
        or filters.has
        or filters.exact_authors
        or marked_terms(query)
    )


def steps(expression: str, boosts: Sequence[str]) -> list[Step]:
    """The statements that take the tiers of `SqliteIndex.boosts` best first, each without the
    ones before. Each tier holds the ones above it (the words together exactly stand together
    by their keys, and within 8 of each other), so each is matched inside the next: the words
    in the title and the exact phrase (weighted columns: sets checked against) inside the phrase
    of proximity keys, in one statement (one bm25 set-up for three tiers); then the pairs near
    but not together; then the rest."""
    if not boosts:
        return [Step(expression, 0)]
    title, *rest = boosts
    if not rest:  # one word: in the title, then elsewhere
        return [Step(expression, 1, member=title), Step(expression, 0, taken=title)]
    exact, keys, *near = rest
    found = [Step(f"({expression}) AND ({keys})", len(boosts) - 2, within=(title, exact))]
    if near:
        found.append(Step(f"({expression}) AND ({near[0]}) NOT ({keys})", 1))
    found.append(Step(f"({expression}) NOT ({near[0] if near else keys})", 0))
    return found


class Conditions:
    """The conditions on articles, as SQL on the index's rowid with their parameters."""

    def __init__(self, session: Session, query: Query) -> None:
        self.sql = ""
        self.parameters: list[BindParameter[object]] = []
        if session.scalar(select(Article.id).where(Article.trashed.is_not(None)).limit(1)):
            self.sql += " AND +rowid NOT IN (SELECT id FROM articles WHERE trashed IS NOT NULL)"
        filters = query.filters
        dates = []
        if filters.date_from is not None:
            dates.append("published >= :date_from")
            self.parameters.append(bindparam("date_from", filters.date_from, type_=Date()))
        if filters.date_to is not None:
            dates.append("published <= :date_to")
            self.parameters.append(bindparam("date_to", filters.date_to, type_=Date()))
        if dates:
            self.sql += f" AND +rowid IN (SELECT id FROM articles WHERE {' AND '.join(dates)})"
        for number, name in enumerate(filters.exact_sources):
            self.sql += f" AND +rowid IN (SELECT id FROM articles WHERE source = :source_{number})"
            self.parameters.append(bindparam(f"source_{number}", name, type_=String()))

    def leave_out(self, ids: str) -> None:
        """Leave out the articles whose ids this SQL selects."""
        self.sql += f" AND +rowid NOT IN ({ids})"


def count(session: Session, expression: str, conditions: Conditions) -> int:
    """How many articles match, up to `COUNTED` + 1: counting stops there (a word in most
    articles costs a pass over its whole doclist to count, as much as the page of results).
    So more than `COUNTED` is all a count above it says."""
    statement = text(
        f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :match"
        f"{conditions.sql} LIMIT {COUNTED + 1})"
    )
    bound = statement.bindparams(*conditions.parameters, match=expression)
    return int(session.scalar(bound) or 0)


def top(
    session: Session,
    expression: str,
    boosts: Sequence[str],
    conditions: Conditions,
    k: int,
    total: int,
) -> list[tuple[int, float]]:
    """The first ``k`` (id, score) of the full ranking, in its order; the score is the word
    score plus `BONUS` for each tier's condition met (as the full ranking reports it). Up to
    `ONE_STATEMENT` matches (``total``), every tier in one statement: each statement sets up
    bm25 again (a pass over the doclists of every phrase), which costs more than scoring a
    few thousand matches (three common words: 3,900 matches at 300,000 articles, and their
    words seldom together, so every step would run)."""
    if total <= ONE_STATEMENT:
        best = _best(session, Step(expression, 0, within=tuple(boosts)), conditions, k)
        return [(i, score + BONUS * tier) for i, tier, score in best]
    found: list[tuple[int, float]] = []
    for step in steps(expression, boosts):
        if len(found) >= k:
            break
        best = _best(session, step, conditions, k - len(found))
        found += [(i, score + BONUS * (step.base + tier)) for i, tier, score in best]
    return found


_Row = tuple[int, int, float]  # id, tier within the step, word score


def _best(session: Session, step: Step, conditions: Conditions, k: int) -> list[_Row]:
    """The first ``k`` of one step by tier, word score, then newest, then the higher id."""
    parameters: dict[str, object] = {"match": step.match}
    within = []
    for number, condition in enumerate(step.within):
        within.append(
            f"(+rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :within_{number}))"
        )
        parameters[f"within_{number}"] = condition
    tier = " + ".join(within) or "0"
    sql = f"SELECT rowid, {tier} AS tier, -{RANK} AS score FROM {TABLE} WHERE {TABLE} MATCH :match"
    if step.member is not None:
        sql += f" AND +rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :member)"
        parameters["member"] = step.member
    if step.taken is not None:
        sql += f" AND +rowid NOT IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :taken)"
        parameters["taken"] = step.taken
    sql += f"{conditions.sql} ORDER BY tier DESC, score DESC LIMIT :limit"
    statement = text(sql).bindparams(*conditions.parameters, **parameters)
    limit = k + SLACK
    while True:
        rows = [
            (int(i), int(t), float(s)) for i, t, s in session.execute(statement, {"limit": limit})
        ]
        if len(rows) < limit or k == 0 or rows[-1][1:] < rows[k - 1][1:]:
            break
        limit *= 4  # the last place's ties may go on past the rows read
    return _newest_first(session, rows)[:k]


def in_order(session: Session, found: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """(id, score) pairs in the full ranking's order: by score, then newest, then the higher
    id (for results of two searches of one query, merged)."""
    return [(i, score) for i, _tier, score in _newest_first(session, [(i, 0, s) for i, s in found])]


def _newest_first(session: Session, rows: list[_Row]) -> list[_Row]:
    """``rows`` by tier and score, then as `searcher.ordering` breaks ties: newest (undated
    last), then the higher id."""
    ids = [row[0] for row in rows]
    statement = select(Article.id, Article.published).where(Article.id.in_(ids))
    days = {i: d.toordinal() for i, d in session.execute(statement) if d is not None}
    return sorted(
        rows, key=lambda row: (-row[1], -row[2], row[0] not in days, -days.get(row[0], 0), -row[0])
    )
