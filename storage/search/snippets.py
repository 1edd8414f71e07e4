"""Snippets of the ORIGINAL text around the words a query matched, the words highlighted.

Each word of the original text (with its marks, tatweel and joiners) is normalised and
stemmed on its own, so a highlight always covers whole original characters: «الْخِلَافَةُ»
is highlighted as written when the user typed الخلافة.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

from storage.search.query import Query, parse
from storage.search.variants import term_forms
from storage.text import normalize, spelled
from storage.text.chars import ORIGINAL_WORD
from storage.text.normalize import words_of
from storage.text.stem import stem

WINDOW_WORDS = 28
# Words shown before the first match: enough context, and the match near the start, so a
# cell showing one line of the snippet (the window's list) shows the match too.
LEAD_WORDS = 6


@dataclass(frozen=True)
class Highlighter:
    words: frozenset[str]
    stems: frozenset[str]
    prefixes: tuple[str, ...]
    spellings: frozenset[str] = frozenset()  # words of exact-spelling terms

    @classmethod
    def for_query(cls, query: Query) -> Highlighter:
        words: set[str] = set()
        stems: set[str] = set()
        prefixes: list[str] = []
        spellings: set[str] = set()
        for term in query.all_terms():
            forms = term_forms(term)
            if forms.spelled is not None:
                spellings.update(forms.spelled)
                continue
            for form in forms.exact:
                words.update(form[:-1] if term.is_prefix else form)
                if term.is_prefix:
                    prefixes.append(form[-1])
            for form in forms.stems:
                stems.update(form)
        return cls(frozenset(words), frozenset(stems), tuple(prefixes), frozenset(spellings))

    def matches(self, original_word: str) -> bool:
        for word in _normalised_words(original_word):
            if word in self.words or stem(word) in self.stems or word.startswith(self.prefixes):
                return True
        return bool(self.spellings) and any(
            word in self.spellings for word in _spelled_words(original_word)
        )


@lru_cache(maxsize=100_000)
def _normalised_words(original_word: str) -> tuple[str, ...]:
    return tuple(words_of(normalize(original_word)))


@lru_cache(maxsize=100_000)
def _spelled_words(original_word: str) -> tuple[str, ...]:
    return tuple(words_of(spelled(original_word)))


def snippet(text: str, highlighter: Highlighter, window: int = WINDOW_WORDS) -> str:
    """HTML: the ``window`` words of ``text`` with the most matches, matches in <b>."""
    spans = [(m.start(), m.end()) for m in ORIGINAL_WORD.finditer(text)]
    if not spans:
        return html.escape(text[:200])
    hits = [highlighter.matches(text[a:b]) for a, b in spans]
    best, best_count, count = 0, -1, 0
    for index, is_hit in enumerate(hits):
        count += is_hit
        if index >= window:
            count -= hits[index - window]
        if count > best_count:
            best, best_count = max(0, index - window + 1), count
    # the window with the most matches, moved on so its first match is LEAD_WORDS in (the
    # matches it held stay in it: none came before the first)
    first = next((i for i in range(best, len(spans)) if hits[i]), best)
    best = max(best, min(first - LEAD_WORDS, len(spans) - window))
    chosen = range(best, min(best + window, len(spans)))
    start, end = spans[chosen[0]][0], spans[chosen[-1]][1]
    pieces = ["… " if start > 0 else ""]
    position = start
    for index in chosen:
        a, b = spans[index]
        pieces.append(html.escape(text[position:a]))
        word = html.escape(text[a:b])
        pieces.append(f"<b>{word}</b>" if hits[index] else word)
        position = b
    pieces.append(" …" if end < len(text) else "")
    return " ".join("".join(pieces).split())


def hit_spans(text: str, query_text: str) -> list[tuple[int, int]]:
    """Where in ``text`` (its original characters) the words ``query_text`` matches stand,
    the way snippets highlight them: for a reader that marks the hits in a whole article."""
    highlighter = Highlighter.for_query(parse(query_text))
    if not (
        highlighter.words or highlighter.stems or highlighter.prefixes or highlighter.spellings
    ):
        return []
    return [(m.start(), m.end()) for m in ORIGINAL_WORD.finditer(text) if highlighter.matches(m[0])]
