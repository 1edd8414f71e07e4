"""The reading pane: an article set right to left in Amiri, justified, with its metadata."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from storage.records import ArticleRecord

STYLE = (
    "body { font-family: 'Amiri'; font-size: 15pt; line-height: 150%; }"
    "h1 { font-size: 21pt; } .meta { color: #555; font-size: 11pt; } "
    ".lead { font-weight: bold; } p { text-align: justify; }"
)


class ArticlePane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.document().setDefaultStyleSheet(STYLE)
        self.article_id: int | None = None

    def show_article(self, article: ArticleRecord | None) -> None:
        self.article_id = None if article is None else article.id
        if article is None:
            self.clear()
            return
        meta = " · ".join(
            html.escape(part)
            for part in (
                article.source,
                article.author,
                article.date.isoformat() if article.date else "",
                article.place,
            )
            if part
        )
        parts = [f"<h1>{html.escape(article.title)}</h1>"]
        if meta:
            parts.append(f"<p class='meta'>{meta}</p>")
        if article.tags:
            parts.append(f"<p class='meta'>{html.escape('، '.join(article.tags))}</p>")
        if article.lead:
            parts.append(f"<p class='lead'>{html.escape(article.lead)}</p>")
        parts += [f"<p>{html.escape(p)}</p>" for p in article.body.split("\n\n")]
        self.setHtml(f"<html><body dir='rtl'>{''.join(parts)}</body></html>")
