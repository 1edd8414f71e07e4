"""A right-to-left paragraph laid out in lines, the way browsers do it.

1. bidi levels for the whole logical paragraph (export.bidi), before any line is broken;
2. the paragraph cut into runs: at spaces, at changes of bidi level and at ICU's line-break
   opportunities; each run is shaped by HarfBuzz in its own direction and encoded in the
   document font's codes once per process (a dossier repeats its words: a word is shaped once);
3. lines broken greedily in logical order at the line-break opportunities, measured with the
   shaped widths, so the first words are on the first line;
4. per line, its runs in visual order (rules L1 and L2 of UAX #9, applied to whole runs);
5. drawn as one ``TJ`` per line, justified by widening the spaces; the last line of a
   paragraph set to the right.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

import icu

from export.bidi import is_one_unit_each, resolve, visual_order
from export.font_codes import ENCODED_KEPT, LayoutFont

Alignment = Literal["justify", "right", "center", "left"]
_BREAKERS = threading.local()  # an ICU break iterator is not shared between threads


@dataclass(frozen=True)
class TextStyle:
    font: LayoutFont
    size: float = 12
    leading: float = 20  # line height; Arabic with stacked marks needs about 1.6 × size
    alignment: Alignment = "justify"
    space_after: float = 6
    color: tuple[float, float, float] = (0, 0, 0)


class Line(NamedTuple):
    # The runs' codes (hex) in visual order, left to right, joined between the spaces: the
    # line is drawn as the segments with a space between each two.
    segments: tuple[str, ...]
    width: float  # in points, natural
    spaces: int  # how many spaces the line draws (justification widens them)
    is_last: bool


class _Run(NamedTuple):
    codes: str
    advance: int
    level: int
    is_space: bool
    may_break: bool  # a line may begin with this run


# Each font's runs made so far, (text, level, may_break): a word repeats, and so does its run.
_RUNS: weakref.WeakKeyDictionary[LayoutFont, dict[tuple[str, int, bool], _Run]] = (
    weakref.WeakKeyDictionary()
)


def layout(text: str, style: TextStyle, width: float) -> list[Line]:
    """The lines of the paragraph ``text`` (white space counts as single spaces) set
    ``width`` points wide; a run wider than the line is cut to fit."""
    text = " ".join(text.split())
    if not text:
        return []
    scale = style.size / style.font.shaping.units_per_em
    runs = _runs(text, style.font, width / scale)
    lines: list[Line] = []
    limit = width / scale
    start, used, candidate = 0, 0, -1
    for index, run in enumerate(runs):
        if index > start and run.may_break:
            candidate = index
        used += run.advance
        if used > limit and not run.is_space and candidate > start:
            lines.append(_line(runs, start, candidate, style, False))
            start = candidate
            used = sum(r.advance for r in runs[start : index + 1])
            candidate = -1
    lines.append(_line(runs, start, len(runs), style, True))
    return [line for line in lines if line.segments]


def label_line(text: str, style: TextStyle) -> Line:
    """A one-line label (a header, a page number, an entry of the contents)."""
    lines = layout(text, style, float("inf"))
    if not lines:
        return Line((), 0.0, 0, True)
    return lines[0]


def draw_lines(lines: list[tuple[Line, float, float, float]], style: TextStyle) -> str:
    """Content-stream operators drawing ``(line, x, baseline, extra)``: each line with its
    left end at ``x``, ``extra`` points spread over its spaces."""
    font = style.font
    red, green, blue = style.color
    out = [f"BT /{font.resource} {style.size:g} Tf {red:g} {green:g} {blue:g} rg"]
    space = font.space_codes
    for line, x, baseline, extra in lines:
        if extra > 0 and line.spaces:
            shift = f"{space}> {-extra / line.spaces * 1000 / style.size:.1f} <"
            array = shift.join(line.segments)
        else:
            array = space.join(line.segments)
        out.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm [<{array}>] TJ")
    out.append("ET")
    return "\n".join(out)


def placement(line: Line, width: float, alignment: Alignment) -> tuple[float, float]:
    """(space to spread over the spaces, x of the line's left end) in a column ``width``
    points wide."""
    free = max(0.0, width - line.width)
    if alignment == "justify" and not line.is_last and line.spaces:
        return free, 0.0
    if alignment in ("justify", "right"):
        return 0.0, free
    return 0.0, free / 2 if alignment == "center" else 0.0


def _runs(text: str, font: LayoutFont, limit: float) -> list[_Run]:
    """The runs of ``text`` (single spaces, none at either end) in logical order: each space,
    and the words between them cut at the line-break opportunities and bidi level changes
    inside them."""
    levels = resolve(text, "rtl").levels
    breaks = _break_opportunities(text)
    inner = [b for b in breaks if text[b - 1] != " " and text[b] != " "]
    if min(levels) != max(levels):
        inner += [
            i
            for i in range(1, len(text))
            if levels[i] != levels[i - 1] and text[i - 1] != " " and text[i] != " "
        ]
        inner = sorted(set(inner))
    else:
        inner.sort()
    inner.append(len(text) + 1)  # beyond every word
    spaces: dict[tuple[int, bool], _Run] = {}
    runs: list[_Run] = []
    made = _RUNS.get(font)
    if made is None or len(made) > ENCODED_KEPT:
        made = _RUNS[font] = {}
    encode = font.encode
    next_cut = 0
    start = 0
    for word in text.split(" "):
        if start:  # the space before the word
            at = start - 1
            space_key = (levels[at], at in breaks)
            run = spaces.get(space_key)
            if run is None:
                run = _Run(font.space_codes, font.space_advance, levels[at], True, at in breaks)
                spaces[space_key] = run
            runs.append(run)
        end = start + len(word)
        while start < end:
            stop = inner[next_cut]
            if stop < end:
                next_cut += 1
            else:
                stop = end
            level = levels[start]
            piece = text[start:stop]
            may_break = start in breaks
            key = (piece, level, may_break)
            run = made.get(key)
            if run is None:
                codes, advance = encode(piece, level % 2 == 1)
                run = made[key] = _Run(codes, advance, level, False, may_break)
            if run.advance <= limit or stop - start == 1:
                runs.append(run)
            else:
                runs += _fitting(piece, level, font, limit, may_break)
            start = stop
        start = end + 1
    return runs


def _fitting(
    piece: str, level: int, font: LayoutFont, limit: float, may_break: bool
) -> Iterator[_Run]:
    """The run ``piece``, cut into runs no wider than ``limit`` (a word wider than the line,
    such as a long address, is cut between characters)."""
    codes, advance = font.encode(piece, level % 2 == 1)
    if advance <= limit or len(piece) == 1:
        yield _Run(codes, advance, level, False, may_break)
        return
    size = max(1, int(len(piece) * limit / advance * 0.9))
    for offset in range(0, len(piece), size):
        yield from _fitting(
            piece[offset : offset + size], level, font, limit, may_break or offset > 0
        )


def _break_opportunities(text: str) -> set[int]:
    """Where a line may begin (ICU's line breaks, as indices of ``text``)."""
    breaker = getattr(_BREAKERS, "line", None)
    if breaker is None:
        breaker = _BREAKERS.line = icu.BreakIterator.createLineInstance(icu.Locale("ar"))
    breaker.setText(icu.UnicodeString(text))
    if is_one_unit_each(text):
        return {b for b in breaker if 0 < b < len(text)}
    to_index, unit = {}, 0
    for index, ch in enumerate(text):
        to_index[unit] = index
        unit += 2 if ord(ch) > 0xFFFF else 1
    return {to_index[b] for b in breaker if b in to_index and 0 < to_index[b] < len(text)}


def _line(runs: list[_Run], start: int, end: int, style: TextStyle, is_last: bool) -> Line:
    chosen = runs[start:end]
    while chosen and chosen[-1].is_space:  # rule L1: trailing spaces are not drawn
        chosen.pop()
    while chosen and chosen[0].is_space:
        chosen.pop(0)
    levels = [run.level for run in chosen]
    if all(level == 1 for level in levels):
        ordered = chosen[::-1]
    else:
        ordered = [chosen[i] for i in visual_order(levels)]
    segments: list[str] = []
    joined: list[str] = []
    spaces = advance = 0
    for run in ordered:
        advance += run.advance
        if run.is_space:
            segments.append("".join(joined))
            joined.clear()
            spaces += 1
        else:
            joined.append(run.codes)
    if ordered:
        segments.append("".join(joined))
    return Line(
        tuple(segments),
        advance * style.size / style.font.shaping.units_per_em,
        spaces,
        is_last,
    )
