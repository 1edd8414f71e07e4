"""The first results of a search on SQLite, tier by tier, without reading every match's article.

`ranking` orders by tier first (the query's words together as typed, then by their proximity
keys, then near each other, then the rest) and within a tier by the word score (bm25), then
newest. A full ranking scores every match and joins each with its article (for the trash and
the date that breaks ties): 5 µs a match once the body's overflow pages are read, 0.45 s for a
word 86,800 articles hold. Here each tier is asked for only the results still missing, best
first, and only from the full-text index:

- a tier whose condition is in the ``near`` column (weight 0 in bm25) is matched as part of
  the expression: its phrases add exactly 0.0 to bm25, so the word score is the full ranking's;
- the exact tier (in weighted columns) is a set the expression's matches are checked against
  (``+rowid IN``: the ``+`` keeps SQLite from handing FTS5 one rowid at a time);
- the trash, dates and exact sources are sets of ids read from the articles' indexes;
- ties at the last place are all fetched (the limit grows until the last row scores less), and
  only those few rows are read from the articles, for their dates.

So the order is exactly the full ranking's, and a query whose words stand together scores only
the articles that hold them so. The count is the index's count of the expression, with the same
sets, never a join with the articles. `eligible` says which queries this serves; the others (tag
names among the words, ``tag:``, ``in:``, ``has:``, left-out words, marks, PostgreSQL) take the
full ranking.
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


@dataclass(frozen=True)
class Tier:
    """Articles matching ``match``, and ``member`` if given, and not ``taken`` if given."""

    match: str
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


def tiers(expression: str, boosts: Sequence[str]) -> list[Tier]:
    """The tiers of `SqliteIndex.boosts`, best first, each without the ones before: the exact
    phrase (weighted columns) within the phrase of proximity keys, the keys, the pairs near,
    the rest. Each holds the next (the words together exactly stand together by their keys,
    and within 8 of each other), so each is matched inside the next."""
    if not boosts:
        return [Tier(expression)]
    exact, keys, *near = boosts
    together = f"({expression}) AND ({keys})"
    found = [Tier(together, member=exact), Tier(together, taken=exact)]
    if near:
        found.append(Tier(f"({expression}) AND ({near[0]}) NOT ({keys})"))
    found.append(Tier(f"({expression}) NOT ({near[0] if near else keys})"))
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


def count(session: Session, expression: str, conditions: Conditions) -> int:
    statement = text(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :match{conditions.sql}")
    bound = statement.bindparams(*conditions.parameters, match=expression)
    return int(session.scalar(bound) or 0)


def top(
    session: Session, expression: str, boosts: Sequence[str], conditions: Conditions, k: int
) -> list[tuple[int, float]]:
    """The first ``k`` (id, score) of the full ranking, in its order; the score is the word
    score plus `BONUS` for each tier's condition met (as the full ranking reports it)."""
    found: list[tuple[int, float]] = []
    every = tiers(expression, boosts)
    for number, tier in enumerate(every):
        if len(found) >= k:
            break
        bonus = BONUS * (len(every) - 1 - number)
        found += [
            (i, score + bonus) for i, score in _best(session, tier, conditions, k - len(found))
        ]
    return found


def _best(session: Session, tier: Tier, conditions: Conditions, k: int) -> list[tuple[int, float]]:
    """The first ``k`` of one tier by word score, then newest, then the higher id."""
    sql = f"SELECT rowid, -{RANK} AS score FROM {TABLE} WHERE {TABLE} MATCH :match"
    parameters: dict[str, object] = {"match": tier.match}
    if tier.member is not None:
        sql += f" AND +rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :member)"
        parameters["member"] = tier.member
    if tier.taken is not None:
        sql += f" AND +rowid NOT IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :taken)"
        parameters["taken"] = tier.taken
    sql += f"{conditions.sql} ORDER BY score DESC LIMIT :limit"
    statement = text(sql).bindparams(*conditions.parameters, **parameters)
    limit = k + SLACK
    while True:
        rows = [(int(i), float(s)) for i, s in session.execute(statement, {"limit": limit})]
        if len(rows) < limit or k == 0 or rows[-1][1] < rows[k - 1][1]:
            break
        limit *= 4  # the last place's ties may go on past the rows read
    return _newest_first(session, rows)[:k]


def _newest_first(session: Session, rows: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """``rows`` by score, then as `searcher.ordering` breaks ties: newest (undated last), then
    the higher id."""
    ids = [i for i, _ in rows]
    statement = select(Article.id, Article.published).where(Article.id.in_(ids))
    days = {i: d.toordinal() for i, d in session.execute(statement) if d is not None}
    return sorted(
        rows, key=lambda row: (-row[1], row[0] not in days, -days.get(row[0], 0), -row[0])
    )
