"""The two-byte codes a document's text is drawn with, one font at a time.

Each distinct (glyph, text) drawn gets a code: the PDF font maps it to its glyph
(CIDToGIDMap), to the advance it is drawn with (/W) and to its text (ToUnicode). The processes
that lay out one document each take codes from their own range of the 65,535, so they never
need to agree while they work: a glyph coded twice, by two processes, is only a second entry.
"""

from __future__ import annotations

from typing import NamedTuple

from export.shaping import GlyphKey, ShapingFont

ENCODED_KEPT = 200_000  # distinct runs remembered per font


class CodeEntry(NamedTuple):
    code: int
    glyph: GlyphKey
    text: str


class CodeRange(NamedTuple):
    first: int
    last: int

    @staticmethod
    def of(worker: int, workers: int) -> CodeRange:
        """The range of the ``worker``-th of ``workers`` processes (0 is the document's own)."""
        size = 0xFFFF // workers
        return CodeRange(1 + worker * size, (worker + 1) * size)


class LayoutFont:
    """A font as one process lays out a document with it: shaping, and codes from its range.
    ``resource`` is the font's name in the pages' resources (F1)."""

    def __init__(self, shaping: ShapingFont, resource: str, codes: CodeRange) -> None:
        self.shaping = shaping
        self.resource = resource
        self._next, self._last = codes
        self._codes: dict[tuple[GlyphKey, str], str] = {}  # (glyph, text): its code in hex
        self._new: list[CodeEntry] = []
        # The runs encoded so far: (text, is_rtl) to what encode() returned.
        self.encoded: dict[tuple[str, bool], tuple[str, int]] = {}
        self.space_codes, self.space_advance = self.encode(" ", False)

    def encode(self, text: str, is_rtl: bool) -> tuple[str, int]:
        """The run ``text`` shaped in one direction: its codes in visual order (hex, four
        digits a glyph) and its advance in font units."""
        key = (text, is_rtl)
        encoded = self.encoded.get(key)
        if encoded is None:
            if len(self.encoded) > ENCODED_KEPT:
                self.encoded.clear()
            shaped = self.shaping.shape(text, is_rtl)
            codes = self._codes
            hex_codes = "".join([codes.get(glyph) or self._code(glyph) for glyph in shaped.glyphs])
            encoded = self.encoded[key] = (hex_codes, shaped.advance)
        return encoded

    def take_new(self) -> list[CodeEntry]:
        """The codes given out since the last call (for the font's tables)."""
        new, self._new = self._new, []
        return new

    def _code(self, glyph: tuple[GlyphKey, str]) -> str:
        if self._next > self._last:
            raise ValueError(
                f"font {self.shaping.path.name}: more than {len(self._codes):,} distinct "
                "glyphs in one document"
            )
        code = self._next
        self._next += 1
        self._new.append(CodeEntry(code, *glyph))
        hex_code = self._codes[glyph] = f"{code:04X}"
        return hex_code
