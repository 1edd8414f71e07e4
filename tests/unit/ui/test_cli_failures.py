"""Hostile arguments and wrong places: one plain line on stderr and the archive untouched,
never a traceback, never a file written over the archive."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.engine import DATABASE_NAME
from tests.own_texts import ARTICLE, articles
from ui import cli

ROOT = Path(__file__).resolve().parents[3]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(argv), out=out), out.getvalue()


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def where(tmp_path: Path) -> str:
    folder = tmp_path / "archive"
    assert run("--archive", str(folder), "import", str(ARTICLE))[0] == 0
    return str(folder)


def _state(where: str) -> tuple[bytes, list[str]]:
    with Archive.open(where) as archive:
        assert archive.check().is_ok
        return (
            Path(where, DATABASE_NAME).read_bytes()[:100],
            [s.title for s in archive.articles()],
        )


def test_backup_never_writes_inside_the_archive(
    where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _state(where)
    folder = Path(where)
    targets = [
        folder / DATABASE_NAME,
        folder / f"{DATABASE_NAME}-wal",
        folder / "files" / "backup.zip",
        folder / "backup.zip",
        folder / ".." / folder.name / DATABASE_NAME,
    ]
    for target in targets:
        assert run("--archive", where, "backup", str(target))[0] == cli.EXIT_ERROR
        err = one_line(capsys)
        assert str(target) in err
        assert "inside the archive folder" in err
    (folder.parent / "link").symlink_to(folder)
    assert run("--archive", where, "backup", str(folder.parent / "link" / DATABASE_NAME))[0] == 2
    assert "inside the archive folder" in one_line(capsys)
    assert not list(folder.glob("*.zip"))
    assert not list(folder.glob(".*.part"))
    assert _state(where) == before


def test_backup_to_a_blank_or_folder_name_is_refused(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in ("", str(tmp_path)):
        assert run("--archive", where, "backup", target)[0] == cli.EXIT_ERROR
        one_line(capsys)


@pytest.mark.parametrize(
    "argv",
    [
        ["show", str(2**63)],
        ["show", str(2**31)],
        ["tag", str(2**63), "وسم"],
        ["note", str(2**64), "نص"],
        ["trash", str(2**63)],
        ["untrash", str(2**63)],
        ["purge", str(2**63)],
        ["dossier", "add", "ملف", str(2**63)],
        ["search", "المدينة", "--limit", str(2**63)],
        ["search", "المدينة", "--offset", str(2**63)],
        ["search", "المدينة", "--limit", "-1"],
        ["show", "0"],
    ],
)
def test_numbers_out_of_range_are_refused(
    where: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run("--archive", where, *argv)
    assert stopped.value.code == 2
    assert "out of range" in capsys.readouterr().err


def test_a_missing_archive_is_not_made_except_by_import_or_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mistyped = tmp_path / "nonexistent" / "deep" / "archive"
    for command in (["list"], ["search", "x"], ["check"], ["tags"], ["backup", "b.zip"]):
        assert run("--archive", str(mistyped), *command)[0] == cli.EXIT_ERROR
        err = one_line(capsys)
        assert "there is no archive here" in err
        assert "init" in err
    assert not (tmp_path / "nonexistent").exists()
    assert run("--archive", str(mistyped), "init")[0] == cli.EXIT_OK
    assert run("--archive", str(mistyped), "list") == (cli.EXIT_OK, "")


def test_an_empty_archive_option_is_an_error(
    monkeypatch: pytest.MonkeyPatch, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ARSHIF_ARCHIVE", where)
    with pytest.raises(SystemExit):
        run("--archive", "", "list")
    assert "--archive: is empty" in capsys.readouterr().err
    assert run("list")[1].count("\n") == 1  # the environment's archive, when none is named


def test_bad_server_urls_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("postgresql://u:secret@127.0.0.1:abc/x", "postgresql://u@127.0.0.1:99999/x"):
        assert run("--archive", url, "list")[0] == cli.EXIT_ERROR
        err = one_line(capsys)
        assert "secret" not in err


def test_a_query_may_start_with_a_dash(where: str) -> None:
    status, output = run("--archive", where, "search", "-سوريا", "--json")
    assert status == 0
    assert json.loads(output)["query"] == "-سوريا"


def test_untrash_of_an_article_not_in_the_trash_says_so(
    where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--archive", where, "untrash", "1")[0] == cli.EXIT_ERROR
    assert "not in the trash" in one_line(capsys)


def test_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number, article in enumerate(articles(400)):
        (folder / f"{number}.txt").write_text(article.as_text(), encoding="utf-8")
    where = str(tmp_path / "archive")
    assert run("--archive", where, "import", str(folder))[0] == 0
    for command in ("list", "search المدينة --limit 400", "show 1"):
        done = subprocess.run(
            f"{sys.executable} {ROOT / 'main.py'} --archive {where} {command} | head -c 10",
            shell=True,
            capture_output=True,
            text=True,
            check=False,
        )
        assert "Traceback" not in done.stderr
        assert "BrokenPipe" not in done.stderr


def test_the_window_without_a_display_says_so(where: str) -> None:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--archive", where],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "no display" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def _backup(where: str, tmp_path: Path) -> Path:
    target = tmp_path / "backup.zip"
    assert run("--archive", where, "backup", str(target))[0] == 0
    return target


def _rewritten(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change.get(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
    return target


def test_damaged_and_edited_backups_are_refused(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = _backup(where, tmp_path)
    with zipfile.ZipFile(backup) as opened:
        manifest = json.loads(opened.read("manifest.json"))
    flipped = bytearray(backup.read_bytes())
    flipped[len(flipped) // 3] ^= 0x10
    (tmp_path / "flipped.zip").write_bytes(bytes(flipped))
    edited_counts = {**manifest, "counts": {**manifest["counts"], "articles": 5}}
    no_checksums = {k: v for k, v in manifest.items() if k != "sha256"}
    broken = {
        "flipped": tmp_path / "flipped.zip",
        "invalid json": _rewritten(backup, tmp_path / "j.zip", {"manifest.json": b"{not json"}),
        "missing field": _rewritten(
            backup, tmp_path / "m.zip", {"manifest.json": json.dumps(no_checksums).encode()}
        ),
        "edited counts": _rewritten(
            backup, tmp_path / "c.zip", {"manifest.json": json.dumps(edited_counts).encode()}
        ),
        "missing member": _rewritten(backup, tmp_path / "t.zip", {"tags.json": None}),
    }
    for number, (what, path) in enumerate(broken.items()):
        new = str(tmp_path / f"new{number}")
        assert run("--archive", new, "restore", str(path))[0] == cli.EXIT_ERROR, what
        assert str(path) in one_line(capsys), what
        with Archive.open(new) as archive:
            assert archive.article_count() == 0, what


def test_restore_into_an_archive_with_a_dossier_is_refused(
    where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--archive", where, "dossier", "create", "ملف")[0] == 0
    backup = _backup(where, tmp_path)
    other = str(tmp_path / "other")
    assert run("--archive", other, "init")[0] == 0
    assert run("--archive", other, "dossier", "create", "ملف")[0] == 0
    assert run("--archive", other, "restore", str(backup))[0] == cli.EXIT_ERROR
    assert "not empty" in one_line(capsys)


def test_json_lines_tags_must_be_names(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    record = {"title": "عنوان المقال", "body": "نص المقال الطويل", "tags": [5, None]}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    where = str(tmp_path / "archive")
    status, output = run("--archive", where, "import", str(source), "--json")
    assert status == cli.EXIT_PARTIAL
    (outcome,) = [json.loads(line) for line in output.splitlines()]
    assert outcome["status"] == "failed"
    assert "tags: item 2 is null" in outcome["reason"]
    with Archive.open(where) as archive:
        assert [t.name for t in archive.tags()] == []


def test_a_too_long_title_says_nothing_was_kept(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text("ع" * 3000 + "\n\nنص المقال.\n", encoding="utf-8")
    status, output = run("--archive", str(tmp_path / "archive"), "import", str(source))
    assert status == cli.EXIT_PARTIAL
    assert "are kept" not in output


def _without_root_powers(*argv: str) -> subprocess.CompletedProcess[str]:
    """`arshif ARGV` where file permissions apply: as root (as in CI), without the
    capabilities that let root read and write anything (util-linux `setpriv`)."""
    command = [sys.executable, str(ROOT / "main.py"), *argv]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("folder_writable", [True, False])
def test_a_read_only_archive_opens_read_only(where: str, folder_writable: bool) -> None:
    folder = Path(where)
    database = folder / DATABASE_NAME
    before = database.read_bytes()
    database.chmod(0o444)
    if not folder_writable:
        folder.chmod(0o555)
    try:
        listed = _without_root_powers("--archive", where, "list")
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == 1
        for command in (["note", "1", "ملاحظة"], ["tag", "1", "وسم"], ["trash", "1"]):
            done = _without_root_powers("--archive", where, *command)
            assert done.returncode == cli.EXIT_ERROR
            assert (
                done.stderr.strip()
                == f"arshif: {where}: the archive is read-only; it can be read, not changed"
            )
    finally:
        folder.chmod(0o755)
        database.chmod(0o644)
    assert database.read_bytes() == before


def test_a_folder_that_cannot_be_read_says_so(where: str) -> None:
    Path(where).chmod(0)
    try:
        done = _without_root_powers("--archive", where, "list")
    finally:
        Path(where).chmod(0o755)
    assert done.returncode == cli.EXIT_ERROR
    assert done.stderr.strip() == f"arshif: {where}: cannot be read (Permission denied)"
