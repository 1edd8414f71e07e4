"""Snapshots of unsaved article edits, so a crash loses at most the last second or two of typing.

Qt-free: a frozen record and the JSON file that holds it, one file per archive in a recovery
folder. Files are written whole or not at all (storage.whole_file); a file that cannot be
read back as a snapshot (truncated, edited by hand, an older format) is removed and ignored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storage.records import ARTICLE_TEXT_FIELDS
from storage.whole_file import written_whole

FORMAT = 1
EDITABLE_FIELDS = frozenset({*ARTICLE_TEXT_FIELDS, "date"})

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveredEdit:
    """The fields of an article as they were in the editor, not yet saved."""

    archive: str  # Location.describe() of the archive the article is in
    article_id: int
    version: int  # the article's version when the edit began
    fields: Mapping[str, str]  # field name -> text as typed (the date as typed, too)
    saved_at: dt.datetime  # when the snapshot was taken (UTC)


def recovery_file(folder: Path, archive: str) -> Path:
    """The snapshot file of the archive described as ``archive`` (Location.describe())."""
    digest = hashlib.sha256(archive.encode("utf-8")).hexdigest()[:24]
    return folder / f"edit-{digest}.json"


def write_recovery(path: Path, edit: RecoveredEdit) -> None:
    """Replace the snapshot at ``path`` by ``edit`` in one step: a reader sees the old snapshot
    or the new one, never half of one. Raises OSError if the folder cannot be written."""
    content = {
        "format": FORMAT,
        "archive": edit.archive,
        "article_id": edit.article_id,
        "version": edit.version,
        "saved_at": edit.saved_at.isoformat(),
        "fields": dict(edit.fields),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_whole(path) as temporary, temporary.open("x", encoding="utf-8") as stream:
        json.dump(content, stream, ensure_ascii=False, indent=1)


def read_recovery(path: Path, archive: str) -> RecoveredEdit | None:
    """The snapshot at ``path`` if it holds one for ``archive``; None if there is none. A file
    that is not a snapshot of ours is removed (a crash must not leave a second crash behind)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        log.warning("%s: unreadable edit snapshot removed (%s)", path, error)
        remove_recovery(path)
        return None
    try:
        return _parsed(json.loads(text), archive)
    except (ValueError, TypeError, KeyError) as error:
        log.warning("%s: damaged edit snapshot removed (%s)", path, error)
        remove_recovery(path)
        return None


def remove_recovery(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("%s: edit snapshot could not be removed (%s)", path, error)


def _parsed(content: Any, archive: str) -> RecoveredEdit:
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise ValueError("not an edit snapshot of this format")
    if content["archive"] != archive:
        raise ValueError(f"a snapshot of another archive ({content['archive']!r})")
    article_id, version, fields = content["article_id"], content["version"], content["fields"]
    if not _is_int(article_id) or not _is_int(version):
        raise TypeError("article_id and version must be whole numbers")
    if not isinstance(fields, dict) or not all(
        isinstance(name, str) and name in EDITABLE_FIELDS and isinstance(value, str)
        for name, value in fields.items()
    ):
        raise TypeError("fields must map article field names to text")
    saved_at = dt.datetime.fromisoformat(content["saved_at"])
    if saved_at.tzinfo is None:
        saved_at = saved_at.replace(tzinfo=dt.UTC)
    return RecoveredEdit(archive, article_id, version, dict(fields), saved_at)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
