"""The dossier's Arabic, read back by poppler, pdfium and pdf.js: every word whole and in
reading order, tashkeel on its letter, numbers and Latin where the bidi algorithm puts them,
and no character the source lacks (no joiner, no private-use code, no presentation form)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from export.dossier import DossierOptions, export_dossier
from tests.unit.export.readers import READERS, article, poppler

# Written for these tests. Amiri moves ر and و off their pen position before يا (سوريا,
# الجمهورية, المحتويات), and draws some لـ and حـ with a second glyph (لم, لحم, لخص, لجنة).
PLAIN = (
    "أعلنت الجمهورية العربية السورية أن محتويات التقرير الأخير عن سوريا وروسيا والجزائر "
    "لم تنشر بعد، وقال المتحدث إن لجنة الحوار لخصت المواقف وإن لحم الأضاحي وزع على الأسر. "
    "وذكرت المصادر (Reuters) في 23 مارس 2019 أن نسبة 60% من السكان غادروا، والرقم ١٤٣٦ "
    "مسجل لدى المحكمة؛ راسلوا info@example.org للمزيد من المعلومات عن جمهوريات المنطقة."
)
VOCALISED = (
    "وَقَالَ الْقَائِدُ الْعَامُّ لِقُوَّاتِ سُورِيَا الدِّيمُقْرَاطِيَّةِ إِنَّ الْخِلَافَةَ انْتَهَتْ، "
    "وَإِنَّ الْحَرْبَ لَمْ تَنْتَهِ بَعْدُ، وَقَدْ قُتِلَ فِيهَا عَشَرَاتٌ مِنَ الْمُقَاتِلِينَ عَامًا بَعْدَ عَامٍ."
)
MARKS = re.compile("[\u064b-\u065f\u0670]")
# A word: letters with their marks, or digits (poppler glues a number to the word it sets
# beside, «23مارس», whatever made the PDF).
WORD = re.compile(r"\d+|[A-Za-z]+|[^\W\dA-Za-z_]+(?:[\u064b-\u065f\u0670]+[^\W\dA-Za-z_]*)*")
INVISIBLE = {"Cf", "Co", "Cs", "Cn"}


def _is_foreign(ch: str) -> bool:
    """A character no source text here holds: format (joiners, marks of direction), private
    use, or an Arabic presentation form."""
    return unicodedata.category(ch) in INVISIBLE or 0xFB50 <= ord(ch) <= 0xFEFF


def _words(text: str, *, marks: bool) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    words = WORD.findall(text)
    return words if marks else [MARKS.sub("", w) for w in words]


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("text") / "text.pdf"
    body = f"{PLAIN}\n\n{VOCALISED}"
    export_dossier([article(1, "نص الاختبار", body)], path, DossierOptions(title="ملف"))
    return path


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_word_comes_back_whole_and_in_order(pdf: Path, reader: str) -> None:
    page = READERS[reader](pdf)[2]
    assert not [ch for ch in page if _is_foreign(ch)], "a character the source lacks"
    got = [w for w in _words(page, marks=False) if not w.isascii() or w.isdigit()]
    for paragraph in (PLAIN, VOCALISED):
        want = [w for w in _words(paragraph, marks=False) if not w.isascii() or w.isdigit()]
        assert _contains(got, want), (reader, got)
    for number in ("23", "2019", "60", "١٤٣٦"):
        assert number in page, f"{number} lost or reversed"
    assert "Reuters" in page
    if reader == "pdfium":  # its own bidi sets Latin's neutrals right to left: org.example@info
        assert {"info", "example", "org"} <= set(re.findall("[a-z]+", page))
    else:
        assert "info@example.org" in page
    if reader == "pdfjs":  # poppler and pdfium move the brackets around a Latin run
        assert "(Reuters)" in page


def test_poppler_gives_the_tashkeel_on_its_letters(pdf: Path) -> None:
    page = poppler(pdf)[2]
    assert _contains(_words(page, marks=True), _words(VOCALISED, marks=True))


@pytest.mark.parametrize("reader", sorted(READERS))
def test_no_mark_is_lost_or_added(pdf: Path, reader: str) -> None:
    """pdfium may set a word's last mark after the punctuation that follows it, and pdf.js
    puts a space before a word's last letter when it bears a mark (and a line's last mark at
    the end of the line above); both keep every mark."""
    page = unicodedata.normalize("NFC", READERS[reader](pdf)[2])
    assert Counter(MARKS.findall(page)) == Counter(MARKS.findall(VOCALISED))


def test_fonts_are_embedded_and_subset(pdf: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(fonts) == 2
    for line in fonts:
        name, *_rest = line.split()
        assert re.fullmatch(r"[A-Z]{6}\+Amiri-(Regular|Bold)", name), line
        assert " yes yes yes " in line, line  # embedded, subset, ToUnicode
    assert pdf.stat().st_size < 200_000  # subset: Amiri alone is over 400 kB


def test_the_page_is_drawn(pdf: Path, tmp_path: Path) -> None:
    """Rendered, the article's page has its text: dark pixels over a good part of it."""
    subprocess.run(
        ["pdftoppm", "-f", "3", "-l", "3", "-r", "40", "-gray", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.pgm")).read_bytes()
    pixels = image.split(b"\n", 3)[3]
    dark = sum(1 for value in pixels if value < 128)
    assert dark > 400
