"""Killing Arshif in the middle of an import leaves a sound archive, and importing again
completes it without duplicates.

The import is killed at points the test chooses and knows (storage/stop_points.py): right
after a batch was committed, and inside a batch's transaction before its commit. The process
stops itself there, the test sees it stopped and kills it with everything it started, so the
outcome never depends on how fast the machine is."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from storage.import_batches import IMPORT_BATCH
from storage.stop_points import VARIABLE
from tests.own_texts import articles
from tests.stopping import ARSHIF, arshif, killed_at

HANG_LIMIT = 60.0  # seconds: only a hang reaches it
FILES = 4 * IMPORT_BATCH
# (where to stop, how many times it is reached first): the kills land ever further on.
KILLS = [
    ("import-batch-committed", 1),
    ("import-batch-written", 2),
    ("import-batch-committed", 3),
    ("import-batch-written", 4),
]


def _write_folder(folder: Path) -> None:
    for number, article in enumerate(articles(FILES - 20)):
        sub = folder / f"{number % 20:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:05d}.txt").write_text(article.as_text(), encoding="utf-8")
    for number, article in enumerate(articles(20)):  # copies: duplicates within the import
        (folder / "copies").mkdir(exist_ok=True)
        (folder / "copies" / f"{number:05d}.txt").write_text(article.as_text(), encoding="utf-8")


def test_sigkill_during_a_folder_import(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_folder(folder)
    clean = arshif("--archive", str(tmp_path / "clean"), "import", str(folder), "--json")
    assert clean.returncode == 0, clean.stderr
    statuses = [json.loads(line)["status"] for line in clean.stdout.splitlines()]
    assert len(statuses) == FILES
    expected = statuses.count("imported")
    assert expected == FILES - 20

    def imported_in_batches(batches: int) -> int:
        return statuses[: batches * IMPORT_BATCH].count("imported")

    archive = str(tmp_path / "archive")
    for point, count in KILLS:
        killed_at(point, count, "--archive", archive, "import", str(folder))
        check = arshif("--archive", archive, "check", "--json")
        report = json.loads(check.stdout)
        assert report["ok"], report["problems"]
        # Every run imports the folder in the same order, so what was stored is exactly what
        # the batches committed before the kill hold: the killed batch left nothing.
        committed = count if point == "import-batch-committed" else count - 1
        assert report["articles"] == imported_in_batches(committed), (point, count)

    final = arshif("--archive", archive, "import", str(folder), "--json")
    assert final.returncode == 0, final.stderr
    assert {json.loads(line)["status"] for line in final.stdout.splitlines()} <= {
        "imported",
        "duplicate",
    }
    check = json.loads(arshif("--archive", archive, "check", "--json").stdout)
    assert check["ok"], check["problems"]
    assert check["articles"] == expected


def _children_of(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _ended(pid: int) -> bool:
    """Wait (on the kernel's notice, up to a hang limit) for a process not our child to end."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        ready, _, _ = select.select([handle], [], [], HANG_LIMIT)
        return bool(ready)
    finally:
        os.close(handle)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, waits on pidfds")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_a_killed_import(tmp_path: Path, how: signal.Signals) -> None:
    folder = tmp_path / "articles"
    _write_folder(folder)
    process = subprocess.Popen(
        [*ARSHIF, "--archive", str(tmp_path / "archive"), "import", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, VARIABLE: "import-batch-committed:1"},
    )
    _, status = os.waitpid(process.pid, os.WUNTRACED)
    assert os.WIFSTOPPED(status)
    helpers = _children_of(process.pid)  # the worker (and multiprocessing's resource tracker)
    assert helpers, "the import had started no worker"
    os.kill(process.pid, how)  # the import only: its workers must follow by themselves
    if how != signal.SIGKILL:
        os.kill(process.pid, signal.SIGCONT)
    process.wait()
    for helper in helpers:
        assert _ended(helper), f"process {helper} outlived the import"


def test_check_repair_removes_the_partial_files_of_killed_writes(tmp_path: Path) -> None:
    from storage.archive import Archive
    from storage.health import PART_AGE_SECONDS

    with Archive.open(tmp_path / "archive") as archive:
        leftover = tmp_path / "archive" / "files" / "ab" / ".abcdef.1234.part"
        leftover.parent.mkdir(parents=True)
        leftover.write_bytes(b"half a file")
        under_way = leftover.with_name(".fedcba.5678.part")  # another writer, right now
        under_way.write_bytes(b"being written")
        old = leftover.stat().st_mtime - PART_AGE_SECONDS - 60
        os.utime(leftover, (old, old))
        report = archive.check()
        assert [p for p in report.problems if ".part" in p] == [
            f"{leftover}: a partial file left by an interrupted write; "
            "`arshif check --repair` removes it"
        ]
        done = archive.repair()
        assert any(str(leftover) in line for line in done)
        assert not leftover.exists()
        assert under_way.exists()
        assert archive.check().is_ok
