"""Repairs of text extracted from a PDF or recognised from a scan, so it is stored as the letters
a writer typed, in the order they were typed.

- presentation forms (the shaped letters U+FB50–U+FDFF, U+FE70–U+FEFC that old PDFs carry) and
  Latin ligatures (ﬁ ﬂ …) unfolded into their letters by NFKC, nothing else touched by it;
- kashida (tatweel, U+0640) removed: in print it stretches a line to justify it;
- a space before a combining mark (a fatha cut from its letter) removed;
- glyphs in visual order (left to right, as an old PDF draws them) put in logical order by
  the Unicode bidi algorithm run in reverse (ICU's inverse bidi, "like direct": the logical
  text that the bidi algorithm would lay out as these glyphs), brackets mirrored back.
"""

from __future__ import annotations

import re
import unicodedata

import icu

_FOLDED_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+")
_TATWEEL = "\u0640"
_SPACE_BEFORE_MARK = re.compile(r"[ \u00a0]+(?=[\u064b-\u065f\u0670])")
_SPACES = re.compile(r"[ \u00a0]{2,}")
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c]")
_LATIN_PUNCTUATION = re.compile(
    "(?<=[\u0621-\u064a\u0660-\u0669]),|(?<=[\u0621-\u064a]);|(?<=[\u0621-\u064a])\\?"
)
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def repair_extracted(text: str) -> str:
    """``text`` with the letters spelled out and print's artefacts removed (see above)."""
    text = _FOLDED_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = text.replace(_TATWEEL, "")
    text = _SPACE_BEFORE_MARK.sub("", text)
    return _SPACES.sub(" ", _DIRECTION_MARKS.sub("", text))


def arabic_punctuation(text: str) -> str:
    """Latin comma, semicolon and question mark right after an Arabic letter made the Arabic
    ones (، ؛ ؟): what OCR reads for them, which look alike in print."""
    return _LATIN_PUNCTUATION.sub(lambda m: {",": "،", ";": "؛", "?": "؟"}[m.group()], text)


def logical_from_visual(visual: str, *, rtl: bool = True) -> str:
    """The logical text of one line given in visual order (left to right). Combining marks
    must follow their base letter in ``visual``; they stay after it."""
    if not visual:
        return visual
    bidi = icu.Bidi()
    bidi.setReorderingMode(icu.UBiDiReorderingMode.INVERSE_LIKE_DIRECT)
    bidi.setPara(icu.UnicodeString(visual), 1 if rtl else 0)
    return str(bidi.writeReordered(icu.Bidi.DO_MIRRORING | icu.Bidi.KEEP_BASE_COMBINING))


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` is mostly written right to left (Arabic or Hebrew letters)."""
    return len(_RTL_LETTER.findall(text)) >= len(_LTR_LETTER.findall(text))


def is_mark(ch: str) -> bool:
    """A combining mark (tashkeel, a Latin accent): it belongs to the letter before it."""
    return unicodedata.category(ch) in ("Mn", "Me")


_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}
_TURNED = str.maketrans("()[]{}", ")(][}{")


def balanced_brackets(line: str) -> str:
    """A line whose brackets all face the wrong way («)سوريا(»: an extractor mirrored them,
    or mirrored them back) with each turned round; any other line is left alone."""
    first = next((ch for ch in line if ch in _PAIRS or ch in _CLOSERS), None)
    if first is None or first in _PAIRS:
        return line
    depth = 0
    for ch in line:
        if ch in _CLOSERS:
            depth += 1
        elif ch in _PAIRS:
            depth -= 1
            if depth < 0:
                return line
    if depth != 0:
        return line
    return line.translate(_TURNED)
