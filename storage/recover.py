"""`arshif recover DAMAGED NEW`: save what can be read of a damaged SQLite archive into a new one.

The damaged files are never written: a copy is read. Every table the new schema knows is read
row by row in rowid order; where a damaged page stops the reading, the rows after it are looked
up one by one until the reading can go on, and each row that cannot be read is counted. The
rows are copied into a new archive made with the current schema; a row that cannot be kept (a
broken field, a link to a row that was lost) is left out and counted. Attached files are copied
when they are present and unchanged. The new archive's search index is built afresh, and
`check` must find it sound. (The ``sqlite3`` command's ``.recover`` needs SQLite's dbpage
table, which Debian's build lacks; reading through the b-trees saves every row of every page
that is still whole.)
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column
from sqlalchemy.dialects import sqlite as sqlite_dialect

from storage.engine import DATABASE_NAME, FILES_FOLDER
from storage.errors import ArchiveError
from storage.files import FolderFiles, sha256_of
from storage.models import Base

_DIALECT = sqlite_dialect.dialect()
PROBED = 1_000  # ids looked up past a damaged page when the table's last id cannot be read
SKIPPED = {"alembic_version", "blobs"}  # the schema is the new archive's; blobs are a server's
INDEX_SETTING = "search_index_version"


@dataclass
class RecoveryReport:
    source: Path
    target: Path
    saved: dict[str, int] = field(default_factory=dict)
    lost: dict[str, int] = field(default_factory=dict)
    files_saved: int = 0
    files_lost: list[str] = field(default_factory=list)
    uncounted: list[str] = field(default_factory=list)  # tables whose lost rows are uncounted
    problems: list[str] = field(default_factory=list)

    @property
    def is_complete(self) -> bool:
        return not (any(self.lost.values()) or self.files_lost or self.uncounted)

    def as_json(self) -> dict[str, object]:
        return {
            "source": str(self.source),
            "target": str(self.target),
            "complete": self.is_complete,
            "saved": self.saved,
            "lost": {name: count for name, count in self.lost.items() if count},
            "files_saved": self.files_saved,
            "files_lost": self.files_lost,
            "uncounted": self.uncounted,
            "problems": self.problems,
        }

    def lines(self) -> list[str]:
        saved = ", ".join(f"{count:,} {name}" for name, count in self.saved.items() if count)
        lines = [f"{self.target}: saved {saved or 'nothing'}; {self.files_saved:,} files"]
        for name, count in self.lost.items():
            if count and name not in self.uncounted:
                lines.append(f"not saved: {count:,} {name} (damaged, or linked to lost rows)")
        for name in self.uncounted:
            lines.append(f"not saved: rows of {name} on damaged pages (how many cannot be read)")
        for sha256 in self.files_lost:
            lines.append(f"not saved: attached file {sha256} (missing or changed)")
        lines += [f"problem: {p}" for p in self.problems]
        lines.append("complete" if self.is_complete else "saved what could be read")
        return lines


def recover(damaged: Path, new: Path) -> RecoveryReport:
    database = damaged / DATABASE_NAME if damaged.is_dir() else damaged
    folder = damaged if damaged.is_dir() else damaged.parent
    if not database.is_file():
        raise ArchiveError(f"{damaged}: holds no archive database ({DATABASE_NAME})")
    _check_new(new, folder)
    report = RecoveryReport(damaged, new)
    from storage.archive import Archive

    with tempfile.TemporaryDirectory(prefix="arshif-recover-") as scratch:
        copy = Path(scratch) / DATABASE_NAME
        for suffix in ("", "-wal"):
            if Path(f"{database}{suffix}").exists():
                shutil.copyfile(f"{database}{suffix}", f"{copy}{suffix}")
        source = sqlite3.connect(copy, isolation_level=None)
        try:
            # Read the schema as it is, tolerating damage in it (only the copy is open).
            source.execute("PRAGMA writable_schema = ON")
            tables = _readable_tables(source, damaged)
            Archive.open(new).close()  # the current schema, empty
            _copy_rows(source, tables, new / DATABASE_NAME, report)
        finally:
            source.close()
    _copy_files(new / DATABASE_NAME, folder / FILES_FOLDER, new / FILES_FOLDER, report)
    with Archive.open(new) as archive:  # builds the search index afresh
        report.problems += list(archive.check().problems)
    return report


def _check_new(new: Path, damaged_folder: Path) -> None:
    if not new.name:
        raise ArchiveError(f"{new}: name a new folder for the saved archive")
    if new.exists() and (not new.is_dir() or any(new.iterdir())):
        raise ArchiveError(f"{new}: is not empty; name a new folder for the saved archive")
    resolved, source = new.resolve(), damaged_folder.resolve()
    if resolved == source or source in resolved.parents:
        raise ArchiveError(f"{new}: is inside the damaged archive {source}; choose another place")


def _readable_tables(source: sqlite3.Connection, damaged: Path) -> dict[str, set[str]]:
    """The columns of each table of the damaged database, as its schema still says."""
    try:
        names = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise ArchiveError(
            f"{damaged}: nothing can be read: the database's first page (its table of "
            f"contents) is damaged ({error})"
        ) from None
    tables = {}
    for table in Base.metadata.sorted_tables:
        if table.name in names:
            try:
                info = source.execute(f'PRAGMA table_info("{table.name}")')
                tables[table.name] = {row[1] for row in info}
            except sqlite3.DatabaseError:
                continue
    return tables


def _copy_rows(
    source: sqlite3.Connection, tables: dict[str, set[str]], target: Path, report: RecoveryReport
) -> None:
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("BEGIN")
        read: dict[str, int] = {}
        for table in Base.metadata.sorted_tables:
            name = table.name
            if name in SKIPPED or name not in tables:
                continue
            kept = [c for c in table.columns if c.name in tables[name]]
            columns = [c.name for c in kept]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = _Rows(source, name, listed, _row_check(kept))
            marks = ", ".join("?" * len(columns))
            insert = f'INSERT OR IGNORE INTO "{name}" ({listed}) VALUES ({marks})'
            connection.executemany(insert, rows)
            read[name] = rows.count
            report.lost[name] = rows.unreadable
            if rows.end_unknown:
                report.uncounted.append(name)
        connection.execute("DELETE FROM archive_settings WHERE name = ?", (INDEX_SETTING,))
        _drop_broken_links(connection)
        for name, count in read.items():
            if name == "archive_settings":
                continue
            saved = connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            report.saved[name] = saved
            report.lost[name] += max(0, count - saved)
        report.lost.pop("archive_settings", None)
        connection.execute("COMMIT")
    finally:
        connection.close()


class _Rows:
    """The readable rows of one table, in rowid order, skipping the damaged stretches."""

    def __init__(
        self,
        source: sqlite3.Connection,
        table: str,
        columns: str,
        fits: Callable[[tuple[object, ...]], bool],
    ) -> None:
        self._source, self._table, self._columns, self._fits = source, table, columns, fits
        self.count = 0
        self.unreadable = 0
        self.end_unknown = False  # a damaged page hides how many rows there were

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        select = f'SELECT rowid, {self._columns} FROM "{self._table}"'
        last = 0
        while True:
            try:
                for rowid, *values in self._source.execute(
                    f"{select} WHERE rowid > ? ORDER BY rowid", (last,)
                ):
                    if rowid <= last:  # a damaged tree can lead the reading back: never
                        raise sqlite3.DatabaseError("rows out of order")  # read a row twice
                    last = rowid
                    yield from self._checked(tuple(values))
                return
            except sqlite3.DatabaseError:
                found = self._next_readable(last)
                if found is None:
                    return
                last = found[0]  # read by itself: the reading goes on past it, never back
                yield from self._checked(tuple(found[1:]))

    def _checked(self, values: tuple[object, ...]) -> Iterator[tuple[object, ...]]:
        """The row, unless a damaged page made nonsense of it (then counted as not read)."""
        if self._fits(values):
            self.count += 1
            yield values
        else:
            self.unreadable += 1

    def _next_readable(self, last: int) -> tuple[Any, ...] | None:
        """The next row after rowid ``last`` that can be read (rowid first), counting the
        rowids that cannot."""
        try:
            upper = self._source.execute(f'SELECT max(rowid) FROM "{self._table}"').fetchone()[0]
        except sqlite3.DatabaseError:
            upper = None
        if upper is None:
            self.end_unknown = True
            upper = last + PROBED
        for rowid in range(last + 1, upper + 1):
            try:
                row = self._source.execute(
                    f'SELECT rowid, {self._columns} FROM "{self._table}" WHERE rowid = ?',
                    (rowid,),
                ).fetchone()
            except sqlite3.DatabaseError:
                self.unreadable += 1
                continue
            if row is not None:
                return tuple(row)
        return None


def _row_check(columns: list[Column[Any]]) -> Callable[[tuple[object, ...]], bool]:
    """Whether a row read from a damaged page holds values of its columns' types, as the
    archive would read them back (SQLAlchemy's own conversions): a damaged page can give
    rows of garbage, which are left out rather than stored."""
    readers = []
    for column in columns:
        try:
            expected: type | None = column.type.python_type
        except NotImplementedError:
            expected = None
        if expected in (dt.date, dt.datetime):
            expected = str  # stored as ISO text
        read = column.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
        readers.append((column, expected, read))

    def fits(values: tuple[object, ...]) -> bool:
        for (column, expected, read), value in zip(readers, values, strict=True):
            if value is None:
                if not column.nullable:
                    return False
                continue
            if expected is not None and not isinstance(value, expected):
                return False
            if isinstance(value, str) and "\x00" in value:
                return False
            try:
                if read is not None:
                    read(value)
            except (ValueError, TypeError, OverflowError):
                return False
        return True

    return fits


def _drop_broken_links(connection: sqlite3.Connection) -> None:
    """Remove the rows that point to a row that was lost, until none does."""
    while True:
        broken = list(connection.execute("PRAGMA main.foreign_key_check"))
        if not broken:
            return
        for table, rowid, *_ in broken:
            connection.execute(f'DELETE FROM main."{table}" WHERE rowid = ?', (rowid,))


def _copy_files(target: Path, old_files: Path, new_files: Path, report: RecoveryReport) -> None:
    """Copy each attached file that is present and unchanged; drop the attachments of the rest."""
    old, new = FolderFiles(old_files), FolderFiles(new_files)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("BEGIN")
        hashes = [row[0] for row in connection.execute("SELECT DISTINCT sha256 FROM attachments")]
        for sha256 in hashes:
            source = old.path_of(sha256)
            try:
                intact = source.is_file() and sha256_of(source)[0] == sha256
            except OSError:
                intact = False
            if not intact:
                lost = connection.execute("DELETE FROM attachments WHERE sha256 = ?", (sha256,))
                report.lost["attachments"] = report.lost.get("attachments", 0) + lost.rowcount
                report.saved["attachments"] = report.saved.get("attachments", 0) - lost.rowcount
                report.files_lost.append(sha256)
                continue
            destination = new.path_of(sha256)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            report.files_saved += 1
        connection.execute("COMMIT")
    finally:
        connection.close()
