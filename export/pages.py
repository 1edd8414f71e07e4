"""Text flowing down a column, page after page: paragraphs split between any two lines, boxes
(the notes) drawn on each page they reach, so nothing is ever too long for a page."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from export.font_codes import LayoutFont
from export.lines import Alignment, Line, TextStyle, draw_lines, layout, placement

MARGIN = 56
PADDING = 6  # between the margins and the text column, as platypus frames had it
BOX_PADDING = (10, 4)  # a box's text from its edges: across, down
Color = tuple[float, float, float]
GRAY = (0.35, 0.35, 0.35)


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float

    @property
    def left(self) -> float:
        return MARGIN + PADDING

    @property
    def right(self) -> float:
        return self.width - MARGIN - PADDING

    @property
    def top(self) -> float:
        return self.height - MARGIN - 14 - PADDING

    @property
    def bottom(self) -> float:
        return MARGIN + PADDING


@dataclass(frozen=True)
class Typesetter:
    """A document's fonts as this process lays it out, and its styles."""

    regular: LayoutFont
    bold: LayoutFont
    size: float

    def style(
        self,
        *,
        bold: bool = False,
        scale: float = 1.0,
        align: Alignment = "justify",
        color: Color = (0, 0, 0),
        after: float = 6,
    ) -> TextStyle:
        size = self.size * scale
        font = self.bold if bold else self.regular
        return TextStyle(font, size, size * 1.75, align, after, color)


@dataclass
class _Box:
    fill: Color
    stroke: Color
    page: int
    at: int  # where in the page's operators the box is drawn (beneath its text)
    top: float


@dataclass
class Column:
    """Pages being filled from the top down; ``pages`` holds each page's operators."""

    geometry: PageGeometry
    pages: list[list[str]] = field(default_factory=lambda: [[]])
    y: float = 0.0
    inset: float = 0.0  # each side, inside a box
    _box: _Box | None = None

    def __post_init__(self) -> None:
        self.y = self.geometry.top

    def paragraph(self, text: str, style: TextStyle) -> None:
        left = self.geometry.left + self.inset
        width = self.geometry.right - self.inset - left
        drawn: list[tuple[Line, float, float, float]] = []
        for line in layout(text, style, width):
            if self.y - style.leading < self.geometry.bottom and self.y < self.geometry.top:
                self._flush(drawn, style)
                self.new_page()
            extra, x = placement(line, width, style.alignment)
            drawn.append((line, left + x, self.y - style.leading * 0.72, extra))
            self.y -= style.leading
        self._flush(drawn, style)
        self.space(style.space_after)

    def space(self, height: float) -> None:
        if self.y < self.geometry.top:  # no space at the top of a page
            self.y = max(self.geometry.bottom, self.y - height)

    def new_page(self) -> None:
        if self._box is not None:
            self._close_box(self.y)
        self.pages.append([])
        self.y = self.geometry.top
        if self._box is not None:
            self._box = _Box(self._box.fill, self._box.stroke, len(self.pages) - 1, 0, self.y)
            self.y -= BOX_PADDING[1]

    def open_box(self, fill: Color, stroke: Color) -> None:
        if self.y - 40 < self.geometry.bottom:  # not a box's edge alone at the foot of a page
            self.new_page()
        page = len(self.pages) - 1
        self._box = _Box(fill, stroke, page, len(self.pages[page]), self.y)
        self.inset = BOX_PADDING[0]
        self.y -= BOX_PADDING[1]

    def close_box(self) -> None:
        self.y -= BOX_PADDING[1]
        self._close_box(max(self.y, self.geometry.bottom - BOX_PADDING[1]))
        self._box = None
        self.inset = 0.0

    def content(self) -> list[bytes]:
        """Each page's operators, compressed (a page's content stream)."""
        return [zlib.compress("\n".join(ops).encode("latin-1"), 1) for ops in self.pages]

    def _close_box(self, bottom: float) -> None:
        box = self._box
        assert box is not None
        x0 = self.geometry.left
        height = box.top - bottom
        fill = " ".join(f"{c:g}" for c in box.fill)
        stroke = " ".join(f"{c:g}" for c in box.stroke)
        rect = f"{x0:.2f} {bottom:.2f} {self.geometry.right - x0:.2f} {height:.2f} re"
        ops = f"q {fill} rg {stroke} RG 0.8 w {rect} B Q"
        self.pages[box.page].insert(box.at, ops)

    def _flush(self, drawn: list[tuple[Line, float, float, float]], style: TextStyle) -> None:
        if drawn:
            self.pages[-1].append(draw_lines(drawn, style))
            drawn.clear()
