"""What the search index holds for an article: a pure function of the article's stored text.

Being a pure function matters: the SQLite index is contentless (it keeps no copy of the text),
so removing an article's entry means computing the same entry again from the stored article.
`INDEX_VERSION` changes whenever these rules or the normalisation change; an archive whose
index was built by another version is re-indexed when it is opened.

An article's tags are not in its document: a query's words are matched against the tag names
apart (`tag_document`, a small index of names, `storage.search.tag_names`) and reach the
articles through their tag links, so renaming, merging or deleting a tag writes no article's
entry. Each document carries the `digest` of the stored text it was made from (`digest_of`),
which the index keeps beside the entry: `check` compares the digests the articles give now
with the kept ones instead of making every document again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from storage.search.variants import proximity_key
from storage.text.normalize import spelled_and_folded
from storage.text.stem import stem

# 2: stems of three letters or more, no bare و taken off; spelled and near. 3: no tags, digests
INDEX_VERSION = "3"
DIGEST_SIZE = 16


@dataclass(frozen=True)
class IndexDocument:
    """Normalised words of each searchable part of an article, in order."""

    title: tuple[str, ...]
    text: tuple[str, ...]  # lead and body
    meta: tuple[str, ...]  # place and notes
    source: tuple[str, ...]
    author: tuple[str, ...]
    # Every word (title, then the other parts in the order above) as `spelled` keeps it: for
    # exact-spelling terms. One for one with `all_words`.
    spelled: tuple[str, ...] = ()
    digest: bytes = b""  # `digest_of` the stored text this document was made from

    @property
    def other_words(self) -> tuple[str, ...]:
        """Every word but the title's, for the stem column that serves them all."""
        return self.text + self.meta + self.source + self.author

    @property
    def all_words(self) -> tuple[str, ...]:
        return self.title + self.other_words


def near_keys(words: Sequence[str]) -> list[str]:
    """The proximity keys of ``words`` (`storage.search.variants.proximity_key`)."""
    return list(map(_SECOND, map(_DERIVED.__getitem__, words)))


def stems(words: Sequence[str]) -> list[str]:
    """The stems of ``words`` (an import stems millions of words, most of them seen before)."""
    return list(map(_FIRST, map(_DERIVED.__getitem__, words)))


def stems_and_keys(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """`stems` and `near_keys` of ``words``, one lookup a word for both: what an entry takes
    (a lookup in a cache of hundreds of thousands of words costs more than it seems, about
    0.3 µs, for its memory is far from the processor's)."""
    derived = list(map(_DERIVED.__getitem__, words))
    return list(map(_FIRST, derived)), list(map(_SECOND, derived))


class _DerivedCache(dict[str, tuple[str, str]]):
    """Stem and proximity key by word: a hit costs a C-level lookup, a miss derives both once."""

    def __missing__(self, word: str) -> tuple[str, str]:
        if len(self) > _KEPT:
            self.clear()
        value = self[word] = (stem(word), proximity_key(word))
        return value


_KEPT = 500_000
_DERIVED = _DerivedCache()
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


def build_document(
    *,
    title: str,
    lead: str,
    body: str,
    place: str,
    source: str,
    author: str,
    notes: Iterable[str] = (),
    words: Sequence[tuple[list[str], list[str]]] | None = None,
) -> IndexDocument:
    """``words`` passes `spelled_and_folded` of title, lead and body when the caller has them."""
    notes = list(notes)
    meta = " \n ".join([place, *notes])
    texts = list(words or [spelled_and_folded(part) for part in (title, lead, body)])
    parts = texts + [spelled_and_folded(part) for part in (meta, source, author)]
    (title_words, lead_words, body_words, meta_words, source_words, author_words) = (
        folded for _, folded in parts
    )
    return IndexDocument(
        title=tuple(title_words),
        text=tuple(lead_words + body_words),
        meta=tuple(meta_words),
        source=tuple(source_words),
        author=tuple(author_words),
        spelled=tuple(chain.from_iterable(spelling for spelling, _ in parts)),
        digest=digest_of(title, lead, body, place, source, author, notes),
    )


def digest_of(
    title: str, lead: str, body: str, place: str, source: str, author: str, notes: Sequence[str]
) -> bytes:
    """What identifies the stored text an entry was made from, under these rules: a BLAKE2b
    hash of `INDEX_VERSION` and each part, each part preceded by its length (so no two
    different articles give the same string to hash)."""
    parts = (INDEX_VERSION, title, lead, body, place, source, author, *notes)
    joined = "".join([f"{len(part)}:{part}" for part in parts])
    data = joined.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=DIGEST_SIZE).digest()


@dataclass(frozen=True)
class TagDocument:
    """The normalised words of a tag's name, and the same words as `spelled` keeps them."""

    words: tuple[str, ...]
    spelled: tuple[str, ...]


def tag_document(name: str) -> TagDocument:
    spelling, folded = spelled_and_folded(name)
    return TagDocument(tuple(folded), tuple(spelling))
