"""The command line, run as a user runs it."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from storage.archive import Archive
from storage.records import ArticleDraft
from tests.own_texts import ARTICLE
from ui import cli

ROOT = Path(__file__).resolve().parents[3]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = cli.main(list(argv), out=out)
    return status, out.getvalue()


def run_json(*argv: str) -> Any:
    status, output = run(*argv, "--json")
    assert status == 0, output
    return json.loads(output)


@pytest.fixture
def where(tmp_path: Path) -> str:
    return str(tmp_path / "archive")


def test_import_an_article_then_again(where: str) -> None:
    status, output = run("--archive", where, "import", str(ARTICLE), "--tag", "سوريا")
    assert status == 0
    assert output.startswith("imported   #1  ")
    status, output = run("--archive", where, "import", str(ARTICLE))
    assert (status, output.split()[:3]) == (0, ["duplicate", "of", "#1"])

    article = run_json("--archive", where, "show", "1")
    assert set(article) >= {
        "id",
        "ref",
        "title",
        "lead",
        "body",
        "author",
        "source",
        "date",
        "place",
        "url",
        "page",
        "tags",
        "notes",
        "created",
        "updated",
    }
    assert article["title"] == "مكتبة المدينة القديمة تفتح أبوابها بعد ترميم دام ثلاث سنوات"
    assert article["source"] == "الأيام"
    assert article["place"] == "حلب (سوريا)"
    assert article["tags"] == ["سوريا"]


def test_import_reports_each_file_and_exits_1_when_some_failed(where: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    status, output = run("--archive", where, "import", str(folder), "--json")
    assert status == 1
    lines = [json.loads(line) for line in output.splitlines()]
    assert [(Path(o["path"]).name, o["status"]) for o in lines] == [
        ("empty.txt", "failed"),
        ("latin1.txt", "failed"),
        ("seed.txt", "imported"),
    ]
    assert lines[0]["reason"] == "the file is empty"
    assert lines[2]["id"] == 1
    assert lines[2]["reason"] is None
    assert len(run_json("--archive", where, "list")) == 1


def test_json_lines_import_summarises_the_file(where: str, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {
            "id": f"r-{n}",
            "title": f"عنوان {n}",
            "body": f"نص المقال {n}",
            "source": "Okaz",
            "date": f"2015-07-2{n}",
            "category": "Politics",
            "url": "",
        }
        for n in range(3)
    ]
    path.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{bad\n", encoding="utf-8"
    )
    status, output = run("--archive", where, "import", str(path))
    assert status == 1
    assert output.splitlines()[0] == f"{path}: 3 imported, 0 duplicates, 1 failed"
    assert f"{path}:4: not valid JSON" in output
    listed = run_json("--archive", where, "list")
    assert [(a["ref"], a["date"], a["tags"]) for a in listed] == [
        ("r-0", "2015-07-20", ["Politics"]),
        ("r-1", "2015-07-21", ["Politics"]),
        ("r-2", "2015-07-22", ["Politics"]),
    ]
    assert "body" not in listed[0]


def test_tags_notes_dossiers_and_trash(where: str) -> None:
    run("--archive", where, "import", str(ARTICLE))
    assert run("--archive", where, "tag", "1", "داعش", "سوريا") == (0, "داعش, سوريا\n")
    assert run("--archive", where, "tag", "1", "--remove", "داعش")[0] == 0
    assert run("--archive", where, "tags", "rename", "سوريا", "سورية")[0] == 0
    assert run_json("--archive", where, "tags") == [
        {"id": 1, "name": "داعش", "parent": None, "count": 0},
        {"id": 2, "name": "سورية", "parent": None, "count": 1},
    ]
    assert run("--archive", where, "note", "1", "مصدر: وكالات")[0] == 0
    assert run("--archive", where, "dossier", "create", "ملف سوريا")[0] == 0
    assert run("--archive", where, "dossier", "add", "ملف سوريا", "1")[0] == 0
    assert run_json("--archive", where, "dossier", "show", "ملف سوريا")["articles"] == [1]
    assert run("--archive", where, "purge", "1")[0] == 2  # not in the trash yet
    assert run("--archive", where, "trash", "1")[0] == 0
    assert run_json("--archive", where, "list") == []
    assert [a["id"] for a in run_json("--archive", where, "list", "--trash")] == [1]
    assert run("--archive", where, "untrash", "1")[0] == 0
    assert run_json("--archive", where, "show", "1")["notes"][0]["text"] == "مصدر: وكالات"
    with Archive.open(where) as archive:
        record = archive.article(1)
        assert (record.tags, record.is_trashed) == (("سورية",), False)


def test_errors_name_what_is_wrong(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--archive", where, "init")[0] == 0
    assert run("--archive", where, "show", "7")[0] == 2
    assert "arshif: article 7 is not in the archive" in capsys.readouterr().err
    assert run("--archive", where, "dossier", "show", "لا يوجد")[0] == 2
    assert "no dossier named 'لا يوجد'" in capsys.readouterr().err
    assert run("--archive", "mysql://x/y", "list")[0] == 2
    assert "only PostgreSQL" in capsys.readouterr().err


def test_check_reports_a_sound_archive(where: str) -> None:
    run("--archive", where, "import", str(ARTICLE))
    report = run_json("--archive", where, "check")
    assert report == {"ok": True, "articles": 1, "attachments": 0, "problems": [], "repaired": []}
    repaired = run_json("--archive", where, "check", "--repair")
    assert repaired["ok"]
    assert repaired["repaired"] == []  # a sound index is not rebuilt


def test_the_console_script_and_main_py_run_the_same_command(tmp_path: Path) -> None:
    archive = str(tmp_path / "archive")
    commands = [
        [sys.executable, str(ROOT / "main.py")],
        [str(Path(sys.executable).parent / "arshif")],
    ]
    for command in commands:
        result = subprocess.run(
            [*command, "--archive", archive, "import", str(ARTICLE), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["id"] == 1


def test_the_core_never_loads_qt() -> None:
    code = (
        "import sys, main, ui.cli, ui.cli_format, storage.archive, storage.ingest, export.fonts\n"
        "import storage.migrations, storage.text\n"
        "main.main(['--archive', sys.argv[1], 'list'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "/tmp/arshif-qt-free-check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_search_says_more_than_where_its_count_stopped(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage.search import top_k

    # A prefix: FTS5 ranks it, and its count stops (Tantivy's counts are exact).

    with Archive.open(where) as archive:
        for number in range(4):
            archive.add_article(ArticleDraft(title=f"خبر {number}", body="وزير الخارجية"))
    status, output = run("--archive", where, "search", "الخارج*")
    assert (status, output.splitlines()[0]) == (0, "4 article(s)")
    monkeypatch.setattr(top_k, "COUNTED", 3)
    status, output = run("--archive", where, "search", "الخارج*")
    assert (status, output.splitlines()[0]) == (0, "more than 3 article(s)")
    assert all(f"خبر {number}" in output for number in range(4))  # every hit, all the same
    found = run_json("--archive", where, "search", "الخارج*")
    assert (found["total"], found["more"], len(found["hits"])) == (3, True, 4)
