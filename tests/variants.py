"""Spelling variants of Arabic text, the way papers and users really differ.

Shared by the search tests and bench/search_corpus.py: each function takes words of an
article and returns the words as a user might type them, or None when the words offer nothing
to vary (no hamza to drop, no digit to convert, …).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

Variant = Callable[[Sequence[str], random.Random], list[str] | None]

_MARKS = "\u064e\u064f\u0650\u0651\u0652\u064b"
_LETTER = re.compile("[\u0621-\u064a]")
_HAS_MARK = re.compile("[\u064b-\u0652]")
_HAMZA_ALEF = re.compile("[أإآ]")
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _change_one(
    words: Sequence[str],
    rng: random.Random,
    fits: Callable[[str], bool],
    change: Callable[[str], str],
) -> list[str] | None:
    candidates = [i for i, w in enumerate(words) if fits(w)]
    if not candidates:
        return None
    chosen = rng.choice(candidates)
    return [change(w) if i == chosen else w for i, w in enumerate(words)]


def diacritics(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """Marked words typed bare, or bare words typed with marks."""
    if any(_HAS_MARK.search(w) for w in words):
        return [_HAS_MARK.sub("", w) for w in words]
    return [_LETTER.sub(lambda m: m.group() + rng.choice(_MARKS), w) for w in words]


def hamza(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """أ/إ/آ typed as bare alef, or a leading bare alef given a hamza."""
    changed = _change_one(
        words, rng, lambda w: bool(_HAMZA_ALEF.search(w)), lambda w: _HAMZA_ALEF.sub("ا", w)
    )
    return changed or _change_one(
        words, rng, lambda w: w.startswith("ا") and len(w) > 2, lambda w: "أ" + w[1:]
    )


def taa_yaa(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """Final ة typed ه and final ى typed ي (or the other way)."""
    swaps = {"ة": "ه", "ى": "ي", "ي": "ى"}
    return _change_one(
        words, rng, lambda w: len(w) > 2 and w[-1] in swaps, lambda w: w[:-1] + swaps[w[-1]]
    )


def tatweel(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """A stretched word: «الخـــلافة»."""
    return _change_one(
        words, rng, lambda w: len(w) > 3 and bool(_LETTER.match(w)), lambda w: w[:2] + "ـــ" + w[2:]
    )


def digits(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """ASCII digits typed as Arabic-Indic ones, or the other way."""
    if any(re.search("[0-9]", w) for w in words):
        return [w.translate(_INDIC) for w in words]
    if any(re.search("[٠-٩]", w) for w in words):
        return [w.translate(_WESTERN) for w in words]
    return None


def prefix(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """A clitic added or taken away: «الباغوز» ~ «والباغوز» ~ «باغوز», «دمشق» ~ «بدمشق»."""

    def change(word: str) -> str:
        if word.startswith(("وال", "بال")):
            return word[3:]
        if word.startswith("ال"):
            return rng.choice(("و", "ب", "ف")) + word
        return rng.choice(("و", "ب", "ل")) + word

    return _change_one(words, rng, lambda w: len(w) > 3 and bool(_LETTER.match(w)), change)


def inflection(words: Sequence[str], rng: random.Random) -> list[str] | None:
    """Another inflection of a word: a plural, feminine or possessive ending."""

    def change(word: str) -> str:
        for ending in ("ات", "ون", "ين", "ها", "ة"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                return word[: -len(ending)]
        return word + rng.choice(("ات", "ها", "ين"))

    return _change_one(words, rng, lambda w: len(w) > 3 and bool(_LETTER.match(w[-1])), change)


VARIANTS: dict[str, Variant] = {
    "diacritics": diacritics,
    "hamza": hamza,
    "taa_yaa": taa_yaa,
    "tatweel": tatweel,
    "digits": digits,
    "prefix": prefix,
    "inflection": inflection,
}
