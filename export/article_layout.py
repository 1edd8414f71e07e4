"""An article's pages: its title, metadata line, tags, lead, body and notes, from the top of
a new page, flowing over as many pages as they take."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

from export.pages import GRAY, Column, PageGeometry, Typesetter
from storage.calendar import Calendar
from storage.calendar import long_date as calendar_long_date
from storage.records import ArticleRecord

Digits = Literal["arabic", "western"]
NOTE_BACKGROUND = (1.0, 0.97, 0.86)
NOTE_BORDER = (0.85, 0.72, 0.35)
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass(frozen=True)
class ArticleOptions:
    """What of an article is printed, and how (the part of a dossier's options its workers
    need)."""

    digits: Digits = "arabic"
    include_notes: bool = True
    include_tags: bool = True


def digits(text: str, kind: Digits) -> str:
    return text.translate(_INDIC) if kind == "arabic" else text


@functools.lru_cache(maxsize=4096)  # articles of a dossier share their days; ICU is slow to ask
def long_date(day: dt.date, kind: Digits, calendar: Calendar = "gregorian") -> str:
    return digits(calendar_long_date(day, calendar), kind)


def article_pages(
    article: ArticleRecord, setter: Typesetter, geometry: PageGeometry, options: ArticleOptions
) -> list[bytes]:
    """The article's pages' content streams (compressed), without the running header and
    footer."""
    column = Column(geometry)
    column.paragraph(article.title, setter.style(bold=True, scale=1.5, align="right", after=8))
    line = metadata_line(article, options)
    if line:
        column.paragraph(line, setter.style(scale=0.85, align="right", color=GRAY, after=2))
    if article.url:
        column.paragraph(article.url, setter.style(scale=0.8, align="right", color=GRAY, after=2))
    if options.include_tags and article.tags:
        column.paragraph(
            "الوسوم: " + "، ".join(article.tags),
            setter.style(scale=0.85, align="right", color=GRAY),
        )
    column.space(6)
    if article.lead:
        column.paragraph(article.lead, setter.style(bold=True, scale=1.05, after=10))
    body = setter.style()
    for paragraph in article.body.split("\n\n"):
        if paragraph.strip():
            column.paragraph(paragraph, body)
    if options.include_notes and article.notes:
        column.space(8)
        column.open_box(NOTE_BACKGROUND, NOTE_BORDER)
        column.paragraph("ملاحظات", setter.style(bold=True, scale=0.95, align="right", after=2))
        note = setter.style(scale=0.9, after=2)
        for record in article.notes:
            for paragraph in record.text.split("\n"):
                if paragraph.strip():
                    column.paragraph(paragraph, note)
        column.close_box()
    return column.content()


def metadata_line(article: ArticleRecord, options: ArticleOptions) -> str:
    """Source · author · date · place, as the line under the title shows them."""
    meta = [
        article.source,
        article.author,
        long_date(article.date, options.digits) if article.date else "",
        long_date(article.date, options.digits, "hijri") if article.date else "",
        article.place,
    ]
    return " · ".join(m for m in meta if m)
