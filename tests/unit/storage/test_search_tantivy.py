"""The archive's Tantivy index (storage.search.tantivy_index) ranks the searches it serves: it
finds exactly the articles FTS5 finds, in the tiers' order, ties newest first. It is written
in the archive's write transactions; one that did not commit in SQLite leaves it mended at the
next opening, or set aside (FTS5 answers every search) until `check --repair` rebuilds it."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import random
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from storage import archive as archive_module
from storage import import_batches, stop_points
from storage.archive import Archive
from storage.errors import ArchiveBusy
from storage.records import ArticleDraft, ArticleId, ItemOrigin, SearchHit
from storage.search import searcher, tantivy_index, tantivy_search
from storage.search.query import parse
from tests.search_words import FILLER, QUERIES, SOURCES, TAGS, WORDS
from tests.stopping import arshif, killed_at, stopped_at

LATIN = ["café", "ABC_def", "opec", "2015"]
SERVED = [*QUERIES, "source:العرب", "cafe", "abc", "ABC_def opec", "٢٠١٥"]
NOT_SERVED = ["خارج*", "=وزير", "NEAR(وزير النفط)", "وزير -النفط", 'وزير =source:"العرب"']


class Served:
    """Counts the searches Tantivy answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        for name in ("top", "every"):
            monkeypatch.setattr(tantivy_search, name, self._counted(getattr(tantivy_search, name)))

    def _counted(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            self.count += 1
            return function(*args)

        return counted


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Served:
    return Served(monkeypatch)


def _by_fts5(monkeypatch: pytest.MonkeyPatch, search: Callable[[], Any]) -> Any:
    with monkeypatch.context() as patched:
        patched.setattr(tantivy_search, "is_served", lambda _query: False)
        return search()


def _draft(rng: random.Random, number: int, copy: int) -> ArticleDraft:
    words = WORDS + FILLER * 2 + LATIN
    body = " ".join(rng.choice(words) for _ in range(rng.randint(4, 60)))
    if number % 5 == 0:
        body += " وزير الخارجية"
    title = " ".join(rng.choice(WORDS + FILLER) for _ in range(rng.randint(1, 4)))
    date = None if number % 7 == 0 else dt.date(2015, 7, 1 + (number + copy) % 28)
    return ArticleDraft(title=title, body=body, source=SOURCES[(number + copy) % 3], date=date)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """400 articles, some the same text twice or three times (ties, broken by the date, then
    the id), some undated, one in eleven in the trash, some tagged with the queries' words."""
    rng = random.Random(7)
    with Archive.open(str(tmp_path_factory.mktemp("tantivy") / "archive")) as opened:
        drafts = [_draft(rng, n, copy) for n in range(200) for copy in range(1 + n % 3)]
        outcomes, _ = opened.import_drafts([(ItemOrigin(f"{n}"), d) for n, d in enumerate(drafts)])
        ids = [o.article_id for o in outcomes if o.article_id is not None]
        opened.trash_articles(ids[::11])
        for name, which in TAGS.items():
            opened.tag_articles(ids[which], [name])
        yield opened


@pytest.mark.parametrize("query", SERVED)
def test_it_finds_what_fts5_finds(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, served: Served, query: str
) -> None:
    found = archive.article_ids(query, "relevance")
    total = archive.search(query, limit=3).total
    assert served.count == 2, query
    expected = _by_fts5(monkeypatch, lambda: archive.article_ids(query, "relevance"))
    assert expected, query  # the queries find something
    assert sorted(found) == sorted(expected), query
    assert total == len(expected)


@pytest.mark.parametrize("query", SERVED)
def test_the_order_is_by_tier_then_word_score_then_newest(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    hits = archive.search(query, limit=1000).hits
    tiers = [_tier(h) for h in hits]
    assert tiers == sorted(tiers, reverse=True), query
    fts5 = _by_fts5(monkeypatch, lambda: archive.search(query, limit=1000).hits)
    assert {h.id: _tier(h) for h in hits} == {h.id: _tier(h) for h in fts5}, query
    for before, after in itertools.pairwise(hits):
        if _tier(before) != _tier(after):
            continue
        assert before.score >= after.score - 1e-4, query
        if abs(before.score - after.score) < 1e-9:  # a tie: newest first, undated last
            assert _newest_first(before) >= _newest_first(after), query


def _tier(hit: SearchHit) -> int:
    return int(hit.score // 1000)


def _newest_first(hit: SearchHit) -> tuple[bool, dt.date, int]:
    return (hit.date is not None, hit.date or dt.date.min, hit.id)


@pytest.mark.parametrize("query", ["وزير", "وزير الخارجية", "قال", "source:العرب"])
def test_each_page_is_a_slice_of_the_whole_order(archive: Archive, query: str) -> None:
    every = archive.article_ids(query, "relevance")
    for limit, offset in [(1, 0), (10, 0), (10, 7), (25, 30), (5, len(every) - 2), (5, 10_000)]:
        page = archive.search(query, limit, offset)
        assert [h.id for h in page.hits] == every[offset : offset + limit], (limit, offset)
        assert page.total == len(every)


@pytest.mark.parametrize("query", SERVED)
def test_a_search_in_parts_by_id_finds_and_scores_what_one_search_does(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """The parts' hits merged are the whole search's: the same ids in the same order, the
    same scores, the same count, ties at the last place (copies of one text) kept whole."""

    def answers() -> list[Any]:
        pages = [archive.search(query, limit) for limit in (1, 2, 3, 10, 1000)]
        return [archive.article_ids(query, "relevance")] + [
            (p.total, [(h.id, h.score) for h in p.hits]) for p in pages
        ]

    monkeypatch.setattr(tantivy_search, "PARTS", 1)
    whole = answers()
    monkeypatch.setattr(tantivy_search, "PARTS", 3)
    monkeypatch.setattr(tantivy_search, "_PART_AT_LEAST", 40)
    parted: list[int] = []
    search_in_parts = tantivy_search._search

    def recorded(*args: Any, **kwargs: Any) -> Any:
        parted.append(len(tantivy_search._parts(args[3])))
        return search_in_parts(*args, **kwargs)

    monkeypatch.setattr(tantivy_search, "_search", recorded)
    assert answers() == whole, query
    assert set(parted) == {3}  # every search was split in three (and there were some)


@pytest.mark.parametrize("query", NOT_SERVED)
def test_prefixes_spellings_near_left_out_words_and_exact_sources_are_fts5s(query: str) -> None:
    assert not tantivy_search.is_served(parse(query))


def test_an_article_holds_a_word_by_a_tag_of_that_name(tmp_path: Path, served: Served) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        plain, _ = archive.add_article(ArticleDraft(title="خبر", body="وزير الخارجية"))
        tagged, _ = archive.add_article(ArticleDraft(title="خبر آخر", body="النفط"))
        assert plain.article_id is not None
        assert tagged.article_id is not None
        archive.tag_articles([tagged.article_id], ["وزير"])
        found = archive.search("وزير")
        # the tag adds TAG_SCORE, above two words' bm25 in a tiny archive (as on FTS5)
        assert [h.id for h in found.hits] == [tagged.article_id, plain.article_id]
        assert found.total == 2
        assert [h.id for h in archive.search("وزير النفط").hits] == [tagged.article_id]
        assert [h.id for h in archive.search("الخارجية").hits] == [plain.article_id]
        assert served.count == 3


def _is_current(archive: Archive) -> bool:
    with archive._read() as session:  # the test looks inside: is the index behind?
        return not tantivy_index.is_behind(session)


def _found(archive: Archive, query: str) -> set[ArticleId]:
    return {h.id for h in archive.search(query, limit=100).hits}


def test_every_kind_of_write_keeps_it_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served: Served
) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        first, _ = archive.add_article(ArticleDraft(title="مطار", body="افتتاح المطار الجديد"))
        other, _ = archive.add_article(ArticleDraft(title="ميناء", body="توسعة الميناء"))
        one, two = first.article_id, other.article_id
        assert one is not None
        assert two is not None
        assert _found(archive, "المطار") == {one}
        archive.update_article(one, body="افتتاح الجسر الجديد")
        assert _found(archive, "المطار") == {one}  # the title still holds it
        assert _found(archive, "الجسر") == {one}
        archive.update_article(one, date=dt.date(2020, 5, 4))  # the date alone
        assert _found(archive, "الجسر date:2020-05") == {one}
        assert _found(archive, "الجسر date:2019") == set()
        note, _ = archive.add_article(ArticleDraft(title="قطار", body="سكة"))
        assert note.article_id is not None
        archive.add_note(two, "ملاحظة عن القطار السريع")
        assert _found(archive, "السريع") == {two}
        archive.trash_articles([two])
        assert _found(archive, "السريع") == set()
        archive.restore_articles([two])
        assert _found(archive, "السريع") == {two}
        archive.trash_articles([note.article_id])
        archive.purge_articles([note.article_id])
        assert _found(archive, "سكة") == set()
        archive.rebuild_index()
        assert _found(archive, "الجسر") == {one}
        assert served.count == 10
        assert _is_current(archive)
        for query in ("الجسر", "المطار", "السريع", "الميناء"):
            fts5 = _by_fts5(monkeypatch, functools.partial(_found, archive, query))
            assert _found(archive, query) == fts5
        assert archive.check().problems == ()


def test_a_write_that_fails_before_tantivy_commits_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served: Served
) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_article(ArticleDraft(title="مطار", body="افتتاح المطار"))

        def fail(*_args: object) -> None:
            raise RuntimeError("a bug in the transaction")

        with monkeypatch.context() as patched:
            patched.setattr(tantivy_index, "before_commit", fail)
            with pytest.raises(RuntimeError):
                archive.add_article(ArticleDraft(title="ميناء", body="توسعة الميناء"))
        assert _is_current(archive)
        assert _found(archive, "الميناء") == set()
        assert len(_found(archive, "المطار")) == 1
        assert served.count == 2


@pytest.mark.parametrize("write", ["add", "edit"])
@pytest.mark.parametrize("point", ["tantivy-commit", "commit"])
def test_a_write_that_fails_after_the_stamp_is_mended_at_the_next_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served: Served, point: str, write: str
) -> None:
    """Before Tantivy's commit, or after it (then Tantivy holds what SQLite lost): the index
    is behind, FTS5 answers, and opening the archive again mends it."""
    with Archive.open(tmp_path / "archive") as archive:
        kept, _ = archive.add_article(ArticleDraft(title="مطار", body="افتتاح المطار"))
        edited = kept.article_id
        assert edited is not None
        reached = stop_points.reached

        def fail(name: str) -> None:
            if name == point:
                raise OSError("the disk is full")
            reached(name)

        def failing_write() -> object:
            if write == "add":
                return archive.add_article(ArticleDraft(title="ميناء", body="توسعة الميناء"))
            return archive.update_article(edited, body="افتتاح الميناء")

        with monkeypatch.context() as patched:
            patched.setattr(stop_points, "reached", fail)
            with pytest.raises(OSError, match="the disk is full"):
                failing_write()
        assert not _is_current(archive)
        assert _found(archive, "الميناء") == set()  # FTS5's answer
        assert _found(archive, "المطار") == {edited}
        assert served.count == 0
    with Archive.open(tmp_path / "archive") as archive:
        assert _is_current(archive)
        assert _found(archive, "الميناء") == set()
        assert _found(archive, "المطار") == {edited}
        assert _found(archive, "افتتاح") == {edited}
        assert served.count == 3
        assert archive.check().problems == ()


def test_an_import_killed_before_its_commit_leaves_it_mended(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for number in range(3):
        (texts / f"{number}.txt").write_text(f"خبر {number}\n\nافتتاح المطار {number}\n")
    archive = tmp_path / "archive"
    killed_at("tantivy-commit", 1, "--archive", str(archive), "import", str(texts))
    report = json.loads(arshif("--archive", str(archive), "check", "--json").stdout)
    assert report["ok"], report["problems"]
    done = arshif("--archive", str(archive), "import", str(texts))
    assert done.returncode == 0, done.stderr
    found = json.loads(arshif("--archive", str(archive), "search", "المطار", "--json").stdout)
    assert found["total"] == 3


def _many_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Imports of 20 articles a transaction, Tantivy catching up every 50."""
    monkeypatch.setattr(import_batches, "IMPORT_BATCH", 20)
    monkeypatch.setattr(tantivy_index, "HELD_MAX", 50)


def _numbered(count: int, word: str = "المطار") -> list[tuple[ItemOrigin, ArticleDraft]]:
    return [
        (ItemOrigin(f"{n}"), ArticleDraft(title=f"خبر {n}", body=f"افتتاح {word} رقم {n}"))
        for n in range(count)
    ]


def _each_query_as_fts5(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    for query in ("المطار", "افتتاح", "خبر", "رقم 7", "الجسر", "الميناء"):
        fts5 = _by_fts5(monkeypatch, functools.partial(_found, archive, query))
        assert _found(archive, query) == fts5, query


def _holds_the_import(archive: Archive, monkeypatch: pytest.MonkeyPatch, found: int) -> None:
    """The index is current with ``found`` articles of «المطار», answers each query as FTS5
    does, and `check` finds nothing amiss."""
    assert _is_current(archive)
    assert archive.search("المطار", limit=0).total == found
    _each_query_as_fts5(archive, monkeypatch)
    assert archive.check().problems == ()


def test_an_import_of_many_batches_catches_it_up_every_few_thousand_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served: Served
) -> None:
    """Between its catching up the index is behind (FTS5 answers); at the import's end it
    holds every article, as FTS5 does."""
    _many_batches(monkeypatch)
    seen: list[tuple[str, bool, int]] = []
    with Archive.open(tmp_path / "archive") as archive:
        reached = stop_points.reached

        def looked(name: str) -> None:
            if name in ("import-batch-committed", "import-caught-up"):
                seen.append((name, _is_current(archive), len(_found(archive, "المطار"))))
            reached(name)

        made_again: list[int] = []
        documents_for = searcher.documents_for

        def made(session: Any, article_ids: Sequence[int]) -> Any:
            made_again.extend(article_ids)
            return documents_for(session, article_ids)

        with monkeypatch.context() as patched:
            patched.setattr(stop_points, "reached", looked)
            patched.setattr(searcher, "documents_for", made)
            outcomes, _ = archive.import_drafts(_numbered(150))
        assert made_again == []  # Tantivy got the entries the import made
        assert all(o.article_id is not None for o in outcomes)
        batches = [(current, found) for name, current, found in seen if name[7] == "b"]
        assert batches[0] == (True, 20)  # the first batch written as any transaction is
        assert [current for current, _ in batches[1:]] == [False] * 7
        assert [found for _, found in batches] == [20, 40, 60, 80, 100, 100, 100, 100]
        # caught up once 50 are kept (after the 4th and 7th batches), and at the end
        caught_up = [(current, found) for name, current, found in seen if name[7] == "c"]
        assert caught_up == [(True, 80), (True, 100), (True, 100)]
        assert served.count == 4  # searched by Tantivy when it was current
        _holds_the_import(archive, monkeypatch, 150)


def test_other_writes_during_an_import_are_caught_up_from_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit, a trashing and a purge between two of the import's transactions (another
    window of the same process) are recorded too; the import's kept entries of those
    articles are not written, the database's are."""
    _many_batches(monkeypatch)
    with Archive.open(tmp_path / "archive") as archive:
        reached = stop_points.reached
        calls = itertools.count()

        def meanwhile(name: str) -> None:
            if name == "import-batch-committed" and next(calls) == 2:
                found = archive.search("افتتاح", limit=100).hits
                edited, trashed, purged = (h.id for h in found[:3])
                archive.update_article(edited, body="افتتاح الجسر")
                archive.trash_articles([trashed])
                archive.trash_articles([purged])
                archive.purge_articles([purged])
            reached(name)

        with monkeypatch.context() as patched:
            patched.setattr(stop_points, "reached", meanwhile)
            archive.import_drafts(_numbered(100))
        assert _is_current(archive)
        assert len(_found(archive, "الجسر")) == 1
        assert archive.search("افتتاح", limit=0).total == 98
        assert archive.search("المطار", limit=0).total == 97
        _each_query_as_fts5(archive, monkeypatch)
        assert archive.check().problems == ()


@pytest.mark.parametrize("caught_up", [0, 2], ids=["first", "last"])
def test_a_write_while_an_import_holds_tantivys_writer_is_recorded_and_written_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, served: Served, caught_up: int
) -> None:
    """Right after the import catches up the index is current, but the import holds the
    writer: an edit and a new article then (another window of the same process) are recorded
    instead, and written by the import's next catching up, or once the import is over."""
    _many_batches(monkeypatch)
    monkeypatch.setattr(archive_module, "REBUILT_WHEN_OPENED", 0)  # mended, not rebuilt
    with Archive.open(tmp_path / "archive") as archive:
        reached = stop_points.reached
        calls = itertools.count()
        recorded: list[bool] = []

        def meanwhile(name: str) -> None:
            reached(name)
            if name == "import-caught-up" and next(calls) == caught_up:
                assert _is_current(archive)
                edited = archive.search("افتتاح", limit=1).hits[0].id
                archive.update_article(edited, body="افتتاح الجسر")
                archive.add_article(ArticleDraft(title="ميناء", body="توسعة الميناء"))
                recorded.append(not _is_current(archive))

        with monkeypatch.context() as patched:
            patched.setattr(stop_points, "reached", meanwhile)
            archive.import_drafts(_numbered(150))
        assert recorded == [True]
        assert _is_current(archive)
        counted = served.count
        assert len(_found(archive, "الجسر")) == 1
        assert len(_found(archive, "الميناء")) == 1
        assert archive.search("المطار", limit=0).total == 149
        assert served.count == counted + 3
        _each_query_as_fts5(archive, monkeypatch)
        assert archive.check().problems == ()
        archive.add_article(ArticleDraft(title="مطار", body="افتتاح المطار"))  # let go of
        assert _is_current(archive)


def test_an_import_whose_held_writer_fails_makes_those_articles_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tantivy refuses a document (a full disk, say) after the import fed it others: those are
    lost with the writer, made again from the database when the import catches up."""
    _many_batches(monkeypatch)
    monkeypatch.setattr(archive_module, "REBUILT_WHEN_OPENED", 0)  # mended, not rebuilt
    made = tantivy_index.document
    calls = itertools.count()

    def failing(article_id: int, day: int, entry: Any) -> Any:
        if next(calls) == 30:  # in the first batch it holds, ten of that batch fed
            raise ValueError("No space left on device")
        return made(article_id, day, entry)

    monkeypatch.setattr(tantivy_index, "document", failing)
    with Archive.open(tmp_path / "archive") as archive:
        archive.import_drafts(_numbered(150))
        _holds_the_import(archive, monkeypatch, 150)


def test_only_an_import_that_held_tantivys_writer_looks_for_what_others_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Looking counts the articles (tens of milliseconds at a million): an import of one
    batch, a single new article among them, never held the writer, so it does not look."""
    _many_batches(monkeypatch)
    with Archive.open(tmp_path / "archive") as archive:
        looked: list[bool] = []
        mend = archive._mend_ranking

        def mended() -> None:
            looked.append(True)
            mend()

        monkeypatch.setattr(archive, "_mend_ranking", mended)
        archive.add_article(ArticleDraft(title="ميناء", body="توسعة الميناء"))
        archive.import_drafts(_numbered(15))
        assert looked == []
        archive.import_drafts(_numbered(150))
        assert looked == [True]
        assert _is_current(archive)


def test_a_rebuild_while_an_import_holds_tantivys_writer_is_refused_as_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_batches(monkeypatch)
    with Archive.open(tmp_path / "archive") as archive:
        reached = stop_points.reached
        refused: list[str] = []

        def meanwhile(name: str) -> None:
            reached(name)
            if name == "import-caught-up" and not refused:
                with pytest.raises(ArchiveBusy) as busy:
                    archive.rebuild_index()
                refused.append(str(busy.value))

        with monkeypatch.context() as patched:
            patched.setattr(stop_points, "reached", meanwhile)
            archive.import_drafts(_numbered(150))
        assert "busy" in refused[0]
        _holds_the_import(archive, monkeypatch, 150)
        archive.rebuild_index()  # once the import is over
        assert _is_current(archive)


def _news(folder: Path) -> Path:
    """1,200 articles as JSON Lines: three of an import's batches."""
    lines = [
        json.dumps({"title": f"خبر {n}", "body": f"افتتاح الميناء رقم {n}", "url": f"u{n}"})
        for n in range(1_200)
    ]
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "news.jsonl"


def test_an_import_killed_between_its_catching_up_is_mended_when_opened(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    command = ("--archive", str(archive), "import", str(_news(tmp_path)))
    killed_at("import-batch-committed", 2, *command)  # its second batch only recorded
    with Archive.open(archive) as opened:
        assert _is_current(opened)
        assert opened.search("الميناء", limit=0).total == 1_000
        assert opened.check().problems == ()
    done = arshif(*command)
    assert done.returncode == 0, done.stderr
    found = json.loads(arshif("--archive", str(archive), "search", "الميناء", "--json").stdout)
    assert found["total"] == 1_200


def test_an_archive_opened_while_another_process_imports_is_left_to_that_import(
    tmp_path: Path,
) -> None:
    """The import will write what the index is behind by; the archive opened meanwhile does
    not make those entries again (FTS5 answers it), until that import is gone."""
    archive = tmp_path / "archive"
    importing = ("--archive", str(archive), "import", str(_news(tmp_path)))
    with stopped_at("import-batch-committed", 2, *importing), Archive.open(archive) as opened:
        assert not _is_current(opened)
        assert opened.search("الميناء", limit=0).total == 1_000
    with Archive.open(archive) as opened:  # the import was killed: mended when opened
        assert _is_current(opened)
        assert opened.search("الميناء", limit=0).total == 1_000


def _one_article_archive(folder: Path, sql: str = "") -> None:
    """An archive of one article (its words «مطار», «المطار»), then ``sql`` run on its
    database about the Tantivy stamp (its one parameter)."""
    with Archive.open(folder) as archive:
        archive.add_article(ArticleDraft(title="مطار", body="افتتاح المطار"))
    if sql:
        with sqlite3.connect(folder / "archive.sqlite3") as database:
            database.execute(sql, (tantivy_index.STAMP_SETTING,))
        database.close()


def _behind_otherwise(folder: Path) -> None:
    """An archive whose Tantivy index is behind, not by one transaction it can write again
    (as if another program had written the database)."""
    _one_article_archive(folder, "UPDATE archive_settings SET value = 'elsewhere' WHERE name = ?")


def test_a_small_archive_behind_otherwise_is_rebuilt_when_opened(
    tmp_path: Path, served: Served
) -> None:
    _behind_otherwise(tmp_path / "archive")
    with Archive.open(tmp_path / "archive") as archive:
        assert _is_current(archive)
        assert len(_found(archive, "المطار")) == 1
        assert served.count == 1


def _damaged(folder: Path) -> None:
    """An archive whose Tantivy files are spoilt, its stamps still agreeing."""
    _one_article_archive(folder)
    for path in (folder / tantivy_index.FOLDER).iterdir():
        if path.name != tantivy_index.STAMP_FILE:
            path.write_bytes(b"not an index")


@pytest.mark.parametrize("spoilt", [_behind_otherwise, _damaged], ids=["behind", "damaged"])
def test_a_large_archive_whose_index_is_spoilt_is_searched_by_fts5_until_repair(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    served: Served,
    spoilt: Callable[[Path], None],
) -> None:
    folder = tmp_path / "archive"
    spoilt(folder)
    monkeypatch.setattr(archive_module, "REBUILT_WHEN_OPENED", 0)  # it is "large"
    with Archive.open(folder) as archive:
        assert not _is_current(archive)
        assert len(_found(archive, "المطار")) == 1  # FTS5's answer
        assert served.count == 0
        [problem] = archive.check().problems
        assert "Tantivy" in problem
        assert "check --repair" in problem
        archive.add_article(ArticleDraft(title="ميناء", body="توسعة الميناء"))  # writes go on
        assert archive.repair() == ["search index rebuilt"]
        assert _is_current(archive)
        assert len(_found(archive, "المطار")) == 1
        assert len(_found(archive, "الميناء")) == 1
        assert served.count == 2


def test_an_archive_made_before_it_gets_its_index_when_opened(
    tmp_path: Path, served: Served
) -> None:
    folder = tmp_path / "archive"
    _one_article_archive(folder, "DELETE FROM archive_settings WHERE name = ?")
    for path in sorted((folder / tantivy_index.FOLDER).iterdir()):
        path.unlink()
    with Archive.open(folder) as archive:
        assert _is_current(archive)
        assert len(_found(archive, "المطار")) == 1
        assert served.count == 1
