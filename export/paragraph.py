"""A right-to-left paragraph for ReportLab's platypus, laid out the way browsers do it.

1. bidi levels for the whole logical paragraph (export.bidi), before any line is broken;
2. lines broken in logical order at ICU's line-break opportunities, measured with shaped widths,
   so the first words are on the first line;
3. per line, runs in visual order (rules L1, L2), each shaped by HarfBuzz in its own direction
   (numbers and Latin left to right, inside the right-to-left line);
4. every glyph drawn with a code whose ToUnicode is its cluster's text (export.embedded_font);
5. justified by widening the spaces; the last line of a paragraph set to the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import icu
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from export.bidi import BidiParagraph, resolve
from export.embedded_font import EmbeddedFont
from export.shaping import Glyph

Alignment = Literal["justify", "right", "center", "left"]


@dataclass(frozen=True)
class TextStyle:
    font: EmbeddedFont
    size: float = 12
    leading: float = 20  # line height; Arabic with stacked marks needs about 1.6 × size
    alignment: Alignment = "justify"
    space_after: float = 6
    color: tuple[float, float, float] = (0, 0, 0)


@dataclass(frozen=True)
class Line:
    glyphs: tuple[Glyph, ...]  # visual order, left to right
    width: float  # in points, natural
    is_last: bool


class RightToLeftParagraph(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, style: TextStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = " ".join(text.split())
        self.style = style
        self._lines = lines
        self._width = 0.0

    # -- platypus ------------------------------------------------------------------------------

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._lines is None or self._width != available_width:
            self._lines = layout(self.text, self.style, available_width)
            self._width = available_width
        return available_width, self.style.leading * len(self._lines)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self._lines is not None
        fitting = int(available_height // self.style.leading)
        if fitting <= 0 or fitting >= len(self._lines):
            return [] if fitting <= 0 else [self]
        first = RightToLeftParagraph(self.text, self.style, self._lines[:fitting])
        rest = RightToLeftParagraph(self.text, self.style, self._lines[fitting:])
        first._width = rest._width = available_width
        return [first, rest]

    def getSpaceAfter(self) -> float:  # noqa: N802 (platypus's name)
        return self.style.space_after

    def draw(self) -> None:
        assert self._lines is not None
        baseline = self.style.leading * len(self._lines) - self.style.leading * 0.72
        for line in self._lines:
            extra, x = _placement(line, self._width, self.style.alignment)
            draw_line(self.canv, line, self.style, x, baseline, extra)
            baseline -= self.style.leading


def draw_line(
    canvas: Canvas, line: Line, style: TextStyle, x: float, baseline: float, extra: float = 0.0
) -> None:
    """Draw a laid-out line with its left end at ``x``; ``extra`` points are spread over its
    spaces (justification)."""
    font = style.font
    doc = canvas._doc
    codes = font.codes(doc)
    if codes is None:  # a measuring pass: nothing it draws is kept
        return
    scale = style.size / font.shaping.units_per_em
    spaces = sum(1 for g in line.glyphs if g.text == " ")
    stretch = extra / spaces if spaces and extra > 0 else 0.0
    color = " ".join(f"{c:g}" for c in style.color)
    parts = [f"BT {font.internal_name(doc)} {style.size:g} Tf {color} rg"]
    for glyph in line.glyphs:
        widened = stretch if glyph.text == " " else 0.0
        if glyph.text:
            key = (glyph.gid, glyph.text, round(glyph.advance + widened / scale))
            code = codes.setdefault(key, len(codes) + 1)
            gx, gy = x + glyph.x_offset * scale, baseline + glyph.y_offset * scale
            parts.append(f"1 0 0 1 {gx:.2f} {gy:.2f} Tm <{code:04X}> Tj")
        x += glyph.advance * scale + widened
    parts.append("ET")
    canvas._code.append("\n".join(parts))


def label_line(text: str, style: TextStyle) -> Line:
    """A one-line label (a header, a page number): laid out as a paragraph that never wraps."""
    lines = layout(text, style, float("inf"))
    if not lines:
        return Line((), 0.0, True)
    return Line(tuple(g for line in lines for g in line.glyphs), sum(x.width for x in lines), True)


def _placement(line: Line, width: float, alignment: Alignment) -> tuple[float, float]:
    """(space to spread over the spaces, x of the line's left end)."""
    free = max(0.0, width - line.width)
    if alignment == "justify" and not line.is_last:
        return free, 0.0
    if alignment in ("justify", "right"):
        return 0.0, free
    return 0.0, free / 2 if alignment == "center" else 0.0


def layout(text: str, style: TextStyle, width: float) -> list[Line]:
    """The lines of a paragraph ``width`` points wide (remembered: a dossier lays out the same
    paragraphs in both of its passes)."""
    return list(_layout(text, style, width))


@lru_cache(maxsize=8192)
def _layout(text: str, style: TextStyle, width: float) -> tuple[Line, ...]:
    return tuple(_break_lines(text, style, width))


def _break_lines(text: str, style: TextStyle, width: float) -> list[Line]:
    if not text:
        return []
    paragraph = resolve(text, "rtl")
    runs = _shaped_runs(paragraph, style)
    advances = [0.0] * len(text)
    for start, _, _, glyphs in runs:
        for glyph in glyphs:
            advances[start + glyph.cluster] += glyph.advance
    scale = style.size / style.font.shaping.units_per_em
    lines: list[tuple[int, int]] = []
    start, last_fit = 0, None
    for boundary in _break_opportunities(text):
        end = _trimmed_end(text, start, boundary)
        if sum(advances[start:end]) * scale <= width or last_fit is None:
            last_fit = boundary
            if sum(advances[start:end]) * scale > width:  # one word wider than the line
                lines.append((start, boundary))
                start, last_fit = boundary, None
            continue
        lines.append((start, last_fit))
        start, last_fit = last_fit, boundary
        if sum(advances[start : _trimmed_end(text, start, boundary)]) * scale > width:
            lines.append((start, boundary))
            start, last_fit = boundary, None
    if start < len(text):
        lines.append((start, len(text)))
    return [
        _line(paragraph, runs, style, a, _trimmed_end(text, a, b), i == len(lines) - 1)
        for i, (a, b) in enumerate(lines)
    ]


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _shaped_runs(
    paragraph: BidiParagraph, style: TextStyle
) -> list[tuple[int, int, int, list[Glyph]]]:
    """The paragraph shaped level run by level run: (start, end, level, glyphs)."""
    text = paragraph.text
    runs = []
    start = 0
    while start < len(text):
        level = paragraph.levels[start]
        end = start
        while end < len(text) and paragraph.levels[end] == level:
            end += 1
        runs.append((start, end, level, style.font.shaping.shape(text[start:end], level % 2 == 1)))
        start = end
    return runs


def _break_opportunities(text: str) -> list[int]:
    iterator = icu.BreakIterator.createLineInstance(icu.Locale("ar"))
    iterator.setText(icu.UnicodeString(text))
    to_index = _utf16_to_index(text)
    boundaries = [to_index[b] for b in iterator if b > 0]
    return boundaries or [len(text)]


def _utf16_to_index(text: str) -> dict[int, int] | range:
    """ICU's UTF-16 offsets as indices of ``text`` (the same numbers unless it has characters
    beyond the Basic Multilingual Plane)."""
    if not text or max(text) < "\U00010000":
        return range(len(text) + 1)
    mapping, unit = {}, 0
    for index, ch in enumerate(text):
        mapping[unit] = index
        unit += 2 if ord(ch) > 0xFFFF else 1
    mapping[unit] = len(text)
    return mapping


def _line(
    paragraph: BidiParagraph,
    runs: list[tuple[int, int, int, list[Glyph]]],
    style: TextStyle,
    start: int,
    end: int,
    is_last: bool,
) -> Line:
    """The line ``text[start:end]``: its runs in visual order, each with the glyphs the
    paragraph's shaping gave its characters. Lines break at spaces, where no letters join, so
    this is what shaping the line alone would give, at half the cost."""
    glyphs: list[Glyph] = []
    for run_start, run_end, _ in paragraph.visual_runs(start, end):
        for first, last, _, shaped in runs:
            if first <= run_start < last:
                glyphs += [g for g in shaped if run_start <= first + g.cluster < run_end]
                break
    scale = style.size / style.font.shaping.units_per_em
    return Line(tuple(glyphs), sum(g.advance for g in glyphs) * scale, is_last)
