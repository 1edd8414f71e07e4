"""Make arbitrary text storable without changing what a reader sees.

Removed: NUL and other C0/C1 control characters (never meaningful in an article; PostgreSQL
refuses NUL). Replaced: lone surrogates (not encodable in UTF-8) by U+FFFD. Line ends become
``\\n``. Everything else, including bidi marks, ZWJ and NBSP, is kept as written.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_LINE_SEPARATORS = re.compile("[\n\t]+")


def clean_text(text: str) -> str:
    """Multi-line text (a body, a lead, a note): controls out, line ends unified, ends trimmed."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    return text.strip()


def clean_line(text: str) -> str:
    """Single-line text (a title, a name, a place): line breaks and tabs become one space.
    Spaces inside the line (double spaces, NBSP) stay as written."""
    return _LINE_SEPARATORS.sub(" ", clean_text(text))
