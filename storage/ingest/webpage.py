"""Saved web pages: the article's title and text without menus, ads and scripts.

The page's declared charset is honoured (``<meta charset>`` or ``http-equiv``), then the usual
detection. trafilatura, a maintained article extractor, finds the main text and the page's
metadata (author, date, site name, canonical URL); a page it finds nothing in falls back to
the page's <h1>/<title> and <p> elements. A page whose metadata declares no date takes the
date its dateline states (storage.ingest.dates), if any; no date is guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any

import trafilatura

from storage.errors import ImportFailed
from storage.ingest.dates import find_date
from storage.ingest.decoding import decode
from storage.records import ArticleDraft

_DECLARED_DATE_ONLY = {"extensive_search": False, "original_date": True}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def read_webpage(data: bytes, path: str) -> ArticleDraft:
    declared = _CHARSET.search(data[:8192])
    text = decode(data, path, declared.group(1).decode("ascii") if declared else None)
    try:
        document = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            favor_recall=True,
            # the page's declared date only: htmldate's extensive search guesses from any
            # date-like text (a year in the body became 1 January)
            date_extraction_params=_DECLARED_DATE_ONLY,
        )
    except Exception as error:
        raise ImportFailed(path, f"the page cannot be read ({type(error).__name__})") from None
    found: dict[str, Any] = {}
    if isinstance(document, dict):
        found = document
    elif document is not None:
        found = document.as_dict()
    fallback = _PageText.of(text)
    paragraphs = _lines(found.get("text") or "") or fallback.paragraphs
    title = found.get("title") or fallback.title
    if paragraphs and title and paragraphs[0] == title:
        paragraphs.pop(0)
    if not title and paragraphs:
        title = paragraphs.pop(0)
    if not title or not paragraphs:
        raise ImportFailed(path, "no article text found in the page")
    date = _date(found.get("date"))
    stated = None if date is not None else find_date([title, *paragraphs])
    return ArticleDraft(
        title=title,
        body="\n\n".join(paragraphs),
        author=found.get("author") or "",
        source=found.get("sitename") or "",
        url=found.get("url") or "",
        date=stated.date if stated is not None else date,
        date_found=stated.evidence if stated is not None else "",
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


class _PageText(HTMLParser):
    """The <h1> (else <title>) and the <p> texts of a page, for pages trafilatura gives up on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.paragraphs: list[str] = []
        self._open: str | None = None
        self._buffer: list[str] = []

    @classmethod
    def of(cls, html: str) -> _PageText:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("title", "h1", "p"):
            self._open, self._buffer = tag, []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != self._open:
            return
        text = " ".join("".join(self._buffer).split())
        if tag == "p" and text:
            self.paragraphs.append(text)
        elif (tag == "h1" and text) or (tag == "title" and text and not self.title):
            self.title = text
        self._open = None
