"""Damaged databases: a truncated file, garbage, one corrupted page. Every command says in one
line that the archive is damaged and points to `arshif recover`; `check` reports the damage;
`recover` saves every readable article, tag, note and file into a new archive that `check`
finds sound, and says what it could not save."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.engine import DATABASE_NAME
from storage.records import ArticleDraft, ItemOrigin
from tests.own_texts import articles
from ui import cli

COUNT = 300
COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["search", "المكتبة"],
    ["show", "1"],
    ["check", "--repair"],
    ["tags"],
    ["note", "1", "ملاحظة"],
    ["tag", "1", "وسم"],
]


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(argv), out=out), out.getvalue()


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    """An archive of COUNT articles, tags, notes and an attached file; the WAL checkpointed so
    the database file holds everything."""
    folder = tmp_path / "sound"
    attached = tmp_path / "scan.png"
    attached.write_bytes(b"\x89PNG scan of the page" * 100)
    with Archive.open(folder) as archive:
        archive.import_drafts(
            (ItemOrigin(f"{n}.txt"), ArticleDraft(title=a.title, body=a.body))
            for n, a in enumerate(articles(COUNT))
        )
        archive.tag_articles(list(range(1, COUNT + 1, 2)), ["سوريا"])
        archive.add_note(3, "ملاحظة على المقال الثالث")
        archive.attach_file(3, attached)
    with sqlite3.connect(folder / DATABASE_NAME) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


def _damaged_copy(sound: Path, tmp_path: Path, how: str) -> Path:
    folder = tmp_path / how
    shutil.copytree(sound, folder)
    database = folder / DATABASE_NAME
    data = bytearray(database.read_bytes())
    if how == "truncated":
        database.write_bytes(data[: len(data) // 3])
    elif how == "garbage":
        database.write_bytes(b"not a database at all " * 500)
    else:  # one page in the middle of the articles, overwritten
        page = 4096
        connection = sqlite3.connect(sound / DATABASE_NAME)
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()
        connection.close()
        target = _a_leaf_of(sound / DATABASE_NAME, int(root))
        data[(target - 1) * page : target * page] = b"\xde\xad" * (page // 2)
        database.write_bytes(bytes(data))
    return folder


def _a_leaf_of(database: Path, root: int) -> int:
    """A page number holding articles (a leaf of the articles' b-tree), found through the
    interior page's child pointers."""
    data = database.read_bytes()
    page = 4096
    start = (root - 1) * page + (100 if root == 1 else 0)
    assert data[start] == 0x05, "the articles' root is an interior page"
    cells = int.from_bytes(data[start + 3 : start + 5], "big")
    pointer = int.from_bytes(data[start + 12 + 2 * (cells // 2) : start + 14 + 2 * (cells // 2)])
    cell = (root - 1) * page + pointer
    return int.from_bytes(data[cell : cell + 4], "big")


@pytest.mark.parametrize("how", ["truncated", "garbage", "page"])
def test_every_command_says_the_archive_is_damaged(
    sound: Path, tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _damaged_copy(sound, tmp_path, how)
    for command in COMMANDS:
        status, output = _run("--archive", str(folder), *command)
        err = capsys.readouterr().err
        if status == cli.EXIT_OK:  # what it read or wrote did not touch the damaged page
            assert how == "page", command
            # `list` reads its lines from an index (the damaged page holds rows), but the rows
            # (`list --json`) and `check` read every article
            assert command not in (["list", "--json"], ["check", "--repair"]), command
            continue
        text = err or output
        assert "damaged" in text, (command, text)
        assert f"arshif recover {folder}" in text, (command, text)
        assert "Traceback" not in text
        assert len(err.strip().splitlines()) <= 1


@pytest.mark.parametrize("how", ["truncated", "page"])
def test_check_reports_damage_and_recover_saves_what_can_be_read(
    sound: Path, tmp_path: Path, how: str
) -> None:
    folder = _damaged_copy(sound, tmp_path, how)
    status, output = _run("--archive", str(folder), "check")
    assert status == cli.EXIT_PARTIAL
    assert "damaged" in output
    assert "recover" in output

    with Archive.open(sound) as archive:
        originals = {s.id: archive.article(s.id) for s in archive.articles()}
    new = tmp_path / "saved"
    status, output = _run("recover", str(folder), str(new))
    assert status == cli.EXIT_PARTIAL, output  # some rows were on the damaged page
    assert "not saved" in output
    with Archive.open(new) as archive:
        assert archive.check().is_ok, archive.check().problems
        saved = archive.articles()
        assert 0 < len(saved) < COUNT
        for summary in saved:
            article = archive.article(summary.id)
            original = originals[summary.id]
            assert (article.title, article.body, article.tags) == (
                original.title,
                original.body,
                original.tags,
            )
            assert [n.text for n in article.notes] == [n.text for n in original.notes]
        assert archive.search(saved[0].title).total >= 1  # the index was built afresh
        if 3 in {s.id for s in saved}:
            (attachment,) = archive.article(3).attachments
            assert archive.attachment_bytes(attachment.id).startswith(b"\x89PNG")


def test_recover_of_a_sound_archive_saves_everything(sound: Path, tmp_path: Path) -> None:
    new = tmp_path / "copy"
    status, output = _run("recover", str(sound), str(new))
    assert status == cli.EXIT_OK, output
    assert output.strip().endswith("complete")
    with Archive.open(sound) as before, Archive.open(new) as after:
        assert [s.id for s in after.articles()] == [s.id for s in before.articles()]
        assert [t.name for t in after.tags()] == [t.name for t in before.tags()]
        assert after.article(3).notes[0].text == before.article(3).notes[0].text
        assert after.check().is_ok


def test_recover_of_garbage_says_nothing_can_be_read(
    sound: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _damaged_copy(sound, tmp_path, "garbage")
    status, _ = _run("recover", str(folder), str(tmp_path / "saved"))
    assert status == cli.EXIT_ERROR
    assert "nothing can be read" in capsys.readouterr().err


def test_recover_refuses_a_target_that_is_not_new(sound: Path, tmp_path: Path) -> None:
    for target in (sound, sound / "inside"):
        status, _ = _run("recover", str(sound), str(target))
        assert status == cli.EXIT_ERROR
