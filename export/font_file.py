"""The embedded font file: a TrueType subset with the glyphs a document draws, in one pass
over the raw tables (no outline is decoded, so it takes milliseconds).

Glyph ids are kept (the unused ones are empty), and each glyph made of placed glyphs
(export.shaping's ``GlyphKey`` tuples) is appended as a TrueType composite, so that every
cluster is drawn as one glyph. Layout tables and variations are left out: a PDF draws the
glyphs it is given, at the default instance.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Iterable

from export.shaping import GlyphKey

_KEPT_TABLES: tuple[str, ...] = (
    "OS/2",
    "cvt ",
    "fpgm",
    "gasp",
    "glyf",
    "head",
    "hhea",
    "hmtx",
    "loca",
    "maxp",
)
_KEPT_TABLES += ("name", "prep")
_ARGS_ARE_WORDS, _ARGS_ARE_XY, _MORE, _SCALE, _XY_SCALE, _TWO_BY_TWO = 1, 2, 0x20, 8, 0x40, 0x80


class FontFile:
    """A TrueType font's tables, read once, to write subsets of."""

    def __init__(self, data: bytes) -> None:
        self.tables = _tables(data)
        head, maxp, hhea = self.tables["head"], self.tables["maxp"], self.tables["hhea"]
        self.units_per_em: int = struct.unpack_from(">H", head, 18)[0]
        self.glyph_count: int = struct.unpack_from(">H", maxp, 4)[0]
        metrics: int = struct.unpack_from(">H", hhea, 34)[0]
        hmtx = self.tables["hmtx"]
        advances = list(struct.unpack_from(f">{2 * metrics}h", hmtx))
        self.advances = [a & 0xFFFF for a in advances[0::2]]
        self.side_bearings = advances[1::2]
        rest = self.glyph_count - metrics
        self.advances += [self.advances[-1]] * rest
        self.side_bearings += list(struct.unpack_from(f">{rest}h", hmtx, 4 * metrics))
        loca_format = struct.unpack_from(">h", head, 50)[0]
        loca = self.tables["loca"]
        if loca_format == 0:
            self.offsets = [2 * o for o in struct.unpack_from(f">{self.glyph_count + 1}H", loca)]
        else:
            self.offsets = list(struct.unpack_from(f">{self.glyph_count + 1}I", loca))
        bbox = struct.unpack_from(">4h", head, 36)
        self.bbox: tuple[int, int, int, int] = (bbox[0], bbox[1], bbox[2], bbox[3])
        self.ascent, self.descent = struct.unpack_from(">hh", hhea, 4)

    def glyph(self, gid: int) -> bytes:
        return self.tables["glyf"][self.offsets[gid] : self.offsets[gid + 1]]

    def subset(self, drawn: Iterable[GlyphKey]) -> tuple[bytes, dict[tuple[int, ...], int]]:
        """The font file with the glyphs of ``drawn``, and the glyph id given to each made
        glyph (a tuple key)."""
        drawn = list(drawn)
        made = sorted({key for key in drawn if isinstance(key, tuple)})
        wanted = {0} | {key for key in drawn if isinstance(key, int)}
        for key in made:
            wanted.update(key[1::3])
        kept = self._with_components(wanted)
        glyphs = [self.glyph(gid) if gid in kept else b"" for gid in range(self.glyph_count)]
        advances, bearings = list(self.advances), list(self.side_bearings)
        made_ids: dict[tuple[int, ...], int] = {}
        for key in made:
            made_ids[key] = len(glyphs)
            composite = self._composite(key)
            glyphs.append(composite)
            advances.append(key[0])
            bearings.append(struct.unpack_from(">h", composite, 2)[0] if composite else 0)
        return self._font(
            glyphs, advances, bearings, max(len(k) // 3 for k in made or [()])
        ), made_ids

    def _with_components(self, gids: set[int]) -> set[int]:
        kept, todo = set(), [g for g in gids if 0 <= g < self.glyph_count]
        while todo:
            gid = todo.pop()
            if gid in kept:
                continue
            kept.add(gid)
            todo += _components(self.glyph(gid))
        return kept

    def _composite(self, key: tuple[int, ...]) -> bytes:
        parts, boxes = [], []
        placed = [key[i : i + 3] for i in range(1, len(key), 3)]
        placed = [(gid, dx, dy) for gid, dx, dy in placed if self.glyph(gid)]
        for index, (gid, dx, dy) in enumerate(placed):
            flags = _ARGS_ARE_WORDS | _ARGS_ARE_XY | (_MORE if index < len(placed) - 1 else 0)
            parts.append(struct.pack(">HHhh", flags, gid, dx, dy))
            x0, y0, x1, y1 = struct.unpack_from(">4h", self.glyph(gid), 2)
            boxes.append((x0 + dx, y0 + dy, x1 + dx, y1 + dy))
        if not parts:
            return b""
        box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        return struct.pack(">h4h", -1, *box) + b"".join(parts)

    def _font(
        self, glyphs: list[bytes], advances: list[int], bearings: list[int], components: int
    ) -> bytes:
        glyf = bytearray()
        loca = array("I", [0])
        for data in glyphs:
            glyf += data + b"\0" * (-len(data) % 4)
            loca.append(len(glyf))
        if loca.itemsize != 4:
            raise AssertionError("array('I') is not 32-bit here")
        loca.byteswap()
        tables = {t: self.tables[t] for t in _KEPT_TABLES if t in self.tables}
        head = bytearray(tables["head"])
        struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, set below
        struct.pack_into(">h", head, 50, 1)  # long offsets
        hhea = bytearray(tables["hhea"])
        struct.pack_into(">H", hhea, 34, len(glyphs))
        maxp = bytearray(tables["maxp"])
        struct.pack_into(">H", maxp, 4, len(glyphs))
        if len(maxp) >= 32 and components:
            elements, depth = struct.unpack_from(">HH", maxp, 28)
            struct.pack_into(">HH", maxp, 28, max(elements, components), depth + 1)
        hmtx = struct.pack(
            f">{2 * len(glyphs)}h",
            *[
                v
                for pair in zip(advances, bearings, strict=True)
                for v in (_signed(pair[0]), pair[1])
            ],
        )
        tables.update(head=bytes(head), hhea=bytes(hhea), maxp=bytes(maxp), hmtx=hmtx)
        tables.update(loca=loca.tobytes(), glyf=bytes(glyf))
        font = _assembled(tables)
        adjustment = (0xB1B0AFBA - _checksum(font)) & 0xFFFFFFFF
        offset = font.index(b"head") + 8
        head_at = struct.unpack_from(">I", font, offset)[0]
        struct.pack_into(">I", font, head_at + 8, adjustment)
        return bytes(font)


def _signed(value: int) -> int:
    return value - 0x10000 if value >= 0x8000 else value


def _tables(data: bytes) -> dict[str, bytes]:
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for index in range(count):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        tables[tag.decode("latin-1")] = data[offset : offset + length]
    return tables


def _components(glyph: bytes) -> list[int]:
    if len(glyph) < 10 or struct.unpack_from(">h", glyph, 0)[0] >= 0:
        return []
    found, at = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", glyph, at)
        found.append(gid)
        at += 4 + (4 if flags & _ARGS_ARE_WORDS else 2)
        at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _MORE:
            return found


def _checksum(data: bytes | bytearray) -> int:
    padded = bytes(data) + b"\0" * (-len(data) % 4)
    words = array("I", padded)
    words.byteswap()
    return sum(words) & 0xFFFFFFFF


def _assembled(tables: dict[str, bytes]) -> bytearray:
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(
        ">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16
    )
    directory = bytearray()
    body = bytearray()
    offset = 12 + 16 * count
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(
            ">4sIII", tag.encode("latin-1"), _checksum(data), offset + len(body), len(data)
        )
        body += data + b"\0" * (-len(data) % 4)
    return bytearray(header) + directory + body
