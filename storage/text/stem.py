"""A light Arabic stemmer for search: the article and inflection suffixes off, roots left alone.

After Larkey, Ballesteros and Connell's *light10* (the best-measured light stemmer for Arabic
retrieval), applied to text already folded by `normalize` (so ة is ه and ى is ي), with two
changes that keep it from merging unrelated words:

- a stem keeps at least three letters (`MIN_STEM`; four for the dual or nationality «ان», so
  لبنان is not لبن): Arabic roots have three letters, and two-letter stems (ير from يره) match
  words of other roots;
- a bare leading و is never removed by the stemmer: in وزارة, وفاة, وليام it belongs to the
  word. The single-letter clitics و ف ب ل are handled by the search instead, which looks a
  query word up with and without them (`clitic_forms`) without stemming what is left after
  taking one off (see `storage.search.variants`).

The article may come with a conjunction and a preposition: ال، وال، فال، بال، كال، لل،
وبال، فبال، وكال، فكال، ولل، فلل. The suffixes are those of light10 and the possessive
pronouns: ها هم كم ان ات ون ين يه ه ي, taken off in that order, and again in that order
while any is left to take off.
"""

from __future__ import annotations

from functools import lru_cache

from storage.text.chars import starts_arabic

ARTICLES = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
SUFFIXES = ("ها", "هم", "كم", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
MIN_STEM = 3
LONGER_STEM = {"ان": 4}  # «لبنان», «ايران», «عثمان»: names, not duals
# Clitic letters a word can carry before it (without the article): «بدمشق», «لسوريا», «وقال»,
# «فقال», «وبدمشق». ك alone is left out: «كامل» is no form of «أمل».
CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
MIN_BASE = 3  # letters that must remain when a clitic is taken off


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """The light stem of a normalised token; non-Arabic tokens are returned as they are."""
    if not starts_arabic(token):
        return token
    word = token
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= MIN_STEM:
            word = word[len(article) :]
            break
    shorter = _without_suffixes(word)
    while shorter != word:  # «لدعمهمين»: ين, then هم
        word, shorter = shorter, _without_suffixes(shorter)
    return word


def _without_suffixes(word: str) -> str:
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= LONGER_STEM.get(suffix, MIN_STEM):
            word = word[: -len(suffix)]
    return word


def clitic_forms(token: str) -> list[str]:
    """The spellings of ``token`` with one more clitic («دمشق» → «بدمشق», «لدمشق», «وبدمشق»,
    «2014» → «و2014»); none for a word with the article, whose stem finds it with any clitic."""
    if not _is_base(token) or token.startswith(ARTICLES):
        return []
    return [clitic + token for clitic in CLITICS]


def bare_forms(token: str) -> list[str]:
    """The spellings of ``token`` without a leading clitic, if what is left has at least
    `MIN_BASE` letters or is a number: «بدمشق» → «دمشق», «وبدمشق» → «بدمشق», «دمشق»;
    «لـ365» → «365»."""
    return [
        token[len(clitic) :]
        for clitic in CLITICS
        if token.startswith(clitic) and _is_base(token[len(clitic) :])
    ]


def _is_base(word: str) -> bool:
    """Whether ``word`` may stand after a clitic: three letters or more, or a number."""
    return len(word) >= MIN_BASE or word.isdigit()
