"""Arabic paragraphs in a real PDF, read back with pdftotext (poppler) and pdfium."""

from __future__ import annotations

import difflib
import re
import subprocess
import unicodedata
from pathlib import Path

import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from export.embedded_font import EmbeddedFont
from export.fonts import AMIRI
from export.paragraph import RightToLeftParagraph, TextStyle
from export.shaping import ShapingFont
from storage.ingest.plaintext import parse_article
from tests.conftest import SEED_ARTICLE

MIXED = (
    "قال وزير الخارجية (Foreign Minister) في 23 مارس 2019 إن نسبة 60% من سكان «الباغوز» "
    "غادروا، والرقم ١٤٣٦ هجري؛ راسلوا info@alarab.co.uk أو https://alarab.co.uk/news/2019."
)
VOCALISED = "وَقَالَ الْقَائِدُ الْعَامُّ لِقُوَّاتِ سُورِيَا الدِّيمُقْرَاطِيَّةِ إِنَّ الْخِلَافَةَ انْتَهَتْ."


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


pytestmark = pytest.mark.corpus  # the seed article, read back from the PDF


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    draft = parse_article(SEED_ARTICLE.read_text(encoding="utf-8"))
    assert draft is not None
    regular = EmbeddedFont("Amiri", ShapingFont(AMIRI.regular)).register()
    bold = EmbeddedFont("Amiri-Bold", ShapingFont(AMIRI.bold))
    body = TextStyle(regular, size=13, leading=22)
    texts = [draft.title, draft.lead, *draft.body.split("\n\n"), MIXED, VOCALISED]
    story = [RightToLeftParagraph(draft.title, TextStyle(bold, size=20, leading=34))]
    story += [RightToLeftParagraph(text, body) for text in texts[1:]]
    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=regular.name).build(story)
    return path, "\n".join(texts)


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pdfium(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.parametrize("extract", [_pdftotext, _pdfium], ids=["pdftotext", "pdfium"])
def test_the_text_comes_back(seed_pdf: tuple[Path, str], extract: object) -> None:
    path, source = seed_pdf
    text = extract(path)  # type: ignore[operator]
    assert not [ch for ch in text if 0xE000 <= ord(ch) <= 0xF8FF], "private-use characters"
    assert not [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFEFC], "presentation forms"
    expected, got = _normalised(source), _normalised(text)
    similarity = difflib.SequenceMatcher(None, expected, got, autojunk=False).ratio()
    assert similarity >= 0.95, similarity
    for number in re.findall(r"[0-9٠-٩]{2,}", source):
        assert number in got, f"{number} lost or reversed"


def test_lines_come_back_in_reading_order(seed_pdf: tuple[Path, str]) -> None:
    path, source = seed_pdf
    text = _normalised(_pdftotext(path)).replace(" ", "")  # poppler guesses word gaps
    paragraphs = source.split("\n")
    positions = [text.find("".join(p.split()[:4])) for p in paragraphs[:8]]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    lead = paragraphs[1].split()  # a paragraph of several lines: its first words come first
    assert text.find("".join(lead[:5])) < text.find("".join(lead[-5:]))


def test_fonts_are_embedded_and_subset(seed_pdf: tuple[Path, str]) -> None:
    path, _ = seed_pdf
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(fonts) == 2
    for line in fonts:
        name, *_rest = line.split()
        assert re.fullmatch(r"[A-Z]{6}\+Amiri-(Regular|Bold)", name), line
        assert " yes yes yes " in line, line  # embedded, subset, ToUnicode
    assert path.stat().st_size < 400_000  # subset: Amiri alone is over 400 kB
