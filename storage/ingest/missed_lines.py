"""A safety net under Tesseract's page layout: it loses a whole line now and then. Each
column's rows of ink are compared with the lines Tesseract gave; a row of ink no line covers
is recognised again on its own. (A line Tesseract merged with its neighbour and read as one
is not caught: see the README's limits.)"""

from __future__ import annotations

import statistics
from collections.abc import Callable

import numpy as np
from PIL import Image

from storage.ingest.page_layout import Line

MIN_INK = 0.01  # of a row's width: less is specks, not text
MIN_COVER = 0.3  # of a band's height that must lie within one of Tesseract's lines
MIN_CONFIDENCE = 70.0  # a row read again is kept only if Tesseract is this sure of it


def ink_bands(
    ink: np.ndarray, top: int, bottom: int, left: int, right: int
) -> list[tuple[int, int]]:
    """The rows of text between ``top`` and ``bottom`` in columns ``left``–``right``: runs of
    rows with ink, small gaps (the dots and marks above and below letters) closed."""
    area = ink[top:bottom, left:right]
    if area.size == 0:
        return []
    rows = area.sum(axis=1) > MIN_INK * area.shape[1]
    bands: list[list[int]] = []
    for y, has_ink in enumerate(rows):
        if has_ink:
            if bands and y - bands[-1][1] <= 1:
                bands[-1][1] = y
            else:
                bands.append([y, y])
    if not bands:
        return []
    height = statistics.median(b - a + 1 for a, b in bands)
    merged = [bands[0]]
    for band in bands[1:]:
        if band[0] - merged[-1][1] < 0.35 * height:
            merged[-1][1] = band[1]
        else:
            merged.append(band)
    tall = statistics.median(b - a + 1 for a, b in merged)
    return [(top + a, top + b + 1) for a, b in merged if b - a + 1 >= 0.4 * tall]


def missed_lines(
    image: Image.Image,
    columns: list[list[Line]],
    read_line: Callable[[Image.Image], tuple[list[Line], float]],
) -> list[Line]:
    """Rows of ink in ``image`` that no line of the columns covers, read again by
    ``read_line`` (a crop of one line → its lines in the crop's coordinates and their mean
    confidence); kept when it is sure of them (``MIN_CONFIDENCE``)."""
    ink = np.asarray(image) < 128
    found: list[Line] = []
    for column in columns:
        if len(column) < 2:
            continue
        left = int(min(line.left for line in column))
        right = int(max(line.right for line in column))
        bands = ink_bands(
            ink,
            int(min(line.top for line in column)),
            int(max(line.bottom for line in column)),
            left,
            right,
        )
        for start, end in bands:
            if any(_covers(line, (start, end)) for line in column):
                continue
            pad = max(4, (end - start) // 4)
            crop = image.crop((left - pad, start - pad, right + pad, end + pad))
            lines, confidence = read_line(crop)
            if confidence < MIN_CONFIDENCE:
                continue
            found += [
                Line(
                    line.text,
                    line.left + left - pad,
                    line.top + start - pad,
                    line.right + left - pad,
                    line.bottom + start - pad,
                    line.size,
                )
                for line in lines
            ]
    return found


def _covers(line: Line, band: tuple[int, int]) -> bool:
    start, end = band
    return min(end, line.bottom) - max(start, line.top) >= MIN_COVER * (end - start)
