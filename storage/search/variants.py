"""The spellings a query term is looked up in: the word, its clitic forms, and their stems."""

from __future__ import annotations

from dataclasses import dataclass

from storage.search.query import Term
from storage.text.stem import clitic_forms, stem

MAX_FORMS = 12


@dataclass(frozen=True)
class TermForms:
    exact: tuple[tuple[str, ...], ...]  # word sequences matched against the exact words
    stems: tuple[tuple[str, ...], ...]  # stem sequences matched against the stems


def term_forms(term: Term) -> TermForms:
    """A one-word term also matches the word with or without a clitic («دمشق» ~ «بدمشق»);
    a phrase matches its words in order, exactly or by stems. A prefix term matches exact
    words only: the stem of a word's beginning means nothing."""
    words = term.words
    exact: list[tuple[str, ...]]
    if len(words) == 1:
        exact = [words]
        exact += [(form,) for form in clitic_forms(words[0])][: MAX_FORMS - 1]
    else:
        exact = [words]
    if term.is_prefix:
        return TermForms(tuple(exact), ())
    stemmed = list(dict.fromkeys(tuple(stem(w) for w in form) for form in exact))
    return TermForms(tuple(exact), tuple(stemmed))
