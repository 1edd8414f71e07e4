"""What a PDF export can be asked for, without loading the PDF engine: the command line
names these choices before it knows whether it will export anything."""

from __future__ import annotations

_POINTS_PER_MM = 72 / 25.4

# Width and height in points, as ReportLab's pagesizes give them.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * _POINTS_PER_MM, 297 * _POINTS_PER_MM),
    "A5": (148 * _POINTS_PER_MM, 210 * _POINTS_PER_MM),
    "Letter": (8.5 * 72, 11 * 72),
}
SIZES = (6.0, 36.0)  # the body text size, in points, from … to
