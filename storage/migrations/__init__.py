"""Alembic migrations of the archive schema, run when an archive is opened.

``HEAD`` names the newest revision so that opening an up-to-date archive costs one query and
never loads Alembic; a test keeps it equal to the script directory's head.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from storage.errors import ArchiveError, ArchiveTooNew

HEAD = "0014"
SCRIPT_LOCATION = Path(__file__).resolve().parent


def is_search_table(name: str | None, kind: str) -> bool:
    """The search index's tables are made by hand for each database, not from the models."""
    return kind == "table" and bool(name) and str(name).startswith("search_")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            if inspect(connection).get_table_names():
                raise ArchiveError(
                    f"{engine.url.render_as_string(hide_password=True)}: this database holds "
                    "tables but is not an Arshif archive"
                )
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, database_path: Path | None) -> Path | None:
    """Bring the archive to ``HEAD``; return the path of the copy saved before, if one was."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    scripts = ScriptDirectory.from_config(config)
    known = {script.revision for script in scripts.walk_revisions()}
    if current is not None and current not in known:
        raise ArchiveTooNew(
            f"{database_path or engine.url}: written by a newer Arshif (schema {current}); "
            "update Arshif to open it"
        )
    backup = None
    if current is not None and database_path is not None:
        backup = _save_copy(database_path, current)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def _save_copy(database_path: Path, revision: str) -> Path:
    """A consistent copy of a live SQLite database, made with SQLite's backup API."""
    target = database_path.with_name(f"{database_path.stem}.before-upgrade-from-{revision}.sqlite3")
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(database_path)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    shutil.move(partial, target)
    return target
