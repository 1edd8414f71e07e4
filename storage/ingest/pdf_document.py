"""PDF files: the text layer in reading order, scanned pages through OCR, one article or
several (one per top-level bookmark).

The text layer is read glyph by glyph with its boxes (pdfium): every extractor's order is
unreliable for Arabic (Chromium draws each word's glyphs left to right, pdfium then reverses
some words; poppler reverses ligatures and puts spaces inside words), so the glyphs of a line
are set in visual order by their position and put into logical order by the inverse bidi
algorithm (storage.text.extracted). A page with (almost) no text but an image is a scan: it
is rendered at 300 dpi and recognised by Tesseract in worker processes.
"""

from __future__ import annotations

import ctypes
import itertools
import statistics
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

from storage.errors import ImportFailed
from storage.ingest.ocr import OcrRunner, PageRequest
from storage.ingest.page_layout import (
    Glyph,
    Line,
    lines_from_glyphs,
    paragraphs,
    reading_order,
    without_furniture,
)
from storage.ingest.plaintext import article_from_paragraphs
from storage.records import ArticleDraft, TextOrigin
from storage.text import name_key, tokens
from storage.text.extracted import is_right_to_left, repair_extracted

MAX_PAGES = 1_000
MIN_PAGE_LETTERS = 20  # fewer letters in a page's text layer: a scanned page
# pdfium is not thread-safe: the window renders pages while an import may read a PDF.
PDFIUM_LOCK = threading.RLock()


@dataclass
class _Page:
    columns: list[list[Line]]
    is_scanned: bool = False
    confidence: float | None = None


def open_pdf(path: Path) -> pypdfium2.PdfDocument:
    """The document, or ImportFailed saying why it cannot be read (call under PDFIUM_LOCK)."""
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ImportFailed(
                str(path),
                "the PDF is protected by a password; open it with its password and save or "
                "print it as a new PDF without one, then import that",
            ) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ImportFailed(str(path), "the PDF uses an encryption Arshif cannot read") from None
        raise ImportFailed(str(path), "not a readable PDF (damaged, or not a PDF)") from None
    pages = len(document)
    if pages > MAX_PAGES:
        document.close()
        raise ImportFailed(
            str(path), f"the PDF has {pages:,} pages; Arshif imports PDFs of at most {MAX_PAGES:,}"
        )
    if pages == 0:
        document.close()
        raise ImportFailed(str(path), "the PDF has no pages")
    return document


def read_pdf(path: Path, ocr: OcrRunner) -> list[ArticleDraft]:
    """The articles of the PDF at ``path`` (its pages' text, or OCR of its scanned pages)."""
    with PDFIUM_LOCK:
        document = open_pdf(path)
        try:
            pages, heights, has_image = _text_pages(document, str(path))
            outline = _outline(document)
        finally:
            document.close()
    scanned = [i for i, page in enumerate(pages) if page.is_scanned and has_image[i]]
    if scanned:
        requests = [PageRequest(str(path), "pdf", i) for i in scanned]
        for index, result in zip(scanned, ocr.recognise(str(path), requests), strict=True):
            pages[index] = _Page(result.columns, True, result.confidence)
    text_pages = [i for i, page in enumerate(pages) if not page.is_scanned]
    cleaned = without_furniture(
        [[line for column in pages[i].columns for line in column] for i in text_pages],
        [heights[i] for i in text_pages],
    )
    for i, kept in zip(text_pages, cleaned, strict=True):
        keep = set(map(id, kept))
        pages[i].columns = [[ln for ln in col if id(ln) in keep] for col in pages[i].columns]
    drafts = [d for d in _articles(pages, outline, path) if d is not None]
    if not drafts:
        reason = "the PDF holds no text"
        if not scanned and not any(has_image):
            reason += " and no scanned page"
        raise ImportFailed(str(path), reason)
    return drafts


def _text_pages(
    document: pypdfium2.PdfDocument, label: str
) -> tuple[list[_Page], list[float], list[bool]]:
    pages, heights, has_image = [], [], []
    for index in range(len(document)):
        page = document[index]
        try:
            height = page.get_height()
            textpage = page.get_textpage()
            try:
                runs = _glyph_runs(textpage, height)
            finally:
                textpage.close()
            has_image.append(
                any(o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for o in page.get_objects(max_depth=2))
            )
        except pypdfium2.PdfiumError:
            raise ImportFailed(label, f"page {index + 1} of the PDF cannot be read") from None
        finally:
            page.close()
        lines = lines_from_glyphs(runs)
        letters = sum(ch.isalpha() for line in lines for ch in line.text)
        rtl = is_right_to_left(" ".join(line.text for line in lines))
        pages.append(_Page(reading_order(lines, rtl=rtl), letters < MIN_PAGE_LETTERS))
        heights.append(height)
    return pages, heights, has_image


def _glyph_runs(textpage: pypdfium2.PdfTextPage, height: float) -> list[list[Glyph]]:
    """The page's glyphs, cut into runs where pdfium sees a new line."""
    raw = textpage.raw
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    runs: list[list[Glyph]] = [[]]
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in (0x0D, 0x0A, 0x02, 0xFFFE):
            if runs[-1]:
                runs.append([])
            continue
        # The loose box spans the glyph's advance: the gaps between boxes are then the
        # spacing the typesetter put there, not the letters' own shapes (a dot-like zero).
        if code == 0 or not pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(box)):
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(x), ctypes.byref(y))
        text = chr(code) if code < 0xD800 or code > 0xDFFF else "\ufffd"
        text = text if text.isspace() else repair_extracted(text)
        if not text:
            continue  # a kashida
        runs[-1].append(
            Glyph(
                text,
                box.left,
                height - box.top,
                box.right,
                height - box.bottom,
                pdfium_c.FPDFText_GetFontSize(raw, index),
                origin=(round(x.value, 2), round(y.value, 2)),
                is_generated=bool(pdfium_c.FPDFText_IsGenerated(raw, index)),
            )
        )
    return [run for run in runs if run]


@dataclass(frozen=True)
class _Bookmark:
    title: str
    page: int


def _outline(document: pypdfium2.PdfDocument) -> list[_Bookmark]:
    marks = []
    for item in document.get_toc(max_depth=1):
        destination = item.get_dest()
        index = destination.get_index() if destination is not None else None
        title = (item.get_title() or "").strip()
        if index is not None and title:
            marks.append(_Bookmark(title, index))
    return marks


def _articles(pages: list[_Page], outline: list[_Bookmark], path: Path) -> Iterator[ArticleDraft]:
    """One article per top-level bookmark (at least two, in page order), else one per title
    (see `_headings`), else one article."""
    positions = [((p, c, i), line) for p, c, i, line in _indexed(pages)]
    located = sorted(
        (where, mark.title) for mark in outline if (where := _find_title(pages, mark)) is not None
    )
    if len(located) < 2:
        located = [(where, "") for where in _headings(pages, positions)]
    everything = (len(pages), 0, 0)
    if len(located) < 2:
        yield from _draft_of_lines(pages, positions, (0, 0, 0), everything, path, "")
        return
    ends = [where for where, _ in located[1:]] + [everything]
    for (start, title), end in zip(located, ends, strict=True):
        yield from _draft_of_lines(pages, positions, start, end, path, title)


TITLE_SIZE = 1.5  # times the body's type size: an article's title, not a crosshead
TITLE_CLASS = 0.85  # of the largest title's size: the titles of articles of one rank
MIN_ARTICLE_WORDS = 15  # of text under a title: fewer, and it is a heading of the one article


def _headings(
    pages: list[_Page], positions: list[tuple[tuple[int, int, int], Line]]
) -> list[tuple[int, int, int]]:
    """Where articles begin in a PDF without bookmarks (a page of several articles printed
    from a browser or a word processor): at each title, a run of lines in type of at least
    ``TITLE_SIZE`` times the body's and of the largest such size (within ``TITLE_CLASS``). The
    split is taken only if there are two titles or more and every part has body text of at
    least ``MIN_ARTICLE_WORDS`` words. Large type that repeats words of the body is a pull
    quote, not a title. A scanned page's sizes are only line heights, so a PDF with scanned
    pages is never split this way."""
    if not positions or any(page.is_scanned for page in pages):
        return []
    lines = [line for _where, line in positions]
    body = statistics.median(line.size for line in lines)
    is_title = [line.size >= TITLE_SIZE * body for line in lines]
    if not any(is_title):
        return []
    largest = max(line.size for line in lines if line.size >= TITLE_SIZE * body)
    text = " ".join(tokens(" ".join(line.text for k, line in enumerate(lines) if not is_title[k])))
    starts: list[int] = []
    for k, line in enumerate(lines):
        if not is_title[k] or line.size < TITLE_CLASS * largest or (k and is_title[k - 1]):
            continue
        end = next((j for j in range(k, len(lines)) if not is_title[j]), len(lines))
        words = " ".join(tokens(" ".join(lines[j].text for j in range(k, end))))
        if f" {words} " not in f" {text} ":  # a pull quote repeats the body's words
            starts.append(k)
    if len(starts) < 2:
        return []
    for start, end in itertools.pairwise([*starts, len(lines)]):
        count = sum(len(lines[k].text.split()) for k in range(start, end) if not is_title[k])
        if count < MIN_ARTICLE_WORDS:
            return []
    # text before the first title (a page's kicker, a date line) goes with the first article
    return [(0, 0, 0), *(positions[k][0] for k in starts[1:])]


def _indexed(pages: list[_Page]) -> Iterator[tuple[int, int, int, Line]]:
    for p, page in enumerate(pages):
        for c, column in enumerate(page.columns):
            for i, line in enumerate(column):
                yield p, c, i, line


def _find_title(pages: list[_Page], mark: _Bookmark) -> tuple[int, int, int] | None:
    """Where a bookmark's article begins: the line of its page that starts its title."""
    if not 0 <= mark.page < len(pages):
        return None
    wanted = name_key(mark.title)
    for c, column in enumerate(pages[mark.page].columns):
        for i, line in enumerate(column):
            key = name_key(line.text)
            if key and wanted.startswith(key[: max(8, len(key) // 2)]):
                return mark.page, c, i
    return mark.page, 0, 0


def _draft_of_lines(
    pages: list[_Page],
    positions: list[tuple[tuple[int, int, int], Line]],
    start: tuple[int, int, int],
    end: tuple[int, int, int],
    path: Path,
    title: str,
) -> Iterator[ArticleDraft]:
    columns: dict[tuple[int, int], list[Line]] = {}
    for (p, c, _i), line in positions:
        if start <= (p, c, _i) < end:
            columns.setdefault((p, c), []).append(line)
    texts = paragraphs([columns[key] for key in sorted(columns)])
    if title and (not texts or not name_key(texts[0]).startswith(name_key(title)[:20])):
        texts.insert(0, title)
    elif title and texts and len(texts[0]) < len(title):
        texts[0] = title  # a title over several lines, set out again from the bookmark
    draft = article_from_paragraphs(texts)
    if draft is None:
        return
    used = sorted({p for (p, _c) in columns})
    scanned = [pages[p] for p in used if pages[p].is_scanned]
    confidences = [page.confidence for page in scanned if page.confidence is not None]
    yield replace(
        draft,
        original=str(path),
        pages=len(used),
        original_page=used[0] + 1,
        text_origin=TextOrigin.OCR if len(scanned) * 2 > len(used) else TextOrigin.PDF,
        ocr_confidence=round(sum(confidences) / len(confidences), 1) if confidences else None,
    )
