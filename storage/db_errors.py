"""Database errors told apart by their result codes (SQLite's error codes, PostgreSQL's
SQLSTATE), never by their message text: which are the environment's (busy, full, damaged,
read-only, unreachable) and become an ArchiveError naming the archive, and which are bugs."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from storage.errors import ArchiveBusy, ArchiveDamaged, ArchiveError, ArchiveReadOnly

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
SQLITE_PERM, SQLITE_NOMEM = 3, 7

RECOVER_HINT = "`arshif recover {where} NEW-FOLDER` saves what can be read into a new archive"


def damaged(where: str, detail: str) -> ArchiveDamaged:
    return ArchiveDamaged(
        f"{where}: the archive's database is damaged ({detail}); "
        + RECOVER_HINT.format(where=where)
    )


def classified(error: DBAPIError, where: str) -> ArchiveError:
    """The ArchiveError a database error stands for; a database error that is not the
    environment's is a bug and is raised as it is (so its crash report shows it)."""
    problem = environment_error(error, where)
    if problem is None:
        raise error
    return problem


def environment_error(error: DBAPIError, where: str) -> ArchiveError | None:
    """The ArchiveError ``error`` stands for, or None if it is a bug (the caller re-raises)."""
    original = error.orig
    if isinstance(original, sqlite3.Error):
        return _sqlite_error(original, where, error)
    sqlstate = getattr(original, "sqlstate", None)
    if original is not None and type(original).__module__.startswith("psycopg"):
        return _postgres_error(original, sqlstate, where, error)
    return None


def _first_line(original: BaseException) -> str:
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def _sqlite_error(original: sqlite3.Error, where: str, error: DBAPIError) -> ArchiveError | None:
    code = getattr(original, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return ArchiveBusy(
            f"{where}: the archive is busy (another program is writing to it); "
            "try again in a moment"
        )
    if primary == SQLITE_FULL:
        return ArchiveError(f"{where}: the disk is full; free some space and try again")
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(where, _first_line(original))
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return ArchiveReadOnly(f"{where}: the archive is read-only; it can be read, not changed")
    if primary == SQLITE_CANTOPEN:
        return ArchiveError(
            f"{where}: the database file cannot be opened (check that the folder exists and "
            "that you may read and write it)"
        )
    if primary == SQLITE_IOERR:
        return ArchiveError(
            f"{where}: the disk could not be read or written ({_first_line(original)})"
        )
    if primary == SQLITE_NOMEM:
        return ArchiveError(f"{where}: out of memory")
    if isinstance(error, OperationalError) and not isinstance(error, IntegrityError):
        return ArchiveError(f"{where}: {_first_line(original)}")
    return None


def _postgres_error(
    original: BaseException, sqlstate: str | None, where: str, error: DBAPIError
) -> ArchiveError | None:
    if sqlstate is None or sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        # No SQLSTATE: the connection itself failed (the server stopped or cannot be reached).
        if isinstance(error, OperationalError) or sqlstate is not None:
            return ArchiveError(
                f"{where}: the database server cannot be reached ({_first_line(original)})"
            )
        return None
    if sqlstate in ("40001", "40P01", "55P03", "57014"):
        return ArchiveBusy(
            f"{where}: the archive is busy (another program is writing to it); "
            "try again in a moment"
        )
    if sqlstate == "53100":
        return ArchiveError(f"{where}: the server's disk is full; free some space and try again")
    if sqlstate.startswith("53"):
        return ArchiveError(f"{where}: the server is out of resources ({_first_line(original)})")
    if sqlstate in ("25006", "42501"):
        return ArchiveReadOnly(
            f"{where}: the archive is read-only for you ({_first_line(original)})"
        )
    if sqlstate.startswith("XX"):
        return damaged(where, _first_line(original))
    if sqlstate.startswith("28") or sqlstate == "3D000":
        return ArchiveError(f"{where}: {_first_line(original)}")
    return None
