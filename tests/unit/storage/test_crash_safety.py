"""Killing Arshif in the middle of an import leaves a sound archive, and importing again
completes it without duplicates."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CORPUS_ARTICLES

ROOT = Path(__file__).resolve().parents[3]
FILES = 2_000


def _arshif(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _write_folder(folder: Path) -> None:
    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            if number == FILES:
                break
            record = json.loads(line)
            sub = folder / f"{number % 20:02d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{record['id']}.txt").write_text(
                f"{record['title']}\n\n{record['body']}\n", encoding="utf-8"
            )


def test_sigkill_during_a_folder_import(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    _write_folder(folder)
    clean = _arshif("--archive", str(tmp_path / "clean"), "import", str(folder), "--json")
    assert clean.returncode == 0, clean.stderr
    expected = sum(json.loads(line)["status"] == "imported" for line in clean.stdout.splitlines())

    archive = str(tmp_path / "archive")
    rng = random.Random(1436)
    counts = []
    for _ in range(4):
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--archive", archive, "import", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.6, 2.0))
        os.killpg(process.pid, signal.SIGKILL)  # the import and its worker process
        process.wait()
        check = _arshif("--archive", archive, "check", "--json")
        report = json.loads(check.stdout)
        assert report["ok"], report["problems"]
        assert report["articles"] <= expected
        counts.append(report["articles"])
    assert any(0 < count < expected for count in counts), counts  # a kill mid-import

    final = _arshif("--archive", archive, "import", str(folder), "--json")
    assert final.returncode == 0, final.stderr
    assert {json.loads(line)["status"] for line in final.stdout.splitlines()} <= {
        "imported",
        "duplicate",
    }
    check = json.loads(_arshif("--archive", archive, "check", "--json").stdout)
    assert check["ok"], check["problems"]
    assert check["articles"] == expected
