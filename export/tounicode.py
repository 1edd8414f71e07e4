"""ToUnicode CMaps: what text each glyph of a PDF font stands for, so that copying and
searching a PDF gives the real Arabic letters, never presentation forms or private-use codes."""

from __future__ import annotations

from collections.abc import Mapping

_HEADER = """/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
"""
_FOOTER = """endcmap
CMapName currentdict /CMap defineresource pop
end
end
"""


def to_unicode_cmap(texts: Mapping[int, str]) -> bytes:
    """A CMap mapping each two-byte code to its text (UTF-16BE); codes with no text (the
    second glyph of a cluster) are left out, so they add nothing to extracted text."""
    entries = [(code, text) for code, text in sorted(texts.items()) if text]
    lines = [_HEADER]
    for start in range(0, len(entries), 100):  # at most 100 mappings per block
        block = entries[start : start + 100]
        lines.append(f"{len(block)} beginbfchar\n")
        lines += [
            f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>\n" for code, text in block
        ]
        lines.append("endbfchar\n")
    lines.append(_FOOTER)
    return "".join(lines).encode("ascii")
