"""Nothing is passed over in silence: what a folder import cannot read is reported per item
and the exit status says so; empty inputs say they were empty; a FIFO never hangs."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.own_texts import ARTICLE
from ui import cli

ROOT = Path(__file__).resolve().parents[3]


def _import(where: Path, *paths: Path) -> tuple[int, dict[str, str]]:
    out = io.StringIO()
    status = cli.main(["--archive", str(where), "import", *map(str, paths), "--json"], out=out)
    outcomes = [json.loads(line) for line in out.getvalue().splitlines()]
    return status, {Path(o["path"]).name: o["reason"] or o["status"] for o in outcomes}


def test_links_to_nothing_and_special_files_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "good.txt")
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    os.mkfifo(folder / "pipe.txt")
    status, outcomes = _import(tmp_path / "archive", folder)
    assert status == cli.EXIT_PARTIAL
    assert outcomes["good.txt"] == "imported"
    assert "link to a file that does not exist" in outcomes["broken.txt"]
    assert "not a regular file (a FIFO)" in outcomes["pipe.txt"]


def test_a_fifo_named_on_the_command_line_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.jsonl")
    status, outcomes = _import(tmp_path / "archive", tmp_path / "pipe.jsonl")
    assert status == cli.EXIT_PARTIAL
    assert "FIFO" in outcomes["pipe.jsonl"]


def test_empty_inputs_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    status, outcomes = _import(tmp_path / "archive", tmp_path / "empty.jsonl")
    assert status == cli.EXIT_PARTIAL
    assert "empty" in outcomes["empty.jsonl"]
    (tmp_path / "nothing").mkdir()
    status, outcomes = _import(tmp_path / "archive", tmp_path / "nothing")
    assert (status, outcomes) == (cli.EXIT_OK, {})
    assert "nothing to import" in capsys.readouterr().err


def test_a_folder_that_cannot_be_read_is_reported(tmp_path: Path) -> None:
    """Run where the permissions apply: as root (as in CI), without the capabilities that
    let root read any folder (util-linux `setpriv`)."""
    folder = tmp_path / "in"
    (folder / "closed").mkdir(parents=True)
    shutil.copy(ARTICLE, folder / "good.txt")
    shutil.copy(ARTICLE, folder / "closed" / "hidden.txt")
    (folder / "closed").chmod(0)
    archive = tmp_path / "archive"
    command = [sys.executable, str(ROOT / "main.py"), "--archive", str(archive), "import"]
    command += [str(folder), "--json"]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *command]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    (folder / "closed").chmod(0o755)
    assert done.returncode == cli.EXIT_PARTIAL, done.stderr
    outcomes = {Path(o["path"]).name: o for o in map(json.loads, done.stdout.splitlines())}
    assert outcomes["good.txt"]["status"] == "imported"
    assert "the folder cannot be read" in outcomes["closed"]["reason"]
