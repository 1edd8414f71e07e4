"""Scans → text: Tesseract with its Arabic model (and its English one for Latin words), one
page per worker process, on every core.

Each page is made ready for Tesseract first: grey levels, small images enlarged, speckle
noise removed where there is some (a median filter), and a skew of up to five degrees
measured (the angle at which the rows of ink are sharpest) and turned back. Tesseract's
lines (it gives each line's words in reading order) are then put in columns and paragraphs
by the same rules as a PDF's text (storage.ingest.page_layout), right column first.

pytesseract runs the ``tesseract`` program of the system (Debian's tesseract-ocr): a page
that crashes or exhausts Tesseract fails alone, and nothing needs compiling.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import statistics
import warnings
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from storage.background import _main_module_hidden
from storage.errors import ImportFailed
from storage.ingest.page_layout import Line, paragraphs, reading_order
from storage.ingest.plaintext import article_from_paragraphs
from storage.records import ArticleDraft, TextOrigin
from storage.text.extracted import arabic_punctuation, is_right_to_left, repair_extracted

if TYPE_CHECKING:
    from PIL import Image

LANGUAGES = "ara"  # with "ara+eng" Tesseract reads some Arabic words as Latin garbage
LATIN = "eng"  # a second look at words the Arabic model is unsure of and reads without letters
UNSURE = 60.0
OCR_DPI = 300
MAX_PIXELS = 100_000_000  # a page of A3 at 600 dpi is 70 million
MAX_IMAGE_PAGES = 1_000
Progress = Callable[[int, int, str], None]
_ARABIC = re.compile("[\u0621-\u064a]")


class ImportCancelled(ImportFailed):
    """The user cancelled while the pages of this file were being recognised."""


@dataclass(frozen=True)
class PageRequest:
    """A page to recognise: frame ``index`` of an image file, or page ``index`` of a PDF."""

    path: str
    kind: str  # "image" or "pdf"
    index: int


@dataclass(frozen=True)
class RecognisedPage:
    columns: list[list[Line]]
    confidence: float  # mean word confidence, 0–100, weighted by the words' letters
    letters: int


def image_pages(path: Path) -> int:
    """The number of pages (frames) of an image file, or ImportFailed saying why it cannot
    be recognised: empty, not an image, too many pixels (read from its header only)."""
    from PIL import Image, UnidentifiedImageError

    import storage.ingest.scan_image  # noqa: F401  (lets Pillow open large images: checked here)

    label = str(path)
    try:
        if path.stat().st_size == 0:
            raise ImportFailed(label, "the file is empty")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
    except UnidentifiedImageError:
        raise ImportFailed(label, "not an image Arshif can read (damaged?)") from None
    except Image.DecompressionBombError:
        raise ImportFailed(label, f"the image is larger than {MAX_PIXELS:,} pixels") from None
    except OSError as error:
        raise ImportFailed(label, f"cannot be read ({error.strerror or error})") from None
    if width * height > MAX_PIXELS:
        raise ImportFailed(
            label,
            f"the image is {width:,} × {height:,} pixels; Arshif recognises images of at most "
            f"{MAX_PIXELS // 1_000_000} million pixels (a page at 600 dpi)",
        )
    if frames > MAX_IMAGE_PAGES:
        raise ImportFailed(label, f"{frames:,} pages; at most {MAX_IMAGE_PAGES:,} are read")
    return int(frames)


class OcrRunner:
    """Recognises pages in worker processes, started when the first scan comes and stopped by
    `close`. ``progress(done, total, "FILE: page N of M")`` after each page; ``is_cancelled``
    is checked while the pages are being recognised."""

    def __init__(
        self,
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
    ) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled or (lambda: False)
        self._workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def recognise(self, label: str, requests: list[PageRequest]) -> list[RecognisedPage]:
        check_tesseract(label)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=min(self._workers, MAX_IMAGE_PAGES),
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
            )
        with _main_module_hidden():
            futures = [self._pool.submit(recognise_page, request) for request in requests]
        try:
            return self._collect(label, futures)
        except BaseException:
            for future in futures:
                future.cancel()
            raise

    def _collect(self, label: str, futures: list[Future[RecognisedPage]]) -> list[RecognisedPage]:
        pending = set(futures)
        total = len(futures)
        while pending:
            if self._is_cancelled():
                raise ImportCancelled(label, "import cancelled while its pages were recognised")
            finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if self._progress is not None and finished:
                done = total - len(pending)
                self._progress(done, total, f"{label}: page {done} of {total}")
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            self.close()
            raise ImportFailed(label, "OCR stopped: a worker process ended unexpectedly") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _start_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"  # one page a core: Tesseract's own threads only slow it


@functools.cache
def _languages() -> frozenset[str]:
    import pytesseract

    return frozenset(pytesseract.get_languages(config=""))


def check_tesseract(label: str) -> None:
    """ImportFailed unless Tesseract and its Arabic model are installed."""
    import pytesseract

    try:
        languages = _languages()
    except (pytesseract.TesseractNotFoundError, OSError):
        raise ImportFailed(
            label, "OCR needs Tesseract: install the packages tesseract-ocr and tesseract-ocr-ara"
        ) from None
    missing = [code for code in (*LANGUAGES.split("+"), LATIN) if code not in languages]
    if missing:
        raise ImportFailed(
            label,
            "OCR needs Tesseract's model for "
            + ", ".join(missing)
            + ": install tesseract-ocr-"
            + " tesseract-ocr-".join(missing),
        )


def recognise_page(request: PageRequest) -> RecognisedPage:
    """Recognise one page (runs in a worker process)."""
    import pytesseract

    from storage.ingest.missed_lines import missed_lines
    from storage.ingest.scan_image import load_page, prepared

    image = prepared(load_page(request, OCR_DPI, MAX_PIXELS))
    try:
        data = pytesseract.image_to_data(
            image, lang=LANGUAGES, config="--psm 3", output_type=pytesseract.Output.DICT
        )
    except pytesseract.TesseractError as error:
        reason = f"page {request.index + 1}: Tesseract failed ({error.message or error.status})"
        raise ImportFailed(request.path, reason) from None
    _read_latin_words(image, data)
    lines, confidence, letters = _lines(data)
    rtl = is_right_to_left(" ".join(line.text for line in lines))
    columns = reading_order(lines, rtl=rtl, by_size=False)
    extra = missed_lines(image, columns, _read_one_line)
    if extra:
        columns = reading_order([*lines, *extra], rtl=rtl, by_size=False)
    return RecognisedPage(columns, confidence, letters)


def _read_one_line(crop: Image.Image) -> tuple[list[Line], float]:
    import pytesseract

    data = pytesseract.image_to_data(
        crop, lang=LANGUAGES, config="--psm 7", output_type=pytesseract.Output.DICT
    )
    _read_latin_words(crop, data)
    lines, confidence, _letters = _lines(data)
    return lines, confidence


def _read_latin_words(image: Image.Image, data: dict[str, list[object]]) -> None:
    """Words the Arabic model is unsure of and read as no Arabic letters («UNESCO» comes out
    as digits) read again with the Latin model, kept if it is surer."""
    import pytesseract

    for i, text in enumerate(data["text"]):
        word = str(text).strip()
        confidence = float(str(data["conf"][i]))
        mixed = bool(_ARABIC.search(word)) and bool(re.search("[0-9A-Za-z/]", word))
        if (
            not word
            or confidence < 0
            or confidence >= UNSURE
            or (_ARABIC.search(word) and not mixed)
        ):
            continue
        left, top = int(str(data["left"][i])), int(str(data["top"][i]))
        width, height = int(str(data["width"][i])), int(str(data["height"][i]))
        pad = max(4, height // 4)
        crop = image.crop((left - pad, top - pad, left + width + pad, top + height + pad))
        again = pytesseract.image_to_data(
            crop, lang=LATIN, config="--psm 7", output_type=pytesseract.Output.DICT
        )
        found = [
            (str(t).strip(), float(str(c)))
            for t, c in zip(again["text"], again["conf"], strict=True)
            if str(t).strip() and float(str(c)) >= 0
        ]
        if found and min(c for _, c in found) > confidence:
            data["text"][i] = " ".join(t for t, _ in found)
            data["conf"][i] = min(c for _, c in found)


def _lines(data: dict[str, list[object]]) -> tuple[list[Line], float, int]:
    """Tesseract's words grouped by line (block, paragraph, line), in its order."""
    words: dict[tuple[object, ...], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if str(text).strip() and float(str(data["conf"][i])) >= 0:
            key = (
                data["page_num"][i],
                data["block_num"][i],
                data["par_num"][i],
                data["line_num"][i],
            )
            words.setdefault(key, []).append(i)
    lines, weighted, letters = [], 0.0, 0
    for members in words.values():
        said = " ".join(str(data["text"][i]).strip() for i in members)
        text = arabic_punctuation(repair_extracted(said))
        box = [
            (int(str(data["left"][i])), int(str(data["top"][i])),
             int(str(data["width"][i])), int(str(data["height"][i])))
            for i in members
        ]  # fmt: skip
        for i in members:
            count = len(str(data["text"][i]).strip())
            weighted += float(str(data["conf"][i])) * count
            letters += count
        lines.append(
            Line(
                text=text,
                left=min(b[0] for b in box),
                top=min(b[1] for b in box),
                right=max(b[0] + b[2] for b in box),
                bottom=max(b[1] + b[3] for b in box),
                size=statistics.median(b[3] for b in box),
            )
        )
    return lines, (weighted / letters if letters else 0.0), letters


def mean_confidence(pages: list[RecognisedPage]) -> float:
    letters = sum(page.letters for page in pages)
    if not letters:
        return 0.0
    return sum(page.confidence * page.letters for page in pages) / letters


def read_scan(path: Path, ocr: OcrRunner) -> ArticleDraft:
    """The article on a scanned image (every page of a multi-page TIFF), recognised."""
    pages = image_pages(path)
    requests = [PageRequest(str(path), "image", index) for index in range(pages)]
    results = ocr.recognise(str(path), requests)
    draft = article_from_paragraphs(paragraphs([c for page in results for c in page.columns]))
    if draft is None:
        raise ImportFailed(str(path), "no text was recognised in the image (a scan of print?)")
    return replace(
        draft,
        original=str(path),
        pages=pages,
        original_page=1,
        text_origin=TextOrigin.OCR,
        ocr_confidence=round(mean_confidence(results), 1),
    )
