"""What the search index holds for an article: a pure function of the article's stored text.

Being a pure function matters: the SQLite index is contentless (it keeps no copy of the text),
so removing an article's entry means computing the same entry again from the stored article.
`INDEX_VERSION` changes whenever these rules or the normalisation change; an archive whose
index was built by another version is re-indexed when it is opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from storage.text import name_key, normalize
from storage.text.normalize import words_of
from storage.text.stem import stem

INDEX_VERSION = "1"


@dataclass(frozen=True)
class IndexDocument:
    """Normalised words of each searchable part of an article, in order."""

    title: tuple[str, ...]
    text: tuple[str, ...]  # lead and body
    meta: tuple[str, ...]  # place and notes
    source: tuple[str, ...]
    author: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def other_words(self) -> tuple[str, ...]:
        """Every word but the title's, for the stem column that serves them all."""
        return self.text + self.meta + self.source + self.author + self.tags


def stems(words: Iterable[str]) -> list[str]:
    return [stem(word) for word in words]


def build_document(
    *,
    title: str,
    lead: str,
    body: str,
    place: str,
    source: str,
    author: str,
    notes: Iterable[str] = (),
    tags: Iterable[str] = (),
    normalized: tuple[str, str, str] | None = None,
) -> IndexDocument:
    """``normalized`` passes title, lead and body already normalised (the importer has them)."""
    n_title, n_lead, n_body = normalized or (normalize(title), normalize(lead), normalize(body))
    return IndexDocument(
        title=tuple(words_of(n_title)),
        text=tuple(words_of(n_lead) + words_of(n_body)),
        meta=tuple(words_of(normalize(" \n ".join([place, *notes])))),
        source=tuple(words_of(normalize(source))),
        author=tuple(words_of(normalize(author))),
        tags=tuple(words_of(normalize(" \n ".join(_unique_names(tags))))),
    )


def _unique_names(names: Iterable[str]) -> list[str]:
    """Tag names as the archive keeps them: one per `name_key`, in key order."""
    by_key = {name_key(name): name for name in names}
    return [by_key[key] for key in sorted(by_key)]
