"""Faults in the middle of an import: a full disk, a write lock held by another process, the
PostgreSQL server stopped. Each stops the import with the report of what it did, the reason,
and exit status 1; what was stored is whole, `check` is clean, and importing again completes.

The import runs as its own process and stops itself where the test chooses
(storage/stop_points.py); the fault is made while it is stopped, then it goes on into it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from storage.archive import Archive
from storage.import_batches import IMPORT_BATCH
from storage.stop_points import VARIABLE
from tests.own_texts import articles
from tests.postgres_server import running_server
from ui import cli

ROOT = Path(__file__).resolve().parents[3]
ARSHIF = [sys.executable, str(ROOT / "main.py")]
FILES = 3 * IMPORT_BATCH
FULL_PAGES = 1024  # of 4 KiB: room for about two batches of these articles


def _write_folder(folder: Path) -> None:
    folder.mkdir()
    for number, article in enumerate(articles(FILES)):
        (folder / f"{number:05d}.txt").write_text(article.as_text(), encoding="utf-8")


def _stopped_import(archive: str, folder: Path, point: str = "import-batch-committed:1") -> Any:
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--archive",
            archive,
            "import",
            str(folder),
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, VARIABLE: point},
    )
    _, status = os.waitpid(process.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status), "the import ended before the stop point"
    return process


def _finish(process: Any) -> tuple[int, list[dict[str, Any]], str]:
    os.kill(process.pid, signal.SIGCONT)
    out, err = process.communicate()
    return process.returncode, [json.loads(line) for line in out.splitlines()], err


def _assert_sound_and_completes(archive: str, folder: Path, stored: int) -> None:
    with Archive.open(archive) as opened:
        assert opened.article_count() == stored
        assert opened.check().is_ok, opened.check().problems
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--archive",
            archive,
            "import",
            str(folder),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    statuses = [json.loads(line)["status"] for line in done.stdout.splitlines()]
    assert statuses.count("duplicate") == stored
    assert statuses.count("imported") == FILES - stored
    with Archive.open(archive) as opened:
        assert opened.article_count() == FILES
        assert opened.check().is_ok


def test_a_busy_lock_stops_the_import_with_its_report(tmp_path: Path) -> None:
    folder, archive = tmp_path / "in", str(tmp_path / "archive")
    _write_folder(folder)
    process = _stopped_import(archive, folder)
    holder = subprocess.Popen(  # another program holding the write lock, until told to let go
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(tmp_path / 'archive' / 'archive.sqlite3')!r}, "
            "isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n"
            "c.execute('ROLLBACK')\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    status, outcomes, err = _finish(process)  # waits out the busy timeout, then gives up
    holder.communicate("go\n")
    assert status == cli.EXIT_PARTIAL, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "import stopped" in err
    assert "busy" in err
    assert [o["status"] for o in outcomes] == ["imported"] * IMPORT_BATCH
    _assert_sound_and_completes(archive, folder, IMPORT_BATCH)


@pytest.fixture
def full_disk() -> Iterator[Callable[[], None]]:
    """Every SQLite database opened meanwhile may grow to 4 MiB and no further: SQLite then
    fails as on a full disk (SQLITE_FULL), through the same code paths. Yields what frees
    the space again."""

    def limit(connection: Any, _record: Any) -> None:
        if isinstance(connection, sqlite3.Connection):
            connection.execute(f"PRAGMA max_page_count = {FULL_PAGES}")

    def lift() -> None:
        if event.contains(Engine, "connect", limit):
            event.remove(Engine, "connect", limit)

    event.listen(Engine, "connect", limit)
    try:
        yield lift
    finally:
        lift()


def test_a_full_disk_stops_the_import_with_its_report(
    tmp_path: Path, full_disk: Callable[[], None], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, archive = tmp_path / "in", str(tmp_path / "archive")
    _write_folder(folder)
    status, output = _run_cli("--archive", archive, "import", str(folder), "--json")
    err = capsys.readouterr().err
    assert status == cli.EXIT_PARTIAL, err
    assert len(err.strip().splitlines()) == 1
    assert "disk is full" in err
    outcomes = [json.loads(line) for line in output.splitlines()]
    assert outcomes, "nothing reported although batches were stored"
    assert len(outcomes) % IMPORT_BATCH == 0
    assert len(outcomes) < FILES
    assert {o["status"] for o in outcomes} == {"imported"}
    # `check` on the full disk reports the disk (or nothing), never a false index problem.
    _run_cli("--archive", archive, "check")
    assert "search index" not in capsys.readouterr().out
    full_disk()
    _assert_sound_and_completes(archive, folder, len(outcomes))


def _run_cli(*argv: str) -> tuple[int, str]:
    import io

    out = io.StringIO()
    status = cli.main(list(argv), out=out)
    return status, out.getvalue()


def test_a_stopped_server_stops_the_import_with_its_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write_folder(folder)
    with running_server() as server:
        archive = server.create_database()
        process = _stopped_import(archive, folder)
        server.stop()
        try:
            status, outcomes, err = _finish(process)
        finally:
            server.start()
        assert status == cli.EXIT_PARTIAL, err
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
        assert "import stopped" in err
        assert "cannot be reached" in err
        assert [o["status"] for o in outcomes] == ["imported"] * IMPORT_BATCH
        _assert_sound_and_completes(archive, folder, IMPORT_BATCH)
