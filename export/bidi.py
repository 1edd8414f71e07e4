"""The Unicode Bidirectional Algorithm (UAX #9) for laying out Arabic paragraphs.

ICU resolves the embedding levels of a whole logical paragraph (rules P2–I2, with paired
brackets), before lines are broken; this module then applies, per line, rule L1 (trailing
whitespace and separators back to the paragraph level) and L2 (reversing runs from the
highest level down), which give the visual order of a line. Mirroring (L4) is left to the
shaper, which mirrors brackets in right-to-left runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import icu

Direction = Literal["rtl", "ltr", "auto"]
_BASE = {"ltr": 0, "rtl": 1, "auto": icu.Bidi.DEFAULT_LTR}
_REMOVED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF"}  # by rule X9: they take no part
_TRAILING = {"WS", "LRI", "RLI", "FSI", "PDI", *_REMOVED}
_SEPARATORS = {"S", "B"}


@dataclass(frozen=True)
class BidiParagraph:
    text: str
    levels: tuple[int, ...]  # one embedding level per character (code point)
    base_level: int  # 1 for a right-to-left paragraph

    def line_levels(self, start: int, end: int) -> list[int]:
        """Levels of ``text[start:end]`` as one line, after rule L1."""
        levels = list(self.levels[start:end])
        classes = [unicodedata.bidirectional(ch) for ch in self.text[start:end]]
        is_trailing = True  # whitespace at the end of the line goes to the paragraph level
        for index in range(len(levels) - 1, -1, -1):
            kind = classes[index]
            if kind in _SEPARATORS:
                levels[index] = self.base_level
                is_trailing = True
            elif kind in _TRAILING and is_trailing:
                levels[index] = self.base_level
            else:
                is_trailing = False
        return levels

    def visual_runs(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The line ``text[start:end]`` as runs (start, end, level) from left to right; a run
        is a stretch of one level, to be shaped in its own direction. Rule L2 applied to whole
        runs, which is the same as to their characters, at a fraction of the cost."""
        levels = self.line_levels(start, end)
        runs: list[tuple[int, int, int]] = []
        index = 0
        while index < len(levels):
            stop = index
            while stop < len(levels) and levels[stop] == levels[index]:
                stop += 1
            runs.append((start + index, start + stop, levels[index]))
            index = stop
        return [runs[i] for i in visual_order([level for _, _, level in runs])]


def resolve(text: str, direction: Direction = "rtl") -> BidiParagraph:
    """The embedding levels of one paragraph (no paragraph separator inside)."""
    if not text:
        return BidiParagraph(text, (), 1 if direction == "rtl" else 0)
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), _BASE[direction])
    unit_levels = bidi.getLevels()
    if is_one_unit_each(text):
        return BidiParagraph(text, tuple(unit_levels), bidi.getParaLevel())
    # ICU counts UTF-16 units: a character beyond the BMP has two; keep the first one's level.
    levels: list[int] = []
    unit = 0
    for ch in text:
        levels.append(unit_levels[unit])
        unit += 2 if ord(ch) > 0xFFFF else 1
    return BidiParagraph(text, tuple(levels), bidi.getParaLevel())


def is_one_unit_each(text: str) -> bool:
    """Whether every character of ``text`` is one UTF-16 unit, as ICU counts (none beyond the
    BMP). Encoding is done in C: ``max(text)`` would take a hundred times longer."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: the logical indices of a line in visual order, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = reversed(order[index:end])
                index = end
            else:
                index += 1
    return order
