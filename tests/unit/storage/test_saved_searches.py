"""Saved searches: named queries kept in the archive, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from storage.archive import Archive
from storage.changes import Changes
from storage.errors import InvalidField, NotFound
from storage.records import ArticleDraft, SavedSearchRecord


def test_saved_searches_are_listed_by_name_and_run_as_searches(archive: Archive) -> None:
    outcome, _ = archive.add_article(ArticleDraft(title="النفط", body="أسعار النفط في الخليج"))
    archive.add_article(ArticleDraft(title="الماء", body="شح المياه في العراق"))
    oil, changes = archive.save_search("  نفط الخليج ", "نفط   الخليج")
    water, _ = archive.save_search("Water", "مياه")
    assert changes == Changes(has_saved_search_changes=True)
    assert not changes.is_empty
    assert archive.saved_searches() == [
        SavedSearchRecord(water, "Water", "مياه"),
        SavedSearchRecord(oil, "نفط الخليج", "نفط   الخليج"),
    ]
    [saved] = [s for s in archive.saved_searches() if s.id == oil]
    assert archive.article_ids(saved.query) == [outcome.article_id]


def test_saving_under_a_used_name_replaces_the_query(archive: Archive) -> None:
    first, _ = archive.save_search("سوريا", "سوريا")
    second, _ = archive.save_search("سوريا", "سوريا -داعش")
    assert second == first
    assert archive.saved_searches() == [SavedSearchRecord(first, "سوريا", "سوريا -داعش")]


@pytest.mark.parametrize(
    ("name", "query", "field"),
    [("", "نفط", "name"), ("  ", "نفط", "name"), ("...", "نفط", "name"), ("نفط", " \n ", "query")],
)
def test_a_blank_name_or_query_is_refused(
    archive: Archive, name: str, query: str, field: str
) -> None:
    with pytest.raises(InvalidField) as refused:
        archive.save_search(name, query)
    assert refused.value.field == field
    assert archive.saved_searches() == []


def test_delete_a_saved_search(archive: Archive) -> None:
    kept, _ = archive.save_search("أ", "أ")
    gone, _ = archive.save_search("ب", "ب")
    assert archive.delete_saved_search(gone) == Changes(has_saved_search_changes=True)
    assert [s.id for s in archive.saved_searches()] == [kept]
    with pytest.raises(NotFound, match=f"saved search {gone}"):
        archive.delete_saved_search(gone)


def test_every_user_of_an_archive_sees_the_same_saved_searches(archive_location: str) -> None:
    with (
        Archive.open(archive_location, user="huda") as huda,
        Archive.open(archive_location, user="omar") as omar,
    ):
        saved, _ = huda.save_search("انتخابات", "انتخابات date:2014")
        assert omar.saved_searches() == [SavedSearchRecord(saved, "انتخابات", "انتخابات date:2014")]
        omar.delete_saved_search(saved)
        assert huda.saved_searches() == []


def test_changes_combine_saved_search_changes() -> None:
    combined = Changes() | Changes(has_saved_search_changes=True)
    assert combined.has_saved_search_changes
    assert not (Changes() | Changes()).has_saved_search_changes
