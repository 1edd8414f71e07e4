"""Scheduled backups: names, when one is due, real zips, pruning that spares other files."""

from __future__ import annotations

import datetime as dt
import errno
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storage import backup as backup_format
from storage.archive import Archive
from storage.backup_schedule import backup_name, backups_in, is_due, run_backup
from storage.errors import ArchiveError
from storage.records import ArticleDraft

NOW = dt.datetime(2026, 11, 25, 14, 5)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        opened.add_article(ArticleDraft(title="الأول", body="نص المقال الأول"))
        opened.add_article(ArticleDraft(title="الثاني", body="نص المقال الثاني"))
        yield opened


def test_backup_names_carry_the_local_minute() -> None:
    assert backup_name(NOW) == "arshif-backup-2026-11-25-1405.zip"
    assert backup_name(NOW, 3) == "arshif-backup-2026-11-25-1405-3.zip"
    aware = NOW.astimezone()  # the same local minute, with its offset
    assert backup_name(aware.astimezone(dt.UTC)) == "arshif-backup-2026-11-25-1405.zip"


@pytest.mark.parametrize(
    ("last", "every_days", "expected"),
    [
        (None, 7, True),  # never backed up
        (None, 0, False),  # scheduled backups are off
        (NOW - dt.timedelta(days=9), 0, False),
        (NOW - dt.timedelta(days=7), 7, True),
        (NOW - dt.timedelta(days=6, hours=23), 7, False),
        (NOW - dt.timedelta(hours=1), 1, False),
        (NOW - dt.timedelta(days=1), 1, True),
        (NOW + dt.timedelta(days=30), 7, True),  # a date in the future cannot block backups
    ],
)
def test_a_backup_is_due_after_the_chosen_days(
    last: dt.datetime | None, every_days: int, expected: bool
) -> None:
    assert is_due(last, every_days, NOW) is expected


def test_a_scheduled_backup_is_a_real_backup_of_the_archive(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "backups" / "nested"  # created when missing
    written = run_backup(archive, folder, keep=5, now=NOW)
    assert written == folder / "arshif-backup-2026-11-25-1405.zip"
    assert sorted(p.name for p in folder.iterdir()) == [written.name]  # no temporary left
    with Archive.open(tmp_path / "restored") as restored:
        restored.restore(written)
        assert [a.title for a in restored.articles()] == [a.title for a in archive.articles()]
    again = run_backup(archive, folder, keep=5, now=NOW)  # the same minute: a new name
    assert again.name == "arshif-backup-2026-11-25-1405-2.zip"
    assert backups_in(folder) == [again, written]


def test_old_backups_beyond_keep_are_deleted_and_nothing_else(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    olds = [folder / backup_name(NOW - dt.timedelta(days=7 * n)) for n in range(1, 5)]
    for path in olds:
        path.write_bytes(b"an older backup")
    unrelated = [
        folder / "notes.txt",
        folder / "arshif-backup-important.zip",  # not a scheduled backup's name
        folder / "my-arshif-backup-2020-01-01-0000.zip",
        folder / "arshif-backup-2020-01-01-0000.zip.bak",
    ]
    for path in unrelated:
        path.write_text("keep me")
    (folder / "arshif-backup-2019-01-01-0000.zip").mkdir()  # a folder is never deleted

    written = run_backup(archive, folder, keep=3, now=NOW)

    assert backups_in(folder) == [written, olds[0], olds[1]]
    assert not olds[2].exists()
    assert not olds[3].exists()
    assert all(path.read_text() == "keep me" for path in unrelated)
    assert (folder / "arshif-backup-2019-01-01-0000.zip").is_dir()
    with zipfile.ZipFile(written) as backup:
        assert "manifest.json" in backup.namelist()


def test_the_new_backup_stays_even_when_the_clock_was_set_back(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    later = folder / backup_name(NOW + dt.timedelta(days=400))
    later.write_bytes(b"made while the clock was a year ahead")
    written = run_backup(archive, folder, keep=1, now=NOW)
    assert written.exists()
    assert not later.exists()


def test_a_backup_is_never_visible_under_its_name_while_written(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    real_entries = backup_format.article_entries
    seen: list[list[Path]] = []

    def watched(session: Any) -> Iterator[dict[str, Any]]:
        seen.append(backups_in(folder))  # while the zip is being written
        yield from real_entries(session)

    monkeypatch.setattr(backup_format, "article_entries", watched)
    written = run_backup(archive, folder, keep=2, now=NOW)
    assert seen == [[]]
    assert backups_in(folder) == [written]

    def failing(session: Any) -> Iterator[dict[str, Any]]:
        yield from real_entries(session)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_format, "article_entries", failing)
    with pytest.raises(ArchiveError, match="No space left"):
        run_backup(archive, folder, keep=2, now=NOW + dt.timedelta(days=7))
    assert sorted(folder.iterdir()) == [written]  # no half file, under any name


def test_a_backup_folder_that_cannot_be_made_is_an_archive_error(
    archive: Archive, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ArchiveError, match="a-file"):
        run_backup(archive, blocker / "backups", keep=2, now=NOW)
    assert backups_in(tmp_path / "missing") == []
