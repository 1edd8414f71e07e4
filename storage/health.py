"""What `Archive.check` verifies and `Archive.repair` fixes: the database's integrity (SQLite's
integrity check and foreign keys), the tag hierarchy, the search index against the articles,
the attached files' checksums and the partial files a killed write left behind.

The functions take what they read through (a session factory, the file store, the index):
`Archive` frames them, as it does every unit of work.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from storage import tag_store
from storage.db_errors import damaged, environment_error
from storage.engine import Location
from storage.errors import ArchiveDamaged
from storage.files import FileStore, FolderFiles, sha256_of
from storage.models import Article, Attachment
from storage.records import CheckReport
from storage.search import searcher, tantivy_index
from storage.whole_file import is_orphan

PART_AGE_SECONDS = 3600  # a .part file untouched this long is a killed write's leftover
Reader = Callable[[], AbstractContextManager[Session]]


def check(
    location: Location,
    dialect: str,
    read: Reader,
    files: FileStore,
    index: searcher.SearchIndex,
) -> CheckReport:
    """Database integrity, foreign keys, and every attached file present and unchanged."""
    problems: list[str] = []
    is_sqlite = dialect == "sqlite"
    damage = _check_database(location, read) if is_sqlite else None
    if damage is not None:  # nothing else can be trusted: say so, and how to save the rest
        return CheckReport(articles=0, attachments=0, problems=(damage,))
    with read() as session:
        if is_sqlite:
            for row in session.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"database: row {row[1]} of {row[0]} points to a missing {row[2]}")
        problems += tag_store.hierarchy_problems(session)
        articles = session.scalar(select(func.count()).select_from(Article)) or 0
        attachments = list(session.execute(select(Attachment.id, Attachment.sha256)))
        stored = files.stored_hashes(session)
        problems += _check_files(files, attachments, stored)
    problems += _check_index(location, read, index)
    problems += [
        f"{part}: a partial file left by an interrupted write; `arshif check --repair` removes it"
        for part in leftover_parts(location)
    ]
    return CheckReport(articles=articles, attachments=len(attachments), problems=tuple(problems))


def repair(
    location: Location,
    read: Reader,
    files: FileStore,
    index: searcher.SearchIndex,
    rebuild_index: Callable[[], object],
) -> list[str]:
    """Fix what can be fixed: rebuild the search index unless it is sound (it agrees with
    the articles and its FTS5 structure passes its own integrity check), remove the
    partial files of killed writes and attached files no attachment refers to (left by a
    crash before a commit). Returns what was done; what cannot be fixed (a missing or
    changed attached file, a damaged database) is what `check` still reports afterwards."""
    done = []
    if not index_is_sound(read, index):
        rebuild_index()
        done.append("search index rebuilt")
    for part in leftover_parts(location):
        part.unlink(missing_ok=True)
        done.append(f"{part} removed: a partial file left by an interrupted write")
    if isinstance(files, FolderFiles):
        with read() as session:
            referenced = set(session.scalars(select(Attachment.sha256)))
            orphans = files.stored_hashes(session) - referenced
        for sha256 in sorted(orphans):
            files.release(sha256)
            done.append(f"file {sha256} removed: no attachment refers to it")
    return done


def leftover_parts(location: Location) -> list[Path]:
    """The hidden ``.part`` files (storage.whole_file) in the archive's folder that a killed
    write left behind: those whose writer's process is gone, and those not written to for an
    hour, so a write under way is spared."""
    if location.folder is None:
        return []
    found = []
    cutoff = time.time() - PART_AGE_SECONDS
    for part in sorted(location.folder.rglob(".*.part")):
        try:
            if part.is_file() and (is_orphan(part) or part.stat().st_mtime < cutoff):
                found.append(part)
        except OSError:
            continue
    return found


def _check_database(location: Location, read: Reader) -> str | None:
    """SQLite's integrity check, in plain words: None when the database is sound."""
    try:
        with read() as session:
            rows = session.execute(text("PRAGMA integrity_check(20)"))
            damage = [line for (line,) in rows if line != "ok"]
    except ArchiveDamaged as error:
        return str(error)
    if not damage:
        return None
    detail = f"SQLite's integrity check: {damage[0]}".replace("\n", " ")
    return str(damaged(location.describe(), detail))


def index_is_sound(read: Reader, index: searcher.SearchIndex) -> bool:
    """Whether the search index agrees with the articles (as `check` finds) and its own
    structure is whole (FTS5's integrity check, which `check` leaves out for its 2 s on the
    corpus): what `repair` rebuilds the index unless it is. A damaged index is not sound."""
    try:
        with read() as session:
            return (
                searcher.stale_entries(session, index) == 0
                and index.is_whole(session)
                and not tantivy_index.is_behind(session)
            )
    except DBAPIError:
        return False


def _check_index(location: Location, read: Reader, index: searcher.SearchIndex) -> list[str]:
    """The search index holds an entry made by these rules from each article's stored text,
    and none else; its tag names are the tags' (`searcher.stale_entries`).

    Each entry is written with the digest of the text it was made from, by one method in one
    transaction, and removed with it: so the digests kept match those of the articles' text
    now exactly when every change of an article's text reached its entry, and the entry ids
    of the FTS5 table are the digests' ids exactly when no entry is missing or left over.
    What this does not read back is each entry's words: they are what the rules make of the
    digested text, unless the index was written by something other than Arshif's index code
    (a damaged page is SQLite's integrity check's to find). Reading them back meant making
    every article's entry again: 27 s of a 29,581-article archive's 28 s check."""
    try:
        with read() as session:
            wrong = searcher.stale_entries(session, index)
            is_behind = tantivy_index.is_behind(session)
    except DBAPIError as error:
        fault = environment_error(error, location.describe())
        if fault is not None and not isinstance(fault, ArchiveDamaged):
            raise fault from None  # a full disk or a busy lock says nothing of the index
        wrong = -1
        problem = str(error.orig)
    if wrong == 0:
        if is_behind:  # FTS5 answers meanwhile: every search still finds what it must
            return [
                "search index: its ranking index (Tantivy) is behind the articles or cannot "
                "be read; `arshif check --repair` rebuilds it"
            ]
        return []
    detail = f"cannot be read ({problem})" if wrong < 0 else "differs from the articles"
    return [f"search index: {detail}; `arshif check --repair` rebuilds it"]


def _check_files(files: FileStore, attachments: Sequence[Any], stored: set[str]) -> list[str]:
    problems = []
    referenced = {sha for _, sha in attachments}
    for attachment_id, sha256 in attachments:
        if sha256 not in stored:
            problems.append(f"attachment {attachment_id}: file {sha256} is missing")
        elif isinstance(files, FolderFiles):
            actual, _ = sha256_of(files.path_of(sha256))
            if actual != sha256:
                problems.append(f"attachment {attachment_id}: file {sha256} has changed")
    for orphan in sorted(stored - referenced):
        problems.append(
            f"file {orphan} is kept but no attachment refers to it (left by an import or "
            "restore that was stopped before it finished); `arshif check --repair` removes it"
        )
    return problems
