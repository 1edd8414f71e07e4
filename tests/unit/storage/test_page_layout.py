"""A PDF's glyphs into lines: the geometry Chromium gives words with tashkeel (the boxes and
origins below are pdfium's, read off a Chromium print of Noto Sans Arabic)."""

from __future__ import annotations

from storage.ingest.page_layout import Glyph, lines_from_glyphs


def _glyph(text: str, left: float, right: float, top: float, bottom: float,
           origin: tuple[float, float], size: float = 17.33) -> Glyph:  # fmt: skip
    return Glyph(text, left, top, right, bottom, size if text != " " else 1.0, origin)


def test_a_word_whose_cluster_is_drawn_raised_stays_on_its_line() -> None:
    # «حذَّر»: Chromium draws ذَّ's cluster 5 pt above the baseline and pdfium starts a new run
    # at it; the median of the run's box bottoms is then far from the line's.
    line = [
        _glyph("ر", 512.61, 517.70, 152.72, 165.02, (512.93, 679.92)),
        _glyph(" ", 506.23, 506.23, 162.0, 162.0, (506.23, 679.92)),
        _glyph("ر", 485.07, 489.85, 158.0, 165.02, (485.07, 679.92)),
        _glyph("ي", 489.85, 493.71, 163.0, 165.02, (489.85, 679.85)),
        _glyph("ز", 493.71, 498.48, 158.0, 165.02, (493.71, 679.92)),
        _glyph("و", 498.48, 503.50, 153.0, 165.02, (498.48, 679.92)),
        _glyph(" ", 477.46, 477.46, 162.0, 162.0, (477.46, 679.92)),
        _glyph("ا", 466.0, 473.0, 153.0, 165.02, (466.0, 679.92)),
        _glyph("ل", 473.0, 477.0, 153.0, 165.02, (473.0, 679.92)),
    ]
    raised = [
        _glyph("ح", 524.62, 531.75, 157.42, 162.07, (524.62, 679.92)),
        _glyph(" ", 518.12, 518.12, 156.79, 156.79, (518.12, 685.13)),
        _glyph("ذ", 520.58, 521.55, 147.38, 148.96, (518.12, 685.13)),
        _glyph("\u064e", 518.64, 519.61, 147.38, 148.96, (518.12, 685.13)),
        _glyph("\u0651", 519.61, 520.58, 147.38, 148.96, (518.12, 685.13)),
    ]
    lines = lines_from_glyphs([line, raised])
    assert [found.text for found in lines] == ["حذَّر وزير لا"]


def test_marks_drawn_in_their_letters_cluster_close_the_gap_beside_it() -> None:
    # «يحذِّر من»: ذ's box is narrow and its marks' boxes fill the space to ر; all three share
    # the cluster's origin. Without the marks the gap reads as a word gap («يحذّ رِ»).
    size = 26.66
    run = [
        _glyph(" ", 430.1, 430.1, 90.0, 90.0, (430.15, 749.67)),
        _glyph("ذ", 414.6, 418.7, 77.6, 96.9, (405.66, 749.67), size),
        _glyph("ح", 417.1, 431.8, 77.6, 96.9, (417.07, 749.67), size),
        _glyph("ي", 430.1, 436.1, 77.6, 96.9, (430.15, 749.67), size),
        _glyph("\u0650", 406.4, 410.5, 77.6, 96.9, (405.66, 749.67), size),
        _glyph("\u0651", 410.5, 414.6, 77.6, 96.9, (405.66, 749.67), size),
        _glyph("ر", 396.8, 405.7, 77.6, 96.9, (397.48, 749.67), size),
        _glyph(" ", 374.3, 374.3, 90.0, 90.0, (374.28, 749.67)),
        _glyph("ن", 358.7, 375.9, 77.6, 96.9, (358.19, 749.67), size),
        _glyph("م", 374.3, 384.9, 77.6, 96.9, (374.28, 749.67), size),
    ]
    assert [found.text for found in lines_from_glyphs([run])] == ["يحذِّر من"]


def test_lines_one_above_the_other_stay_apart() -> None:
    # the overlap rule must not join a column's consecutive lines (line height 1.6)
    first = [_glyph("ب", 500, 510, 100, 117, (500, 0)), _glyph("ا", 510, 514, 100, 117, (510, 0))]
    second = [_glyph("ت", 500, 510, 126, 143, (500, 1)), _glyph("ا", 510, 514, 126, 143, (510, 1))]
    assert [found.text for found in lines_from_glyphs([first, second])] == ["اب", "ات"]
