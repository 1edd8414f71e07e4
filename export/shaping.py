"""Shaping a run of text with HarfBuzz: the font's own contextual forms, ligatures, mirrored
brackets and mark positions, as one drawn glyph per cluster with the text it stands for.

HarfBuzz may draw a cluster with several glyphs (Amiri draws some لـ and حـ with a joining
stroke of their own) and may move a glyph off its pen position (Amiri's ر and و before يا sit
122 units to the left of where they begin). A PDF viewer finds words and their letters from
where each glyph starts and how wide it is: a second glyph needs a text of its own (it copied
as U+200D), and a moved glyph leaves a gap (it copied as «سور يا»). So each cluster becomes one
``GlyphKey``: the font's glyph when it is drawn alone, at its pen position, with its own
advance; else a glyph made of the placed glyphs with the cluster's advance, which
export.font_file adds to the embedded font as a TrueType composite. Every drawn glyph then
starts where the previous one ends and copies as exactly its cluster's characters.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import NamedTuple

import uharfbuzz as hb

# A font glyph id; or (advance, gid, dx, dy, gid, dx, dy, ...): glyphs placed at (dx, dy)
# from the cluster's pen position, drawn as one glyph ``advance`` units wide.
GlyphKey = int | tuple[int, ...]


class Shaped(NamedTuple):
    glyphs: tuple[tuple[GlyphKey, str], ...]  # visual order, left to right, with their text
    advance: int  # in font units


class ShapingFont:
    """A font file, shaped by HarfBuzz; measurements in font units (``units_per_em``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = path.read_bytes()
        self._face = hb.Face(hb.Blob(self.data))
        self._font = hb.Font(self._face)
        self.units_per_em: int = self._face.upem
        self._advances: dict[int, int] = {}
        self._features: dict[str, bool] = {}
        self._buffers = threading.local()  # a buffer is not shared between threads

    def advance_of(self, key: GlyphKey) -> int:
        """How wide the glyph ``key`` is drawn, in font units."""
        if isinstance(key, tuple):
            return key[0]
        advance = self._advances.get(key)
        if advance is None:
            advance = self._advances[key] = self._font.get_glyph_h_advance(key)
        return advance

    def shape(self, text: str, is_rtl: bool) -> Shaped:
        """The glyphs of ``text`` in visual order (left to right), one direction throughout
        (export.font_codes remembers each run it encodes)."""
        buffer = getattr(self._buffers, "buffer", None)
        if buffer is None:
            buffer = self._buffers.buffer = hb.Buffer()
            buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        else:
            buffer.clear_contents()  # its cluster level stays set
        buffer.add_str(text)
        buffer.direction = "rtl" if is_rtl else "ltr"
        buffer.guess_segment_properties()
        hb.shape(self._font, buffer, self._features)
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        clusters = [info.cluster for info in infos]
        count = len(clusters)
        # A cluster's characters run from its own start to the next cluster's start in
        # logical order: in a right-to-left run, the glyphs before it in visual order.
        if is_rtl:
            ends = [len(text), *clusters[:-1]]
            for index in range(1, count):
                if clusters[index] == clusters[index - 1]:
                    ends[index] = ends[index - 1]
        else:
            ends = [*clusters[1:], len(text)]
            for index in range(count - 2, -1, -1):
                if clusters[index] == clusters[index + 1]:
                    ends[index] = ends[index + 1]
        advances = self._advances
        glyphs: list[tuple[GlyphKey, str]] = []
        total = 0
        index = 0
        while index < count:  # the glyphs of one cluster are next to each other
            cluster = clusters[index]
            stop = index + 1
            while stop < count and clusters[stop] == cluster:
                stop += 1
            position = positions[index]
            gid = infos[index].codepoint
            advance = position.x_advance
            natural = advances.get(gid)
            if natural is None:
                natural = self.advance_of(gid)
            if (
                stop == index + 1
                and advance == natural
                and not position.x_offset
                and not position.y_offset
            ):
                key: GlyphKey = gid
            else:
                key, advance = self._cluster_glyph(infos[index:stop], positions[index:stop])
            end = ends[index]
            if is_rtl and end - cluster > 1:
                glyphs.append((key, text[cluster:end][::-1]))
            else:
                glyphs.append((key, text[cluster:end]))
            total += advance
            index = stop
        return Shaped(tuple(glyphs), total)

    def _cluster_glyph(
        self, infos: list[hb.GlyphInfo], positions: list[hb.GlyphPosition]
    ) -> tuple[GlyphKey, int]:
        """A cluster drawn off its pen position or with several glyphs, as one made glyph."""
        placed: list[int] = []
        pen = 0
        for info, position in zip(infos, positions, strict=True):
            placed += [info.codepoint, pen + position.x_offset, position.y_offset]
            pen += position.x_advance
        return (pen, *placed), pen
