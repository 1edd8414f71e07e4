"""Arabic text rules, in one place: character classes, normalisation, tokens, fingerprints."""

from storage.text.clean import clean_line, clean_text
from storage.text.normalize import (
    fingerprint,
    fingerprint_words,
    fold,
    name_key,
    normalize,
    opening_key,
    spelled,
    tokens,
    words_of,
)

__all__ = [
    "clean_line",
    "clean_text",
    "fingerprint",
    "fingerprint_words",
    "fold",
    "name_key",
    "normalize",
    "opening_key",
    "spelled",
    "tokens",
    "words_of",
]
