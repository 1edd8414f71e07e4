"""Database errors told apart by their result codes (SQLite's error codes, PostgreSQL's
SQLSTATE), never by their message text: which are the environment's (busy, full, damaged,
read-only, unreachable) and become an ArchiveError naming the archive, and which are bugs."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError

from storage.errors import ArchiveBusy, ArchiveDamaged, ArchiveError, ArchiveReadOnly, ErrorCode

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
SQLITE_PERM, SQLITE_NOMEM, SQLITE_NOLFS = 3, 7, 22


def damaged(where: str, detail: str) -> ArchiveDamaged:
    return ArchiveDamaged.of(ErrorCode.DAMAGED, where=where, detail=detail)


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
        return ArchiveBusy.of(ErrorCode.BUSY, where=where)
    if primary == SQLITE_FULL:
        return ArchiveError.of(ErrorCode.DISK_FULL, where=where)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(where, _first_line(original))
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        return ArchiveReadOnly.of(ErrorCode.READ_ONLY, where=where)
    if primary == SQLITE_CANTOPEN:
        return ArchiveError.of(ErrorCode.CANNOT_OPEN, where=where)
    if primary == SQLITE_IOERR:
        return ArchiveError.of(ErrorCode.DISK_ERROR, where=where, detail=_first_line(original))
    if primary == SQLITE_NOMEM:
        return ArchiveError.of(ErrorCode.OUT_OF_MEMORY, where=where)
    if primary == SQLITE_NOLFS:
        return ArchiveError.of(ErrorCode.DISK_ERROR, where=where, detail=_first_line(original))
    return None  # SQLITE_ERROR (an SQL mistake), SQLITE_MISMATCH, a constraint, …: a bug


def _postgres_error(
    original: BaseException, sqlstate: str | None, where: str, error: DBAPIError
) -> ArchiveError | None:
    if sqlstate is None or sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        # No SQLSTATE: the connection itself failed (the server stopped or cannot be reached).
        if isinstance(error, OperationalError) or sqlstate is not None:
            return ArchiveError.of(
                ErrorCode.SERVER_UNREACHABLE, where=where, detail=_first_line(original)
            )
        return None
    if sqlstate in ("40001", "40P01", "55P03", "57014"):
        return ArchiveBusy.of(ErrorCode.BUSY, where=where)
    if sqlstate == "53100":
        return ArchiveError.of(ErrorCode.SERVER_DISK_FULL, where=where)
    if sqlstate.startswith("53"):
        return ArchiveError.of(
            ErrorCode.SERVER_RESOURCES, where=where, detail=_first_line(original)
        )
    if sqlstate in ("25006", "42501"):
        return ArchiveReadOnly.of(
            ErrorCode.SERVER_READ_ONLY, where=where, detail=_first_line(original)
        )
    if sqlstate.startswith("XX"):
        return damaged(where, _first_line(original))
    if sqlstate.startswith("28") or sqlstate == "3D000":
        return ArchiveError.of(ErrorCode.SERVER_REFUSED, where=where, detail=_first_line(original))
    return None
