"""The dossier PDF, read back: cover, contents, bookmarks, header and footer, notes."""

from __future__ import annotations

import datetime as dt
import gc
import io
import re
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from export.dossier import DossierOptions, ExportCancelled, export_dossier
from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ArticleRecord
from tests.own_texts import ARTICLE, write_messy_folder
from ui import cli


def _pages(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


@pytest.fixture(scope="module")
def archive_with_articles(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    folder = tmp_path_factory.mktemp("dossier")
    archive = Archive.open(folder / "archive")
    write_messy_folder(folder / "messy")
    archive.import_drafts(read_paths([ARTICLE, folder / "messy"]))
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
    assert "الأيام" in seed_page


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
    assert "مكتبة المدينة القديمة" in "".join(_pages(path))
    assert (
        cli.main(
            ["--archive", where, "export", str(tmp_path / "x.pdf"), "--query", "zzzz"],
            out=io.StringIO(),
        )
        == 2
    )
    assert not (tmp_path / "x.pdf").exists()


def _three_articles(archive: Archive) -> list[ArticleRecord]:
    return [archive.article(s.id) for s in archive.articles()[:3]]


def test_progress_goes_article_by_article(archive_with_articles: Archive, tmp_path: Path) -> None:
    articles = _three_articles(archive_with_articles)
    path = tmp_path / "d.pdf"
    calls: list[tuple[int, int, str]] = []
    export_dossier(articles, path, DossierOptions(title="ملف"), lambda *call: calls.append(call))
    assert calls == [
        *((done, 3, article.title) for done, article in enumerate(articles, start=1)),
        (3, 3, str(path)),
    ]


def test_the_collector_gets_back_what_it_skipped_during_the_export(
    archive_with_articles: Archive, tmp_path: Path
) -> None:
    """The export keeps what was there before out of the cycle collector's passes while it
    works, and hands it back after, finished or cancelled (the window's process goes on)."""
    articles = _three_articles(archive_with_articles)
    frozen_during: list[int] = []
    export_dossier(
        articles,
        tmp_path / "d.pdf",
        DossierOptions(title="ملف"),
        lambda *_: frozen_during.append(gc.get_freeze_count()),
    )
    assert min(frozen_during[:-1]) > 0  # as each article came; the last call is the end
    assert gc.get_freeze_count() == 0
    with pytest.raises(ExportCancelled):
        export_dossier(
            articles, tmp_path / "e.pdf", DossierOptions(title="ملف"), None, lambda: True
        )
    assert gc.get_freeze_count() == 0


@pytest.mark.parametrize("cut_after", [0, 1, 3, 4])
def test_a_cancel_leaves_no_file(
    archive_with_articles: Archive, tmp_path: Path, cut_after: int
) -> None:
    """Cancelled before the first article, after one, or after the last: nothing written
    (the check before the rename counts as the fifth)."""
    articles = _three_articles(archive_with_articles)
    checks = 0

    def is_cancelled() -> bool:
        nonlocal checks
        checks += 1
        return checks > cut_after

    with pytest.raises(ExportCancelled, match=r"^export cancelled$"):
        export_dossier(
            articles, tmp_path / "d.pdf", DossierOptions(title="ملف"), None, is_cancelled
        )
    assert checks == cut_after + 1  # it stopped at the first check that said so
    assert list(tmp_path.iterdir()) == []


def test_a_file_already_there_is_replaced_only_when_the_new_one_is_whole(
    archive_with_articles: Archive, tmp_path: Path
) -> None:
    articles = _three_articles(archive_with_articles)
    path = tmp_path / "d.pdf"
    path.write_bytes(b"the old dossier")

    def fail_after_the_second(done: int, _total: int, _label: str) -> None:
        if done == 2:
            assert len(list(tmp_path.iterdir())) == 2  # the old file and the one being written
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        export_dossier(articles, path, DossierOptions(title="ملف"), fail_after_the_second)
    assert list(tmp_path.iterdir()) == [path]
    assert path.read_bytes() == b"the old dossier"
    pages = export_dossier(articles, path, DossierOptions(title="ملف"), is_cancelled=lambda: False)
    assert len(_pages(path)) == pages
    assert list(tmp_path.iterdir()) == [path]


def test_a_folder_that_does_not_exist_is_refused_before_any_work(
    archive_with_articles: Archive, tmp_path: Path
) -> None:
    articles = _three_articles(archive_with_articles)[:1]
    with pytest.raises(ValueError, match=r"the folder .*missing does not exist"):
        export_dossier(articles, tmp_path / "missing" / "d.pdf", DossierOptions(title="ملف"))
    with pytest.raises(ValueError, match=r"is a folder"):
        export_dossier(articles, tmp_path, DossierOptions(title="ملف"))
    assert list(tmp_path.iterdir()) == []
