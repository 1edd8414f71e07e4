"""The dossier PDF, read back: cover, contents, bookmarks, header and footer, notes."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from export.dossier import DossierOptions, export_dossier
from storage.archive import Archive
from storage.ingest import read_paths
from tests.conftest import MESSY, SEED_ARTICLE
from ui import cli


def _pages(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


@pytest.fixture(scope="module")
def archive_with_articles(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    archive = Archive.open(tmp_path_factory.mktemp("dossier") / "archive")
    archive.import_drafts(read_paths([SEED_ARTICLE, MESSY]))
    seed = archive.articles()[0].id
    archive.add_note(seed, "ملاحظة المحرر: راجع الصفحة 5 من العدد الورقي")
    archive.tag_articles([seed], ["سوريا", "داعش"])
    return archive


def test_the_dossier_has_its_parts(archive_with_articles: Archive, tmp_path: Path) -> None:
    archive = archive_with_articles
    articles = [archive.article(s.id) for s in archive.articles()[:4]]
    path = tmp_path / "dossier.pdf"
    options = DossierOptions(
        title="ملف سوريا", compiler="قسم الأرشيف", created=dt.date(2026, 11, 25), digits="arabic"
    )
    pages = export_dossier(articles, path, options)
    text = _pages(path)
    assert len(text) == pages >= 6
    cover = text[0]
    assert "ملف سوريا" in cover
    assert "قسم الأرشيف" in cover
    assert "٢٥ نوفمبر ٢٠٢٦" in cover
    assert "جمادى الآخرة ١٤٤٨" in cover
    assert "٤" in cover  # the number of articles
    document = pypdfium2.PdfDocument(str(path))
    outline = [(item.get_title(), item.get_dest().get_index()) for item in document.get_toc()]
    document.close()
    assert [title for title, _ in outline] == [a.title for a in articles]
    contents = text[1]
    for title, page_index in outline:  # the contents give each article's page
        number = str(page_index + 1).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        assert number in contents
        assert title.split()[0] in contents
        assert title.split()[0] in text[page_index]
    assert re.search(
        "صفحة ٣ من " + str(pages).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")), text[2]
    )
    assert "ملف سوريا" in text[2]  # the running header
    seed_page = "".join(text[outline[0][1] :])
    assert "ملاحظة المحرر" in seed_page
    assert "داعش" in seed_page
    assert "العرب" in seed_page


def test_pdf_metadata_and_fonts(archive_with_articles: Archive, tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    articles = [archive_with_articles.article(archive_with_articles.articles()[1].id)]
    export_dossier(
        articles, path, DossierOptions(title="عنوان الملف", compiler="هدى", digits="western")
    )
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Title:\s+عنوان الملف", info)
    assert re.search(r"Author:\s+هدى", info)
    assert b"/Lang (ar)" in path.read_bytes()
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert len(rows) == 2
    assert all(" yes yes yes " in row for row in rows), rows
    assert "صفحة 3 من 3" in _pages(path)[2]


def test_export_from_the_command_line(archive_with_articles: Archive, tmp_path: Path) -> None:
    where = str(archive_with_articles.location.folder)
    out = io.StringIO()
    path = tmp_path / "tagged.pdf"
    assert cli.main(["--archive", where, "export", str(path), "--tag", "سوريا"], out=out) == 0
    assert "1 article(s)" in out.getvalue()
    assert "حلم خلافة داعش" in "".join(_pages(path))
    assert (
        cli.main(
            ["--archive", where, "export", str(tmp_path / "x.pdf"), "--query", "zzzz"],
            out=io.StringIO(),
        )
        == 2
    )
    assert not (tmp_path / "x.pdf").exists()
