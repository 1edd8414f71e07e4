"""Paths given by a user (files and folders) → a stream of (label, draft or problem)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storage.errors import ImportFailed
from storage.ingest.citations import read_csl_json, read_ris
from storage.ingest.decoding import decode
from storage.ingest.exports import read_csv, read_jsonl
from storage.ingest.plaintext import parse_article
from storage.records import ArticleDraft, ArticleId, ItemOrigin, StoredAlready

if TYPE_CHECKING:
    from storage.ingest.ocr import OcrRunner

IngestItem = tuple[ItemOrigin, ArticleDraft | ImportFailed | StoredAlready]
# The articles an earlier import read from a file of the same content (Archive.articles_read_from).
StoredFrom = Callable[[Path], Sequence[ArticleId]]
TEXT_SUFFIXES = {".txt", ".text"}
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
WORD_SUFFIXES = {".docx"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}
CSV_SUFFIXES = {".csv", ".csv.gz"}
CSL_JSON_SUFFIXES = {".json"}  # a citation manager's CSL JSON export (an array of items)
RIS_SUFFIXES = {".ris"}
PDF_SUFFIXES = {".pdf"}
SCAN_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"}


@dataclass(frozen=True)
class FileType:
    """A kind of file Arshif imports: what people call it, and its endings."""

    name: str
    suffixes: tuple[str, ...]


def _sorted(suffixes: set[str]) -> tuple[str, ...]:
    return tuple(sorted(suffixes, key=lambda s: (s.endswith(".gz"), s)))


# The ONE list of what can be imported, in the order people read it: the readers below
# dispatch on these sets; the CLI's help, the window's file dialogs and the README's list are
# made from it (ui.operations.imports; a test holds the README to it).
FILE_TYPES = (
    FileType("plain text", _sorted(TEXT_SUFFIXES)),
    FileType("web pages", _sorted(PAGE_SUFFIXES)),
    FileType("Word documents", _sorted(WORD_SUFFIXES)),
    FileType("JSON Lines", _sorted(JSONL_SUFFIXES)),
    FileType("CSV", _sorted(CSV_SUFFIXES)),
    FileType("CSL JSON", _sorted(CSL_JSON_SUFFIXES)),
    FileType("RIS", _sorted(RIS_SUFFIXES)),
    FileType("PDF", _sorted(PDF_SUFFIXES)),
    FileType("scans, read by OCR", _sorted(SCAN_SUFFIXES)),
)
KNOWN_SUFFIXES = {suffix for kind in FILE_TYPES for suffix in kind.suffixes}
MAX_ARTICLE_FILE = 50 * 1024 * 1024
MAX_SCAN_FILE = 1 << 30  # a PDF or a scan: kept as the article's attachment, 1 GiB at most
Progress = Callable[[int, int, str], None]


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


@dataclass(frozen=True)
class Survey:
    """What the paths named hold, found in one walk of each folder: the files to read (as
    `files_under` gives them) and the files of other types (as `skipped_under`)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


def survey(paths: Iterable[Path]) -> Survey:
    found = Survey()
    for path in paths:
        if not path.is_dir():
            found.files.append(path)
            continue
        for child in _folder_files(path, with_problems=True):
            if suffix_of(child) in KNOWN_SUFFIXES or _problem_of(child) is not None:
                found.files.append(child)
            else:
                found.skipped.append(child)
    return found


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


def read_paths(
    paths: Iterable[Path],
    page_progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    stored_from: StoredFrom | None = None,
) -> Iterator[IngestItem]:
    """Every item of the files and folders named. Scans are recognised in worker processes
    (started at the first scan): ``page_progress(done, total, "FILE: page N of M")`` after
    each page, and ``is_cancelled`` checked between pages. A PDF or a scan that
    ``stored_from`` knows is not read again: each article stored from it comes as StoredAlready."""
    yield from read_files(files_under(paths), page_progress, is_cancelled, stored_from)


def read_files(
    files: Iterable[Path],
    page_progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    stored_from: StoredFrom | None = None,
) -> Iterator[IngestItem]:
    """Every item of ``files`` (found already: see `survey`), as `read_paths` reads them."""
    from storage.ingest.ocr import OcrRunner

    ocr = OcrRunner(page_progress, is_cancelled)
    try:
        for path in files:
            yield from read_file(path, ocr, stored_from)
    finally:
        ocr.close()


def read_file(
    path: Path, ocr: OcrRunner | None = None, stored_from: StoredFrom | None = None
) -> Iterator[IngestItem]:
    label = str(path)
    origin = ItemOrigin(label)
    suffix = suffix_of(path)
    problem = _problem_of(path)
    if problem is not None:
        yield origin, ImportFailed(label, problem)
    elif not path.exists():
        yield origin, ImportFailed(label, "no such file or folder")
    elif suffix in PDF_SUFFIXES | SCAN_SUFFIXES:
        stored = list(stored_from(path)) if stored_from is not None else []
        for number, article_id in enumerate(stored, start=1):
            yield ItemOrigin(label, number if len(stored) > 1 else None), StoredAlready(article_id)
        if not stored:
            yield from _read_printed(path, suffix, ocr)
    elif suffix in JSONL_SUFFIXES | CSV_SUFFIXES:
        records = read_jsonl(path) if suffix in JSONL_SUFFIXES else read_csv(path)
        empty = True
        for item in records:
            empty = False
            yield item
        if empty:
            yield origin, ImportFailed(label, "the file holds no articles (it is empty)")
    elif suffix in CSL_JSON_SUFFIXES:
        yield from read_csl_json(path)
    elif suffix in RIS_SUFFIXES:
        yield from read_ris(path)
    elif suffix in TEXT_SUFFIXES | PAGE_SUFFIXES | WORD_SUFFIXES:
        yield origin, _read_article_file(path, suffix)
    else:
        known = ", ".join(sorted(KNOWN_SUFFIXES))
        reason = f"unsupported file type {suffix or '(none)'!r}; Arshif reads {known}"
        yield origin, ImportFailed(label, reason)


def _read_printed(path: Path, suffix: str, ocr: OcrRunner | None) -> Iterator[IngestItem]:
    """A PDF (its articles, numbered as ``line`` when there are several) or a scan."""
    from storage.ingest.ocr import OcrRunner

    label = str(path)
    runner = ocr or OcrRunner()
    try:
        size = path.stat().st_size
        if size == 0:
            raise ImportFailed(label, "the file is empty")
        if size > MAX_SCAN_FILE:
            raise ImportFailed(label, f"{size:,} bytes; a PDF or a scan may have {MAX_SCAN_FILE:,}")
        if suffix in PDF_SUFFIXES:
            from storage.ingest.pdf_document import read_pdf

            drafts = read_pdf(path, runner)
        else:
            from storage.ingest.ocr import read_scan

            drafts = [read_scan(path, runner)]
    except ImportFailed as problem:
        yield ItemOrigin(label), problem
        return
    except OSError as error:
        yield ItemOrigin(label), ImportFailed(label, f"cannot be read ({error.strerror})")
        return
    finally:
        if ocr is None:
            runner.close()
    for number, draft in enumerate(drafts, start=1):
        yield ItemOrigin(label, number if len(drafts) > 1 else None), draft


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
