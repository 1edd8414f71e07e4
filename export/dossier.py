"""A dossier as a PDF: cover, contents, and the articles, each with its metadata and notes.

A cover (title, compiler, Gregorian and Hijri date, article count), a table of contents with
page numbers and links, an outline entry (bookmark) per article, a running header (the
dossier's title) and a footer (page n of N); per article its title, metadata line, tags,
lead, body and notes in a box (export.article_layout), each article from a new page.
One pass: the articles are laid out on every core (export.layout_workers) and their pages
written as they come; the cover and the contents, which need the page numbers, come last in
the file and first in the document.
The file appears whole or not at all: it is written beside its place under a temporary name
and renamed at the end; a cancel (checked after each article) or a failure removes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import math
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from export.article_layout import ArticleOptions, Digits, digits, long_date
from export.font_codes import CodeEntry
from export.font_file import FontFile
from export.fonts import AMIRI, FAMILIES
from export.layout_workers import (
    Layouter,
    LayoutJob,
    contents_style,
    laid_out,
    shaping_fonts,
    worker_count,
)
from export.lines import Line, draw_lines, label_line
from export.options import PAGE_SIZES, SIZES
from export.pages import GRAY, Column, PageGeometry, Typesetter
from export.pdf_file import PdfFile, add_font, text_string
from storage.records import ArticleRecord
from storage.whole_file import writable_file, written_whole

Progress = Callable[[int, int, str], None]
__all__ = ["DossierOptions", "ExportCancelled", "digits", "export_dossier"]
__all__ += ["long_date", "output_path"]


class ExportCancelled(Exception):
    """The export was cancelled; no file was written."""


@dataclass(frozen=True)
class DossierOptions:
    """The dossier's options; ones that cannot make a dossier raise ValueError, naming the
    option and what is wrong."""

    title: str
    compiler: str = ""
    font: str = AMIRI.name
    size: float = 12
    page_size: str = "A4"
    digits: Digits = "arabic"
    include_notes: bool = True
    include_tags: bool = True
    created: dt.date | None = None  # the cover's date; today if None

    def __post_init__(self) -> None:
        low, high = SIZES
        if not isinstance(self.size, int | float) or not math.isfinite(self.size):
            raise ValueError(f"size: {self.size!r} is not a number of points")
        if not low <= self.size <= high:
            raise ValueError(f"size: {self.size:g} points is outside {low:g} to {high:g}")
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size: {self.page_size!r} is not one of {', '.join(PAGE_SIZES)}")
        if self.font not in {f.name for f in FAMILIES}:
            known = ", ".join(f.name for f in FAMILIES)
            raise ValueError(f"font: {self.font!r} is not one of the fonts Arshif ships ({known})")
        if not self.title.strip():
            raise ValueError("title: the dossier needs a title")


@dataclass
class _Document:
    """What is known of the document as its articles come in."""

    pdf: PdfFile
    geometry: PageGeometry
    setter: Typesetter
    options: DossierOptions
    article_streams: dict[int, list[int]] = field(default_factory=dict)
    contents_titles: dict[int, Line] = field(default_factory=dict)
    codes: dict[str, list[CodeEntry]] = field(default_factory=dict)

    def take_codes(self, layouter: Layouter) -> None:
        for resource, entries in layouter.take_codes().items():
            self.codes.setdefault(resource, []).extend(entries)


def output_path(place: str | os.PathLike[str]) -> Path:
    """The PDF file to write at ``place``, checked before any work starts: ValueError says
    why no file can be written there."""
    return writable_file(place, "PDF file")


def export_dossier(
    articles: Sequence[ArticleRecord],
    path: Path,
    options: DossierOptions,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the dossier to ``path``; returns the number of pages. ``progress(done, total,
    label)`` is called as each article is laid out (the label is its title) and once at the
    end (the label is the path); ``is_cancelled`` is checked before the work starts and after
    each article, and raises ExportCancelled. A file already at ``path`` is replaced only when
    the new one is complete."""
    path = output_path(path)

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise ExportCancelled("export cancelled")

    check()
    with written_whole(path) as temporary, _collector_passes_over_what_is_made_so_far():
        with temporary.open("xb") as stream:
            pages = _write(stream, articles, options, progress, check)
        check()
    if progress is not None:
        progress(len(articles), len(articles), str(path))
    return pages


@contextlib.contextmanager
def _collector_passes_over_what_is_made_so_far() -> Iterator[None]:
    """While a dossier is laid out, Python's cycle collector skips the objects that were there
    before (the modules loaded, the articles read: tens of thousands): its full passes would
    walk them again and again while the layout makes its many small objects (a fifth of the
    layout's time). A forked worker shares them unchanged. They are handed back after."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _write(
    stream: BinaryIO,
    articles: Sequence[ArticleRecord],
    options: DossierOptions,
    progress: Progress | None,
    check: Callable[[], None],
) -> int:
    geometry = PageGeometry(*PAGE_SIZES[options.page_size])
    job = LayoutJob(
        options.font,
        options.size,
        geometry,
        ArticleOptions(options.digits, options.include_notes, options.include_tags),
    )
    here = Layouter(job, 0, worker_count(len(articles)) + 1)
    doc = _Document(PdfFile(stream), geometry, here.setter, options)
    results = laid_out(articles, here, doc.codes)
    try:
        for done, result in enumerate(results, start=1):
            streams = [doc.pdf.add_stream(page, is_compressed=True) for page in result.pages]
            doc.article_streams[result.index] = streams
            doc.contents_titles[result.index] = result.contents_title
            if progress is not None:
                progress(done, len(articles), articles[result.index].title)
            check()
    finally:
        results.close()
    return _finish(doc, articles, here)


def _finish(doc: _Document, articles: Sequence[ArticleRecord], here: Layouter) -> int:
    """The cover, contents, page furniture, outline and fonts, once the articles' pages are
    written."""
    pdf, options = doc.pdf, doc.options
    contents_pages = len(_contents(doc, articles, [0] * len(articles)).pages)
    first_pages, number = [], 2 + contents_pages
    for index in range(len(articles)):
        first_pages.append(number)
        number += len(doc.article_streams[index])
    total = number - 1
    contents = _contents(doc, articles, first_pages)
    page_objects = [pdf.reserve() for _ in range(total)]
    pages_root, resources = pdf.reserve(), pdf.reserve()
    fonts = {"F1": pdf.reserve(), "F2": pdf.reserve()}
    front = [_cover(doc, len(articles)), *contents.pages]
    streams = [[pdf.add_stream("\n".join(ops).encode("latin-1"))] for ops in front]
    for index in range(len(articles)):
        streams += [[s] for s in doc.article_streams[index]]
    header = _header(doc)
    for page in range(2, total + 1):
        streams[page - 1] += [header, _footer(doc, page, total)]
    links = contents.links(page_objects, first_pages, pdf)
    for page, (number, content) in enumerate(zip(page_objects, streams, strict=True), start=1):
        refs = " ".join(f"{s} 0 R" for s in content)
        annots = f" /Annots [{' '.join(f'{a} 0 R' for a in links.get(page, []))}]"
        pdf.add(
            f"<< /Type /Page /Parent {pages_root} 0 R /MediaBox [0 0 {doc.geometry.width:.4f} "
            f"{doc.geometry.height:.4f}] /Resources {resources} 0 R /Contents [{refs}]"
            f"{annots if page in links else ''} >>",
            number,
        )
    kids = " ".join(f"{n} 0 R" for n in page_objects)
    pdf.add(f"<< /Type /Pages /Kids [{kids}] /Count {total} >>", pages_root)
    outline = _outline(pdf, articles, [page_objects[p - 1] for p in first_pages], doc.geometry)
    doc.take_codes(here)
    for resource, name in (("F1", "regular"), ("F2", "bold")):
        shaping = shaping_fonts(options.font)[0 if name == "regular" else 1]
        add_font(
            pdf,
            fonts[resource],
            FontFile(shaping.data),
            _postscript(shaping.path),
            doc.codes.get(resource, []),
        )
    font_refs = " ".join(f"/{r} {n} 0 R" for r, n in fonts.items())
    pdf.add(f"<< /Font << {font_refs} >> /ProcSet [/PDF /Text] >>", resources)
    root = pdf.add(
        f"<< /Type /Catalog /Pages {pages_root} 0 R /Outlines {outline} 0 R /Lang (ar) "
        "/ViewerPreferences << /Direction /R2L >> >>"
    )
    stamp = dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")
    info = pdf.add(
        f"<< /Title {text_string(options.title)} "
        f"/Author {text_string(options.compiler or 'Arshif')} "
        f"/Subject {text_string(f'{len(articles)} articles')} /Creator (Arshif) "
        f"/Producer (Arshif) /CreationDate ({stamp}) >>"
    )
    pdf.finish(root, info)
    return total


def _postscript(path: Path) -> str:
    return "".join(c for c in path.stem.split("[")[0] if c.isalnum() or c == "-")


def _cover(doc: _Document, count: int) -> list[str]:
    setter, options = doc.setter, doc.options
    day = options.created or dt.date.today()
    column = Column(doc.geometry)
    column.y -= 160
    column.paragraph(options.title, setter.style(bold=True, scale=2.2, after=24, align="center"))
    if options.compiler:
        column.paragraph(f"إعداد: {options.compiler}", setter.style(scale=1.2, align="center"))
    column.paragraph(long_date(day, options.digits), setter.style(align="center", after=2))
    column.paragraph(long_date(day, options.digits, "hijri"), setter.style(align="center"))
    column.paragraph(digits(f"عدد المقالات: {count}", options.digits), setter.style(align="center"))
    return [op for page in column.pages for op in page]  # a cover has one page


@dataclass
class _Contents:
    pages: list[list[str]]
    entries: list[tuple[int, tuple[float, float, float, float]]]  # (page, rectangle) each

    def links(
        self, page_objects: list[int], first_pages: list[int], pdf: PdfFile
    ) -> dict[int, list[int]]:
        """The link annotations of the contents' pages, by page number."""
        links: dict[int, list[int]] = {}
        for (page, (x0, y0, x1, y1)), target in zip(self.entries, first_pages, strict=True):
            annotation = pdf.add(
                f"<< /Type /Annot /Subtype /Link /Rect [{x0:.2f} {y0:.2f} {x1:.2f} {y1:.2f}] "
                f"/Border [0 0 0] /Dest [{page_objects[target - 1]} 0 R /XYZ null null null] >>"
            )
            links.setdefault(page + 2, []).append(annotation)
        return links


def _contents(doc: _Document, articles: Sequence[ArticleRecord], pages: list[int]) -> _Contents:
    setter, geometry = doc.setter, doc.geometry
    column = Column(geometry)
    column.paragraph("المحتويات", setter.style(bold=True, scale=1.5, align="right", after=12))
    style = contents_style(setter)
    width = geometry.right - geometry.left
    entries = []
    for index, (article, page) in enumerate(zip(articles, pages, strict=True)):
        if column.y - style.leading < geometry.bottom:
            column.new_page()
        baseline = column.y - style.leading * 0.72
        number = label_line(digits(str(page or ""), doc.options.digits), style)
        title = doc.contents_titles[index]  # laid out with the article
        room = width - number.width - 24
        if title.width > room:  # too long for one line: shorten the title, keep its start
            cut = max(8, int(len(article.title) * room / title.width) - 2)
            title = label_line(article.title[:cut] + "…", style)
        drawn = [(number, geometry.left, baseline, 0.0)]
        drawn.append((title, geometry.right - title.width, baseline, 0.0))
        column.pages[-1].append(draw_lines(drawn, style))
        rect = (geometry.left, column.y - style.leading, geometry.right, column.y)
        entries.append((len(column.pages) - 1, rect))
        column.y -= style.leading
    return _Contents(column.pages, entries)


def _header(doc: _Document) -> int:
    style = doc.setter.style(scale=0.75, align="center", color=GRAY)
    title = label_line(doc.options.title, style)
    x = (doc.geometry.width - title.width) / 2
    ops = draw_lines([(title, x, doc.geometry.height - 50, 0.0)], style)
    return doc.pdf.add_stream(ops.encode("latin-1"))


def _footer(doc: _Document, page: int, total: int) -> int:
    style = doc.setter.style(scale=0.75, align="center", color=GRAY)
    footer = label_line(digits(f"صفحة {page} من {total}", doc.options.digits), style)
    x = (doc.geometry.width - footer.width) / 2
    return doc.pdf.add_stream(draw_lines([(footer, x, 26, 0.0)], style).encode("latin-1"))


def _outline(
    pdf: PdfFile, articles: Sequence[ArticleRecord], targets: list[int], geometry: PageGeometry
) -> int:
    """The outline (bookmarks): one entry per article, to the top of its first page."""
    root = pdf.reserve()
    items = [pdf.reserve() for _ in articles]
    for index, (article, target) in enumerate(zip(articles, targets, strict=True)):
        links = [f"/Parent {root} 0 R"]
        if index > 0:
            links.append(f"/Prev {items[index - 1]} 0 R")
        if index < len(items) - 1:
            links.append(f"/Next {items[index + 1]} 0 R")
        pdf.add(
            f"<< /Title {text_string(article.title)} {' '.join(links)} "
            f"/Dest [{target} 0 R /XYZ 0 {geometry.height:.2f} 0] >>",
            items[index],
        )
    ends = f"/First {items[0]} 0 R /Last {items[-1]} 0 R " if items else ""
    pdf.add(f"<< /Type /Outlines {ends}/Count {len(items)} >>", root)
    return root
