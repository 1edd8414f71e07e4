"""Paths given by a user (files and folders) → a stream of (label, draft or problem)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from storage.errors import ImportFailed
from storage.ingest.decoding import decode
from storage.ingest.jsonl import read_jsonl
from storage.ingest.plaintext import parse_article
from storage.records import ArticleDraft, ItemOrigin

IngestItem = tuple[ItemOrigin, ArticleDraft | ImportFailed]
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
MAX_TEXT_FILE = 50 * 1024 * 1024


def files_under(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, and those in the folders named (recursively, hidden ones left out),
    in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden:
                    yield child
        else:
            yield path


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
    if not path.exists():
        yield origin, ImportFailed(label, "no such file or folder")
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
    elif suffix in TEXT_SUFFIXES:
        yield origin, _read_text(path)
    else:
        known = ", ".join(sorted(TEXT_SUFFIXES | JSONL_SUFFIXES))
        reason = f"unsupported file type {suffix or '(none)'!r}; Arshif reads {known}"
        yield origin, ImportFailed(label, reason)


def _read_text(path: Path) -> ArticleDraft | ImportFailed:
    label = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_FILE:
            return ImportFailed(label, f"{size:,} bytes is too large for one article")
        text = decode(path.read_bytes(), label)
    except ImportFailed as problem:
        return problem
    except OSError as error:
        return ImportFailed(label, f"cannot be read ({error.strerror})")
    draft = parse_article(text)
    if draft is None:
        return ImportFailed(label, "the file holds no visible text")
    return draft
