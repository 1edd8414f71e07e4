"""Opening an archive: where it is, whether it exists (or may be made), its schema brought up
to date (storage.migrations), its attached files' store, and who makes the changes."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from storage import migrations
from storage.db_errors import classified
from storage.engine import (
    DATABASE_NAME,
    FILES_FOLDER,
    Location,
    create_archive_engine,
    is_read_only,
    resolve_location,
)
from storage.errors import ArchiveError, ArchiveNotFound
from storage.files import DatabaseFiles, FileStore, FolderFiles


def open_database(
    location: str | os.PathLike[str] | Location | None, *, create: bool
) -> tuple[Location, Engine, FileStore]:
    """The location, its engine (schema upgraded) and its file store; see `Archive.open`."""
    where = location if isinstance(location, Location) else resolve_location(location)
    if where.folder is not None:
        try:
            exists = (where.folder / DATABASE_NAME).exists()
        except OSError as error:
            raise ArchiveError(f"{where.folder}: cannot be read ({error.strerror})") from None
        if not create and not exists:
            raise ArchiveNotFound(
                f"{where.folder}: there is no archive here; "
                f"`arshif --archive {where.folder} init` makes a new one"
            )
        _prepare_folder(where.folder)
    engine = create_archive_engine(where, read_only=is_read_only(where))
    try:
        if not create and migrations.current_revision(engine) is None:
            raise ArchiveNotFound(
                f"{where.describe()}: this database holds no archive yet; "
                "`arshif --archive URL init` makes one"
            )
        migrations.upgrade(engine, where.database_path)
    except DBAPIError as error:
        engine.dispose()
        raise classified(error, where.describe()) from None
    except BaseException:
        engine.dispose()
        raise
    files: FileStore = (
        DatabaseFiles() if where.folder is None else FolderFiles(where.folder / FILES_FOLDER)
    )
    return where, engine, files


def default_user() -> str:
    """``$ARSHIF_USER``, else the login name, else nothing."""
    try:
        return os.environ.get("ARSHIF_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return ""


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ArchiveNotFound(f"{folder}: is a file, not an archive folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ArchiveNotFound(
            f"{folder}: cannot create the archive folder ({error.strerror})"
        ) from None
