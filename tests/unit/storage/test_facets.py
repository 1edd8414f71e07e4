"""Facet counts on SQLite and PostgreSQL: each count is the total `search` gives when the
facet's filter is added to the query, and the counts agree with the articles themselves."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from collections import Counter

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from storage.archive import Archive
from storage.records import ArticleDraft, ArticleId, Facets
from storage.search import facets
from storage.search.filter_terms import FilterTerm, join_filters, split_filters
from storage.search.query import Filters, parse
from ui import cli

# (title, body, source, author, date, tags): «العرب» is a part of «العرب اللندنية», so only
# an exact source filter gives the facet's count; «ثقافة» holds «مسرح».
Row = tuple[str, str, str, str, dt.date | None, list[str]]
ROWS: tuple[Row, ...] = (
    ("أمل في الرقة", "كتب عن الأمل والرقة", "العرب", "سامر الأحمد", dt.date(2015, 7, 2), ["مسرح"]),
    ("أمل جديد", "الأمل باق", "العرب اللندنية", "سامر الأحمد", dt.date(2015, 7, 20), ["ثقافة"]),
    ("مسرح الرقة", "مسرحية عن الرقة والأمل", "العرب", "", dt.date(2015, 8, 11), ["مسرح", "سياسة"]),
    ("اقتصاد", "الليرة والأسعار", "الحياة", "ليلى", dt.date(2016, 1, 5), []),
    ("بلا تاريخ", "نص عن الأمل بلا تاريخ", "الحياة", "ليلى", None, ["سياسة"]),
    ("في المهملات", "الأمل في المهملات", "العرب", "سامر الأحمد", dt.date(2015, 7, 3), ["مسرح"]),
)
QUERIES = (
    "",
    "الأمل",
    "=الأمل -الرقة",
    "الرقة OR الليرة",
    "tag:ثقافة",
    "date:2015",
    "-الرقة",
    "لا_شيء_هنا",
)


@pytest.fixture
def stored(archive: Archive) -> Archive:
    ids: list[ArticleId] = []
    for title, body, source, author, day, tags in ROWS:
        draft = ArticleDraft(title, body, source=source, author=author, date=day, tags=tuple(tags))
        outcome, _ = archive.add_article(draft)
        assert outcome.article_id is not None
        ids.append(outcome.article_id)
    culture, theatre = archive.find_tag("ثقافة"), archive.find_tag("مسرح")
    assert culture is not None
    assert theatre is not None
    archive.set_tag_parent(theatre.id, culture.id)
    archive.trash_articles([ids[-1]])
    return archive


def _total(archive: Archive, query: str, added: str) -> int:
    return archive.search(f"{query} {added}", limit=0).total


@pytest.mark.parametrize("query", QUERIES)
def test_each_count_is_what_search_finds_with_the_facet_filter(stored: Archive, query: str) -> None:
    facets = stored.facets(query)
    assert facets.total == (len(stored.article_ids(query)) if query else 5)
    checks = [
        *((f'=source:"{c.value}"', c.count) for c in facets.sources),
        *((f'tag:"{c.value}"', c.count) for c in facets.tags),
        *((f'=author:"{c.value}"', c.count) for c in facets.authors),
        *((f"date:{c.value}", c.count) for c in facets.years),
        *((f"date:{c.value}", c.count) for c in facets.months),
        *((f"date:{day.isoformat()}", count) for day, count in facets.days),
    ]
    for added, count in checks:
        assert _total(stored, query, added) == count, added
    assert sum(c.count for c in facets.months) + facets.undated == facets.total
    assert sum(c.count for c in facets.sources) == facets.total  # every row has a source


def test_the_counts_agree_with_the_articles(stored: Archive) -> None:
    facets = stored.facets("الأمل")
    summaries = [stored.article(i) for i in stored.article_ids("الأمل")]
    assert {c.value: c.count for c in facets.sources} == Counter(s.source for s in summaries)
    assert {c.value: c.count for c in facets.authors} == Counter(
        s.author for s in summaries if s.author
    )
    # a tag counts the articles under it too: «ثقافة» holds «مسرح»
    assert {c.value: c.count for c in facets.tags} == {"ثقافة": 3, "مسرح": 2, "سياسة": 2}
    assert [(c.value, c.count) for c in facets.months] == [("2015-07", 2), ("2015-08", 1)]
    assert [(c.value, c.count) for c in facets.years] == [("2015", 3)]
    assert facets.undated == 1
    assert facets.sources[0].value == "العرب"  # most first (2, then 1 each by name)


def test_an_exact_source_is_not_a_part_of_another(stored: Archive) -> None:
    assert _total(stored, "", 'source:"العرب"') == 3  # the words: «العرب اللندنية» too
    assert _total(stored, "", '=source:"العرب"') == 2


def test_nothing_found_counts_nothing(stored: Archive) -> None:
    for query in ("لا_شيء_هنا", "date:2015-13"):
        facets = stored.facets(query)
        assert (facets.total, facets.sources, facets.days) == (0, (), ())


def test_counts_asked_to_stop_stop_on_sqlite_and_the_archive_reads_on(
    stored: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window's counts of a listing typed before: SQLite's statement is interrupted at its
    next look at the flag (PostgreSQL's runs to its end)."""
    monkeypatch.setattr(facets, "STOP_EVERY", 1)
    whole = stored.facets("الأمل")
    looked: list[bool] = []

    def stop() -> bool:
        looked.append(True)
        return True

    stopped = stored.facets("الأمل", is_stopped=stop)
    if stored.location.folder is not None:
        assert stopped == Facets()
        assert looked
    else:
        assert stopped == whole
    assert stored.facets("الأمل") == whole
    assert whole.total == 4


def test_the_command_line_prints_the_facets(stored: Archive, archive_location: str) -> None:
    where = ["--archive", archive_location]
    out = io.StringIO()
    assert cli.main([*where, "facets", "الأمل", "--json"], out) == 0
    printed = json.loads(out.getvalue())
    assert (printed["total"], printed["undated"]) == (4, 1)
    assert printed["sources"][0] == {"value": "العرب", "count": 2}
    out = io.StringIO()
    assert cli.main([*where, "facets", "الأمل"], out) == 0
    assert "       2  العرب\n" in out.getvalue()
    assert "months:\n       2  2015-07" in out.getvalue()


def test_filters_split_from_the_words_and_joined_again() -> None:
    query = 'الرقة tag:"ثقافة" -tag:سياسة =source:"العرب اللندنية" date:2015-07..2015-08 near:5'
    words, terms = split_filters(query)
    assert words == "الرقة -tag:سياسة near:5"
    assert terms == (
        FilterTerm("tag", "ثقافة"),
        FilterTerm("source", "العرب اللندنية", is_exact=True),
        FilterTerm("date", "2015-07..2015-08"),
    )
    assert split_filters(join_filters(words, terms)) == (words, terms)
    assert join_filters("", [FilterTerm("tag", 'a "b"')]) == 'tag:"a b"'


PIECES = (
    "tag:",
    "source:",
    "=source:",
    "author:",
    "=",
    "date:",
    "hijri:",
    "in:",
    "has:",
    "2015",
    "-07",
    "..",
    "1436",
    '"',
    " ",
    " ",
    "-",
    "ثقافة",
    "العرب",
    "OR",
    "NEAR(العرب ثقافة, 3)",
    "*",
    "spelling:exact",
    "near:5",
    "x:",
)


@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_splitting_filters_off_any_query_keeps_what_it_finds(query: str) -> None:
    """(A filter's value never holds a NEAR( of its own: the parser takes NEAR(…) out first,
    across quotes, so `tag:"NEAR(" )` is not a tag.)"""
    before = parse(query)
    assume(all(kind.strip() for kind in before.filters.has))  # has:" " is not a filter to show
    words, terms = split_filters(query)
    joined = join_filters(words, terms)
    assert split_filters(joined) == (words, terms)
    after = parse(joined)
    assert _distinct(after.filters) == _distinct(before.filters)
    assert after.is_impossible == before.is_impossible


def _distinct(filters: Filters) -> Filters:
    fields = {f.name: getattr(filters, f.name) for f in dataclasses.fields(filters)}

    def same(values: object) -> object:  # in any order, once; name_key drops the spaces
        if not isinstance(values, tuple):
            return values
        return tuple(
            sorted({" ".join(v.split()) if isinstance(v, str) else v for v in values}, key=repr)
        )

    return Filters(**{k: same(v) for k, v in fields.items()})  # type: ignore[arg-type]
