"""Citations of chosen articles: the text of a citation file, and where to write it.

Shared by ``arshif cite`` and the window's "Copy citation" and "Export citations…". Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from export.citations import FORMATS, SUFFIXES, CitationFormat, citation_text, citations
from storage.archive import Archive
from storage.errors import ArchiveError
from storage.whole_file import written_whole

__all__ = ["FORMATS", "SUFFIXES", "CitationFormat", "citation_of", "cite", "write_citations"]


def cite(archive: Archive, article_ids: Sequence[int], format: CitationFormat) -> str:
    """The citations of the articles, in their order, in ``format``."""
    if not article_ids:
        raise ArchiveError("cite: no article was chosen (nothing matches)")
    return citations([archive.article(i) for i in article_ids], format)


def citation_of(archive: Archive, article_id: int) -> str:
    """One article's citation as text to paste (both calendars)."""
    return citation_text(archive.article(article_id))


def write_citations(
    archive: Archive, article_ids: Sequence[int], format: CitationFormat, target: Path
) -> int:
    """Write the citations to ``target`` whole or not at all; the number of articles."""
    text = cite(archive, article_ids, format)
    try:
        with written_whole(target) as partial:
            partial.write_bytes(text.encode("utf-8"))
    except OSError as error:
        raise ArchiveError(f"{target}: cannot be written ({error.strerror})") from None
    return len(article_ids)
