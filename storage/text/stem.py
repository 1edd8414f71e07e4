"""A light Arabic stemmer for search: clitics and inflection suffixes off, roots left alone.

After Larkey, Ballesteros and Connell's *light10* (the best-measured light stemmer for Arabic
retrieval), applied to text already folded by `normalize` (so ة is ه and ى is ي):
a leading و, then one definite article (ال وال بال كال فال لل), then inflection and possessive
suffixes, each only while at least two letters remain. A light stemmer conflates plurals,
feminine and possessive forms of a word without merging different roots the way root
extraction does.
"""

from __future__ import annotations

from functools import lru_cache

ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
SUFFIXES = ("ها", "هم", "كم", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
# Single-letter clitics a word can carry without the article: «بدمشق», «لسوريا», «فقال».
CLITICS = ("و", "ب", "ل", "ك", "ف")
MIN_STEM = 2


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The light stem of a normalised token; non-Arabic tokens are returned as they are."""
    if not token or not ("\u0621" <= token[0] <= "\u064a"):
        return token
    word = token
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= MIN_STEM:
            word = word[len(article) :]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            word = word[: -len(suffix)]
    return word


def clitic_forms(token: str) -> list[str]:
    """Other spellings of ``token`` with or without one leading clitic letter: «دمشق» →
    «بدمشق», «لدمشق», …; «بدمشق» → «دمشق». Used to widen a query, never to index."""
    if len(token) < 3 or not ("\u0621" <= token[0] <= "\u064a"):
        return []
    forms = [clitic + token for clitic in CLITICS]
    if token[0] in CLITICS and len(token) > 3:
        forms.append(token[1:])
    return forms
