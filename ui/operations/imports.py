"""Importing files and folders with the report of what happened, the one flow of `arshif
import` and the window's import dialog; and the supported file types as each front end
shows them, all made from storage.ingest.FILE_TYPES. Qt-free."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storage.changes import Changes
from storage.ingest import FILE_TYPES, IngestItem, read_files, survey
from storage.records import ImportOutcome, ImportStatus
from ui.operations.dates_read import DatesRead

if TYPE_CHECKING:  # the CLI's help reads the file types: no SQLAlchemy for that
    from storage.archive import Archive

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ImportReport:
    """What an import did: an outcome per item, the files of other types left aside, how many
    files there were to read, and whether it was cancelled (the files after the cut are in no
    outcome)."""

    outcomes: list[ImportOutcome]
    changes: Changes
    skipped: list[Path]
    total_files: int
    was_cancelled: bool
    dates: DatesRead = field(default_factory=DatesRead)  # the dates read from the text

    def count(self, status: ImportStatus) -> int:
        return sum(outcome.status is status for outcome in self.outcomes)

    @property
    def files_not_read(self) -> int:
        return max(0, self.total_files - len({outcome.path for outcome in self.outcomes}))

    @property
    def has_failures(self) -> bool:
        return any(outcome.status is ImportStatus.FAILED for outcome in self.outcomes)


def import_paths(
    archive: Archive,
    paths: Sequence[Path],
    tags: Sequence[str] = (),
    progress: Progress | None = None,
    page_progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import the files and folders named (each folder walked once). ``progress(files read,
    files found, path)`` as each file's first item is read; ``page_progress(done, total,
    "FILE: page N of M")`` as scans are recognised; ``is_cancelled`` checked between items
    (what was imported before a cancel stays)."""
    found = survey(paths)
    total = len(found.files)
    if progress is not None:
        progress(0, total, "")
    dates = DatesRead()
    items: Iterable[IngestItem] = read_files(
        found.files, page_progress, is_cancelled, archive.articles_read_from
    )
    if progress is not None:
        items = _counting_files(items, progress, total)
    outcomes, changes = archive.import_drafts(
        dates.watch(items), tags, is_cancelled=is_cancelled, total=total
    )
    return ImportReport(outcomes, changes, found.skipped, total, is_cancelled(), dates)


def _counting_files(
    items: Iterable[IngestItem], progress: Progress, total: int
) -> Iterator[IngestItem]:
    """The items, reporting each file as its first item is read (a file of many articles
    gives many items)."""
    files, last = 0, None
    for origin, item in items:
        if origin.path != last:
            files, last = files + 1, origin.path
            progress(files, total, origin.path)
        yield origin, item


# -- the supported file types, as each front end shows them ----------------------------------


def suffixes_text() -> str:
    """One line for people (the CLI's help, the README): «plain text .txt .text; …»."""
    return "; ".join(f"{kind.name} {' '.join(kind.suffixes)}" for kind in FILE_TYPES)


def name_patterns() -> list[str]:
    """The file dialog's patterns of every supported file: «*.txt», «*.jsonl.gz», …"""
    return [f"*{suffix}" for kind in FILE_TYPES for suffix in kind.suffixes]
