"""`arshif export` refuses what cannot make a dossier, with one plain line, before any work,
and never writes into the archive's own folder."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.records import ArticleDraft
from ui import cli


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    where = tmp_path / "archive"
    with Archive.open(where) as archive:
        archive.add_article(ArticleDraft(title="مقال أول", body="نص المقال الأول"))
        archive.add_article(ArticleDraft(title="مقال ثان", body="نص المقال الثاني"))
    return where


def _export(folder: Path, *arguments: str) -> tuple[int, str, str]:
    out = io.StringIO()
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        status = cli.main(["--archive", str(folder), "export", *arguments], out=out)
    return status, out.getvalue(), errors.getvalue()


@pytest.mark.parametrize("option", ["--ids", "--tag", "--dossier", "--query"])
@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_choice_is_refused(folder: Path, tmp_path: Path, option: str, blank: str) -> None:
    status, out, errors = _export(folder, str(tmp_path / "d.pdf"), option, blank)
    assert (status, out) == (2, "")
    assert errors == f"arshif: export: {option} is empty; say which articles to export\n"
    assert not (tmp_path / "d.pdf").exists()


@pytest.mark.parametrize(
    ("size", "message"),
    [
        ("0", "size: 0 points is outside 6 to 36"),
        ("1000", "size: 1000 points is outside 6 to 36"),
        ("-5", "size: -5 points is outside 6 to 36"),
        ("inf", "size: inf is not a number of points"),
        ("nan", "size: nan is not a number of points"),
    ],
)
def test_a_size_out_of_range_is_one_line(
    folder: Path, tmp_path: Path, size: str, message: str
) -> None:
    status, _, errors = _export(folder, str(tmp_path / "d.pdf"), "--all", f"--size={size}")
    assert (status, errors) == (2, f"arshif: export: {message}\n")
    assert list(tmp_path.iterdir()) == [folder]


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ("", "export: the PDF file's name is empty"),
        (
            "{tmp}/missing/d.pdf",
            "export: {tmp}/missing/d.pdf: the folder {tmp}/missing does not exist",
        ),
        ("{tmp}", "export: {tmp}: is a folder; name the PDF file to write in it"),
    ],
)
def test_an_output_path_that_cannot_be_written_is_refused_first(
    folder: Path, tmp_path: Path, place: str, message: str
) -> None:
    """Checked before the articles are even chosen: a dossier that does not exist is not
    what is reported."""
    place = place.format(tmp=tmp_path)
    status, _, errors = _export(folder, place, "--dossier", "لا يوجد")
    assert (status, errors) == (2, f"arshif: {message.format(tmp=tmp_path)}\n")


@pytest.mark.parametrize(
    "inside", ["archive.sqlite3", "archive.sqlite3-wal", "files/x.pdf", "d.pdf"]
)
def test_the_archive_folder_is_never_written_to(folder: Path, inside: str) -> None:
    (folder / "files").mkdir(exist_ok=True)
    database = (folder / "archive.sqlite3").read_bytes()
    before = sorted(p.name for p in folder.rglob("*"))
    status, _, errors = _export(folder, str(folder / inside), "--ids", "1")
    assert status == 2
    assert errors == (
        f"arshif: {folder / inside}: is inside the archive folder {folder.resolve()}; "
        "choose a place outside it\n"
    )
    assert sorted(p.name for p in folder.rglob("*")) == before
    assert (folder / "archive.sqlite3").read_bytes() == database
    with Archive.open(folder) as archive:
        assert [a.title for a in archive.articles()] == ["مقال أول", "مقال ثان"]


def test_a_way_round_into_the_archive_folder_is_refused_too(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "link").symlink_to(folder)
    status, _, errors = _export(folder, str(tmp_path / "link" / "archive.sqlite3"), "--ids", "1")
    assert status == 2
    assert "is inside the archive folder" in errors
    status, _, errors = _export(folder, str(folder / ".." / "archive" / "x.pdf"), "--ids", "1")
    assert status == 2
    assert "is inside the archive folder" in errors


@pytest.mark.parametrize("ids", ["0", "-3", "99999999999999999999", ","])
def test_ids_that_cannot_be_articles_are_refused(folder: Path, tmp_path: Path, ids: str) -> None:
    status, _, errors = _export(folder, str(tmp_path / "d.pdf"), f"--ids={ids}")
    assert status == 2
    assert errors.startswith("arshif: --ids: ")
    assert errors.endswith("is not an article id\n")


def test_a_good_export_still_works(folder: Path, tmp_path: Path) -> None:
    status, out, errors = _export(folder, str(tmp_path / "d.pdf"), "--ids", "2,1", "--size", "14")
    assert (status, errors) == (0, "")
    assert out == f"{tmp_path / 'd.pdf'}: 2 article(s), 4 page(s)\n"
