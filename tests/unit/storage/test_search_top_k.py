"""The first results on SQLite, tier by tier (storage.search.top_k), are the full ranking's:
the same articles, in the same order, with the same scores and the same total. These are
FTS5's own ways, taken where the archive's Tantivy index does not rank (it is set aside here:
tests/unit/storage/test_search_tantivy.py holds Tantivy to them)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.records import ArticleDraft, ArticleId, SearchResults
from storage.search import searcher, tantivy_search, top_k
from tests import search_words
from tests.search_words import FILLER, SOURCES, TAGS, WORDS

QUERIES = [*search_words.QUERIES, "خارج*", 'الخارجية =source:"العرب"']


@pytest.fixture(autouse=True)
def _fts5_ranks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search here is FTS5's, as if Tantivy served no query."""
    monkeypatch.setattr(tantivy_search, "is_served", lambda _query: False)


@pytest.fixture(scope="module", params=["untagged", "tagged"])
def archive(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Archive]:
    rng = random.Random(12)
    with Archive.open(str(tmp_path_factory.mktemp("top_k") / "archive")) as opened:
        ids: list[ArticleId] = []
        for number in range(160):
            body = " ".join(rng.choice(WORDS + FILLER * 2) for _ in range(rng.randint(4, 60)))
            if number % 5 == 0:
                body += " وزير الخارجية"
            title = " ".join(rng.choice(WORDS + FILLER) for _ in range(rng.randint(1, 4)))
            # The same text twice or three times: ties, broken by the date, then the id.
            for copy in range(1 + number % 3):
                date = None if number % 7 == 0 else dt.date(2015, 7, 1 + (number + copy) % 28)
                draft = ArticleDraft(
                    title=title, body=body, source=SOURCES[(number + copy) % 3], date=date
                )
                outcome, _ = opened.add_article(draft)
                assert outcome.article_id is not None
                ids.append(outcome.article_id)
        opened.trash_articles(ids[::11])
        if request.param == "tagged":
            for name, which in TAGS.items():
                opened.tag_articles(ids[which], [name])
        yield opened


def _full(archive: Archive, monkeypatch: pytest.MonkeyPatch, *args: object) -> SearchResults:
    """The search as the full ranking answers it (every match scored, joined and sorted)."""
    with monkeypatch.context() as patched:
        patched.setattr(searcher, "_index_only", lambda *_: None)
        return archive.search(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize("one_statement", [0, top_k.ONE_STATEMENT], ids=["steps", "one"])
@pytest.mark.parametrize("query", QUERIES)
def test_the_first_results_are_the_full_rankings(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, query: str, one_statement: int
) -> None:
    """Tier by tier (as a large archive's matches are taken) and all tiers in one statement."""
    monkeypatch.setattr(top_k, "ONE_STATEMENT", one_statement)
    for limit, offset in [(1, 0), (3, 0), (10, 0), (10, 7), (25, 0), (200, 0), (5, 400)]:
        fast = archive.search(query, limit, offset)
        full = _full(archive, monkeypatch, query, limit, offset)
        assert fast.total == full.total, query
        assert [(h.id, h.score) for h in fast.hits] == [(h.id, h.score) for h in full.hits], (
            query,
            limit,
            offset,
        )
    every = archive.article_ids(query, "relevance")
    assert [h.id for h in archive.search(query, limit=len(every) + 1).hits] == every


def test_articles_holding_a_word_by_a_tag_are_ranked_apart_from_the_rest(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A query whose words are tag names scores only the tagged articles by the full ranking:
    every full-text statement it runs is read for them alone (and without tags, none runs)."""
    ranked = []
    real = searcher._ranked

    def recorded(*args: object) -> object:
        ranked.append(args[3] if len(args) > 3 else None)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(searcher, "_ranked", recorded)
    found = archive.search("وزير الخارجية", limit=10)
    assert found.total > 10
    if not archive.tags():
        assert ranked == []
        return
    assert ranked
    assert all(within is not None for within in ranked)
    tagged = set(archive.article_ids("tag:وزير"))
    assert tagged & {h.id for h in found.hits}  # tagged articles do come among the first


def test_a_count_stops_at_its_cap_and_says_there_are_more(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `top_k.COUNTED` matches the count stops and says "more"; the hits are unchanged."""
    full = _full(archive, monkeypatch, "قال", 10, 0)
    monkeypatch.setattr(top_k, "COUNTED", full.total - 1)
    capped = archive.search("قال", limit=10)
    assert (capped.total, capped.more) == (full.total - 1, True)
    assert [(h.id, h.score) for h in capped.hits] == [(h.id, h.score) for h in full.hits]
    monkeypatch.setattr(top_k, "COUNTED", full.total)
    exact = archive.search("قال", limit=10)
    assert (exact.total, exact.more) == (full.total, False)


def test_words_together_come_first_whatever_their_word_score(archive: Archive) -> None:
    hits = archive.search("وزير الخارجية", limit=50).hits
    tiers = [int(h.score // 1000) for h in hits]
    assert tiers == sorted(tiers, reverse=True)
    assert tiers[0] >= 3  # together exactly (4: in the title too)
    words = [h.score % 1000 for h in hits if int(h.score // 1000) == tiers[0]]
    assert words == sorted(words, reverse=True)


def test_the_trash_is_left_out_of_the_results_and_the_count(tmp_path: Path) -> None:
    with Archive.open(str(tmp_path / "archive")) as archive:
        kept, _ = archive.add_article(ArticleDraft(title="خبر", body="وزير الخارجية"))
        gone, _ = archive.add_article(ArticleDraft(title="وزير الخارجية", body="وزير الخارجية"))
        assert kept.article_id is not None
        assert gone.article_id is not None
        archive.trash_articles([gone.article_id])
        found = archive.search("وزير الخارجية")
        assert (found.total, [h.id for h in found.hits]) == (1, [kept.article_id])


def test_the_very_word_typed_in_the_title_comes_first(tmp_path: Path) -> None:
    with Archive.open(str(tmp_path / "archive")) as archive:
        many = "النفط " * 30
        texts = [("خبر", many), ("بالنفط اليوم", many), ("النفط", "خبر قصير"), ("نفط", many)]
        ids = []
        for title, body in texts:
            outcome, _ = archive.add_article(ArticleDraft(title=title, body=body))
            assert outcome.article_id is not None
            ids.append(outcome.article_id)
        hits = archive.search("النفط").hits
        assert hits[0].id == ids[2]  # the word itself in the title, though its body is short
        assert [h.score // 1000 for h in hits] == [1, 0, 0, 0]
