"""DOCX files (Word, LibreOffice): paragraphs in order, the title from the first heading."""

from __future__ import annotations

import io

import docx

from storage.errors import ImportFailed
from storage.ingest.plaintext import article_from_paragraphs
from storage.records import ArticleDraft


def read_word_document(data: bytes, path: str) -> ArticleDraft:
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:
        raise ImportFailed(path, f"not a readable DOCX file ({type(error).__name__})") from None
    paragraphs: list[tuple[str, str]] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if text:
            style = paragraph.style.name if paragraph.style is not None else ""
            paragraphs.append((style or "", text))
    headings = [
        i for i, (style, _) in enumerate(paragraphs) if style.startswith(("Title", "Heading"))
    ]
    if headings:  # the heading is the title wherever it stands; a kicker above it is body
        paragraphs.insert(0, paragraphs.pop(headings[0]))
    # The document's own author and dates are the typist's, not the article's: not used.
    draft = article_from_paragraphs([text for _, text in paragraphs])
    if draft is None:
        raise ImportFailed(path, "the document holds no text")
    return draft
