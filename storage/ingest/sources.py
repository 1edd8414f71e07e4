"""Paths given by a user (files and folders) → a stream of (label, draft or problem)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from storage.errors import ImportFailed
from storage.ingest.decoding import decode
from storage.ingest.exports import read_csv, read_jsonl
from storage.ingest.plaintext import parse_article
from storage.records import ArticleDraft, ItemOrigin

IngestItem = tuple[ItemOrigin, ArticleDraft | ImportFailed]
TEXT_SUFFIXES = {".txt", ".text"}
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
WORD_SUFFIXES = {".docx"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
CSV_SUFFIXES = {".csv", ".csv.gz"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | WORD_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
MAX_ARTICLE_FILE = 50 * 1024 * 1024


def files_under(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and the files of a known type in the folders named (recursively,
    hidden ones left out), in a stable order; with them what cannot be imported and must be
    reported, not passed over: a folder that cannot be read, a link to nothing, a special
    file (a FIFO, a device, a socket). `read_file` says what is wrong with each."""
    for path in paths:
        if path.is_dir():
            yield from (
                child
                for child in _folder_files(path, with_problems=True)
                if suffix_of(child) in KNOWN_SUFFIXES or _problem_of(child) is not None
            )
        else:
            yield path


def skipped_under(paths: Iterable[Path]) -> list[Path]:
    """Files in the folders named that are of no type Arshif reads (images, notes, …)."""
    return [
        child
        for path in paths
        if path.is_dir()
        for child in _folder_files(path)
        if suffix_of(child) not in KNOWN_SUFFIXES
    ]


def _folder_files(folder: Path, *, with_problems: bool = False) -> Iterator[Path]:
    """The regular files under ``folder`` (hidden ones left out), sorted; ``with_problems``
    adds the sub-folders that cannot be read and the entries that are no regular file."""
    unreadable: list[Path] = []
    found: list[Path] = []
    for top, folders, names in os.walk(
        folder, onerror=lambda e: unreadable.append(Path(e.filename))
    ):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            if not name.startswith("."):
                found.append(Path(top) / name)
    for child in sorted(found + (unreadable if with_problems else [])):
        if child.is_file() or (with_problems and _problem_of(child) is not None):
            yield child


def _problem_of(path: Path) -> str | None:
    """What keeps ``path`` from being read as a file, if anything."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a link to a file that does not exist" if path.is_symlink() else None
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if stat.S_ISDIR(mode):
        try:
            with os.scandir(path):
                return None
        except OSError as error:
            return f"the folder cannot be read ({error.strerror})"
    if not stat.S_ISREG(mode):
        kind = (
            "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        )
        return f"not a regular file ({kind})"
    return None


def count_files(paths: Iterable[Path]) -> int:
    return sum(1 for _ in files_under(paths))


def suffix_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def read_paths(paths: Iterable[Path]) -> Iterator[IngestItem]:
    for path in files_under(paths):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[IngestItem]:
    label = str(path)
    origin = ItemOrigin(label)
    suffix = suffix_of(path)
    problem = _problem_of(path)
    if problem is not None:
        yield origin, ImportFailed(label, problem)
    elif not path.exists():
        yield origin, ImportFailed(label, "no such file or folder")
    elif suffix in JSONL_SUFFIXES | CSV_SUFFIXES:
        records = read_jsonl(path) if suffix in JSONL_SUFFIXES else read_csv(path)
        empty = True
        for item in records:
            empty = False
            yield item
        if empty:
            yield origin, ImportFailed(label, "the file holds no articles (it is empty)")
    elif suffix in TEXT_SUFFIXES | PAGE_SUFFIXES | WORD_SUFFIXES:
        yield origin, _read_article_file(path, suffix)
    else:
        known = ", ".join(sorted(KNOWN_SUFFIXES))
        reason = f"unsupported file type {suffix or '(none)'!r}; Arshif reads {known}"
        yield origin, ImportFailed(label, reason)


def _read_article_file(path: Path, suffix: str) -> ArticleDraft | ImportFailed:
    """A file that holds one article: plain text, a saved web page or a Word document."""
    label = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_FILE:
            return ImportFailed(label, f"{size:,} bytes is too large for one article")
        data = path.read_bytes()
        if not data.strip():
            return ImportFailed(label, "the file is empty")
        # The readers of web pages and Word documents load large libraries: only when needed.
        if suffix in PAGE_SUFFIXES:
            from storage.ingest.webpage import read_webpage

            return read_webpage(data, label)
        if suffix in WORD_SUFFIXES:
            from storage.ingest.word_document import read_word_document

            return read_word_document(data, label)
        draft = parse_article(decode(data, label))
    except ImportFailed as problem:
        return problem
    except OSError as error:
        return ImportFailed(label, f"cannot be read ({error.strerror})")
    if draft is None:
        return ImportFailed(label, "the file holds no visible text")
    return draft
