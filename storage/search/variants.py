"""The spellings a query term is looked up in: the rules the README documents, in one place.

A query word ``q`` (normalised by `storage.text.normalize`) finds an article word ``a`` when

1. ``a`` is ``q`` (every spelling variant of normalisation is already folded);
2. ``a`` is ``q`` with one more leading clitic (و ف ب ل وب ول فب فل: «دمشق» finds «بدمشق»),
   or ``q`` is ``a`` with one (with at least three letters left: «بدمشق» finds «دمشق»);
3. ``a`` and ``q`` have the same light stem (`storage.text.stem`: the article and
   inflection suffixes off, at least three letters kept), or ``a``'s stem is one clitic
   letter (و ف ب ل) followed by ``q``'s stem of at least four letters («مسرحية» finds
   «بمسرحيات»).

A clitic taken off the query word is never stemmed further: «ليرة» looks for «يرة» as it is,
never for its stem «ير», which would find «يرى»; and a clitic put on a short stem is not
looked for: «يامي» (stem يام) does not find «وليام». A phrase finds its words in order, each word
exactly or all of them by their stems. An exact term (``=word``) finds only its spelling. A
prefix term (``pref*``) finds words that begin so, without clitics or stems.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storage.search.query import Term
from storage.text.stem import ARTICLES, bare_forms, clitic_forms, stem

STEM_CLITICS = ("و", "ف", "ب", "ل")
MIN_CLITIC_STEM = 4


@dataclass(frozen=True)
class TermForms:
    exact: tuple[tuple[str, ...], ...]  # word sequences matched against the exact words
    stems: tuple[tuple[str, ...], ...]  # stem sequences matched against the stems
    spelled: tuple[str, ...] | None = None  # an exact term: its words as spelled


def term_forms(term: Term) -> TermForms:
    words = term.words
    if term.spelling is not None:
        return TermForms((words,), (), term.spelling)
    if len(words) > 1:
        return TermForms((words,), () if term.is_prefix else (tuple(stem(w) for w in words),))
    word = words[0]
    if term.is_prefix:
        return TermForms((words,), ())
    exact = [word, *clitic_forms(word), *bare_forms(word)]
    base = stem(word)
    stems = [base, *(clitic + base for clitic in STEM_CLITICS if len(base) >= MIN_CLITIC_STEM)]
    return TermForms(
        tuple((form,) for form in dict.fromkeys(exact)),
        tuple((form,) for form in dict.fromkeys(stems)),
    )


@lru_cache(maxsize=200_000)
def proximity_key(word: str) -> str:
    """One key per word for ranking words that stand together, and for ``NEAR``: the stem of
    the word with its leading clitic taken off (at least four letters left). Coarser than the
    rules above, so it only ever orders or narrows what the rules found."""
    if not word.startswith(ARTICLES):
        bare = [form for form in bare_forms(word) if len(form) >= 4]
        if bare:
            word = min(bare, key=len)
    return stem(word)
