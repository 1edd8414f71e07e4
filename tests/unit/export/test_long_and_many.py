"""Articles of any length flow over pages, many articles are laid out in worker processes,
and options that cannot make a dossier are refused."""

from __future__ import annotations

import io
import math
import multiprocessing
import re
from pathlib import Path

import pypdfium2
import pytest
from fontTools.ttLib import TTFont

from export import layout_workers
from export.dossier import DossierOptions, ExportCancelled, export_dossier
from export.font_file import FontFile
from export.fonts import AMIRI
from export.shaping import ShapingFont
from tests.unit.export.readers import article, pdfium, poppler

WORDS = ["يتابع", "الفريق", "عمله", "في", "المدينة", "القديمة", "حيث", "تتجمع", "الوثائق"]
WORDS += ["والرسائل", "منذ", "سنوات", "طويلة"]
DIGITS = "ابتثجحخدذر"  # a number written in letters: ز then its digits (ز is in no word here)


def _code(number: int) -> str:
    return "ز" + "".join(DIGITS[int(d)] for d in str(number))


def _numbers(page: str) -> list[int]:
    return [
        int("".join(str(DIGITS.index(c)) for c in code))
        for code in re.findall(f"ز([{DIGITS}]+)", page)
    ]


def _text(words: int, start: int = 0) -> str:
    """``words`` words, every other one a number (written in letters) to find it again by."""
    return " ".join(f"{WORDS[i % len(WORDS)]} {_code(i)}" for i in range(start, start + words // 2))


def test_a_note_longer_than_a_page_flows_over_pages(tmp_path: Path) -> None:
    note = _text(4_000)  # about three pages
    path = tmp_path / "long.pdf"
    pages = export_dossier(
        [article(1, "مقال بملاحظة طويلة", _text(200, 10_000), notes=(note, "ملاحظة ثانية"))],
        path,
        DossierOptions(title="ملف"),
    )
    assert pages >= 5
    text = poppler(path)
    found = [n for page in text[2:] for n in _numbers(page)]
    assert found == [*range(10_000, 10_100), *range(2_000)]  # every word, in order
    assert len([page for page in text[2:] if set(_numbers(page)) & set(range(2_000))]) >= 3
    assert "ملاحظة ثانية" in text[-1]


def test_a_body_longer_than_a_page_and_one_long_word(tmp_path: Path) -> None:
    body = _text(3_000) + "\n\n" + "ب" * 5_000 + "\n\n" + "https://example.org/" + "a" * 3_000
    path = tmp_path / "body.pdf"
    pages = export_dossier([article(1, "مقال طويل", body)], path, DossierOptions(title="ملف"))
    assert pages >= 4
    joined = "".join(pdfium(path)).replace("\r\n", "")
    assert joined.count("ب") >= 5_000
    assert joined.count("a") >= 3_000


def test_many_articles_are_laid_out_in_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With workers (one at least, whatever the machine), each article on its own pages,
    the contents and the bookmarks in order, and every article's words in its pages."""
    monkeypatch.setattr(layout_workers, "worker_count", lambda articles: 2)
    count = 3 * layout_workers.CHUNK * 3
    articles = [
        article(n, f"المقال رقم {n}", _text(300 + 40 * n, 1_000 * n), notes=(f"ملاحظة {n}",))
        for n in range(1, count + 1)
    ]
    path = tmp_path / "many.pdf"
    pages = export_dossier(articles, path, DossierOptions(title="ملف كبير", digits="western"))
    document = pypdfium2.PdfDocument(str(path))
    outline = [(item.get_title(), item.get_dest().get_index()) for item in document.get_toc()]
    document.close()
    assert [title for title, _ in outline] == [a.title for a in articles]
    starts = [index for _, index in outline]
    assert starts == sorted(starts)
    assert starts[0] == 2
    text = pdfium(path)
    assert len(text) == pages
    for (_, first), following, record in zip(outline, [*starts[1:], pages], articles, strict=True):
        own = "".join(text[first:following])
        assert record.title in own
        assert 1_000 * record.id in _numbers(own)
        assert f"ملاحظة {record.id}" in own
    assert f"المقال رقم {count}" in text[1]  # the contents
    assert f"صفحة {pages} من {pages}" in text[-1]


@pytest.mark.parametrize(
    ("size", "message"),
    [
        (0, "0 points is outside 6 to 36"),
        (-5, "-5 points is outside 6 to 36"),
        (1000, "1000 points is outside 6 to 36"),
        (math.inf, "inf is not a number of points"),
        (math.nan, "nan is not a number of points"),
    ],
)
def test_a_size_that_cannot_make_a_dossier_is_refused(size: float, message: str) -> None:
    with pytest.raises(ValueError, match=f"^size: {message}"):
        DossierOptions(title="ملف", size=size)


def test_ra_before_ya_is_one_glyph_with_its_letter_moved_inside() -> None:
    """Amiri draws ر 122 units left of its pen position before يا: one glyph, as wide as
    the pen moves, starting where the glyph before it ends, copying as ر and nothing else."""
    font = ShapingFont(AMIRI.regular)
    shaped = font.shape("سوريا", is_rtl=True)
    texts = [text for _, text in shaped.glyphs]
    assert texts == ["ا", "ي", "ر", "و", "س"]
    ra = shaped.glyphs[2][0]
    assert isinstance(ra, tuple)
    advance, _gid, dx, dy = ra
    assert (dx, dy) != (0, 0)
    assert advance > 0
    assert sum(font.advance_of(key) for key, _ in shaped.glyphs) == shaped.advance


def test_a_made_glyph_is_a_composite_of_the_font_file() -> None:
    font = ShapingFont(AMIRI.regular)
    keys = [key for word in ("سوريا", "لم", "لحم") for key, _ in font.shape(word, True).glyphs]
    made = sorted({k for k in keys if isinstance(k, tuple)})
    assert made
    data, ids = FontFile(font.data).subset(keys)
    subset = TTFont(io.BytesIO(data))
    order = subset.getGlyphOrder()
    glyf, hmtx = subset["glyf"], subset["hmtx"]
    for key in made:
        glyph = glyf[order[ids[key]]]
        assert glyph.isComposite()
        placed = [(order.index(c.glyphName), c.x, c.y) for c in glyph.components]
        assert placed == [tuple(key[i : i + 3]) for i in range(1, len(key), 3)]
        assert hmtx[order[ids[key]]][0] == key[0]
    unused = next(g for g in range(1, 6000) if g not in keys and not glyf[order[g]].isComposite())
    assert glyf[order[unused]].numberOfContours == 0  # subset: the other glyphs are empty


def test_a_cancel_stops_the_workers_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout_workers, "worker_count", lambda articles: 2)
    articles = [article(n, f"مقال {n}", _text(2_000, 10 * n)) for n in range(1, 40)]
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        export_dossier(
            articles,
            tmp_path / "d.pdf",
            DossierOptions(title="ملف"),
            lambda count, _total, _label: done.append(count),
            lambda: len(done) >= 2,
        )
    assert len(done) == 2
    assert list(tmp_path.iterdir()) == []
    assert multiprocessing.active_children() == []  # the workers are gone, none left behind
