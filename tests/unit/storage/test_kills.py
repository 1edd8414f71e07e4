"""Killing Arshif in the middle of a long command leaves the archive as it was, `check` finds
nothing wrong, and the command run again completes (imports: test_crash_safety.py).

Each kill lands at a stop point (storage/stop_points.py): a write transaction with its work
done but not committed (``commit``), or a whole file written but not yet synced and put in
its place (``file-written``), whatever the machine's speed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storage.archive import Archive
from tests.own_texts import articles
from tests.printed_pages import PARAGRAPHS, TITLE, visual_order_pdf
from tests.stopping import arshif, killed_at, reaches

CULTURE, ARTS = "ثقافة", "فنون"


def _json(*args: str) -> Any:
    done = arshif(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _state(archive: Path) -> tuple[Any, Any]:
    """What a user sees of the archive: its articles and its tags with their counts."""
    return _json("--archive", str(archive), "list"), _json("--archive", str(archive), "tags")


def _check_is_clean(archive: Path) -> None:
    report = _json("--archive", str(archive), "check")
    assert report["ok"], report["problems"]


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """An archive of 40 articles, one of them from a PDF (kept as its attachment), half of
    them tagged «ثقافة» and a quarter «فنون»."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, article in enumerate(articles(39)):
        (folder / f"{number:02d}.txt").write_text(article.as_text(), encoding="utf-8")
    visual_order_pdf(folder / "page.pdf", [TITLE, *PARAGRAPHS])
    archive = tmp_path / "archive"
    done = arshif("--archive", str(archive), "import", str(folder))
    assert done.returncode == 0, done.stderr
    with Archive.open(archive) as opened:
        ids = [article.id for article in opened.articles()]
        opened.tag_articles(ids[::2], [CULTURE])
        opened.tag_articles(ids[::4], [ARTS])
    return archive


@pytest.mark.parametrize(
    "action", [("merge", CULTURE, ARTS), ("rename", ARTS, "مسرح"), ("delete", ARTS)]
)
def test_a_killed_tag_command_changes_nothing(filled: Path, action: tuple[str, ...]) -> None:
    before = _state(filled)
    killed_at("commit", 1, "--archive", str(filled), "tags", *action)
    assert _state(filled) == before
    _check_is_clean(filled)
    # run again, it completes: in one transaction (it never reaches a second commit)
    assert not reaches("commit", 2, "--archive", str(filled), "tags", *action)
    assert ARTS not in {tag["name"] for tag in _json("--archive", str(filled), "tags")}
    _check_is_clean(filled)


def test_a_killed_restore_leaves_the_new_archive_empty(filled: Path, tmp_path: Path) -> None:
    backup = tmp_path / "archive.zip"
    assert arshif("--archive", str(filled), "backup", str(backup)).returncode == 0
    target = tmp_path / "restored"
    assert arshif("--archive", str(target), "init").returncode == 0
    killed_at("commit", 1, "--archive", str(target), "restore", str(backup))
    assert _json("--archive", str(target), "list") == []
    # the PDF's file was copied in before the kill; nothing refers to it, and repair takes it
    report = json.loads(arshif("--archive", str(target), "check", "--json").stdout)
    [leftover] = report["problems"]
    assert "no attachment refers to it" in leftover
    assert "check --repair" in leftover
    assert arshif("--archive", str(target), "check", "--repair").returncode == 0
    _check_is_clean(target)
    assert not reaches("commit", 2, "--archive", str(target), "restore", str(backup))
    assert _state(target) == _state(filled)
    _check_is_clean(target)


def test_a_killed_index_rebuild_is_done_again_at_the_next_start(filled: Path) -> None:
    word = TITLE.split()[0]
    found = _json("--archive", str(filled), "search", word)["total"]
    assert found >= 1
    with sqlite3.connect(filled / "archive.sqlite3") as database:  # as after an upgrade
        database.execute(
            "UPDATE archive_settings SET value = '0' WHERE name = 'search_index_version'"
        )
    killed_at("commit", 1, "--archive", str(filled), "search", word)
    # the next start rebuilds it again, in its one transaction
    assert not reaches("commit", 2, "--archive", str(filled), "search", word)
    assert _json("--archive", str(filled), "search", word)["total"] == found
    _check_is_clean(filled)


@pytest.mark.parametrize("command", [("backup",), ("export", "--all")])
def test_a_killed_file_write_leaves_no_file_and_its_leftover_goes(
    filled: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    target = tmp_path / "out" / ("archive.zip" if command[0] == "backup" else "all.pdf")
    target.parent.mkdir()
    args = ("--archive", str(filled), command[0], str(target), *command[1:])
    killed_at("file-written", 1, *args)
    assert not target.exists()
    [leftover] = target.parent.glob(f".{target.name}.*.part")  # the killed writer's
    done = arshif(*args)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 0
    assert not leftover.exists()
    assert list(target.parent.iterdir()) == [target]
    _check_is_clean(filled)
