"""A font for a PDF drawn from HarfBuzz glyphs: Type0, Identity-H, subset, with a ToUnicode.

Each distinct (glyph, text, advance) gets its own code (CID), mapped to its glyph by a
CIDToGIDMap, to its text by the ToUnicode CMap and to the advance it is drawn with by /W. So a
ligature copies as all its letters, a glyph that two characters share (a font may draw ى and
ی alike) copies as whichever it stood for, and a kerned glyph ends where the next begins, so
text extraction sees no gap where there is no space.
The font file is subset to the glyphs used, keeping glyph ids, when the document is written.
"""

from __future__ import annotations

import io
import random
import string
from dataclasses import dataclass, field
from types import SimpleNamespace

from fontTools import subset
from fontTools.ttLib import TTFont
from reportlab.pdfbase import pdfdoc, pdfmetrics

from export.shaping import ShapingFont
from export.tounicode import to_unicode_cmap


@dataclass
class _DocumentState:
    codes: dict[tuple[int, str, int], int] = field(default_factory=dict)
    internal_name: str = ""
    is_draft: bool = False  # a layout pass whose file is thrown away: write no font file


class EmbeddedFont:
    """A font of one PDF document at a time: `codes` holds the two-byte codes drawn;
    `internal_name` enters the font in the document, which writes it when saved."""

    # ReportLab's protocol: a dynamic font is written when the document is saved, and a
    # document whose first font is dynamic sets no Helvetica in every page's preamble.
    _dynamicFont = 1  # noqa: N815
    _multiByte = 1  # noqa: N815

    def __init__(self, name: str, shaping: ShapingFont) -> None:
        self.fontName = self.name = name
        self.shaping = shaping
        self.substitutionFonts: list[object] = []
        self._states: dict[int, _DocumentState] = {}
        metrics = TTFont(io.BytesIO(shaping.data), lazy=True)
        head, hhea = metrics["head"], metrics["hhea"]
        self._bbox = [head.xMin, head.yMin, head.xMax, head.yMax]
        self.ascent, self.descent = hhea.ascent, hhea.descent
        self._postscript_name = str(metrics["name"].getDebugName(6) or name).replace(" ", "")
        self.face = SimpleNamespace(name=self._postscript_name, builtIn=0)

    def register(self) -> EmbeddedFont:
        """Make the font known to ReportLab by name, so a document can start with it
        (``initialFontName``) instead of an unembedded Helvetica."""
        pdfmetrics.registerFont(self)
        return self

    def internal_name(self, doc: pdfdoc.PDFDocument) -> str:
        """The font's resource name in ``doc`` (/F3), registering it for writing at save time."""
        state = self._state(doc)
        if not state.internal_name:
            state.internal_name = f"F{len(doc.fontMapping) + 1}"
            doc.fontMapping[self.name] = "/" + state.internal_name
            doc.delayedFonts.append(self)
        return "/" + state.internal_name

    def codes(self, doc: pdfdoc.PDFDocument) -> dict[tuple[int, str, int], int] | None:
        """The codes of ``doc``, by (glyph id, text, advance in font units), to add to while
        drawing; None for a measuring pass, which draws nothing."""
        state = self._state(doc)
        return None if state.is_draft else state.codes

    def mark_draft(self, doc: pdfdoc.PDFDocument) -> None:
        """``doc`` is only measured (the first pass of a dossier): its font file is skipped."""
        self._state(doc).is_draft = True

    def _state(self, doc: pdfdoc.PDFDocument) -> _DocumentState:
        return self._states.setdefault(id(doc), _DocumentState())

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        """ReportLab's measure, for the rare caller that asks: the shaped width of ``text``."""
        glyphs = self.shaping.shape(text, is_rtl=False)
        return sum(g.advance for g in glyphs) * size / self.shaping.units_per_em

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 (ReportLab's name)
        state = self._states.pop(id(doc), _DocumentState())
        codes = state.codes
        tag = "".join(
            random.Random(self.name + str(len(codes))).choices(string.ascii_uppercase, k=6)
        )
        base_name = f"{tag}+{self._postscript_name}"
        gids = {gid for gid, _, _ in codes} | {0}
        font_file = _stream(doc, b"" if state.is_draft else _subset(self.shaping.data, gids))
        font_file.dictionary["Length1"] = len(font_file.content)
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("FontDescriptor"),
                "FontName": pdfdoc.PDFName(base_name),
                "Flags": 4,
                "FontBBox": pdfdoc.PDFArray(self._scaled(self._bbox)),
                "ItalicAngle": 0,
                "Ascent": self._scaled([self.ascent])[0],
                "Descent": self._scaled([self.descent])[0],
                "CapHeight": self._scaled([self.ascent])[0],
                "StemV": 80,
                "FontFile2": doc.Reference(font_file, f"fontFile2:{base_name}"),
            }
        )
        gid_map = bytearray(2 * (len(codes) + 1))
        widths: list[object] = []
        per_em = 1000 / self.shaping.units_per_em
        for (gid, _, advance), code in sorted(codes.items(), key=lambda item: item[1]):
            gid_map[2 * code : 2 * code + 2] = gid.to_bytes(2, "big")
            widths += [code, pdfdoc.PDFArray([round(advance * per_em, 2)])]
        descendant = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("CIDFontType2"),
                "BaseFont": pdfdoc.PDFName(base_name),
                "CIDSystemInfo": pdfdoc.PDFDictionary(
                    {
                        "Registry": pdfdoc.PDFString("Adobe"),
                        "Ordering": pdfdoc.PDFString("Identity"),
                        "Supplement": 0,
                    }
                ),
                "FontDescriptor": doc.Reference(descriptor, f"fontDescriptor:{base_name}"),
                "DW": 0,
                "W": pdfdoc.PDFArray(widths),
                "CIDToGIDMap": doc.Reference(_stream(doc, bytes(gid_map)), f"cidToGid:{base_name}"),
            }
        )
        texts = {code: text for (_, text, _), code in codes.items()}
        font = pdfdoc.PDFDictionary(
            {
                "Type": pdfdoc.PDFName("Font"),
                "Subtype": pdfdoc.PDFName("Type0"),
                "BaseFont": pdfdoc.PDFName(base_name),
                "Encoding": pdfdoc.PDFName("Identity-H"),
                "DescendantFonts": pdfdoc.PDFArray(
                    [doc.Reference(descendant, f"cidFont:{base_name}")]
                ),
                "ToUnicode": doc.Reference(
                    _stream(doc, to_unicode_cmap(texts)), f"toUnicode:{base_name}"
                ),
            }
        )
        doc.idToObject["BasicFonts"].dict[state.internal_name] = doc.Reference(
            font, state.internal_name
        )

    def _scaled(self, values: list[int]) -> list[int]:
        return [round(v * 1000 / self.shaping.units_per_em) for v in values]


def _stream(doc: pdfdoc.PDFDocument, content: bytes) -> pdfdoc.PDFStream:
    stream = pdfdoc.PDFStream(content=content)
    if doc.compression:
        stream.filters = [pdfdoc.PDFZCompress]
    return stream


def _subset(data: bytes, gids: set[int]) -> bytes:
    """The font file with only these glyphs' outlines, every glyph keeping its id."""
    options = subset.Options()
    options.retain_gids = True
    options.notdef_outline = True
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "DSIG", "MATH"]
    font = TTFont(io.BytesIO(data), lazy=True)
    for tag in options.drop_tables:  # never decoded: the layout tables are most of the work
        if tag in font:
            del font[tag]
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=sorted(gids))
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
