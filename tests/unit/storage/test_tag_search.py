"""Tags are matched through their names' own index, not the articles' entries: a word of a
tag's name finds its articles, on both back ends, whatever renames, merges and deletes did;
a tag's change writes no article's entry; `check` finds an index that disagrees."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, insert, text

from storage import migrations
from storage.archive import Archive
from storage.errors import NotFound
from storage.models import Article, ArticleTag, Tag
from storage.records import ArticleDraft, ArticleId
from tests.postgres_server import PostgresServer
from tests.unit.storage.test_archive_collections import _tag_id


def _found(archive: Archive, query: str) -> list[ArticleId]:
    return sorted(hit.id for hit in archive.search(query, limit=100).hits)


@pytest.fixture
def tagged(archive: Archive) -> list[ArticleId]:
    """Four articles: tagged «معادن»; «معادن» and «ذهب»; «ذهب»; and one about gold untagged."""
    drafts = [
        ArticleDraft(title="مقال أول", body="نص عن السوق", tags=("معادن",)),
        ArticleDraft(title="مقال ثان", body="نص عن البورصة", tags=("معادن", "ذهب")),
        ArticleDraft(title="مقال ثالث", body="نص عن المصارف", tags=("ذهب",)),
        ArticleDraft(title="مقال رابع", body="ارتفع سعر الذهب في السوق"),
    ]
    ids = []
    for draft in drafts:
        outcome, _ = archive.add_article(draft)
        assert outcome.article_id is not None
        ids.append(outcome.article_id)
    return ids


def test_a_word_of_a_tag_name_finds_its_articles_with_the_words_of_others(
    archive: Archive, tagged: list[ArticleId]
) -> None:
    first, second, third, gold = tagged
    assert _found(archive, "ذهب") == [second, third, gold]  # two by the tag, one by its text
    assert _found(archive, "الذهب") == [second, third, gold]  # the tag's word in another form
    assert _found(archive, "ذه*") == [second, third]  # the text has الذهب
    assert _found(archive, "=ذهب") == [second, third]  # exact spelling: the text has الذهب
    assert _found(archive, "ذهب السوق") == [gold]  # each word somewhere: text or tag
    assert _found(archive, "معادن السوق") == [first]
    assert _found(archive, "معادن -ذهب") == [first]  # left out by its tag
    assert _found(archive, "نص -ذهب") == [first]
    assert _found(archive, "tag:ذهب") == [second, third]
    assert _found(archive, "ذهب OR البورصة") == [second, third, gold]
    assert archive.search("ذهب").total == 3


def test_after_a_rename_the_new_name_finds_the_articles_and_the_old_does_not(
    archive: Archive, tagged: list[ArticleId]
) -> None:
    first, second, _, _ = tagged
    archive.rename_tag(_tag_id(archive, "معادن"), "ثروات طبيعية")
    assert _found(archive, "الطبيعية") == [first, second]
    assert _found(archive, "tag:طبيعية") == []  # the filter takes the whole name
    assert _found(archive, 'tag:"ثروات طبيعية"') == [first, second]
    assert _found(archive, "معادن") == []
    assert _found(archive, "tag:معادن") == []
    assert archive.check().is_ok


def test_after_a_merge_the_target_finds_the_sources_articles(
    archive: Archive, tagged: list[ArticleId]
) -> None:
    first, second, third, gold = tagged
    archive.merge_tags([_tag_id(archive, "ذهب")], _tag_id(archive, "معادن"))
    assert _found(archive, "tag:معادن") == [first, second, third]
    assert _found(archive, "معادن") == [first, second, third]
    assert _found(archive, "ذهب") == [gold]  # its text alone
    assert _found(archive, "tag:ذهب") == []
    assert archive.check().is_ok


def test_after_a_delete_nothing_finds_the_tag(archive: Archive, tagged: list[ArticleId]) -> None:
    archive.delete_tag(_tag_id(archive, "معادن"))
    assert _found(archive, "معادن") == []
    assert _found(archive, "tag:معادن") == []
    assert _found(archive, "مقال -معادن") == sorted(tagged)
    assert archive.check().is_ok


def test_a_new_tag_is_found_at_once(archive: Archive, tagged: list[ArticleId]) -> None:
    archive.tag_articles([tagged[3]], ["أسواق عالمية"])
    assert _found(archive, "عالمية") == [tagged[3]]
    archive.untag_articles([tagged[3]], ["أسواق عالمية"])
    assert _found(archive, "عالمية") == []
    assert archive.check().is_ok


def test_a_tag_change_writes_no_articles_entry(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        for n in range(5):
            archive.add_article(ArticleDraft(title=f"مقال {n}", body="نص", tags=("وسم",)))
        database = sqlite3.connect(tmp_path / "a" / "archive.sqlite3")

        def entries() -> list[list[tuple[object, ...]]]:
            tables = ("search_fts_data", "search_fts_docsize", "search_digests")
            return [database.execute(f"SELECT * FROM {t}").fetchall() for t in tables]

        before = entries()
        archive.rename_tag(_tag_id(archive, "وسم"), "وسم جديد")
        archive.tag_articles([1, 2], ["آخر"])
        archive.merge_tags([_tag_id(archive, "آخر")], _tag_id(archive, "وسم جديد"))
        archive.delete_tag(_tag_id(archive, "وسم جديد"))
        assert entries() == before
        database.close()


def test_check_finds_an_article_changed_behind_the_index(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.add_article(ArticleDraft(title="عنوان", body="نص المقال", tags=("وسم",)))
        assert archive.check().is_ok
    database = sqlite3.connect(tmp_path / "a" / "archive.sqlite3")
    database.execute("UPDATE articles SET body = 'نص آخر'")  # the index not told
    database.commit()
    with Archive.open(tmp_path / "a") as archive:
        assert any("search index" in p for p in archive.check().problems)
        assert archive.repair() == ["search index rebuilt"]
        assert archive.check().is_ok
        assert archive.repair() == []  # sound now: not rebuilt again
        assert [hit.id for hit in archive.search("آخر").hits] == [1]
    database.execute("UPDATE tags SET name = 'اسم'")  # the tag names' index not told
    database.commit()
    database.execute("DELETE FROM search_digests")  # and an entry's digest lost
    database.commit()
    with Archive.open(tmp_path / "a") as archive:
        assert len(archive.check().problems) == 1
        archive.repair()
        assert archive.check().is_ok
        assert [hit.id for hit in archive.search("اسم").hits] == [1]
    database.close()


def test_check_finds_a_tag_name_changed_behind_the_index_on_postgresql(
    postgres: PostgresServer,
) -> None:
    location = postgres.create_database()
    with Archive.open(location) as archive:
        archive.add_article(ArticleDraft(title="عنوان", body="نص المقال", tags=("وسم",)))
        with archive._write() as session:
            session.execute(text("UPDATE tags SET name = 'اسم'"))
        assert any("search index" in p for p in archive.check().problems)
        archive.repair()
        assert archive.check().is_ok
        with archive._write() as session:
            session.execute(text("UPDATE articles SET body = 'آخر'"))
        assert any("search index" in p for p in archive.check().problems)


QUERIES = ["ذهب", "معادن السوق", "tag:ذهب", "نص -ذهب", "السوق", "=ذهب"]


def test_an_archive_from_0009_searches_the_same_after_its_upgrade(archive_location: str) -> None:
    """An archive made at 0009 (its articles and tags written as they were then: 0010 changes
    only the search tables) is upgraded and finds what one made now finds."""
    url = archive_location if "://" in archive_location else _sqlite(archive_location)
    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(migrations.SCRIPT_LOCATION))
    now = dt.datetime(2019, 3, 23, tzinfo=dt.UTC)
    texts = [
        ("مقال أول", "نص عن السوق"),
        ("مقال ثان", "نص عن البورصة"),
        ("مقال ثالث", "نص عن المصارف"),
        ("مقال رابع", "ارتفع سعر الذهب في السوق"),
    ]
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        articles = [
            {"id": n, "title": t, "body": b, "text_key": f"k{n}", "created": now, "updated": now}
            for n, (t, b) in enumerate(texts, start=1)
        ]
        connection.execute(insert(Article), articles)
        tags = [{"id": 1, "name": "معادن", "key": "معادن"}, {"id": 2, "name": "ذهب", "key": "ذهب"}]
        connection.execute(insert(Tag), tags)
        links = [(1, 1), (2, 1), (2, 2), (3, 2)]
        connection.execute(insert(ArticleTag), [{"article_id": a, "tag_id": t} for a, t in links])
    engine.dispose()
    with Archive.open(archive_location) as upgraded:
        assert migrations.current_revision(upgraded._engine) == migrations.HEAD
        assert upgraded.check().is_ok
        found = {query: _found(upgraded, query) for query in QUERIES}
    assert found == {
        "ذهب": [2, 3, 4],
        "معادن السوق": [1],
        "tag:ذهب": [2, 3],
        "نص -ذهب": [1],
        "السوق": [1, 4],
        "=ذهب": [2, 3],
    }


def _sqlite(folder: str) -> str:
    Path(folder).mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{Path(folder) / 'archive.sqlite3'}"


def test_repair_rebuilds_an_index_whose_structure_is_damaged(tmp_path: Path) -> None:
    """What digests cannot see (a segment of the FTS5 table garbled), FTS5's own integrity
    check does: repair rebuilds the index then, and leaves a sound one as it is."""
    with Archive.open(tmp_path / "a") as archive:
        for n in range(20):
            archive.add_article(ArticleDraft(title=f"مقال {n}", body=f"نص رقم {n} عن السوق"))
    database = sqlite3.connect(tmp_path / "a" / "archive.sqlite3")
    database.execute("UPDATE search_fts_data SET block = x'0000ffff' WHERE id > 10")
    database.commit()
    database.close()
    with Archive.open(tmp_path / "a") as archive:
        assert archive.repair() == ["search index rebuilt"]
        assert archive.repair() == []
        assert archive.search("السوق").total == 20


def test_tagging_many_articles_is_all_or_nothing(archive: Archive, tagged: list[ArticleId]) -> None:
    changes = archive.tag_articles([*tagged, tagged[0]], ["معادن", "أسواق"])
    assert changes.updated == frozenset(tagged)  # each gained «أسواق» at least
    assert archive.tag_articles(tagged, ["معادن"]).updated == frozenset()  # nothing new
    with pytest.raises(NotFound):
        archive.tag_articles([tagged[0], 999], ["جديد"])
    assert archive.find_tag("جديد") is None
    assert _found(archive, "أسواق") == sorted(tagged)
