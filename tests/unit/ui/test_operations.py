"""The flows the CLI and the window share (ui.operations): one list of file types, one walk
of a folder per import, the import report, the export's checks."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.errors import ArchiveError
from storage.ingest import FILE_TYPES, sources
from storage.records import ImportStatus
from tests.own_texts import ARTICLE
from ui.cli import build_parser
from ui.operations.exports import checked_target
from ui.operations.imports import import_paths, name_patterns, suffixes_text

README = Path(__file__).resolve().parents[3] / "README.md"


def test_the_readme_lists_the_file_types_the_code_reads() -> None:
    assert suffixes_text() in README.read_text(encoding="utf-8")


def test_every_front_end_offers_exactly_the_file_types_read() -> None:
    assert {p.removeprefix("*") for p in name_patterns()} == sources.KNOWN_SUFFIXES
    assert ".ndjson" in sources.KNOWN_SUFFIXES
    assert all(kind.suffixes for kind in FILE_TYPES)
    help_text = " ".join(build_parser().format_help().split())
    assert " ".join(f"import files and folders ({suffixes_text()})".split()) in help_text


def test_an_import_walks_each_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_bytes(ARTICLE.read_bytes())
    (folder / "sub" / "notes.odt").write_bytes(b"PK other")
    walks: list[str] = []
    real_walk = os.walk

    def counted_walk(
        top: str,
        topdown: bool = True,
        onerror: Callable[[OSError], object] | None = None,
        followlinks: bool = False,
    ) -> object:
        walks.append(str(top))
        return real_walk(top, topdown, onerror, followlinks)

    monkeypatch.setattr(os, "walk", counted_walk)
    progress: list[tuple[int, int, str]] = []
    with Archive.open(tmp_path / "archive") as archive:
        report = import_paths(archive, [folder], ["وارد"], lambda *a: progress.append(a))
        assert archive.article_count() == 1
    of_folder = [top for top in walks if top.startswith(str(folder))]  # not Alembic's own
    assert of_folder == [str(folder)]  # before: three walks (count, read, skipped)
    assert report.count(ImportStatus.IMPORTED) == 1
    assert report.skipped == [folder / "sub" / "notes.odt"]
    assert report.total_files == 1
    assert not report.has_failures
    assert not report.was_cancelled
    assert progress == [(0, 1, ""), (1, 1, str(folder / "a.txt"))]


def test_the_export_target_is_checked_before_any_work(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        assert checked_target(tmp_path / "out.pdf", archive) == tmp_path / "out.pdf"
        with pytest.raises(ArchiveError, match=r"^export: .*missing does not exist"):
            checked_target(tmp_path / "missing" / "d.pdf", archive, "export: ")
        with pytest.raises(ArchiveError, match="inside the archive folder"):
            checked_target(tmp_path / "archive" / "x.pdf", archive)
