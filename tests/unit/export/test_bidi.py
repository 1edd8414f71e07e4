"""The bidi layer against Unicode's own conformance data, and on Arabic newspaper text."""

from __future__ import annotations

from pathlib import Path

from export.bidi import resolve, visual_order

CONFORMANCE = Path("/usr/share/unicode/BidiCharacterTest.txt")  # Debian's unicode-data
DIRECTIONS = {"0": "ltr", "1": "rtl", "2": "auto"}


def test_bidi_character_test_conformance() -> None:
    passed = total = 0
    for line in CONFORMANCE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        points, direction, paragraph_level, levels, order = line.split(";")
        text = "".join(chr(int(point, 16)) for point in points.split())
        expected = levels.split()
        paragraph = resolve(text, DIRECTIONS[direction])  # type: ignore[arg-type]
        got = paragraph.line_levels(0, len(text))
        kept = [i for i, level in enumerate(expected) if level != "x"]
        visual = [i for i in visual_order(got) if expected[i] != "x"]
        total += 1
        passed += (
            paragraph.base_level == int(paragraph_level)
            and all(str(got[i]) == expected[i] for i in kept)
            and visual == [int(i) for i in order.split()]
        )
    assert total > 90_000
    assert passed / total >= 0.999, f"{passed} of {total}"


def test_numbers_and_latin_in_an_arabic_line() -> None:
    text = "قال (رويترز) إن 60 ألف شخص غادروا في 2019 باغوز Baghuz."
    paragraph = resolve(text)
    runs = paragraph.visual_runs(0, len(text))
    pieces = [(text[a:b], level) for a, b, level in runs]
    # read left to right on the page: the end of the sentence is on the left
    assert pieces[0] == (".", 1)
    assert ("Baghuz", 2) in pieces
    assert ("2019", 2) in pieces
    assert ("60", 2) in pieces
    assert pieces.index(("2019", 2)) < pieces.index(("60", 2))  # the later number is further left
    assert sorted("".join(p for p, _ in pieces)) == sorted(text)  # every character once


def test_a_line_keeps_trailing_space_at_the_paragraph_level() -> None:
    paragraph = resolve("abc ")
    assert paragraph.line_levels(0, 4) == [2, 2, 2, 1]
