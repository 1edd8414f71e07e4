"""Where an archive lives, and the SQLAlchemy engine that opens it.

SQLite archives get WAL, foreign keys, a busy timeout and explicit transactions (``BEGIN`` for
reads, ``BEGIN IMMEDIATE`` for writes, so two writers queue instead of failing mid-way).
PostgreSQL archives are named by a SQLAlchemy URL.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError

from storage.errors import ArchiveError, ArchiveNotFound
from storage.whole_file import writable_file

DATABASE_NAME = "archive.sqlite3"
FILES_FOLDER = "files"
ENVIRONMENT_VARIABLE = "ARSHIF_ARCHIVE"
BUSY_TIMEOUT_SECONDS = 10.0
WRITE_OPTION = "arshif_write"


@dataclass(frozen=True)
class Location:
    """An archive folder (SQLite) or a server URL (PostgreSQL)."""

    url: str
    folder: Path | None

    @property
    def database_path(self) -> Path | None:
        return None if self.folder is None else self.folder / DATABASE_NAME

    @property
    def is_server(self) -> bool:
        return self.folder is None

    def refuse_writing_into(self, path: Path) -> None:
        """ArchiveError naming ``path`` if a file written there would land inside this
        archive's folder: over its database, its WAL, or its attached files."""
        if self.folder is None:
            return
        target = Path(os.path.abspath(path.expanduser()))
        target = target.parent.resolve() / target.name  # the folder as the file system has it
        folder = self.folder.expanduser().resolve()
        if target == folder or folder in target.parents:
            raise ArchiveError(
                f"{path}: is inside the archive folder {folder}; choose a place outside it"
            )

    def writable_target(self, path: Path) -> Path:
        """The path a command (a backup, an export) may write, checked before any work
        starts: never inside this archive's folder (`refuse_writing_into`), never a folder,
        never a blank name; else ArchiveError naming the path."""
        if os.fspath(path).strip():
            self.refuse_writing_into(path)  # first: the archive's own folders exist
        try:
            return writable_file(path)
        except ValueError as problem:
            raise ArchiveError(str(problem)) from None

    def describe(self) -> str:
        """The location as a user would recognise it, never with a password."""
        if self.folder is not None:
            return str(self.folder)
        return make_url(self.url).render_as_string(hide_password=True)


def default_folder() -> Path:
    return platformdirs.user_data_path("arshif", appauthor=False) / "archive"


def resolve_location(value: str | os.PathLike[str] | None = None) -> Location:
    """``value``, else ``$ARSHIF_ARCHIVE``, else the platform's user-data folder."""
    text = os.fspath(value) if value is not None else os.environ.get(ENVIRONMENT_VARIABLE, "")
    if not text:
        return Location(url="", folder=default_folder())
    if "://" in text:
        try:
            url = make_url(text)
        except (ArgumentError, ValueError) as error:  # ValueError: a port that is no number
            shown = re.sub(r"//([^:/@]*):[^@/]*@", r"//\1:***@", text)  # never the password
            raise ArchiveNotFound(f"{shown}: not a valid database URL ({error})") from None
        if url.get_backend_name() != "postgresql":
            raise ArchiveNotFound(
                f"{url.render_as_string(hide_password=True)}: only PostgreSQL URLs "
                "(postgresql+psycopg://user@host/db) name a server archive; "
                "a SQLite archive is named by its folder"
            )
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return Location(url=url.render_as_string(hide_password=False), folder=None)
    return Location(url="", folder=Path(text).expanduser().absolute())


def without_password(location: str) -> str:
    """A location as it may be stored in a settings file: a server URL loses its password (a
    folder, or text that is no URL, stays as it is)."""
    if "://" not in location:
        return location
    try:
        url = make_url(location)
    except ArgumentError:
        return location
    if url.password is None:
        return location
    return url._replace(password=None).render_as_string(hide_password=False)  # set() keeps None


def is_read_only(location: Location) -> bool:
    """A SQLite archive this user may read but not change (its file or folder read-only)."""
    database = location.database_path
    if database is None or location.folder is None or not database.exists():
        return False
    return not (os.access(database, os.W_OK) and os.access(location.folder, os.W_OK))


def create_archive_engine(location: Location, *, read_only: bool = False) -> Engine:
    """The engine of ``location``; ``read_only`` opens a SQLite archive for reading only
    (writes then fail SQLITE_READONLY). In a folder that cannot be written, the database is
    opened immutable: SQLite could not make the WAL index file beside it."""
    if location.folder is None:
        return create_engine(location.url, pool_pre_ping=True)
    database = location.database_path
    assert database is not None
    url = f"sqlite+pysqlite:///{database}"
    if read_only:
        folder_writable = os.access(location.folder, os.W_OK)
        mode = "mode=ro" if folder_writable else "immutable=1"
        url = f"sqlite+pysqlite:///file:{quote(str(database))}?{mode}&uri=true"
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False}
    )
    if read_only:
        event.listen(engine, "connect", _configure_read_only_connection)
        event.listen(engine, "begin", _begin_sqlite_transaction)
        return engine
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Take transactions out of the sqlite3 module's hands: SQLAlchemy's "begin" event emits them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _configure_read_only_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")


def _begin_sqlite_transaction(connection: Connection) -> None:
    is_write = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if is_write else "BEGIN")
