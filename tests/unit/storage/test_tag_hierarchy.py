"""The tag hierarchy never becomes a cycle, and `check` finds one however it was made."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from storage.archive import Archive
from storage.errors import InvalidField
from storage.models import Tag
from storage.records import ArticleDraft


def _tagged(archive: Archive) -> dict[str, int]:
    outcome, _ = archive.add_article(ArticleDraft(title="عنوان", body="نص المقال"))
    assert outcome.article_id is not None
    archive.tag_articles([outcome.article_id], ["أ", "ب", "ج"])
    ids: dict[str, int] = {t.name: t.id for t in archive.tags()}
    archive.set_tag_parent(ids["ب"], ids["أ"])
    archive.set_tag_parent(ids["ج"], ids["ب"])
    return ids


def test_merging_a_tag_into_one_below_it_makes_no_cycle(archive: Archive) -> None:
    ids = _tagged(archive)
    archive.merge_tags([ids["أ"]], ids["ج"])  # ج is under ب, which is under أ
    parents = {t.name: t.parent_id for t in archive.tags()}
    assert parents == {"ج": None, "ب": ids["ج"]}
    assert archive.check().is_ok
    assert archive.article(1).tags == ("ب", "ج")


def test_a_cycle_is_refused_with_its_reason(archive: Archive) -> None:
    ids = _tagged(archive)
    with pytest.raises(InvalidField, match="'أ' cannot be placed under 'ج', which is under 'أ'"):
        archive.set_tag_parent(ids["أ"], ids["ج"])
    with pytest.raises(InvalidField, match="under itself"):
        archive.set_tag_parent(ids["أ"], ids["أ"])


def test_check_finds_a_cycle(archive: Archive) -> None:
    ids = _tagged(archive)
    with archive._write() as session:  # a cycle made behind the archive's back
        session.execute(update(Tag).where(Tag.id == ids["أ"]).values(parent_id=ids["ج"]))
    report = archive.check()
    assert not report.is_ok
    assert any("cycle" in p for p in report.problems)


def test_the_names_alone_are_the_tags_names_in_their_order(archive: Archive) -> None:
    added, _ = archive.add_article(ArticleDraft(title="خبر", body="نص"))
    assert added.article_id is not None
    archive.tag_articles([added.article_id], ["سياسة", "Économie", "ثقافة/مسرح"])
    archive.trash_articles([added.article_id])  # counted 0 now, named still
    names = archive.tag_names()
    assert names == [t.name for t in archive.tags()]
    assert set(names) >= {"سياسة", "Économie"}
