"""A dossier as a PDF: cover, contents, and the articles, each with its metadata and notes.

Built on platypus with the right-to-left engine (export.paragraph): a cover (title, compiler,
Gregorian and Hijri date, article count), a table of contents with page numbers and links,
an outline entry (bookmark) per article, a running header (the dossier's title) and a footer
(page n of N); per article its title, lead, metadata line, tags, body and notes in a box.
Two passes: the first finds where each article starts and how many pages there are.
The file appears whole or not at all: it is written beside its place under a temporary name
and renamed at the end; a cancel (checked before each article) or a failure removes it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from reportlab import rl_config
from reportlab.lib import pagesizes
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from export.embedded_font import EmbeddedFont
from export.fonts import AMIRI, FAMILIES, FontFamily
from export.paragraph import Alignment, RightToLeftParagraph, TextStyle, draw_line, label_line
from export.shaping import ShapingFont
from storage.calendar import Calendar
from storage.calendar import long_date as calendar_long_date
from storage.records import ArticleRecord
from storage.whole_file import written_whole

# Streams are Flate-compressed binary; ReportLab's default ASCII85 layer on top of that is
# written in pure Python and took a tenth of an export's time.
rl_config.useA85 = 0

Digits = Literal["arabic", "western"]
PAGE_SIZES = {"A4": pagesizes.A4, "A5": pagesizes.A5, "Letter": pagesizes.LETTER}
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GRAY = (0.35, 0.35, 0.35)
NOTE_BACKGROUND = Color(1.0, 0.97, 0.86)
NOTE_BORDER = Color(0.85, 0.72, 0.35)


Progress = Callable[[int, int, str], None]


class ExportCancelled(Exception):
    """The export was cancelled; no file was written."""


@dataclass(frozen=True)
class DossierOptions:
    title: str
    compiler: str = ""
    font: str = AMIRI.name
    size: float = 12
    page_size: str = "A4"
    digits: Digits = "arabic"
    include_notes: bool = True
    include_tags: bool = True
    created: dt.date | None = None  # the cover's date; today if None


@cache
def embedded_fonts(family_name: str) -> tuple[EmbeddedFont, EmbeddedFont]:
    """(regular, bold) of a shipped family, registered with ReportLab once per process."""
    family = next((f for f in FAMILIES if f.name == family_name), None)
    if family is None:
        known = ", ".join(f.name for f in FAMILIES)
        raise ValueError(f"font: {family_name!r} is not one of the fonts Arshif ships ({known})")
    return _font(family, "regular"), _font(family, "bold")


def _font(family: FontFamily, weight: str) -> EmbeddedFont:
    path = family.regular if weight == "regular" else family.bold
    return EmbeddedFont(f"{family.name}-{weight}", ShapingFont(path)).register()


def digits(text: str, kind: Digits) -> str:
    return text.translate(_INDIC) if kind == "arabic" else text


def long_date(day: dt.date, kind: Digits, calendar: Calendar = "gregorian") -> str:
    return digits(calendar_long_date(day, calendar), kind)


@dataclass
class _Styles:
    regular: EmbeddedFont
    bold: EmbeddedFont
    size: float

    def style(
        self,
        *,
        bold: bool = False,
        scale: float = 1.0,
        align: Alignment = "justify",
        color: tuple[float, float, float] = (0, 0, 0),
        after: float = 6,
    ) -> TextStyle:
        size = self.size * scale
        return TextStyle(
            self.bold if bold else self.regular,
            size=size,
            leading=size * 1.75,
            alignment=align,
            space_after=after,
            color=color,
        )


@dataclass
class _Steps:
    """One step per article per pass: reports progress and stops the export on a cancel."""

    total: int
    progress: Progress | None = None
    is_cancelled: Callable[[], bool] | None = None
    done: int = 0

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ExportCancelled("export cancelled")

    def step(self, label: str) -> None:
        self.check()
        if self.progress is not None:
            self.progress(self.done, self.total, label)
        self.done += 1


@dataclass
class _Layout:
    """What the first pass learned: where each article starts, how many pages there are."""

    article_pages: dict[int, int] = field(default_factory=dict)
    pages: int = 0


class _ArticleStart(Flowable):  # type: ignore[misc]
    """Marks where an article begins: a bookmark, an outline entry, and its page noted."""

    def __init__(self, article: ArticleRecord, found: _Layout, steps: _Steps) -> None:
        super().__init__()
        self.article = article
        self.found = found
        self.steps = steps

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.steps.step(self.article.title)
        key = f"article-{self.article.id}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(self.article.title, key, level=0)
        self.found.article_pages[self.article.id] = self.canv.getPageNumber()


class _ContentsEntry(Flowable):  # type: ignore[misc]
    """A line of the contents: the title on the right, its page on the left, both a link."""

    def __init__(self, title: str, page: str, key: str, style: TextStyle) -> None:
        super().__init__()
        self.title, self.page, self.key, self.style = title, page, key, style

    def wrap(self, width: float, _height: float) -> tuple[float, float]:
        self.width = width
        return width, self.style.leading

    def draw(self) -> None:
        baseline = self.style.leading * 0.3
        number = label_line(self.page, self.style)
        draw_line(self.canv, number, self.style, 0, baseline)
        title = label_line(self.title, self.style)
        room = self.width - number.width - 24
        if title.width > room:  # too long for one line: shorten the title, keep its start
            title = label_line(
                self.title[: max(8, int(len(self.title) * room / title.width) - 2)] + "…",
                self.style,
            )
        draw_line(self.canv, title, self.style, self.width - title.width, baseline)
        self.canv.linkRect(
            "", self.key, (0, 0, self.width, self.style.leading), relative=1, thickness=0
        )


def export_dossier(
    articles: Sequence[ArticleRecord],
    path: Path,
    options: DossierOptions,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the dossier to ``path``; returns the number of pages. ``progress(done, total,
    label)`` is called before each article of each pass (the label is its title) and once at
    the end; ``is_cancelled`` is checked before each article and raises ExportCancelled. A
    file already at ``path`` is replaced only when the new one is complete."""
    regular, bold = embedded_fonts(options.font)
    styles = _Styles(regular, bold, options.size)
    steps = _Steps(2 * len(articles), progress, is_cancelled)
    found = _Layout()
    path = Path(path)
    try:
        _build(io.BytesIO(), articles, options, styles, found, None, steps)
        with written_whole(path) as temporary:
            with temporary.open("xb") as stream:
                pages = _build(stream, articles, options, styles, _Layout(), found, steps)
            steps.check()
    except ExportCancelled:
        raise ExportCancelled("export cancelled") from None  # without ReportLab's annotation
    if progress is not None:
        progress(steps.total, steps.total, str(path))
    return pages


def _build(
    target: Any,
    articles: Sequence[ArticleRecord],
    options: DossierOptions,
    styles: _Styles,
    found: _Layout,
    known: _Layout | None,
    steps: _Steps,
) -> int:
    page_size = PAGE_SIZES.get(options.page_size)
    if page_size is None:
        raise ValueError(f"page size: {options.page_size!r} is not one of {', '.join(PAGE_SIZES)}")
    margin = 56
    doc = BaseDocTemplate(
        target,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin + 14,
        bottomMargin=margin,
        title=options.title,
        author=options.compiler or "Arshif",
        subject=f"{len(articles)} articles",
        creator="Arshif",
        lang="ar",
        initialFontName=styles.regular.name,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text")
    header = styles.style(scale=0.75, align="center", color=GRAY)

    def furniture(canvas: Canvas, template: BaseDocTemplate) -> None:
        if known is None:  # the measuring pass: its file is thrown away, so no font files
            styles.regular.mark_draft(canvas._doc)
            styles.bold.mark_draft(canvas._doc)
        number = canvas.getPageNumber()
        found.pages = max(found.pages, number)
        if number == 1:
            return
        width, height = page_size
        total = known.pages if known is not None else 0
        title = label_line(options.title, header)
        draw_line(canvas, title, header, (width - title.width) / 2, height - margin + 6)
        text = f"صفحة {number} من {total}" if total else f"صفحة {number}"
        footer = label_line(digits(text, options.digits), header)
        draw_line(canvas, footer, header, (width - footer.width) / 2, margin - 30)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture)])
    story = _cover(articles, options, styles) + _contents(articles, options, styles, known)
    for article in articles:
        story += _article(article, options, styles, found, steps)
    doc.build(story)
    return found.pages


def _cover(
    articles: Sequence[ArticleRecord], options: DossierOptions, styles: _Styles
) -> list[Flowable]:
    day = options.created or dt.date.today()
    lines: list[Flowable] = [
        Spacer(1, 160),
        RightToLeftParagraph(
            options.title, styles.style(bold=True, scale=2.2, after=24, align="center")
        ),
    ]
    if options.compiler:
        lines.append(
            RightToLeftParagraph(
                f"إعداد: {options.compiler}", styles.style(scale=1.2, align="center")
            )
        )
    lines += [
        RightToLeftParagraph(long_date(day, options.digits), styles.style(align="center", after=2)),
        RightToLeftParagraph(long_date(day, options.digits, "hijri"), styles.style(align="center")),
        RightToLeftParagraph(
            digits(f"عدد المقالات: {len(articles)}", options.digits), styles.style(align="center")
        ),
        PageBreak(),
    ]
    return lines


def _contents(
    articles: Sequence[ArticleRecord],
    options: DossierOptions,
    styles: _Styles,
    known: _Layout | None,
) -> list[Flowable]:
    entries: list[Flowable] = [
        RightToLeftParagraph(
            "المحتويات", styles.style(bold=True, scale=1.5, align="right", after=12)
        )
    ]
    entry_style = styles.style()
    for article in articles:
        page = known.article_pages.get(article.id, 0) if known is not None else 0
        entries.append(
            _ContentsEntry(
                article.title,
                digits(str(page or ""), options.digits),
                f"article-{article.id}",
                entry_style,
            )
        )
    entries.append(PageBreak())
    return entries


def _article(
    article: ArticleRecord,
    options: DossierOptions,
    styles: _Styles,
    found: _Layout,
    steps: _Steps,
) -> list[Flowable]:
    parts: list[Flowable] = [
        _ArticleStart(article, found, steps),
        RightToLeftParagraph(
            article.title, styles.style(bold=True, scale=1.5, align="right", after=8)
        ),
    ]
    meta = [
        article.source,
        article.author,
        long_date(article.date, options.digits) if article.date else "",
        long_date(article.date, options.digits, "hijri") if article.date else "",
        article.place,
    ]
    line = " · ".join(m for m in meta if m)
    if line:
        parts.append(
            RightToLeftParagraph(line, styles.style(scale=0.85, align="right", color=GRAY, after=2))
        )
    if article.url:
        parts.append(
            RightToLeftParagraph(
                article.url, styles.style(scale=0.8, align="right", color=GRAY, after=2)
            )
        )
    if options.include_tags and article.tags:
        parts.append(
            RightToLeftParagraph(
                "الوسوم: " + "، ".join(article.tags),
                styles.style(scale=0.85, align="right", color=GRAY),
            )
        )
    parts.append(Spacer(1, 6))
    if article.lead:
        parts.append(
            RightToLeftParagraph(article.lead, styles.style(bold=True, scale=1.05, after=10))
        )
    parts += [
        RightToLeftParagraph(p, styles.style()) for p in article.body.split("\n\n") if p.strip()
    ]
    if options.include_notes and article.notes:
        parts.append(Spacer(1, 8))
        parts.append(_notes_box(article, styles))
    parts.append(PageBreak())
    return parts


def _notes_box(article: ArticleRecord, styles: _Styles) -> Table:
    note_style = styles.style(scale=0.9, after=2)
    rows = [
        [
            RightToLeftParagraph(
                "ملاحظات", styles.style(bold=True, scale=0.95, align="right", after=2)
            )
        ]
    ]
    rows += [[RightToLeftParagraph(note.text, note_style)] for note in article.notes]
    table = Table(rows, colWidths=["100%"])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_BACKGROUND),
                ("FONTNAME", (0, 0), (-1, -1), styles.regular.name),  # else cells select Helvetica
                ("BOX", (0, 0), (-1, -1), 0.8, NOTE_BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table
