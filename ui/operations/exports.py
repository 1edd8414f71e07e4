"""Exporting articles as a PDF dossier, the one flow of `arshif export` and the window's
export dialog: the target checked before any work starts, the file written, every refusal an
ArchiveError naming the file. Qt-free."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from export.dossier import DossierOptions, ExportCancelled, export_dossier, output_path
from storage.archive import Archive
from storage.errors import ArchiveError

Progress = Callable[[int, int, str], None]
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')  # refused by Windows, macOS or Linux
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10))}
_RESERVED |= {f"lpt{n}" for n in range(1, 10)}
MAX_NAME = 120  # characters before the ending: well under every file system's 255 bytes


def default_file_name(title: str, fallback: str = "dossier") -> str:
    """A PDF file name made from ``title`` (a dossier's name, a query), safe on every file
    system: no separators or reserved characters, no bidi controls, no leading dot, no
    trailing dot or space, not a reserved Windows name, at most MAX_NAME characters."""
    text = "".join(c for c in title if unicodedata.category(c) != "Cf")  # bidi marks, ZWJ
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split())[:MAX_NAME].strip(" .")
    if not text or text.lower() in _RESERVED:
        text = fallback
    return f"{text}.pdf"


def checked_target(place: str | Path, archive: Archive, prefix: str = "") -> Path:
    """The PDF file to write at ``place`` (``.pdf`` as given), refused before any work starts
    when it cannot be written (the reason after ``prefix``) or lies inside the archive's
    folder."""
    try:
        path = output_path(place)
    except ValueError as error:
        raise ArchiveError(f"{prefix}{error}") from None
    archive.location.refuse_writing_into(path)
    return path


def export_articles(
    archive: Archive,
    article_ids: Sequence[int],
    path: Path,
    options: DossierOptions,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int | None:
    """Write the dossier of ``article_ids`` (in this order) to ``path``: its page count, or
    None when it was cancelled (no file is left behind then)."""
    articles = archive.article_records(article_ids)
    try:
        return export_dossier(articles, path, options, progress, is_cancelled)
    except ExportCancelled:
        return None
    except OSError as error:
        raise ArchiveError(f"{path}: cannot be written ({error.strerror})") from None
    except ValueError as error:  # the folder went away since it was checked
        raise ArchiveError(str(error)) from None
