"""ArchiveError's codes: told from the database's result codes, never from its words; kept
across processes; and anything the core does not know is a bug, raised as it is."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from storage.archive import Archive
from storage.errors import (
    ArchiveBusy,
    ArchiveError,
    ErrorCode,
    ImportStopped,
    NotFound,
    VersionConflict,
)
from storage.records import ArticleDraft


def test_an_error_keeps_its_code_across_processes() -> None:
    busy = ArchiveBusy.of(ErrorCode.BUSY, where="/tmp/a")
    again = pickle.loads(pickle.dumps(busy))
    assert (type(again), again.code, again.arguments, str(again)) == (
        ArchiveBusy,
        ErrorCode.BUSY,
        {"where": "/tmp/a"},
        str(busy),
    )
    stopped = ImportStopped(busy, [], None)
    assert (stopped.code, stopped.arguments) == (ErrorCode.BUSY, {"where": "/tmp/a"})


def test_a_held_write_lock_is_busy_by_its_result_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storage.engine.BUSY_TIMEOUT_SECONDS", 0)
    with Archive.open(tmp_path / "archive") as archive:
        database = archive.location.database_path
        assert database is not None
        holder = sqlite3.connect(database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(ArchiveBusy) as caught:
                archive.add_article(ArticleDraft(title="مقال", body="نص"))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert caught.value.code is ErrorCode.BUSY
        assert caught.value.arguments == {"where": archive.location.describe()}
        assert archive.article_count() == 0


def test_a_database_error_the_core_does_not_know_is_a_bug(archive: Archive) -> None:
    with pytest.raises(DBAPIError), archive._read() as session:
        session.execute(text("SELECT * FROM no_such_table"))


def test_the_core_names_what_is_missing_and_what_conflicts(archive: Archive) -> None:
    with pytest.raises(NotFound) as caught:
        archive.article(404)
    assert (caught.value.code, caught.value.arguments) == (
        ErrorCode.NOT_FOUND,
        {"kind": "article", "id": 404},
    )
    outcome, _ = archive.add_article(ArticleDraft(title="مقال", body="نص"))
    assert outcome.article_id is not None
    archive.update_article(outcome.article_id, title="عنوان")
    with pytest.raises(VersionConflict) as conflict:
        archive.update_article(outcome.article_id, expected_version=1, title="آخر")
    assert conflict.value.code is ErrorCode.VERSION_CONFLICT
    assert conflict.value.arguments["expected"] == 1
    assert str(conflict.value).startswith(f"article {outcome.article_id} was changed by ")


def test_only_articles_in_the_trash_are_deleted_for_good(archive: Archive) -> None:
    kept, _ = archive.add_article(ArticleDraft(title="باق", body="نص"))
    gone, _ = archive.add_article(ArticleDraft(title="محذوف", body="نص آخر"))
    assert kept.article_id is not None
    assert gone.article_id is not None
    archive.trash_articles([gone.article_id])
    with pytest.raises(ArchiveError) as caught:
        archive.purge_articles([gone.article_id, kept.article_id])
    assert (caught.value.code, caught.value.arguments) == (
        ErrorCode.NOT_IN_TRASH,
        {"id": kept.article_id},
    )
    assert archive.article_count() + archive.article_count(trashed=True) == 2  # nothing deleted
    changes = archive.purge_articles([gone.article_id])
    assert changes.removed == frozenset({gone.article_id})
    assert archive.article_count(trashed=True) == 0
