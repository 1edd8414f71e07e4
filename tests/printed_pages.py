"""Printed pages the tests make themselves from text written for them: PDFs set by ReportLab
(old-style, glyphs in visual order) or by Arshif's export, and scans rendered from them."""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import arabic_reshaper
import pypdfium2
from bidi.algorithm import get_display
from PIL import Image, ImageFilter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from export.dossier import DossierOptions, export_dossier
from export.fonts import NOTO_SANS_ARABIC
from storage.records import ArticleId, ArticleRecord

TITLE = "مكتبة الحي تفتح أبوابها من جديد"
PARAGRAPHS = (
    "حلب (سوريا) – أعادت مكتبة الحي القديم فتح أبوابها صباح الأحد أمام القراء بعد ترميم "
    "استمر عامين.",
    "وقال مدير المكتبة إن المجموعة تضم أكثر من 12000 كتاب، بينها مخطوطات صورتها "
    "منظمة UNESCO رقمياً عام 2024 لحفظها.",
)
RIGHT_COLUMN = "العمود الأيمن يروي قصة السوق القديمة التي عادت إليها الحركة بعد سنوات."
LEFT_COLUMN = "العمود الأيسر يتحدث عن المدرسة الجديدة التي افتتحت في الحي الشمالي."
SECOND_TITLE = "مهرجان الشعر يعود إلى المدينة"
SECOND_BODY = "افتتح مهرجان الشعر دورته العاشرة مساء الخميس بمشاركة شعراء من عشرة بلدان."
FONT = "ArshifTestArabic"


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(NOTO_SANS_ARABIC.regular)))
    return FONT


_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,]*")


def _draw_right(page: canvas.Canvas, right: float, y: float, line: str, size: float) -> None:
    """A line set right to left in visual order: Arabic in the Arabic font, Latin words and
    digits (which it lacks) in Helvetica."""
    visual = get_display(arabic_reshaper.reshape(line), base_dir="R")
    runs = [(m.start(), m.end()) for m in _LATIN_RUN.finditer(visual)]
    pieces, at = [], 0
    for start, end in runs:
        pieces += [(visual[at:start], _font()), (visual[start:end], "Helvetica")]
        at = end
    pieces.append((visual[at:], _font()))
    x = right - sum(pdfmetrics.stringWidth(text, font, size) for text, font in pieces)
    for text, font in pieces:
        page.setFont(font, size)
        page.drawString(x, y, text)
        x += pdfmetrics.stringWidth(text, font, size)


def _wrapped(paragraph: str, width: int = 62) -> list[str]:
    lines: list[list[str]] = [[]]
    for word in paragraph.split():
        if lines[-1] and len(" ".join([*lines[-1], word])) > width:
            lines.append([])
        lines[-1].append(word)
    return [" ".join(line) for line in lines]


def visual_order_pdf(path: Path, paragraphs: list[str], size: float = 14) -> Path:
    """An old-style PDF: each line shaped into presentation forms and set in visual order
    (as arabic_reshaper and python-bidi do), drawn right-aligned, a gap between paragraphs."""
    lines = [(line, i) for i, p in enumerate(paragraphs) for line in _wrapped(p)]
    height = 60 + 26 * len(lines) + 14 * len(paragraphs)
    page = canvas.Canvas(str(path), pagesize=(600, height))
    page.setFont(_font(), size)
    y = height - 40
    for number, (line, paragraph) in enumerate(lines):
        if number and paragraph != lines[number - 1][1]:
            y -= 14
        _draw_right(page, 580, y, line, size)
        y -= 26
    page.save()
    return path


def headed_pdf(
    path: Path, articles: list[tuple[str, list[str]]], *, title_size: float = 20
) -> Path:
    """A page of articles one under another, each a title in large type (``title_size``) over
    its paragraphs in 13 pt, with no bookmarks (as a browser or a word processor prints).
    A paragraph starting with «>» is a pull quote, set in the title's size."""
    rows: list[tuple[str, float, float]] = []  # (line, size, space before)
    for title, body in articles:
        rows += [(line, title_size, 30.0) for line in _wrapped(title, 40)]
        for paragraph in body:
            size = title_size if paragraph.startswith(">") else 13.0
            rows += [(line, size, 10.0) for line in _wrapped(paragraph.lstrip("> "))]
    height = 80 + sum(size * 1.6 + gap for _line, size, gap in rows)
    page = canvas.Canvas(str(path), pagesize=(600, height))
    y = height - 30
    for number, (line, size, gap) in enumerate(rows):
        if number and rows[number - 1][1] != size:
            y -= gap
        y -= size * 1.6
        _draw_right(page, 580, y, line, size)
    page.save()
    return path


def two_column_pdf(path: Path) -> Path:
    """A page with a headline over two columns, the right column's text first in reading order
    (both columns' lines side by side on the same baselines)."""
    page = canvas.Canvas(str(path), pagesize=(520, 260))
    page.setFont(_font(), 18)
    page.drawRightString(500, 220, get_display(arabic_reshaper.reshape(TITLE), base_dir="R"))
    page.setFont(_font(), 13)
    for column, text, right in ((0, RIGHT_COLUMN, 500), (1, LEFT_COLUMN, 240)):
        words = text.split()
        half = (len(words) + 1) // 2
        for row, part in enumerate((" ".join(words[:half]), " ".join(words[half:]))):
            y = 170 - 26 * row
            page.drawRightString(right, y, get_display(arabic_reshaper.reshape(part), base_dir="R"))
        del column
    page.save()
    return path


def article_record(number: int, title: str, body: str) -> ArticleRecord:
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    return ArticleRecord(
        id=ArticleId(number),
        ref=None,
        title=title,
        lead="",
        body=body,
        author="",
        source="الأيام",
        date=dt.date(2024, 5, 1),
        place="",
        url="",
        page="",
        language="ar",
        tags=(),
        notes=(),
        attachments=(),
        created=now,
        updated=now,
        trashed=None,
        version=1,
    )


def arshif_pdf(path: Path, *, articles: int = 1) -> Path:
    """A dossier made by Arshif's own export (cover, contents, a bookmark per article)."""
    records = [article_record(1, TITLE, "\n\n".join(PARAGRAPHS))]
    if articles > 1:
        records.append(article_record(2, SECOND_TITLE, SECOND_BODY))
    export_dossier(records, path, DossierOptions(title="ملف الاختبار"))
    return path


def rendered(pdf: Path, dpi: int = 300) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def degraded(image: Image.Image, seed: int = 7) -> Image.Image:
    """The page as a poor scan: turned 1.5°, speckled, blurred a little (then saved as a JPEG
    of low quality by the caller)."""
    turned = image.rotate(1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    pixels = turned.load()
    assert pixels is not None
    chance = random.Random(seed)
    for _ in range(turned.width * turned.height // 150):
        x, y = chance.randrange(turned.width), chance.randrange(turned.height)
        pixels[x, y] = 0 if chance.random() < 0.5 else 255
    return turned.filter(ImageFilter.GaussianBlur(0.6))


def character_error_rate(found: str, expected: str) -> float:
    """Levenshtein distance over the expected text's length (spaces collapsed)."""
    a, b = " ".join(found.split()), " ".join(expected.split())
    previous = list(range(len(b) + 1))
    for i, ch in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch != other))
            )
        previous = current
    return previous[-1] / max(1, len(b))
