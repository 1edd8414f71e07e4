"""The README's search rules, written again from the README for checking the search.

Deliberately independent of storage/search (only normalisation, the shared foundation, is
taken from storage.text): the property tests and bench/search_corpus.py use it to check that
every hit holds every query term in a form the rules allow, and that a no-answer query really
has no answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from storage.search.query import Query, Term
from storage.text import spelled, tokens, words_of

_ARTICLE = re.compile("^(?:[وف]?[بك]?ال|[وف]?لل)")
_CLITIC = re.compile("^(?:[وف][بل]?|[بل])")
_SUFFIXES = ("ها", "هم", "كم", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _is_arabic(word: str) -> bool:
    return bool(word) and "\u0621" <= word[0] <= "\u064a"


@lru_cache(maxsize=500_000)
def light_stem(word: str) -> str:
    """The article off (three letters left), then each suffix in turn (three letters left;
    four for ان), again while any comes off."""
    if not _is_arabic(word):
        return word
    article = _ARTICLE.match(word)
    if article and len(word) - article.end() >= 3:
        word = word[article.end() :]
    while True:
        before = word
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "ان" else 3):
                word = word[: -len(suffix)]
        if word == before:
            return word


@lru_cache(maxsize=500_000)
def word_matches(query_word: str, word: str) -> bool:
    """Whether an article's ``word`` is a form of ``query_word`` by the rules."""
    if word == query_word:
        return True
    for clitic in _CLITICS:
        # (a word with the article: its stem finds it with any clitic)
        added = word == clitic + query_word and not _ARTICLE.match(query_word)
        if added and _can_follow_a_clitic(query_word):
            return True
        if query_word == clitic + word and _can_follow_a_clitic(word):
            return True
    stem = light_stem(query_word)
    if light_stem(word) == stem:
        return True
    return len(stem) >= 4 and any(light_stem(word) == c + stem for c in "وفبل")


def _can_follow_a_clitic(word: str) -> bool:
    return len(word) >= 3 or word.isdigit()


def term_holds(term: Term, words: Sequence[str], spelling: Sequence[str]) -> bool:
    """Whether an article of these normalised ``words`` (and ``spelling``, the same words as
    spelled) holds ``term`` by the rules."""
    if term.spelling is not None:
        return _holds_sequence(list(term.spelling), spelling)
    if term.is_prefix:
        *whole, last = term.words
        n = len(whole)
        return any(
            list(words[i : i + n]) == whole and words[i + n].startswith(last)
            for i in range(len(words) - n)
        )
    if len(term.words) == 1:
        return any(word_matches(term.words[0], w) for w in set(words))
    if _holds_sequence(list(term.words), words):
        return True
    stems = [light_stem(w) for w in term.words]
    return _holds_sequence(stems, [light_stem(w) for w in words])


def _holds_sequence(wanted: list[str], words: Sequence[str]) -> bool:
    n = len(wanted)
    return any(list(words[i : i + n]) == wanted for i in range(len(words) - n + 1))


def article_words(*parts: str) -> tuple[list[str], list[str]]:
    """The normalised words and the spelled words of an article's parts."""
    words = [w for part in parts for w in tokens(part)]
    spelling = [w for part in parts for w in words_of(spelled(part))]
    return words, spelling


def query_holds(query: Query, words: Sequence[str], spelling: Sequence[str]) -> bool:
    """Whether every group of ``query`` has a term the article holds."""
    return all(any(term_holds(t, words, spelling) for t in group) for group in query.groups)
