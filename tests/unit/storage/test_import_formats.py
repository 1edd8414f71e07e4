"""Importing what archivists really have: the messy files, web pages, DOCX, CSV."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.archive import Archive
from storage.errors import ImportFailed
from storage.ingest import read_paths
from storage.records import ArticleDraft, ImportStatus, ItemOrigin
from tests.conftest import MESSY
from tests.own_texts import articles, write_messy_folder
from ui import cli


def _expected() -> dict[str, str]:
    """The corpus article each file of ../shared/corpus/messy was made from (its manifest)."""
    manifest = (MESSY / "MANIFEST.md").read_text(encoding="utf-8")
    return dict(re.findall(r"\| `(\d\d_[^`]+)` \| \d+ \| [^|]+ \| (snn-[\d-]+|-) \|", manifest))


def test_every_messy_file_we_write_gives_its_article(tmp_path: Path) -> None:
    files = write_messy_folder(tmp_path / "messy")
    items = {Path(origin.path).name: item for origin, item in read_paths([tmp_path / "messy"])}
    assert set(items) == {f.name for f in files}
    for made in files:
        item = items[made.name]
        if made.article is None:
            assert isinstance(item, ImportFailed), made.name
            continue
        assert isinstance(item, ArticleDraft), f"{made.name}: {item}"
        if made.name.startswith("08_long_single_line"):  # no structure: the first sentence
            assert item.title == made.article.title + ".", made.name
            assert f"{item.title} {item.body}" == made.article.title + ". " + (
                made.article.body.replace("\n\n", " ")
            )
            continue
        assert item.title == made.article.title, made.name
        text = "\n\n".join(part for part in (item.lead, item.body, item.source) if part)
        assert text == made.article.body, made.name
    assert isinstance(items["09_empty.txt"], ImportFailed)
    assert items["09_empty.txt"].reason == "the file is empty"
    assert isinstance(items["10_binary_garbage.txt"], ImportFailed)
    assert "not text" in items["10_binary_garbage.txt"].reason


def test_our_messy_folder_through_the_command_line(archive_location: str, tmp_path: Path) -> None:
    files = write_messy_folder(tmp_path / "messy")
    readable = sum(f.article is not None for f in files)
    out = io.StringIO()
    assert (
        cli.main(["--archive", archive_location, "import", str(tmp_path / "messy")], out=out) == 1
    )
    lines = out.getvalue().splitlines()
    assert sum(line.startswith("imported") for line in lines) == readable
    again = io.StringIO()
    assert (
        cli.main(["--archive", archive_location, "import", str(tmp_path / "messy")], out=again) == 1
    )
    assert sum(line.startswith("duplicate") for line in again.getvalue().splitlines()) == readable
    with Archive.open(archive_location) as archive:
        assert archive.article_count() == readable


def _records(corpus_records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in corpus_records if r["id"] in set(_expected().values())}


def test_every_messy_file_gives_its_corpus_article(corpus_records: list[dict[str, Any]]) -> None:
    records = _records(corpus_records)
    expected_ids = _expected()
    assert len(expected_ids) == 13
    for origin, item in read_paths([MESSY]):
        name = Path(origin.path).name
        expected = records.get(expected_ids[name])
        if name == "10_empty.txt":
            assert isinstance(item, ImportFailed)
            assert item.reason == "the file is empty"
        elif name == "11_binary_garbage.txt":
            assert isinstance(item, ImportFailed)
            assert "not text" in item.reason
        elif name == "13_long_single_line.txt":  # no structure: the first words are the title
            assert isinstance(item, ArticleDraft)
            assert expected is not None
            assert expected["title"].startswith(item.title.split("  ")[0])
            joined = f"{item.title} {item.body}"
            assert joined == expected["title"] + " " + expected["body"].replace("\n\n", " ")
        else:
            assert isinstance(item, ArticleDraft), f"{name}: {item}"
            assert expected is not None
            assert item.title == expected["title"], name
            text = "\n\n".join(part for part in (item.lead, item.body, item.source) if part)
            assert text == expected["body"], name


@pytest.mark.corpus
def test_the_messy_folder_through_the_command_line(archive_location: str) -> None:
    out = io.StringIO()
    assert cli.main(["--archive", archive_location, "import", str(MESSY)], out=out) == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 13
    assert sum(line.startswith("imported") for line in lines) == 11
    failed = [line for line in lines if line.startswith("failed")]
    assert [Path(line.split()[1].rstrip(":")).name for line in failed] == [
        "10_empty.txt",
        "11_binary_garbage.txt",
    ]
    again = io.StringIO()
    assert cli.main(["--archive", archive_location, "import", str(MESSY)], out=again) == 1
    assert sum(line.startswith("duplicate") for line in again.getvalue().splitlines()) == 11
    with Archive.open(archive_location) as archive:
        assert archive.article_count() == 11
        [hit] = archive.search("VolkerWessels روتردام").hits
        assert hit.title == "طرق المستقبل مصنوعة من البلاستيك وقابلة للاستبدال"


def test_a_word_document(tmp_path: Path) -> None:
    article = next(a for a in articles(20) if a.body.count("\n\n") >= 3)
    record = {"title": article.title, "body": article.body}
    document = docx.Document()
    document.add_paragraph("ملف خاص")  # a kicker above the heading
    document.add_heading(record["title"], level=1)
    for paragraph in record["body"].split("\n\n"):
        added = document.add_paragraph(paragraph)
        added.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
        added.paragraph_format.right_to_left = True
    path = tmp_path / "مقال.docx"
    document.save(str(path))
    [(_, draft)] = read_paths([path])
    assert isinstance(draft, ArticleDraft)
    assert draft.title == record["title"]
    text = "\n\n".join(p for p in (draft.lead, draft.body, draft.source) if p)
    assert text == "ملف خاص\n\n" + record["body"]


def test_csv_exports(tmp_path: Path) -> None:
    path = tmp_path / "export.csv.gz"
    rows = "title,body,source,date,url,tags\n" + "\n".join(
        [
            'عنوان أول,"نص أول، بفاصلة",الرياض,2015-07-21,http://a/1,"سياسة;اقتصاد"',
            "عنوان ثان,نص ثان,عكاظ,٢٠١٥-٠٧-٢٢,http://a/2,",
            ",بلا عنوان,,,,",
        ]
    )
    path.write_bytes(gzip.compress(rows.encode("utf-8-sig")))
    items = list(read_paths([path]))
    first, second, third = (item for _, item in items)
    assert isinstance(first, ArticleDraft)
    assert isinstance(second, ArticleDraft)
    assert (first.body, first.tags, str(first.date)) == (
        "نص أول، بفاصلة",
        ("سياسة", "اقتصاد"),
        "2015-07-21",
    )
    assert str(second.date) == "2015-07-22"
    assert isinstance(third, ImportFailed)
    assert "title" in third.reason
    no_title = tmp_path / "bad.csv"
    no_title.write_text("name,text\nx,y\n", encoding="utf-8")
    [(_, problem)] = read_paths([no_title])
    assert isinstance(problem, ImportFailed)
    assert "no 'title' column" in problem.reason


def test_a_web_page_with_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text(
        '<html lang="ar"><head><meta charset="utf-8"><title>عنوان الصفحة | الموقع</title>'
        '<meta property="og:site_name" content="صحيفة الرياض">'
        '<meta name="author" content="خالد العلي">'
        '<link rel="canonical" href="https://www.alriyadh.com/1">'
        '<meta property="article:published_time" content="2015-07-21T10:00:00+03:00"></head>'
        "<body><nav><a href='/'>الرئيسية</a> <a href='/x'>رياضة</a></nav>"
        "<article><h1>عنوان المقال</h1>"
        + "".join(
            f"<p>الفقرة رقم {n} من نص المقال الطويل الذي يكفي للاستخراج.</p>" for n in range(8)
        )
        + "</article><script>var ad = 1;</script><footer>حقوق النشر</footer></body></html>",
        encoding="utf-8",
    )
    [(_, draft)] = read_paths([page])
    assert isinstance(draft, ArticleDraft), draft
    assert draft.body.startswith("الفقرة رقم 0")
    assert "var ad" not in draft.body
    assert "الرئيسية" not in draft.body
    assert (draft.author, draft.source, draft.url) == (
        "خالد العلي",
        "صحيفة الرياض",
        "https://www.alriyadh.com/1",
    )
    assert str(draft.date) == "2015-07-21"


def test_url_duplicates_and_similar_articles(archive: Archive) -> None:
    story = " ".join(f"كلمة{n}" for n in range(60))
    first, _ = archive.add_article(
        ArticleDraft(title="أ", body=story, source="الرياض", url="http://x/1")
    )
    again, _ = archive.add_article(
        ArticleDraft(title="أ مصحح", body=story + " تصحيح", url="http://x/1")
    )
    assert again.status is ImportStatus.DUPLICATE
    assert again.article_id == first.article_id
    wire, _ = archive.add_article(ArticleDraft(title="ب", body=story + " وأضاف", source="عكاظ"))
    assert wire.status is ImportStatus.IMPORTED
    assert first.article_id is not None
    assert wire.article_id is not None
    assert archive.article(wire.article_id).similar == (first.article_id,)
    assert archive.article(first.article_id).similar == (wire.article_id,)


def test_a_cancelled_import_leaves_each_file_whole_or_absent(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("storage.import_batches.IMPORT_BATCH", 3)
    items: list[tuple[ItemOrigin, ArticleDraft]] = [
        (ItemOrigin("one.txt"), ArticleDraft(title="واحد", body="ملف واحد")),
        *(
            (ItemOrigin("many.jsonl", n), ArticleDraft(title=f"سطر {n}", body=f"نص {n}"))
            for n in range(1, 9)
        ),
    ]
    seen = 0

    def cancel_after_six() -> bool:
        nonlocal seen
        seen += 1
        return seen > 6

    outcomes, _ = archive.import_drafts(items, is_cancelled=cancel_after_six)
    assert [(o.path, o.status) for o in outcomes] == [
        ("one.txt", ImportStatus.IMPORTED),
        ("many.jsonl", ImportStatus.FAILED),
    ]
    assert "nothing of this file" in (outcomes[1].reason or "")
    assert [a.title for a in archive.articles()] == ["واحد"]
    assert archive.check().is_ok


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".txt", ".html", ".docx", ".csv", ".jsonl", ".jsonl.gz"]),
)
def test_any_bytes_in_any_format_give_a_draft_or_a_reason(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    for _, item in read_paths([path]):
        assert isinstance(item, ArticleDraft | ImportFailed)
        if isinstance(item, ImportFailed):
            assert item.reason


def test_json_lines_gz_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"title": "ع", "body": "ن"}).encode()))
    [(_, item)] = read_paths([path])
    assert isinstance(item, ArticleDraft)
