"""Arabic normalisation for matching: search, duplicate detection and unique names.

The original text is never changed: these functions derive keys from it. The folding follows what
spelling varies between Arabic papers and people:

- tashkeel (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel removed;
- alef forms أ إ آ ٱ folded to ا, hamza carriers ؤ → و and ئ → ي;
- final ة → ه and ى → ي;
- Persian/Urdu letter variants (ی ک ۀ ە ھ ے …) folded to their Arabic letters;
- Arabic-Indic and Persian digits to ASCII;
- presentation forms (U+FB50–U+FEFF) unfolded by NFKC;
- invisible format characters (bidi controls, ZWJ/ZWNJ, BOM, soft hyphen) removed and every kind
  of space (NBSP, thin space, …) made a plain space (the classes are in `storage.text.chars`);
- Latin letters case-folded.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from storage.text.chars import (
    DELETED_CHARS,
    INVISIBLES,
    JOINERS,
    ORIGINAL_WORD,
    PRESENTATION_FORM_CHARS,
    SPACE_CHARS,
    TATWEEL,
)

_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ٵ": "ا",
    "ؤ": "و",
    "ٶ": "و",
    "ئ": "ي",
    "ٸ": "ي",
    "ة": "ه",
    "ۃ": "ه",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ے": "ي",
    "ۓ": "ي",
    "ک": "ك",
    "ګ": "ك",
    "ڪ": "ك",
    "ۀ": "ه",
    "ە": "ه",
    "ھ": "ه",
    "ہ": "ه",
    "ۂ": "ه",
}

_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {
    chr(0x06F0 + d): str(d) for d in range(10)
}
# Folded with chained str.replace, which scans at memory speed; a dict-driven str.translate costs
# ~60 ns a character and made normalisation the slowest step of an import.
_REPLACEMENTS = tuple((_FOLD | _DIGITS).items())


_DELETED = DELETED_CHARS
_SPACE = SPACE_CHARS
_PRESENTATION_FORMS = PRESENTATION_FORM_CHARS
_UNMARKED_DELETED = re.compile(f"[{TATWEEL}{JOINERS}{INVISIBLES}]")
_WORD = re.compile(r"\w+")
_WHITESPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold ``text`` for matching, every kind of space made a plain space. Idempotent."""
    return _SPACE.sub(" ", fold(text))


def fold(text: str) -> str:
    """`normalize` but for spaces: enough for anything that only looks at the words, and one
    scan of the text less (an import folds fifty million characters)."""
    if _PRESENTATION_FORMS.search(text):
        text = unicodedata.normalize("NFKC", text)
    text = _DELETED.sub("", text)
    for variant, letter in _REPLACEMENTS:
        if variant in text:
            text = text.replace(variant, letter)
    return text.casefold()


def spelled(text: str) -> str:
    """``text`` folded for exact-spelling matches (the ``=word`` switch): marks, tatweel and
    invisible characters removed, presentation forms unfolded, digits made ASCII and Latin
    case-folded, but every letter kept as written: أ ≠ ا, ة ≠ ه, ى ≠ ي. Its words stand one
    for one with the words of `fold` (only letters differ)."""
    if _PRESENTATION_FORMS.search(text):
        text = unicodedata.normalize("NFKC", text)
    text = _DELETED.sub("", text)
    for variant, digit in _DIGITS.items():
        if variant in text:
            text = text.replace(variant, digit)
    return text.casefold()


def spelled_and_folded(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text`` as `spelled` keeps them, and the same words folded (`tokens`):
    one scan of the text for both (an import indexes fifty million characters)."""
    spelling = words_of(spelled(text))
    folded = " ".join(spelling)
    for variant, letter in _FOLD.items():  # letter for letter: the words stay one for one
        if variant in folded:
            folded = folded.replace(variant, letter)
    return spelling, folded.split()


def marked_words(text: str) -> list[str]:
    """The words of ``text`` as `spelled` keeps them but with their marks (harakat, shadda,
    …) still on: what an article's word must be for a marked ``=word``."""
    return [_exactly(m.group()) for m in ORIGINAL_WORD.finditer(text)]


def _exactly(word: str) -> str:
    if _PRESENTATION_FORMS.search(word):
        word = unicodedata.normalize("NFKC", word)
    word = _UNMARKED_DELETED.sub("", word)
    for variant, digit in _DIGITS.items():
        word = word.replace(variant, digit)
    return word.casefold()


def tokens(text: str) -> list[str]:
    """The normalised words of ``text`` (letters and digits; punctuation dropped)."""
    return words_of(fold(text))


def words_of(normalized: str) -> list[str]:
    """The words of already normalised text (what `tokens` gives, at a third of the cost):
    its runs of word characters, found in one pass (a third cheaper than putting a space for
    every run of other characters and splitting there, which gave the same words)."""
    return _WORD.findall(normalized)


def name_key(name: str) -> str:
    """The key that makes two tag or dossier names the same name (``السياسة`` = ``السیاسة ``)."""
    return _WHITESPACE.sub(" ", normalize(name)).strip()


def fingerprint(*normalized_parts: str) -> str:
    """A digest of the words of already normalised ``parts``: equal for texts that differ only
    in spelling variants, tashkeel, punctuation or spacing. Used to find duplicate articles."""
    return fingerprint_words(*(words_of(part) for part in normalized_parts))


OPENING_WORDS = 40


def opening_key(body: str) -> str:
    """A digest of the first ``OPENING_WORDS`` normalised words of a body: the same for the
    same story printed by two papers, which often differ only further on. Empty for a body too
    short to tell stories apart."""
    words = tokens(body[: OPENING_WORDS * 20])[:OPENING_WORDS]
    return fingerprint_words(words) if len(words) == OPENING_WORDS else ""


def fingerprint_words(*parts: list[str]) -> str:
    """`fingerprint` of parts already split into normalised words."""
    digest = hashlib.sha256()
    for words in parts:
        digest.update(" ".join(words).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


_LATIN_MARKED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


def plain_latin(text: str) -> str:
    """``text`` with the accents of its Latin letters taken off (café → cafe, Ørsted stays):
    what SQLite's unicode61 tokenizer did to every word, done once where the search index
    stores its words and reads a query's, so that it can split on spaces alone. Arabic is
    not touched (NFD would take the hamza off أ)."""
    if not _LATIN_MARKED.search(text):
        return text
    return _LATIN_MARKED.sub(_without_marks, text)


def _without_marks(match: re.Match[str]) -> str:
    decomposed = unicodedata.normalize("NFD", match.group())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
