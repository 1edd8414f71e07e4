"""The geometry of a printed page → its text in reading order.

Both a PDF's text layer (glyphs with their boxes) and a scan's recognised lines (from
Tesseract) come here as lines with boxes, in page coordinates that grow downwards. Then:

- reading order: the page is cut into bands at the lines that span most of its width (a
  headline over several columns); inside a band the narrower lines fall into columns by the
  gaps between them, read right column first for Arabic (left first for a Latin page), each
  top to bottom;
- paragraphs: a new one starts after a short line (the last line of a paragraph ends before
  the column's far edge), after a gap wider than the lines' usual spacing, and where the type
  size changes (a headline, a standfirst);
- page furniture: a line repeated at the top or the bottom of most pages (a running header,
  "page 3 of 9") is left out.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from storage.text.extracted import (
    balanced_brackets,
    is_mark,
    is_right_to_left,
    logical_from_visual,
)

WIDE_LINE = 0.55  # of the page's text width: a line over several columns
HEADLINE = 1.25  # times the usual type size
SHORT_LINE = 0.12  # of the column's width left empty: the last line of a paragraph
PARAGRAPH_GAP = 1.4  # times the usual distance between lines
SIZE_CHANGE = 0.15
SPACE_GAP = 0.1  # of the type size: narrower gaps around a space glyph are no word gap
WORD_GAP = 0.3  # of the type size: a gap this wide between glyphs is a word gap
SEGMENT_GAP = 1.5  # of the type size: a gap this wide on one baseline separates columns
WIDE_GAP = 0.8  # of the type size: always a word gap (a table, a space the extractor lost)


@dataclass(frozen=True)
class Glyph:
    """One character of a PDF's text layer: its box (y grows downwards), type size, the
    origin of the glyph it was drawn with (the characters of a ligature share one), and
    whether the extractor made it up (a space or a line break it guessed)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float
    origin: tuple[float, float] = (0.0, 0.0)
    is_generated: bool = False

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


@dataclass(frozen=True)
class Line:
    """One line of text in logical order, its box, and its type size (or line height)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float


@dataclass
class _Unit:
    """What one glyph of the page shows: its letters in logical order and its box."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float

    @property
    def middle(self) -> float:
        return (self.left + self.right) / 2


def lines_from_glyphs(runs: Sequence[Sequence[Glyph]]) -> list[Line]:
    """Lines from runs of glyphs on one baseline (a PDF extractor's lines, in whatever order
    it gives the glyphs): set left to right by position, word gaps found (as many as the run
    has space characters: the widest gaps), cut where a column gap opens, then put in
    logical order."""
    lines = []
    for run in _rows(runs):
        units = sorted(_units(run), key=lambda unit: unit.middle)
        if not units:
            continue
        spaces = sum(1 for g in run if g.text == " " and not g.is_generated)
        guessed = sum(1 for g in run if g.text == " " and g.is_generated)
        for segment in _segments(units, spaces, guessed):
            lines.append(_line(segment))
    return lines


def _rows(runs: Sequence[Sequence[Glyph]]) -> list[list[Glyph]]:
    """Runs on one baseline and side by side joined: an extractor starts a new run at each
    change of font (a Latin word in an Arabic line)."""
    rows: list[list[Glyph]] = []
    for run in runs:
        letters = [g for g in run if not g.text.isspace()]
        if not letters:
            continue
        size = max(g.size for g in letters)
        base = statistics.median(g.bottom for g in letters)
        left, right = min(g.left for g in letters), max(g.right for g in letters)
        top, bottom = min(g.top for g in letters), max(g.bottom for g in letters)
        for row in rows:
            others = [g for g in row if not g.text.isspace()]
            # side by side first (cheap, and false for most rows), then on one baseline
            is_beside = (
                left - max(g.right for g in others) < SEGMENT_GAP * size
                and min(g.left for g in others) - right < SEGMENT_GAP * size
            ) and (
                abs(statistics.median(g.bottom for g in others) - base) < 0.3 * size
                or _overlap(letters, others) >= 0.5
            )
            # a stray letter or two drawn apart (a hamza raised over its alef) within the row
            is_inside = (
                len(letters) <= 2
                and min(g.left for g in others) <= left
                and right <= max(g.right for g in others)
                and top < max(g.bottom for g in others)
                and bottom > min(g.top for g in others)
            )
            if is_beside or is_inside:
                row.extend(run)
                break
        else:
            rows.append(list(run))
    return rows


def _overlap(run: Sequence[Glyph], row: Sequence[Glyph]) -> float:
    """How much of the shorter one's height the run's and the row's letters share (marks
    aside): a word whose letters the typesetter raised with their marks (Chromium's ذّ) is on
    the row although the median of its boxes' bottoms is not."""
    letters = [g for g in run if not is_mark(g.text[:1])]
    beside = [g for g in row if not is_mark(g.text[:1])]
    if not letters or not beside:
        return 0.0
    top, bottom = min(g.top for g in letters), max(g.bottom for g in letters)
    row_top, row_bottom = min(g.top for g in beside), max(g.bottom for g in beside)
    shared = min(bottom, row_bottom) - max(top, row_top)
    return max(0.0, shared) / max(min(bottom - top, row_bottom - row_top), 1e-6)


def _units(run: Sequence[Glyph]) -> list[_Unit]:
    """The run's glyphs, a ligature's characters (one origin) together in logical order, and
    each combining mark with the letter under it."""
    groups: list[list[Glyph]] = []
    for word in _emitted_words(run):
        is_visual = _is_visual(word)
        start = len(groups)
        for glyph in word:
            if len(groups) > start and glyph.origin == groups[-1][-1].origin:
                groups[-1].append(glyph)
            else:
                groups.append([glyph])
        if is_visual:
            groups[start:] = [group[::-1] for group in groups[start:]]
    units = []
    origins: list[set[tuple[float, float]]] = []
    for group in groups:
        text = "".join(g.text for g in group)
        units.append(
            _Unit(
                text,
                min(g.left for g in group),
                min(g.top for g in group),
                max(g.right for g in group),
                max(g.bottom for g in group),
                max(g.size for g in group),
            )
        )
        origins.append({g.origin for g in group})
    for mark in (g for g in run if is_mark(g.text[:1])):
        if not units:
            break
        # a mark drawn in its letter's cluster (one origin) is that letter's, and its box is
        # part of the letter's: Chromium sets ذّ's marks beside the letter, not over it
        cluster = [unit for unit, seen in zip(units, origins, strict=True) if mark.origin in seen]
        base = min(cluster or units, key=lambda unit: abs(unit.middle - mark.middle))
        base.text += mark.text
        if cluster:
            base.left, base.right = min(base.left, mark.left), max(base.right, mark.right)
    return units


def _emitted_words(run: Sequence[Glyph]) -> list[list[Glyph]]:
    """The run's letters (no spaces, no marks) cut into words as the extractor gives them:
    at a space, or where it jumps more than a letter's width."""
    words: list[list[Glyph]] = [[]]
    for glyph in run:
        if glyph.text.isspace():
            words.append([])
        elif not is_mark(glyph.text[:1]):
            last = words[-1][-1] if words[-1] else None
            if last is not None and abs(glyph.middle - last.middle) > 2 * max(last.size, 1.0):
                words.append([])
            words[-1].append(glyph)
    return [word for word in words if word]


def _is_visual(letters: Sequence[Glyph]) -> bool:
    """Whether the extractor gives this run's Arabic letters left to right (visual order)."""
    rising = falling = 0
    for a, b in itertools.pairwise(letters):
        if a.origin != b.origin and is_right_to_left(a.text) and is_right_to_left(b.text):
            if b.middle > a.middle:
                rising += 1
            else:
                falling += 1
    return rising > falling


def _segments(units: list[_Unit], spaces: int, guessed: int) -> list[list[_Unit]]:
    """The units with a space unit at each word gap, cut at gaps wider than ``SEGMENT_GAP``.
    The word gaps are those at least half as wide as the line's usual word gap (the median
    of its ``spaces`` widest gaps: a space character's own position is unreliable, Chromium's
    and pdfium's are off by a letter), or, in a run without space characters, the gaps wider
    than ``WORD_GAP``."""
    gaps = [(b.left - a.right) / max(a.size, b.size, 1.0) for a, b in itertools.pairwise(units)]
    words: set[int] = set()
    if spaces:
        # the usual word gap of this line: the median of as many widest gaps as it has spaces
        ranked = sorted(gaps, reverse=True)[:spaces]
        usual = statistics.median(ranked) if ranked else 0.0
        words = {i for i, gap in enumerate(gaps) if gap >= max(SPACE_GAP, 0.5 * usual)}
    words |= {i for i, gap in enumerate(gaps) if gap >= (WIDE_GAP if spaces else WORD_GAP)}
    if not spaces and not guessed:
        words = {i for i, gap in enumerate(gaps) if gap >= WORD_GAP}
    segments: list[list[_Unit]] = [[units[0]]]
    for i, unit in enumerate(units[1:]):
        if gaps[i] >= SEGMENT_GAP:
            segments.append([unit])
            continue
        if i in words:
            before = segments[-1][-1]
            segments[-1].append(
                _Unit(" ", before.right, before.top, unit.left, before.bottom, before.size)
            )
        segments[-1].append(unit)
    return segments


def _line(segment: list[_Unit]) -> Line:
    rtl = is_right_to_left("".join(unit.text for unit in segment))
    visual = "".join(_visual(unit.text) if rtl else unit.text for unit in segment)
    text = balanced_brackets(logical_from_visual(visual, rtl=rtl).strip())
    letters = [unit for unit in segment if unit.text != " "]
    return Line(
        text=re.sub(" {2,}", " ", text),
        left=min(u.left for u in letters),
        top=min(u.top for u in letters),
        right=max(u.right for u in letters),
        bottom=max(u.bottom for u in letters),
        size=statistics.median(u.size for u in letters),
    )


def _visual(text: str) -> str:
    """A unit's letters as the bidi algorithm would lay them out in a right-to-left line:
    reversed, each letter with its marks after it (ICU keeps those in order)."""
    if len(text) < 2 or not is_right_to_left(text):
        return text
    letters: list[str] = []
    for ch in text:
        if letters and is_mark(ch):
            letters[-1] += ch
        else:
            letters.append(ch)
    return "".join(reversed(letters))


# -- reading order -------------------------------------------------------------------------


def reading_order(
    lines: Sequence[Line], *, rtl: bool = True, by_size: bool = True
) -> list[list[Line]]:
    """The page's lines in reading order, as columns (each a list of lines, top to bottom).
    ``by_size``: a line of larger type is a headline over the columns (a PDF's type sizes are
    exact; OCR's line heights vary too much to tell)."""
    if not lines:
        return []
    left = min(line.left for line in lines)
    width = max(line.right for line in lines) - left or 1.0
    body_size = statistics.median(line.size for line in lines)
    by_top = sorted(lines, key=lambda line: (line.top, -line.right if rtl else line.left))
    columns: list[list[Line]] = []
    band: list[Line] = []
    spanning: list[Line] = []  # the lines over the columns since the last band
    for line in by_top:
        # a line over several columns, or a headline (larger type) that may cross a gutter
        is_headline = by_size and line.size > HEADLINE * body_size
        if line.right - line.left >= WIDE_LINE * width or is_headline:
            if band:
                columns += _columns(band, rtl)
                band, spanning = [], []
            if not spanning:
                columns.append(spanning)
            spanning.append(line)
        else:
            band.append(line)
            spanning = []
    return columns + _columns(band, rtl)


def _columns(band: list[Line], rtl: bool) -> list[list[Line]]:
    """The lines of a band between wide lines, in columns by the gaps in their x extent."""
    if not band:
        return []
    gap = 0.8 * statistics.median(line.size for line in band)
    spans = sorted(band, key=lambda line: line.left)
    groups: list[list[Line]] = []
    reach = float("-inf")
    for line in spans:
        if not groups or line.left > reach + gap:
            groups.append([line])
        else:
            groups[-1].append(line)
        reach = max(reach, line.right)
    if rtl:
        groups.reverse()
    return [sorted(group, key=lambda line: line.top) for group in groups]


def paragraphs(columns: Sequence[Sequence[Line]]) -> list[str]:
    """The text of lines in reading order, joined into paragraphs (see the module's doc). A
    paragraph goes on into the next column unless its last line ended short or a sentence."""
    result: list[list[str]] = []
    last: Line | None = None
    has_ended = True
    for column in columns:
        if not column:
            continue
        left = min(line.left for line in column)
        right = max(line.right for line in column)
        width = right - left or 1.0
        pitch = _usual_pitch(column)
        previous: Line | None = None
        for line in column:
            if last is None or abs(line.size - last.size) > SIZE_CHANGE * max(line.size, last.size):
                starts = True
            elif previous is None:  # the next column: the paragraph goes on if the last filled it
                starts = (
                    has_ended
                    or last.text.endswith(_SENTENCE_ENDS)
                    or last.right - last.left < (1 - SHORT_LINE) * width
                )
            else:
                starts = line.top - previous.top > PARAGRAPH_GAP * pitch or has_ended
            if starts:
                result.append([])
            result[-1].append(line.text)
            previous = last = line
            has_ended = _is_short(line, left, right, width)
    return [" ".join(words) for words in result if words]


_SENTENCE_ENDS = tuple(".!?؟:…»\"'")


def _usual_pitch(column: Sequence[Line]) -> float:
    steps = [b.top - a.top for a, b in itertools.pairwise(column) if b.top > a.top]
    if not steps:
        return max(line.bottom - line.top for line in column) * 1.2
    return statistics.median(steps)


def _is_short(line: Line, left: float, right: float, width: float) -> bool:
    """A line that leaves the far end of its column empty: for Arabic the left end."""
    if is_right_to_left(line.text):
        return line.left - left > SHORT_LINE * width
    return right - line.right > SHORT_LINE * width


# -- page furniture ------------------------------------------------------------------------

_DIGITS = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+")


def without_furniture(pages: Sequence[list[Line]], heights: Sequence[float]) -> list[list[Line]]:
    """The pages less the lines that repeat near the top or bottom of most pages (digits
    aside: "page 2 of 9" and "page 3 of 9" repeat)."""
    if len(pages) < 3:
        return [list(page) for page in pages]
    counts: Counter[str] = Counter()
    for page, height in zip(pages, heights, strict=True):
        counts.update({_DIGITS.sub("#", line.text) for line in page if _at_edge(line, height)})
    repeated = {text for text, count in counts.items() if count >= 0.6 * len(pages)}
    return [
        [
            line
            for line in page
            if not (_at_edge(line, height) and _DIGITS.sub("#", line.text) in repeated)
        ]
        for page, height in zip(pages, heights, strict=True)
    ]


def _at_edge(line: Line, height: float) -> bool:
    return line.top < 0.12 * height or line.bottom > 0.88 * height
