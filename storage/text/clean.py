"""Make arbitrary text storable without changing what a reader sees.

Removed: NUL and other C0/C1 control characters (never meaningful in an article; PostgreSQL
refuses NUL). Replaced: lone surrogates (not encodable in UTF-8) by U+FFFD. Line ends become
``\\n``. Everything else, including bidi marks, ZWJ and NBSP, is kept as written.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_LINE_SEPARATORS = re.compile("[\n\t]+")


def clean_text(text: str) -> str:
    """Multi-line text (a body, a lead, a note): controls out, line ends unified, ends trimmed."""
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_BREAKS.sub("\n", text)
    if _UNSTORABLE.search(text):  # one scan for the usual text, which has none
        text = _SURROGATES.sub("\ufffd", _CONTROLS.sub("", text))
    return text.strip()


def clean_line(text: str) -> str:
    """Single-line text (a title, a name, a place): line breaks and tabs become one space.
    Spaces inside the line (double spaces, NBSP) stay as written."""
    text = clean_text(text)
    return _LINE_SEPARATORS.sub(" ", text) if "\n" in text or "\t" in text else text
