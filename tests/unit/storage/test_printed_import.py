"""PDFs and scans into the archive: text in reading order, OCR with real Tesseract, the
original kept as the attachment, the text's origin recorded; bad files refused whole."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import pypdfium2
import pytest
from reportlab.pdfgen import canvas

from storage import files
from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ArticleDraft, ImportStatus, TextOrigin
from storage.text import tokens
from storage.text.extracted import balanced_brackets, logical_from_visual, repair_extracted
from tests.printed_pages import (
    LEFT_COLUMN,
    PARAGRAPHS,
    RIGHT_COLUMN,
    SECOND_BODY,
    SECOND_TITLE,
    TITLE,
    arshif_pdf,
    character_error_rate,
    degraded,
    headed_pdf,
    rendered,
    two_column_pdf,
    visual_order_pdf,
)
from ui import cli
from ui.operations.imports import import_paths

EXPECTED = " ".join(PARAGRAPHS)


def _drafts(path: Path) -> list[ArticleDraft]:
    items = [item for _, item in read_paths([path])]
    assert all(isinstance(item, ArticleDraft) for item in items), items
    return [item for item in items if isinstance(item, ArticleDraft)]


def _text(draft: ArticleDraft) -> str:
    return " ".join([draft.title, draft.lead, draft.body]).replace("\n\n", " ")


def test_text_repairs() -> None:
    assert repair_extracted("ﻣﻜﺘﺒﺔ ﺍﻟﺤﻲ ﻻ") == "مكتبة الحي لا"  # presentation forms
    assert repair_extracted("الـــعـربـيـة") == "العربية"  # kashida
    assert repair_extracted("ﬁle") == "file"
    assert logical_from_visual("(ايروس) بلح 2024 UNESCO") == "UNESCO 2024 حلب (سوريا)"
    assert balanced_brackets(")سوريا( و)لبنان(") == "(سوريا) و(لبنان)"
    assert balanced_brackets("(سوريا)") == "(سوريا)"


def test_an_old_style_pdf_in_visual_order_reads_in_logical_order(tmp_path: Path) -> None:
    [draft] = _drafts(visual_order_pdf(tmp_path / "old.pdf", [TITLE, *PARAGRAPHS]))
    # arabic_reshaper leaves the tashkeel out of the shaped text: compared without it
    assert tokens(_text(draft)) == tokens(f"{TITLE} {EXPECTED}")
    assert draft.text_origin == TextOrigin.PDF
    assert draft.ocr_confidence is None


def test_arshif_own_dossier_reads_back_as_its_articles(tmp_path: Path) -> None:
    first, second = _drafts(arshif_pdf(tmp_path / "dossier.pdf", articles=2))
    assert first.title == TITLE
    assert "حلب (سوريا) – أعادت مكتبة الحي القديم" in first.body
    assert "12000 كتاب، بينها مخطوطات صورتها منظمة UNESCO رقمياً عام 2024" in first.body
    assert second.title == SECOND_TITLE
    assert "ملف الاختبار" not in _text(first) + _text(second)  # the running header is left out


THIRD_TITLE = "افتتاح سوق الكتب المستعملة في الساحة"
THIRD_BODY = (
    "يفتح سوق الكتب المستعملة كل جمعة في الساحة الكبيرة، ويبيع فيه الطلاب كتبهم القديمة "
    "بأسعار زهيدة."
)


def test_a_pdf_without_bookmarks_is_split_at_its_titles(tmp_path: Path) -> None:
    articles = [
        (TITLE, list(PARAGRAPHS)),
        (SECOND_TITLE, [SECOND_BODY, RIGHT_COLUMN]),
        (THIRD_TITLE, [THIRD_BODY, LEFT_COLUMN]),
    ]
    drafts = _drafts(headed_pdf(tmp_path / "page.pdf", articles))
    assert [tokens(d.title) for d in drafts] == [tokens(title) for title, _body in articles]
    for draft, (_title, body) in zip(drafts, articles, strict=True):
        assert tokens(f"{draft.lead} {draft.body}") == tokens(" ".join(body))


def test_one_title_or_a_pull_quote_in_large_type_keeps_one_article(tmp_path: Path) -> None:
    quote = "> مخطوطات صورتها منظمة UNESCO"  # words of the second paragraph, set large
    for body in (list(PARAGRAPHS), [PARAGRAPHS[0], quote, PARAGRAPHS[1]]):
        [draft] = _drafts(headed_pdf(tmp_path / "one.pdf", [(TITLE, body)]))
        assert tokens(draft.title) == tokens(TITLE)
    # titles over too little text are the headings of one article
    short = [(TITLE, [SECOND_BODY[:40]]), (SECOND_TITLE, [SECOND_BODY[:40]])]
    assert len(_drafts(headed_pdf(tmp_path / "short.pdf", short))) == 1


def test_two_columns_are_read_right_column_first(tmp_path: Path) -> None:
    [draft] = _drafts(two_column_pdf(tmp_path / "page.pdf"))
    assert draft.title == TITLE
    assert draft.body.split("\n\n") == [RIGHT_COLUMN, LEFT_COLUMN]


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scans")
    page = rendered(visual_order_pdf(folder / "source.pdf", [TITLE, *PARAGRAPHS]))[0]
    columns = rendered(two_column_pdf(folder / "columns.pdf"))[0]
    paths = {name: folder / name for name in ("clean.png", "poor.jpg", "pages.tif", "cols.png")}
    page.save(paths["clean.png"], dpi=(300, 300))
    degraded(page).save(paths["poor.jpg"], quality=35)
    page.save(paths["pages.tif"], save_all=True, append_images=[columns], dpi=(300, 300))
    columns.save(paths["cols.png"])
    page.save(folder / "scanned.pdf", resolution=300)
    paths["scanned.pdf"] = folder / "scanned.pdf"
    return paths


def test_a_clean_scan_is_recognised(scans: dict[str, Path]) -> None:
    [draft] = _drafts(scans["clean.png"])
    assert character_error_rate(_text(draft), f"{TITLE} {EXPECTED}") < 0.03
    assert "UNESCO" in draft.body  # a Latin word in an Arabic line
    assert "12000" in draft.body
    assert draft.text_origin == TextOrigin.OCR
    assert draft.ocr_confidence is not None
    assert 70 < draft.ocr_confidence <= 100
    assert draft.original == str(scans["clean.png"])


def test_a_poor_scan_is_deskewed_and_cleaned(scans: dict[str, Path]) -> None:
    [draft] = _drafts(scans["poor.jpg"])
    assert character_error_rate(_text(draft), f"{TITLE} {EXPECTED}") < 0.08


def test_a_scanned_pdf_and_a_multipage_tiff(scans: dict[str, Path]) -> None:
    [pdf] = _drafts(scans["scanned.pdf"])
    assert pdf.text_origin == TextOrigin.OCR
    assert character_error_rate(_text(pdf), f"{TITLE} {EXPECTED}") < 0.03
    [tiff] = _drafts(scans["pages.tif"])
    assert tiff.pages == 2
    body = _text(tiff)
    assert body.index("مخطوطات") < body.index("العمود الأيمن") < body.index("العمود الأيسر")


def test_a_scanned_page_of_two_columns_keeps_its_order(scans: dict[str, Path]) -> None:
    [draft] = _drafts(scans["cols.png"])
    assert draft.body.index("السوق القديمة") < draft.body.index("المدرسة الجديدة")


def test_the_archive_keeps_the_scan_and_finds_its_text(
    archive: Archive, scans: dict[str, Path]
) -> None:
    outcomes, _ = archive.import_drafts(read_paths([scans["clean.png"]]))
    [outcome] = outcomes
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.pages == 1
    assert outcome.confidence is not None
    article = archive.article(outcome.article_id or 0)
    assert article.text_origin == TextOrigin.OCR
    assert article.ocr_confidence == outcome.confidence
    [attachment] = article.attachments
    assert attachment.filename == "clean.png"
    assert archive.attachment_bytes(attachment.id) == scans["clean.png"].read_bytes()
    assert [hit.id for hit in archive.search("مخطوطات").hits] == [article.id]
    again, _ = archive.import_drafts(read_paths([scans["clean.png"]]))
    assert again[0].status is ImportStatus.DUPLICATE
    assert len(archive.article(article.id).attachments) == 1
    archive.update_article(article.id, body=article.body.replace("مخطوطات", "مخطوطات نادرة"))
    corrected = archive.article(article.id)
    assert "مخطوطات نادرة" in corrected.body
    assert corrected.text_origin == TextOrigin.OCR


def _import(archive: Archive, path: Path) -> tuple[list[tuple[ImportStatus, int | None]], int]:
    """Import ``path`` as the CLI and the window do; the outcomes, and how many pages OCR read."""
    pages: list[str] = []
    report = import_paths(archive, [path], page_progress=lambda _d, _t, page: pages.append(page))
    return [(o.status, o.article_id) for o in report.outcomes], len(pages)


def test_a_scan_imported_again_is_found_without_ocr(
    archive: Archive, scans: dict[str, Path], tmp_path: Path
) -> None:
    first, read = _import(archive, scans["clean.png"])
    [(status, article_id)] = first
    assert (status, read) == (ImportStatus.IMPORTED, 1)
    copy = tmp_path / "renamed.png"  # the same bytes under another name
    copy.write_bytes(scans["clean.png"].read_bytes())
    assert _import(archive, copy) == ([(ImportStatus.DUPLICATE, article_id)], 0)
    assert archive.article_count() == 1
    # Deleted for good since: the file is read and stored again.
    assert article_id is not None
    archive.trash_articles([article_id])
    archive.purge_articles([article_id])
    [(status, _)], read = _import(archive, copy)
    assert (status, read) == (ImportStatus.IMPORTED, 1)


def test_a_pdf_imported_again_gives_each_article_it_holds(archive: Archive, tmp_path: Path) -> None:
    pdf = arshif_pdf(tmp_path / "two.pdf", articles=2)
    first, _ = _import(archive, pdf)
    assert [s for s, _ in first] == [ImportStatus.IMPORTED] * 2
    again, _ = _import(archive, pdf)
    assert again == [(ImportStatus.DUPLICATE, i) for _, i in first]


def test_a_new_pdf_is_read_once_for_its_digest(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[Path] = []
    digest = files.sha256_of

    def counted(path: Path) -> tuple[str, int]:
        read.append(path)
        return digest(path)

    monkeypatch.setattr(files, "sha256_of", counted)
    pdf = arshif_pdf(tmp_path / "two.pdf", articles=2)
    first, _ = _import(archive, pdf)  # asked before reading it, then to keep it: read once
    assert [s for s, _ in first] == [ImportStatus.IMPORTED] * 2
    assert read == [pdf]
    [attached] = archive.article(first[0][1] or 0).attachments
    assert (attached.sha256, attached.size) == digest(pdf)
    pdf.write_bytes(pdf.read_bytes() + b"\n%changed\n")  # another content under the name
    _import(archive, pdf)
    assert read == [pdf, pdf]


def test_a_file_attached_by_hand_is_no_earlier_import(
    archive: Archive, scans: dict[str, Path]
) -> None:
    outcome, _ = archive.add_article(ArticleDraft(title="مقال مكتوب", body="نص مكتوب باليد."))
    assert outcome.article_id is not None
    archive.attach_file(outcome.article_id, scans["clean.png"])  # typed, not read from it
    [(status, _)], read = _import(archive, scans["clean.png"])
    assert (status, read) == (ImportStatus.IMPORTED, 1)


def test_a_pdf_import_on_both_back_ends(archive: Archive, tmp_path: Path) -> None:
    outcomes, _ = archive.import_drafts(read_paths([arshif_pdf(tmp_path / "d.pdf", articles=2)]))
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 2
    assert [o.line for o in outcomes] == [1, 2]
    articles = [archive.article(o.article_id or 0) for o in outcomes]
    assert [a.title for a in articles] == [TITLE, SECOND_TITLE]
    assert {a.attachments[0].sha256 for a in articles} == {articles[0].attachments[0].sha256}
    assert all(a.text_origin == TextOrigin.PDF for a in articles)
    assert [a.original_page for a in articles] == [3, 4]  # after the cover and the contents
    archive.backup(tmp_path / "backup.zip")
    with Archive.open(tmp_path / "restored") as restored:
        restored.restore(tmp_path / "backup.zip")
        again = restored.article(articles[0].id)
        assert (again.text_origin, again.ocr_confidence) == (TextOrigin.PDF, None)
        assert again.original_page == 3
        assert again.attachments[0].sha256 == articles[0].attachments[0].sha256


def _encrypted_pdf(path: Path) -> Path:
    page = canvas.Canvas(str(path), encrypt="secret")
    page.drawString(100, 700, "hidden")
    page.save()
    return path


def _huge_png(path: Path, side: int) -> Path:
    """A valid PNG header that says side × side pixels (the pixels are never read)."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    data = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
    data += struct.pack(">I", zlib.crc32(chunk))
    idat = b"IDAT" + zlib.compress(b"\x00" * 64)
    data += struct.pack(">I", len(idat) - 4) + idat + struct.pack(">I", zlib.crc32(idat))
    path.write_bytes(data)
    return path


def _many_pages(path: Path, pages: int) -> Path:
    document = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        document.new_page(200, 200)
    document.save(str(path))
    document.close()
    return path


def test_bad_files_are_refused_whole(archive: Archive, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(arshif_pdf(tmp_path / "whole.pdf").read_bytes()[:900])
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    not_image = tmp_path / "photo.jpg"
    not_image.write_bytes(b"\xff\xd8 no picture here")
    cases = {
        _encrypted_pdf(tmp_path / "locked.pdf"): "password",
        damaged: "not a readable PDF",
        empty: "the file is empty",
        not_image: "not an image",
        _huge_png(tmp_path / "huge.png", 20_000): "20,000 × 20,000 pixels",
        _many_pages(tmp_path / "long.pdf", 10_000): "10,000 pages",
    }
    outcomes, _ = archive.import_drafts(read_paths(list(cases)))
    assert [o.status for o in outcomes] == [ImportStatus.FAILED] * len(cases)
    for outcome, expected in zip(outcomes, cases.values(), strict=True):
        assert expected in (outcome.reason or ""), outcome
    assert archive.article_count() == 0
    assert archive.check().attachments == 0


def test_the_command_line_imports_a_scan(
    scans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(tmp_path / "archive")
    assert cli.main(["--archive", location, "import", str(scans["clean.png"])]) == 0
    line = capsys.readouterr().out
    assert line.startswith("imported   #1")
    assert "(1 page, OCR confidence" in line
    assert cli.main(["--archive", location, "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["text_origin"] == "ocr"
    assert shown["ocr_confidence"] > 70
    assert shown["attachments"][0]["filename"] == "clean.png"
    assert shown["original_page"] == 1


def test_show_names_the_page_of_the_original_an_article_begins_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(tmp_path / "archive")
    pdf = arshif_pdf(tmp_path / "two.pdf", articles=2)
    assert cli.main(["--archive", location, "import", str(pdf)]) == 0
    capsys.readouterr()
    assert cli.main(["--archive", location, "show", "2"]) == 0
    shown = capsys.readouterr().out
    assert "a PDF's text layer, from page 4 of the attached original" in shown
