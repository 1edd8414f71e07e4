"""A PDF's text as three viewers extract it: poppler (pdftotext, Evince and Okular), pdfium
(Chromium, Edge) and pdf.js (Firefox), and articles written for the tests."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdfium2

from storage.records import ArticleId, ArticleRecord, NoteId, NoteRecord

PDFJS = Path(__file__).resolve().parents[2] / "pdfjs"
# pdftotext marks every right-to-left and left-to-right run of its output with an embedding
# (U+202B/U+202A … U+202C), whatever made the PDF: those are poppler's, not the file's.
POPPLER_EMBEDDINGS = str.maketrans("", "", "\u202a\u202b\u202c")


def poppler(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.translate(POPPLER_EMBEDDINGS).split("\f")[:-1]


def pdfium(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def pdfjs(path: Path) -> list[str]:
    script = PDFJS / "extract.mjs"
    assert (PDFJS / "node_modules" / "pdfjs-dist").is_dir(), "pdf.js is missing: run make test"
    return subprocess.run(
        ["node", str(script), str(path)], capture_output=True, text=True, check=True, cwd=PDFJS
    ).stdout.split("\f")


READERS: dict[str, Callable[[Path], list[str]]] = {
    "poppler": poppler,
    "pdfium": pdfium,
    "pdfjs": pdfjs,
}


def article(
    number: int, title: str, body: str, *, notes: tuple[str, ...] = (), **fields: object
) -> ArticleRecord:
    """An article record as the archive hands it out."""
    when = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    values: dict[str, object] = {
        "id": ArticleId(number),
        "ref": None,
        "title": title,
        "lead": "",
        "body": body,
        "author": "",
        "source": "",
        "date": None,
        "place": "",
        "url": "",
        "page": "",
        "language": "ar",
        "tags": (),
        "notes": tuple(
            NoteRecord(NoteId(number * 100 + i), ArticleId(number), text, when, when)
            for i, text in enumerate(notes)
        ),
        "attachments": (),
        "created": when,
        "updated": when,
        "trashed": None,
        "version": 1,
    }
    values.update(fields)
    return ArticleRecord(**values)  # type: ignore[arg-type]
