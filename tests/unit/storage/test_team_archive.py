"""Two people on one archive: nobody's save silently overwrites another's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import engine as engine_module
from storage.archive import Archive
from storage.errors import ArchiveBusy, VersionConflict
from storage.records import ArticleDraft


def test_a_stale_save_is_refused_with_both_versions(archive_location: str) -> None:
    with (
        Archive.open(archive_location, user="huda") as huda,
        Archive.open(archive_location, user="omar") as omar,
    ):
        outcome, _ = huda.add_article(ArticleDraft(title="عنوان", body="النص الأول"))
        assert outcome.article_id is not None
        article_id = outcome.article_id
        opened_by_huda = huda.article(article_id)
        opened_by_omar = omar.article(article_id)
        assert (opened_by_huda.created_by, opened_by_huda.version) == ("huda", 1)

        omar.update_article(article_id, expected_version=opened_by_omar.version, body="نص عمر")
        with pytest.raises(VersionConflict) as conflict:
            huda.update_article(article_id, expected_version=opened_by_huda.version, body="نص هدى")
        assert "changed by omar" in str(conflict.value)
        assert conflict.value.current.body == "نص عمر"  # type: ignore[attr-defined]
        stored = huda.article(article_id)
        assert (stored.body, stored.version, stored.updated_by) == ("نص عمر", 2, "omar")

        huda.update_article(article_id, expected_version=stored.version, body="نص هدى")
        note_id, _ = omar.add_note(article_id, "ملاحظة عمر")
        huda.edit_note(note_id, "ملاحظة عمر، صححتها هدى")
        [note] = omar.article(article_id).notes
        assert (note.created_by, note.updated_by) == ("omar", "huda")
        assert omar.article(article_id).updated_by == "huda"


def test_a_busy_archive_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    with Archive.open(tmp_path / "a") as archive:
        archive.add_article(ArticleDraft(title="عنوان", body="نص"))
        other = sqlite3.connect(tmp_path / "a" / "archive.sqlite3", isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        try:
            with pytest.raises(ArchiveBusy, match="busy"):
                archive.add_article(ArticleDraft(title="ثان", body="نص ثان"))
            assert archive.article_count() == 1  # reading still works
        finally:
            other.execute("ROLLBACK")
            other.close()
        archive.add_article(ArticleDraft(title="ثان", body="نص ثان"))
        assert archive.article_count() == 2
