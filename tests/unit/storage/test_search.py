"""Search on SQLite and PostgreSQL: spelling variants find real corpus articles first."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storage.archive import Archive
from storage.ingest.exports import draft_from_record
from storage.records import ArticleDraft, ArticleId, ItemOrigin
from storage.text import tokens
from tests.postgres_server import PostgresServer
from tests.variants import VARIANTS

SUBSET_STEP = 29  # every 29th corpus article: about a thousand, from every paper
_WORD = re.compile(r"[^\s«»\"“”(),.:؛،!?؟\[\]/]+")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def corpus_archive(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    corpus_records: list[dict[str, Any]],
) -> Iterator[tuple[Archive, list[tuple[ArticleId, dict[str, Any]]]]]:
    if request.param == "sqlite":
        location = str(tmp_path_factory.mktemp("search") / "archive")
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        location = server.create_database()
    records = corpus_records[::SUBSET_STEP]
    with Archive.open(location) as archive:
        items = [
            (ItemOrigin("corpus", n), draft_from_record(r, r["id"])) for n, r in enumerate(records)
        ]
        outcomes, _ = archive.import_drafts(items)
        stored = [(o.article_id, r) for o, r in zip(outcomes, records, strict=True) if o.article_id]
        assert len(stored) == len(records)
        yield archive, stored


def _known_items(
    archive: Archive, stored: list[tuple[ArticleId, dict[str, Any]]], variant: str, count: int
) -> Iterator[tuple[ArticleId, str, str]]:
    """(article, original span, varied span) for articles whose span only they contain."""
    frequency = Counter(t for _, r in stored for t in set(tokens(r["body"])))
    rng = random.Random(variant)
    found = 0
    for article_id, record in stored:
        words = _WORD.findall(record["body"])
        spans = [words[i : i + 3] for i in range(len(words) - 2)]
        spans = [s for s in spans if all(tokens(w) for w in s)]
        spans.sort(key=lambda s: sum(frequency[t] for w in s for t in tokens(w)))
        for span in spans[:8]:
            varied = VARIANTS[variant](span, rng)
            if varied is None or varied == span:
                continue
            exact = archive.search(" ".join(span), limit=2)
            if [h.id for h in exact.hits] != [article_id]:
                continue
            yield article_id, " ".join(span), " ".join(varied)
            found += 1
            break
        if found == count:
            return
    assert found == count, f"only {found} articles offer a {variant} variant"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_variant_spelling_finds_the_article_first(
    corpus_archive: tuple[Archive, list[tuple[ArticleId, dict[str, Any]]]], variant: str
) -> None:
    archive, stored = corpus_archive
    for article_id, original, varied in _known_items(archive, stored, variant, count=6):
        hits = archive.search(varied, limit=10).hits
        assert hits, f"{varied!r} (for {original!r}) found nothing"
        assert hits[0].id == article_id, f"{varied!r} (for {original!r}) ranked {hits[0].id} first"


@pytest.fixture
def small(archive: Archive) -> dict[str, ArticleId]:
    drafts = {
        "exact": ArticleDraft(
            title="الخلافة في التاريخ",
            body="كتاب عن الخلافة والدولة.",
            source="العرب",
            date=__import__("datetime").date(2019, 3, 23),
        ),
        "marked": ArticleDraft(
            title="مقال آخر",
            body="انتهى حلم الْخِلَافَةُ عند الباغوز.",
            source="الحياة",
            date=__import__("datetime").date(2015, 7, 21),
        ),
        "other": ArticleDraft(
            title="أسعار النفط",
            body="ارتفعت أسعار النفط ٢٠٢٦ في الأسواق.",
            source="الشرق الأوسط",
            author="محمد العلي",
        ),
    }
    ids = {}
    for name, draft in drafts.items():
        outcome, _ = archive.add_article(draft)
        assert outcome.article_id is not None
        ids[name] = outcome.article_id
    return ids


def _found(archive: Archive, query: str) -> list[ArticleId]:
    return [hit.id for hit in archive.search(query).hits]


def test_the_exact_form_ranks_above_a_variant(
    archive: Archive, small: dict[str, ArticleId]
) -> None:
    assert _found(archive, "الخلافة") == [small["exact"], small["marked"]]
    assert _found(archive, "الْخِلَافَةُ") == [small["exact"], small["marked"]]


def test_the_query_language(archive: Archive, small: dict[str, ArticleId]) -> None:
    archive.tag_articles([small["marked"]], ["سوريا"])
    archive.add_note(small["other"], "مصدر موثوق")
    dossier, _ = archive.create_dossier("ملف النفط")
    archive.add_to_dossier(dossier, [small["other"]])
    assert _found(archive, '"حلم الخلافة"') == [small["marked"]]
    assert _found(archive, '"الخلافة حلم"') == []
    assert _found(archive, "الخلافة -الباغوز") == [small["exact"]]
    assert set(_found(archive, "الباغوز OR النفط")) == {small["marked"], small["other"]}
    assert _found(archive, "الباغو*") == [small["marked"]]
    assert _found(archive, "tag:سوريا") == [small["marked"]]
    assert _found(archive, 'source:"الشرق الاوسط"') == [small["other"]]
    assert _found(archive, "author:العلي أسعار") == [small["other"]]
    assert _found(archive, "date:2019") == [small["exact"]]
    assert _found(archive, "date:2015-07..2019-02") == [small["marked"]]
    assert _found(archive, 'in:"ملف النفط"') == [small["other"]]
    assert _found(archive, "has:note") == [small["other"]]
    assert _found(archive, "موثوق") == [small["other"]]
    assert _found(archive, "2026") == [small["other"]]
    newest = [h.id for h in archive.search("الخلافة", order="newest").hits]
    assert newest == [small["exact"], small["marked"]]


@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "'; DROP TABLE articles; --",
        "ً ُ ّ",
        "OR OR -",
        "x" * 10_000,
        "date:2015-13",
        "(((",
        "NEAR(a b)",
        "tag:",
        "* AND *",
        "\u0000\ud800",
    ],
)
def test_any_string_is_a_query(archive: Archive, small: dict[str, ArticleId], query: str) -> None:
    results = archive.search(query)
    assert results.total == len(results.hits) == 0
    assert archive.article_count() == 3


def test_snippets_highlight_the_original_text(
    archive: Archive, small: dict[str, ArticleId]
) -> None:
    [hit] = archive.search("الباغوز خلافه").hits
    assert "<b>الْخِلَافَةُ</b>" in hit.snippet
    assert "<b>الباغوز</b>" in hit.snippet
    assert hit.title == "مقال آخر"
    assert hit.source == "الحياة"


def test_trashed_articles_are_not_found(archive: Archive, small: dict[str, ArticleId]) -> None:
    archive.trash_articles([small["other"]])
    assert _found(archive, "النفط") == []
    archive.restore_articles([small["other"]])
    assert _found(archive, "النفط") == [small["other"]]


def test_the_index_follows_every_change(archive: Archive, small: dict[str, ArticleId]) -> None:
    target = small["other"]
    archive.update_article(target, title="أسعار الذهب")
    assert _found(archive, "الذهب") == [target]
    assert _found(archive, "النفط") == [target]  # still in the body
    archive.tag_articles([target], ["معادن"])
    archive.rename_tag(archive.find_tag("معادن").id, "المعادن")  # type: ignore[union-attr]
    assert _found(archive, "المعادن") == [target]
    note_id, _ = archive.add_note(target, "تقرير خاص")
    archive.edit_note(note_id, "تقرير حصري")
    assert _found(archive, "حصري") == [target]
    assert _found(archive, "خاص") == []
    archive.delete_note(note_id)
    archive.untag_articles([target], ["المعادن"])
    archive.trash_articles([small["exact"]])
    archive.purge_articles([small["exact"]])
    assert archive.check().is_ok
    assert _found(archive, "حصري") == []
    assert _found(archive, "الخلافة") == [small["marked"]]


def test_check_finds_and_repairs_a_stale_index(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.add_article(ArticleDraft(title="عنوان", body="نص المقال"))
        with archive._write() as session:  # an index entry no article has
            archive._index.add(
                session,
                [
                    (
                        99,
                        __import__("storage.search.document", fromlist=["x"]).build_document(
                            title="شبح", lead="", body="", place="", source="", author=""
                        ),
                    )
                ],
            )
        assert any("search index" in p for p in archive.check().problems)
        archive.rebuild_index()
        assert archive.check().is_ok


def test_tag_rename_merge_and_delete_keep_the_index_exact(archive: Archive) -> None:
    ids = [
        archive.add_article(ArticleDraft(title=f"مقال {n}", body="نص", tags=tags))[0].article_id
        for n, tags in enumerate([("معادن",), ("معادن", "ذهب"), ("ذهب",), ()])
    ]
    archive.rename_tag(archive.find_tag("معادن").id, "المعادن الثمينة")  # type: ignore[union-attr]
    assert sorted(_found(archive, "الثمينة")) == ids[:2]
    assert archive.check().is_ok
    archive.merge_tags([archive.find_tag("ذهب").id], archive.find_tag("المعادن الثمينة").id)  # type: ignore[union-attr]
    assert sorted(_found(archive, "الثمينة")) == ids[:3]
    assert _found(archive, "ذهب") == []
    assert archive.check().is_ok
    archive.delete_tag(archive.find_tag("المعادن الثمينة").id)  # type: ignore[union-attr]
    assert _found(archive, "الثمينة") == []
    assert archive.check().is_ok


def test_latin_accents_do_not_stop_a_search_on_sqlite(tmp_path: Path) -> None:
    """The SQLite index splits on spaces only (FTS5's ascii tokenizer): Latin accents are
    taken off by the project, as unicode61 did, and Arabic keeps its hamza. (PostgreSQL's
    index keeps Latin accents, as it always has.)"""
    from storage.records import ArticleDraft

    archive = Archive.open(tmp_path / "archive")
    outcome, _ = archive.add_article(
        ArticleDraft(title="زيارة إلى Orléans", body="التقى الوفد في café Élysée بممثلي البلدية.")
    )
    found = outcome.article_id
    for query in ("orleans", "Orléans", "cafe", "CAFÉ", "elysee", "إلى", "الى"):
        assert [hit.id for hit in archive.search(query).hits] == [found], query
    assert [hit.id for hit in archive.search("=إلى").hits] == [found]
    assert archive.search("=الى").total == 0  # the exact spelling keeps its hamza
    archive.close()


def test_an_entry_takes_the_latin_accents_off_every_column() -> None:
    """The SQLite entry looks for accented Latin letters once, in the spelled words, and then
    takes them off every column: words, stems and proximity keys alike."""
    from storage.search.columns import COLUMNS
    from storage.search.document import build_document, near_keys, stems
    from storage.search.sqlite_index import SqliteIndex

    accented = build_document(
        title="وصول Élysée", lead="", body="في café الرياض", place="", source="", author="Zoë"
    )
    entry = SqliteIndex().entry(accented)
    assert entry["title_stem"] == "وصول elysee"
    assert entry["near"].split()[-3:] == ["cafe", "رياض", "zoe"]  # type: ignore[attr-defined]
    assert entry["spelled"] == "وصول elysee في cafe الرياض zoe"
    assert entry["author"] == "zoe"
    plain = build_document(title="وصول الوفود", lead="", body="", place="", source="", author="")
    entry = SqliteIndex().entry(plain)
    assert entry["title_stem"] == " ".join(stems(plain.title))
    assert entry["near"] == " ".join(near_keys(plain.all_words))
    assert set(entry) == {*COLUMNS, "digest"}
