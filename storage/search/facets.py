"""Facets: what the current results hold, counted by source, tag, author and date.

Each facet is one grouped query over the ids the query finds (the same parser and filters as
`searcher.search`), so the counts are the totals `search` gives when the facet's filter is
added to the query: a source's count is what `=source:"NAME"` adds, a tag's what `tag:NAME`
adds (the tags under it included), an author's what `=author:"NAME"` adds, a year's or
month's what `date:2015` or `date:2015-07` adds."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Select, Subquery, func, literal, select, union_all
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from storage.models import INDEXED_BY, Article, ArticleTag, Tag, iso_day
from storage.records import FacetCount, Facets
from storage.search.query import parse
from storage.search.searcher import SearchIndex, matching_ids

MAX_VALUES = 200  # per facet: the most frequent, enough for a pane of counts


SOURCE, AUTHOR, DAY, TAG = range(4)  # what a row of the grouped statement counts


def facets(
    session: Session,
    index: SearchIndex,
    query_text: str,
    is_stopped: Callable[[], bool] | None = None,
) -> Facets | None:
    """The facet counts of what ``query_text`` finds: every article if it is blank; nothing,
    as `search` finds, for a query of left-out words only. None if ``is_stopped`` says so
    before the counting ends (on SQLite it is asked while the statement runs: a window's
    counts of the listing typed before stop, and leave the cores to the one typed now)."""
    query = parse(query_text)
    if query.is_impossible or (query.is_empty and query.excluded):
        return Facets()
    statement = matching_ids(session, index, query)
    if query.is_empty:  # every article: read off the index beside the id, never the rows
        statement = statement.with_hint(Article.__table__, INDEXED_BY, "sqlite")
    # The matches are found once, with what the counts read of them (one statement, each
    # facet a group of its rows: a common word's matches were found five times, 1.4 s of
    # 1.4 s at 300,000 articles), and their number is the sum over the days.
    found = (
        statement.with_only_columns(
            Article.id, Article.source, Article.author, iso_day(Article.published).label("day")
        )
        .cte("found")
        .prefix_with("MATERIALIZED")
    )

    def grouped(kind: int, column: ColumnElement[str]) -> Select[int, str, int]:
        counted = select(literal(kind), column, func.count()).group_by(column)
        return counted.where(column != "") if kind != DAY else counted

    statement_of_all = union_all(
        grouped(SOURCE, found.c.source),
        grouped(AUTHOR, found.c.author),
        grouped(DAY, found.c.day),
        _tag_counts(select(found.c.id).subquery("matched")),
    )
    try:
        with _stopping(session, is_stopped):
            rows = session.execute(statement_of_all).all()
    except OperationalError:
        if is_stopped is not None and is_stopped():
            return None  # interrupted by `_stopping`
        raise
    by_kind: dict[int, list[tuple[str, int]]] = {SOURCE: [], AUTHOR: [], DAY: [], TAG: []}
    for kind, value, count in rows:
        by_kind[kind].append((value, count))
    days = by_kind[DAY]
    total = sum(count for _, count in days)
    if total == 0:
        return Facets()
    dated = sorted((dt.date.fromisoformat(day), count) for day, count in days if day is not None)
    return Facets(
        total=total,
        sources=tuple(_most_first(by_kind[SOURCE])),
        tags=tuple(_most_first(by_kind[TAG])),
        authors=tuple(_most_first(by_kind[AUTHOR])),
        years=_by_period(dated, "%Y"),
        months=_by_period(dated, "%Y-%m"),
        days=tuple(dated),
        undated=sum(count for day, count in days if day is None),
    )


STOP_EVERY = 20_000  # SQLite's virtual machine steps between two looks at ``is_stopped``


@contextmanager
def _stopping(session: Session, is_stopped: Callable[[], bool] | None) -> Iterator[None]:
    """On SQLite, the statements run here end (interrupted) once ``is_stopped`` says so."""
    connection = session.connection()
    if is_stopped is None or connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    driver.set_progress_handler(is_stopped, STOP_EVERY)  # type: ignore[union-attr]
    try:
        yield
    finally:
        driver.set_progress_handler(None, 0)  # type: ignore[union-attr]


def _tag_counts(matched: Subquery) -> Select[int, str, int]:
    """Per tag, the results tagged with it or with a tag under it (as `tag:` finds them)."""
    closure = select(Tag.id.label("ancestor"), Tag.id.label("descendant")).cte(
        "closure", recursive=True
    )
    closure = closure.union_all(
        select(closure.c.ancestor, Tag.id).where(Tag.parent_id == closure.c.descendant)
    )
    return (
        select(literal(TAG), Tag.name, func.count(ArticleTag.article_id.distinct()))
        .join(closure, closure.c.ancestor == Tag.id)
        .join(ArticleTag, ArticleTag.tag_id == closure.c.descendant)
        .join(matched, matched.c.id == ArticleTag.article_id)
        .group_by(Tag.id, Tag.name)
    )


def _most_first(rows: Iterable[tuple[str, int]]) -> list[FacetCount]:
    ordered = sorted(rows, key=lambda row: (-row[1], row[0]))
    return [FacetCount(value, count) for value, count in ordered[:MAX_VALUES]]


def _by_period(days: list[tuple[dt.date, int]], period: str) -> tuple[FacetCount, ...]:
    counts: Counter[str] = Counter()
    for day, count in days:
        counts[day.strftime(period)] += count
    return tuple(FacetCount(value, counts[value]) for value in sorted(counts))
