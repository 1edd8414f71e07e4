"""Arabic character classes, in one place: letters, marks, joiners, invisibles, spaces.

Everything that asks "is this an Arabic letter?" or "is this character part of a word?" asks
here: the normaliser (what it deletes and folds), the stemmer (which tokens are Arabic), the
snippet code (which characters of the original text make up a word) and the decoder (how
Arabic a decoded text is).
"""

from __future__ import annotations

import re

# The Arabic letters of the basic block (hamza to yeh) and of the extended blocks (Persian,
# Urdu, Kurdish letters; Arabic Supplement and Extended-A), and the presentation forms.
BASIC_LETTERS = "\u0621-\u063a\u0641-\u064a"
EXTENDED_LETTERS = "\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9"
PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefc"

# Marks written on letters: harakat, tanween, shadda, sukun, maddah, hamza above/below,
# dagger alef, Quranic small marks and honorifics.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u08ca-\u08ff"
TATWEEL = "\u0640"
# Characters that join or break the letters of one word without being letters: ZWNJ, ZWJ.
JOINERS = "\u200c\u200d"
# Characters that show nothing and may stand inside a word: soft hyphen, Arabic letter mark,
# ZWSP, LRM/RLM, bidi embeddings, overrides and isolates, word joiner, BOM.
INVISIBLES = "\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
# Every kind of space that is not a plain one.
SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c"

# What normalisation deletes from a word: it changes nothing a reader takes for a letter.
DELETED = MARKS + TATWEEL + JOINERS + INVISIBLES
# What may stand inside one word of original text besides letters and digits (\w).
IN_WORD = DELETED

ARABIC_LETTER = re.compile(f"[{BASIC_LETTERS}{EXTENDED_LETTERS}{PRESENTATION_FORMS}]")
LETTER = re.compile(r"[^\W\d_]")
# A word of original text: letters and digits with the marks, tatweel, joiners and invisible
# characters inside it («الخلا\u00adفة» is one word).
ORIGINAL_WORD = re.compile(f"(?:\\w|[{IN_WORD}])+")
DELETED_CHARS = re.compile(f"[{DELETED}]")
MARK_CHARS = re.compile(f"[{MARKS}]")
SPACE_CHARS = re.compile(f"[{SPACES}]")
PRESENTATION_FORM_CHARS = re.compile(f"[{PRESENTATION_FORMS}]")


def is_arabic_letter(char: str) -> bool:
    """Whether ``char`` (one character) is an Arabic letter of any block."""
    return ARABIC_LETTER.fullmatch(char) is not None


def starts_arabic(token: str) -> bool:
    """Whether a normalised token begins with a letter of the basic Arabic block."""
    return bool(token) and ("\u0621" <= token[0] <= "\u064a")
