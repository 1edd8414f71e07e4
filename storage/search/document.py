"""What the search index holds for an article: a pure function of the article's stored text.

Being a pure function matters: the SQLite index is contentless (it keeps no copy of the text),
so removing an article's entry means computing the same entry again from the stored article.
`INDEX_VERSION` changes whenever these rules or the normalisation change; an archive whose
index was built by another version is re-indexed when it is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from storage.search.variants import proximity_key
from storage.text import name_key
from storage.text.normalize import spelled_and_folded
from storage.text.stem import stem

INDEX_VERSION = "2"  # 2: stems of three letters or more, no bare و taken off; spelled and near


@dataclass(frozen=True)
class IndexDocument:
    """Normalised words of each searchable part of an article, in order."""

    title: tuple[str, ...]
    text: tuple[str, ...]  # lead and body
    meta: tuple[str, ...]  # place and notes
    source: tuple[str, ...]
    author: tuple[str, ...]
    tags: tuple[str, ...]
    # Every word (title, then the other parts in the order above) as `spelled` keeps it: for
    # exact-spelling terms. One for one with `all_words`.
    spelled: tuple[str, ...] = ()

    @property
    def other_words(self) -> tuple[str, ...]:
        """Every word but the title's, for the stem column that serves them all."""
        return self.text + self.meta + self.source + self.author + self.tags

    @property
    def all_words(self) -> tuple[str, ...]:
        return self.title + self.other_words


def near_keys(words: Sequence[str]) -> list[str]:
    """The proximity keys of ``words`` (`storage.search.variants.proximity_key`)."""
    return list(map(_KEYS.__getitem__, words))


class _StemCache(dict[str, str]):
    """Stems by word: a hit costs a C-level lookup, a miss stems the word once."""

    def __missing__(self, word: str) -> str:
        if len(self) > _STEMS_KEPT:
            self.clear()
        value = self[word] = stem(word)
        return value


class _KeyCache(dict[str, str]):
    def __missing__(self, word: str) -> str:
        if len(self) > _STEMS_KEPT:
            self.clear()
        value = self[word] = proximity_key(word)
        return value


_STEMS_KEPT = 500_000
_STEMS = _StemCache()
_KEYS = _KeyCache()


def stems(words: Sequence[str]) -> list[str]:
    """The stems of ``words`` (an import stems millions of words, most of them seen before)."""
    return list(map(_STEMS.__getitem__, words))


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
    words: Sequence[tuple[list[str], list[str]]] | None = None,
) -> IndexDocument:
    """``words`` passes `spelled_and_folded` of title, lead and body when the caller has them."""
    meta = " \n ".join([place, *notes])
    tag_names = " \n ".join(_unique_names(tags))
    texts = list(words or [spelled_and_folded(part) for part in (title, lead, body)])
    parts = texts + [spelled_and_folded(part) for part in (meta, source, author, tag_names)]
    (title_words, lead_words, body_words, meta_words, source_words, author_words, tag_words) = (
        folded for _, folded in parts
    )
    return IndexDocument(
        title=tuple(title_words),
        text=tuple(lead_words + body_words),
        meta=tuple(meta_words),
        source=tuple(source_words),
        author=tuple(author_words),
        tags=tuple(tag_words),
        spelled=tuple(word for spelling, _ in parts for word in spelling),
    )


def with_tags(document: IndexDocument, tags: Iterable[str]) -> IndexDocument:
    """``document`` with these tags instead of its own: the other parts as they are (what a
    tag's rename, merge or delete changes, without reading the article's text again)."""
    spelling, folded = spelled_and_folded(" \n ".join(_unique_names(tags)))
    kept = len(document.spelled) - len(document.tags)
    return replace(document, tags=tuple(folded), spelled=document.spelled[:kept] + tuple(spelling))


def _unique_names(names: Iterable[str]) -> list[str]:
    """Tag names as the archive keeps them: one per `name_key`, in key order."""
    by_key = {name_key(name): name for name in names}
    return [by_key[key] for key in sorted(by_key)]
