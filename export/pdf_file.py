"""Writing a PDF file object by object, streams as they come: a dossier's pages go to the file
as soon as they are laid out, so memory stays flat however long it is. The cross-reference
table, written last, lets the objects come in any order.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from typing import BinaryIO

from export.font_codes import CodeEntry
from export.font_file import FontFile
from export.tounicode import to_unicode_cmap


def text_string(text: str) -> str:
    """A PDF text string (titles, outline entries): UTF-16 with its byte-order mark."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class PdfFile:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._offsets: dict[int, int] = {}
        self._count = 0
        self._at = 0
        self._put(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def reserve(self) -> int:
        """A number for an object to be written later."""
        self._count += 1
        return self._count

    def add(self, body: str, number: int | None = None) -> int:
        number = self.reserve() if number is None else number
        self._offsets[number] = self._at
        self._put(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
        return number

    def add_stream(self, data: bytes, entries: str = "", *, is_compressed: bool = False) -> int:
        """A stream object; ``data`` is compressed here unless it already is."""
        packed = data if is_compressed else zlib.compress(data, 6)
        number = self.reserve()
        self._offsets[number] = self._at
        head = (
            f"{number} 0 obj\n<< /Length {len(packed)} /Filter /FlateDecode {entries}>>\nstream\n"
        )
        self._put(head.encode("latin-1") + packed + b"\nendstream\nendobj\n")
        return number

    def finish(self, root: int, info: int) -> None:
        start = self._at
        lines = [f"xref\n0 {self._count + 1}\n", "0000000000 65535 f \n"]
        lines += [f"{self._offsets[n]:010d} 00000 n \n" for n in range(1, self._count + 1)]
        lines.append(
            f"trailer\n<< /Size {self._count + 1} /Root {root} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{start}\n%%EOF\n"
        )
        self._put("".join(lines).encode("latin-1"))

    def _put(self, data: bytes) -> None:
        self._stream.write(data)
        self._at += len(data)


def add_font(
    pdf: PdfFile, number: int, file: FontFile, name: str, entries: Iterable[CodeEntry]
) -> None:
    """The Type0 font ``number``: Identity-H codes, each mapped to its glyph (CIDToGIDMap),
    its advance (/W) and its text (ToUnicode); the font file subset to what is drawn."""
    codes = sorted(entries)
    data, made_ids = file.subset(entry.glyph for entry in codes)
    tag = "".join(chr(65 + (sum(data[::997]) // 26**i) % 26) for i in range(6))
    base = f"{tag}+{name}"
    scale = 1000 / file.units_per_em
    font_file = pdf.add_stream(data, f"/Length1 {len(data)} ")
    x0, y0, x1, y1 = (round(v * scale) for v in file.bbox)
    ascent, descent = round(file.ascent * scale), round(file.descent * scale)
    descriptor = pdf.add(
        f"<< /Type /FontDescriptor /FontName /{base} /Flags 4 /FontBBox [{x0} {y0} {x1} {y1}] "
        f"/ItalicAngle 0 /Ascent {ascent} /Descent {descent} /CapHeight {ascent} /StemV 80 "
        f"/FontFile2 {font_file} 0 R >>"
    )
    gid_map = bytearray(2 * ((codes[-1].code if codes else 0) + 1))
    widths: list[str] = []
    for entry in codes:
        glyph = entry.glyph
        gid = made_ids[glyph] if isinstance(glyph, tuple) else glyph
        gid_map[2 * entry.code : 2 * entry.code + 2] = gid.to_bytes(2, "big")
        advance = glyph[0] if isinstance(glyph, tuple) else file.advances[glyph]
        widths.append(f"{entry.code} [{advance * scale:g}]")
    gid_stream = pdf.add_stream(bytes(gid_map))
    descendant = pdf.add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /DW 0 /W [{' '.join(widths)}] "
        f"/CIDToGIDMap {gid_stream} 0 R >>"
    )
    to_unicode = pdf.add_stream(to_unicode_cmap({e.code: e.text for e in codes}))
    pdf.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
        f"/DescendantFonts [{descendant} 0 R] /ToUnicode {to_unicode} 0 R >>",
        number,
    )
