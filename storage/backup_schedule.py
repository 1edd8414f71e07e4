"""Scheduled backups: when one is due, where it goes, and how many old copies stay.

A scheduled backup is a file named ``arshif-backup-YYYY-MM-DD-HHMM.zip`` (local time; a second
one in the same minute gets ``-2``, ``-3`` …) in the backup folder. Only files named like that
are ever counted or deleted, so the folder may hold anything else.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from storage.archive import Archive
from storage.errors import ArchiveError

PREFIX = "arshif-backup-"
SUFFIX = ".zip"
_NAME = re.compile(r"arshif-backup-(\d{4}-\d{2}-\d{2}-\d{4})(?:-(\d{1,6}))?\.zip")
_log = logging.getLogger(__name__)


def backup_name(now: dt.datetime, copy: int = 1) -> str:
    """``arshif-backup-2026-11-25-1405.zip`` for ``now`` in local time (an aware ``now`` is
    converted first); ``copy`` > 1 names a second backup made in the same minute."""
    local = now.astimezone() if now.tzinfo is not None else now
    counter = "" if copy <= 1 else f"-{copy}"
    return f"{PREFIX}{local:%Y-%m-%d-%H%M}{counter}{SUFFIX}"


def is_due(last: dt.datetime | None, every_days: int, now: dt.datetime) -> bool:
    """True when scheduled backups are on (``every_days`` > 0) and none was made in the last
    ``every_days`` days. A last backup in the future (the clock was set back, or was wrong
    when it was recorded) counts as due, so a bad date can never stop the backups."""
    if every_days <= 0:
        return False
    if last is None:
        return True
    elapsed = now - last
    return elapsed >= dt.timedelta(days=every_days) or elapsed < dt.timedelta(0)


def backups_in(folder: Path) -> list[Path]:
    """The scheduled backups in ``folder``, newest first (by the time in the name, which a
    copy to another disk keeps, unlike the file's modification time)."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise ArchiveError(f"{folder}: cannot list the backup folder ({error.strerror})") from None
    found: list[tuple[str, int, Path]] = []
    for path in entries:
        match = _NAME.fullmatch(path.name)
        if match and path.is_file():
            found.append((match[1], int(match[2] or 1), path))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [path for _, _, path in found]


def run_backup(archive: Archive, folder: Path, keep: int, now: dt.datetime) -> Path:
    """Write a backup of ``archive`` into ``folder`` and return its path; then delete the
    oldest scheduled backups so that ``keep`` (at least 1: the new one) remain.

    The zip is written under a hidden temporary name and renamed when complete
    (storage.whole_file), so a crash or a full disk never leaves a half-written file under a
    backup's name."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ArchiveError(
            f"{folder}: cannot create the backup folder ({error.strerror})"
        ) from None
    target = _free_name(folder, now)
    archive.backup(target)  # written whole or not at all
    _prune(folder, keep, target)
    return target


def _free_name(folder: Path, now: dt.datetime) -> Path:
    copy = 1
    while (folder / backup_name(now, copy)).exists():
        copy += 1
    return folder / backup_name(now, copy)


def _prune(folder: Path, keep: int, newest: Path) -> None:
    # The new backup always stays, even if a clock set back makes its name sort older.
    older = [path for path in backups_in(folder) if path != newest]
    for path in older[max(keep, 1) - 1 :]:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            # The new backup is written; an old copy that cannot be removed must not turn
            # that into a failure (and a retry every hour that fills the disk).
            _log.warning("%s: cannot delete an old backup (%s)", path, error.strerror)
