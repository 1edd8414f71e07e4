"""The schema: Alembic migrations match the models, and archives are upgraded or refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from storage import migrations
from storage.archive import Archive
from storage.errors import ArchiveError, ArchiveTooNew
from storage.models import Base
from storage.records import ArticleDraft, ImportStatus


def test_head_constant_names_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations.SCRIPT_LOCATION))
    assert ScriptDirectory.from_config(config).get_current_head() == migrations.HEAD


def test_migrations_build_exactly_the_models(archive_location: str) -> None:
    with Archive.open(archive_location) as archive:
        engine = archive._engine
        with engine.connect() as connection:
            dialect = connection.dialect.name
            options = {
                "compare_type": True,
                "include_name": lambda name, kind, _: not migrations.is_search_table(name, kind),
                # an index the models make on one back end only (`Index.ddl_if`) is compared there
                "include_object": lambda item, *_: _made_on(item, dialect),
            }
            context = MigrationContext.configure(connection, opts=options)
            assert compare_metadata(context, Base.metadata) == []


def _made_on(item: object, dialect: str) -> bool:
    condition = getattr(item, "_ddl_if", None)  # what Index.ddl_if() set
    return condition is None or condition.dialect in (None, dialect)


def test_sqlite_archive_settings(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a"):
        pass
    connection = sqlite3.connect(tmp_path / "a" / "archive.sqlite3")
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()


def _hash_size(database: Path) -> list[tuple[int]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT v FROM search_fts_config WHERE k = 'hashsize'").fetchall()
    finally:
        connection.close()


def test_the_search_index_gathers_a_transactions_words_in_32_mib(tmp_path: Path) -> None:
    """FTS5 writes a segment each time a transaction's words pass this (0014); its 1 MiB
    default made an import's transaction write about ten."""
    with Archive.open(tmp_path / "a") as archive:
        archive.add_article(ArticleDraft(title="مطار", body="افتتاح المطار"))
    assert _hash_size(tmp_path / "a" / "archive.sqlite3") == [(32 * 1024 * 1024,)]


def test_an_archive_from_a_newer_arshif_is_refused(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a"):
        pass
    connection = sqlite3.connect(tmp_path / "a" / "archive.sqlite3")
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(ArchiveTooNew, match="newer Arshif"):
        Archive.open(tmp_path / "a")


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / 'archive.sqlite3'}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE invoices (id INTEGER)")
    engine.dispose()
    with pytest.raises(ArchiveError, match="not an Arshif archive"):
        Archive.open(folder)


def test_a_copy_is_saved_before_an_upgrade(tmp_path: Path) -> None:
    database = tmp_path / "archive.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.execute("INSERT INTO t VALUES ('مقال')")
    connection.commit()
    connection.close()
    copy = migrations._save_copy(database, "0001")
    assert copy.name == "archive.before-upgrade-from-0001.sqlite3"
    assert sqlite3.connect(copy).execute("SELECT x FROM t").fetchall() == [("مقال",)]


def test_an_older_archive_is_upgraded_after_a_copy_is_saved(tmp_path: Path) -> None:
    from alembic import command

    folder = tmp_path / "old"
    folder.mkdir()
    database = folder / "archive.sqlite3"
    engine = create_engine(f"sqlite:///{database}")
    config = Config()
    config.set_main_option("script_location", str(migrations.SCRIPT_LOCATION))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO articles (id, title, lead, body, author, source, place, url, page, "
            "language, text_key, created, updated, version) VALUES (1, 'الخلافة', '', "
            "'انتهى حلم الْخِلَافَةُ عند الباغوز في شرق سوريا', '', 'العرب', '', '', '', 'ar', "
            "'k', '2019-03-23 00:00:00', '2019-03-23 00:00:00', 1)"
        )
    engine.dispose()
    with Archive.open(folder) as archive:
        assert migrations.current_revision(archive._engine) == migrations.HEAD
        assert archive.article(1).body.startswith("انتهى حلم")
        assert [hit.id for hit in archive.search("الخلافه الباغوز").hits] == [1]
        assert archive.check().is_ok
        # its text key was made again (0008): the same text is found as a duplicate
        same = ArticleDraft(title="الخلافة", body="انتهى حلم الخلافة عند الباغوز في شرق سوريا")
        outcome, _ = archive.add_article(same)
        assert (outcome.status, outcome.article_id) == (ImportStatus.DUPLICATE, 1)
    assert _hash_size(database) == [(32 * 1024 * 1024,)]
    copy = folder / "archive.before-upgrade-from-0001.sqlite3"
    old = sqlite3.connect(copy)
    assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert old.execute("SELECT title FROM articles").fetchall() == [("الخلافة",)]
    old.close()
