"""The reading pane: an article set right to left in Amiri, justified, with its metadata.

Any stored text shows safely: each metadata field is a bidi isolate, so a stray override
character in a source name cannot reorder the author or date beside it; and a run of
thousands of letters without a space gets invisible break opportunities, since Qt's line
breaker takes minutes over a megabyte-long word (the stored text is not changed)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from storage.calendar import Calendar, both_dates
from storage.records import ArticleRecord, ArticleSummary
from storage.search.snippets import hit_spans
from ui.window.bidi_text import isolated
from ui.window.local_time import moment_text
from ui.window.natural_direction import text_direction

DEFAULT_FONT = "Amiri"
DEFAULT_SIZE = 15
MAX_LINE_EMS = 80  # the longest line, in average letters (a book's is 60 to 75)
RTL = Qt.LayoutDirection.RightToLeft
LONG_RUN = re.compile(r"\S{100}(?=\S{100})")  # within a run of 200 or more, every 100


def _style(family: str, size: float) -> str:
    return (
        f"body {{ font-family: '{family}'; font-size: {size}pt; line-height: 150%; }}"
        f"h1 {{ font-size: {size * 1.4:.0f}pt; }} .meta {{ color: #555; font-size: "
        f"{max(8.0, size * 0.75):.0f}pt; }} .lead {{ font-weight: bold; }}"
        " p { text-align: justify; } .hit { background-color: #ffe08a; color: black; }"
        " h2 { font-size: 100%; }"
    )


def displayed(text: str, query: str = "") -> str:
    """``text`` as HTML that lays out in time: escaped, long unbroken runs made breakable;
    with a ``query``, the words it matches marked."""
    if not query.strip():
        return _breakable(text)
    pieces, position = [], 0
    for start, end in hit_spans(text, query):
        pieces.append(_breakable(text[position:start]))
        pieces.append(f"<span class='hit'>{_breakable(text[start:end])}</span>")
        position = end
    pieces.append(_breakable(text[position:]))
    return "".join(pieces)


def _breakable(text: str) -> str:
    return html.escape(LONG_RUN.sub(lambda m: m.group(0) + "\u200b", text))


def displayed_isolated(text: str) -> str:
    return isolated(displayed(text))


SIMILAR_SCHEME = "arshif-article"


class ArticlePane(QTextBrowser):
    """`show_article(record, similar)`: the article, and the articles linked to it as similar,
    each a link: `similar_chosen(article id)` when one is clicked."""

    similar_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # web addresses open in the browser, similar articles here
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.article_id: int | None = None
        self._article: ArticleRecord | None = None
        self._query = ""
        self._similar: list[ArticleSummary] = []
        self._first_calendar: Calendar = "gregorian"
        self.set_reading_font(DEFAULT_FONT, DEFAULT_SIZE)

    def set_reading_font(self, family: str, size: float) -> None:
        font = QFont(family)
        font.setPointSizeF(size)
        self._widest_line = int(MAX_LINE_EMS * QFontMetrics(font).averageCharWidth())
        self.document().setDefaultStyleSheet(_style(family, size))
        if self._article is not None:  # (else a hint may be showing)
            self._show()

    def set_first_calendar(self, calendar: Calendar) -> None:
        """The date shows in both calendars; this one first."""
        self._first_calendar = calendar
        if self._article is not None:
            self._show()

    def show_hint(self, text: str) -> None:
        """No article, and what the user can do (an empty archive: how to fill it)."""
        self.show_article(None)
        self.setHtml(f"<html><body><p class='meta'>{html.escape(text)}</p></body></html>")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Lines stay readable on a wide screen: past MAX_LINE_EMS the text keeps that
        measure and stands in the middle."""
        widest = self._widest_line + 2 * self.frameWidth() + self.verticalScrollBar().width()
        spare = max(0, self.width() - widest)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)
        super().resizeEvent(event)

    def show_query(self, query: str, *, now: bool = True) -> None:
        """Mark the words ``query`` matches (none: nothing marked) in the article shown, or
        (not ``now``) from the next one on, when another is on its way: each showing lays out
        the whole article again."""
        if query != self._query:
            self._query = query
            if now and self._article is not None:
                self._show()

    def _similar_html(self) -> str:
        if not self._similar:
            return ""
        items = []
        for summary in self._similar:
            date = both_dates(summary.date, self._first_calendar) if summary.date else ""
            meta = " · ".join(displayed_isolated(p) for p in (summary.source, date) if p)
            link = f"<a href='{SIMILAR_SCHEME}:{summary.id}'>{displayed(summary.title)}</a>"
            items.append(f"<li>{link}{' — ' + meta if meta else ''}</li>")
        heading = html.escape(self.tr("Similar articles"))
        return f"<h3>{heading}</h3><ul>{''.join(items)}</ul>"

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SIMILAR_SCHEME and url.path().isdigit():
            self.similar_chosen.emit(int(url.path()))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def show_article(
        self, article: ArticleRecord | None, similar: Sequence[ArticleSummary] = ()
    ) -> None:
        """Show ``article``, and under it ``similar`` (those not in the trash)."""
        self._similar = [s for s in similar if s.trashed is None]
        self._article = article
        self.article_id = None if article is None else article.id
        self._show()

    def _show(self) -> None:
        article = self._article
        if article is None:
            self.clear()
            return
        date = both_dates(article.date, self._first_calendar, style="long") if article.date else ""
        fields = (article.source, article.author, date, article.place)
        meta = " · ".join(displayed_isolated(part) for part in fields if part)
        query = self._query
        parts = [f"<h1>{displayed(article.title, query)}</h1>"]
        if meta:
            parts.append(f"<p class='meta'>{meta}</p>")
        if article.tags:
            parts.append(
                f"<p class='meta'>{'، '.join(displayed_isolated(t) for t in article.tags)}</p>"
            )
        if article.lead:
            parts.append(f"<p class='lead'>{displayed(article.lead, query)}</p>")
        parts += [f"<p>{displayed(p, query)}</p>" for p in article.body.split("\n\n")]
        if article.url:
            parts.append(f"<p class='meta' dir='ltr'>{_link(article.url)}</p>")
        parts += self._notes(article)
        parts.append(self._similar_html())
        self.setHtml(f"<html><body dir='rtl'>{''.join(parts)}</body></html>")

    def _notes(self, article: ArticleRecord) -> list[str]:
        """The notes, each in its own direction, with who wrote it and when."""
        if not article.notes:
            return []
        parts = [f"<hr/><h2>{html.escape(self.tr('Notes'))}</h2>"]
        for note in article.notes:
            who = " · ".join(p for p in (note.created_by, moment_text(note.created)) if p)
            for paragraph in note.text.split("\n\n"):
                direction = "rtl" if text_direction(paragraph, RTL) == RTL else "ltr"
                parts.append(f"<p dir='{direction}'>{displayed(paragraph, self._query)}</p>")
            parts.append(f"<p class='meta'>{displayed_isolated(who)}</p>")
        return parts


def _link(url: str) -> str:
    """A web address as a link; anything else (file:, javascript:) as plain text."""
    if not re.match(r"https?://", url, re.IGNORECASE):
        return displayed(url)
    return f"<a href='{html.escape(url, quote=True)}'>{displayed(url)}</a>"
