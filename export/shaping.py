"""Shaping a bidi run with HarfBuzz: the font's own contextual forms, ligatures, mirrored
brackets and mark positions, with the text each glyph stands for (for copy and search)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import uharfbuzz as hb

# What the second glyph of a cluster copies as: every drawn code needs a ToUnicode entry (a
# viewer shows an unmapped code as its raw number), and the joiner is invisible and searchable.
EXTRA_GLYPH_TEXT = "\u200d"
SHAPED_KEPT = 50_000


class Glyph(NamedTuple):  # a tuple: a dossier makes millions of them
    gid: int
    cluster: int  # index in the shaped text of the first character it stands for
    text: str  # the characters of its cluster (a cluster's further glyphs: EXTRA_GLYPH_TEXT)
    advance: float  # in font units
    x_offset: float
    y_offset: float


class ShapingFont:
    """A font file, shaped by HarfBuzz; measurements in font units (``units_per_em``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self._face = hb.Face(hb.Blob(self.data))
        self._font = hb.Font(self._face)
        self.units_per_em: int = self._face.upem
        self._shaped: dict[tuple[str, bool], list[Glyph]] = {}

    @cached_property
    def space_advance(self) -> float:
        return sum(g.advance for g in self.shape(" ", is_rtl=False))

    def shape(self, text: str, is_rtl: bool) -> list[Glyph]:
        """The glyphs of ``text`` in visual order (left to right), one direction throughout.
        Remembered: a dossier lays every paragraph out twice (two passes)."""
        key = (text, is_rtl)
        glyphs = self._shaped.get(key)
        if glyphs is None:
            if len(self._shaped) > SHAPED_KEPT:
                self._shaped.clear()
            glyphs = self._shaped[key] = self._shape(text, is_rtl)
        return glyphs

    def _shape(self, text: str, is_rtl: bool) -> list[Glyph]:
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.direction = "rtl" if is_rtl else "ltr"
        buffer.guess_segment_properties()
        buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self._font, buffer, {})
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        seen: set[int] = set()
        glyphs = []
        for info, position in zip(infos, positions, strict=True):
            cluster = info.cluster
            glyph_text = EXTRA_GLYPH_TEXT if cluster in seen else text[cluster : ends[cluster]]
            seen.add(cluster)
            glyphs.append(
                Glyph(
                    info.codepoint,
                    cluster,
                    glyph_text,
                    position.x_advance,
                    position.x_offset,
                    position.y_offset,
                )
            )
        return glyphs
