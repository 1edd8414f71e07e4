"""Work on many articles at once: each call one transaction over a real SQLite file, its
`Changes` naming every article it touched, and a failure part-way leaving nothing written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.errors import InvalidField, NotFound
from storage.records import ArticleDraft, ArticleId

SEED_TITLE = "مكتبة المدينة القديمة تفتح أبوابها"

MISSING = 9_999


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        yield opened


def _add(archive: Archive, title: str, **fields: object) -> ArticleId:
    draft = ArticleDraft(title=title, body=f"نص المقال {title} للتجربة", **fields)  # type: ignore[arg-type]
    outcome, _ = archive.add_article(draft)
    assert outcome.article_id is not None
    return outcome.article_id


@pytest.fixture
def three(archive: Archive) -> list[ArticleId]:
    return [
        _add(archive, SEED_TITLE),
        _add(archive, "مقال ثان", source="الحياة", place="دمشق"),
        _add(archive, "مقال ثالث", date=dt.date(2015, 8, 11)),
    ]


def test_a_tag_goes_on_every_article_in_one_step(archive: Archive, three: list[ArticleId]) -> None:
    changes = archive.tag_articles(three, ["سياسة"])
    assert changes.updated == set(three)
    assert changes.has_tag_changes
    assert all(a.tags == ("سياسة",) for a in archive.article_records(three))
    changes = archive.untag_articles(three[:2], ["سياسة"])
    assert changes.updated == set(three[:2])
    assert [a.tags for a in archive.article_records(three)] == [(), (), ("سياسة",)]


def test_source_date_and_place_are_set_on_every_article(
    archive: Archive, three: list[ArticleId]
) -> None:
    day = dt.date(2015, 7, 21)
    changes = archive.update_articles(three, source=" العرب ", date=day, place="الرياض")
    assert changes.updated == set(three)
    records = archive.article_records(three)
    assert {(a.source, a.date, a.place) for a in records} == {("العرب", day, "الرياض")}
    assert archive.search("source:العرب").total == 3  # the index follows
    again = archive.update_articles(three, source="العرب")
    assert again.updated == frozenset()  # nothing changed, nothing touched


def test_each_article_gets_its_own_values_back(archive: Archive, three: list[ArticleId]) -> None:
    before = archive.article_field_values(three, ["source", "date", "place"])
    archive.update_articles(three, source="العرب", date=None, place="")
    changes = archive.set_article_fields(before)
    assert changes.updated == set(three)
    assert archive.article_field_values(three, ["source", "date", "place"]) == before


def test_trash_and_dossier_take_every_article(archive: Archive, three: list[ArticleId]) -> None:
    dossier_id, _ = archive.create_dossier("ملف سوريا")
    changes = archive.add_to_dossier(dossier_id, three)
    assert changes.dossiers == {dossier_id}
    assert archive.dossier(dossier_id).article_ids == tuple(three)
    changes = archive.trash_articles(three)
    assert changes.updated == set(three)
    assert changes.dossiers == {dossier_id}
    assert archive.article_count() == 0
    assert archive.article_count(trashed=True) == 3


def test_a_dossier_order_is_put_back_whole(archive: Archive, three: list[ArticleId]) -> None:
    dossier_id, _ = archive.create_dossier("ملف")
    archive.add_to_dossier(dossier_id, [three[2], three[0]])
    archive.add_to_dossier(dossier_id, [three[1]], 0)
    archive.set_dossier_order(dossier_id, [three[2], three[0]])
    assert archive.dossier(dossier_id).article_ids == (three[2], three[0])
    archive.set_dossier_order(dossier_id, [])
    assert archive.dossier(dossier_id).article_ids == ()


@pytest.mark.parametrize(
    "action",
    [
        pytest.param(lambda a, ids: a.tag_articles(ids, ["وسم"]), id="tag"),
        pytest.param(lambda a, ids: a.update_articles(ids, source="العرب"), id="source"),
        pytest.param(lambda a, ids: a.update_articles(ids, date=dt.date(2015, 1, 1)), id="date"),
        pytest.param(lambda a, ids: a.trash_articles(ids), id="trash"),
        pytest.param(lambda a, ids: a.add_to_dossier(a.dossiers()[0].id, ids), id="dossier"),
    ],
)
def test_a_missing_article_part_way_leaves_nothing_written(
    archive: Archive, three: list[ArticleId], action: object
) -> None:
    archive.create_dossier("ملف")
    before = archive.article_records(three)
    with pytest.raises(NotFound, match=str(MISSING)):
        action(archive, [*three[:2], MISSING, three[2]])  # type: ignore[operator]
    assert archive.article_records(three) == before
    assert archive.dossiers()[0].article_ids == ()
    assert archive.find_tag("وسم") is None


def test_bad_values_are_refused_by_name(archive: Archive, three: list[ArticleId]) -> None:
    with pytest.raises(InvalidField, match="source"):
        archive.update_articles(three, source="س" * 501)
    with pytest.raises(InvalidField, match="title"):
        archive.update_articles(three, title="عنوان واحد لثلاثة")
    with pytest.raises(InvalidField, match="date"):
        archive.update_articles(three, date="2015-07-21")
    assert {a.source for a in archive.article_records(three)} == {"", "الحياة"}
