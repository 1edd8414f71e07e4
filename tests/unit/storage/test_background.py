"""Preparing batches in a worker process."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storage.background import prepared_in_worker

ROOT = Path(__file__).resolve().parents[3]


def double(batch: list[int], factor: int) -> list[int]:
    return [n * factor for n in batch]


def die_in_worker(batch: list[int], factor: int) -> list[int]:
    if multiprocessing.parent_process() is not None:
        os._exit(3)  # the worker dies as a crashed or unstartable one would
    return double(batch, factor)


def fail_on_seven(batch: list[int], factor: int) -> list[int]:
    if 7 in batch:
        raise ValueError("seven")
    return double(batch, factor)


BATCHES = [[1, 2], [3], [4, 5], [6, 7], [8]]


def test_batches_come_back_prepared_and_in_order() -> None:
    assert list(prepared_in_worker(iter(BATCHES), double, 10)) == [
        [10, 20],
        [30],
        [40, 50],
        [60, 70],
        [80],
    ]
    assert list(prepared_in_worker(iter([[1]]), double, 2)) == [[2]]
    assert list(prepared_in_worker(iter([]), double, 2)) == []


def test_a_dead_worker_leaves_the_work_to_the_caller() -> None:
    assert list(prepared_in_worker(iter(BATCHES), die_in_worker, 1)) == BATCHES


def test_an_error_in_preparing_reaches_the_caller_in_its_place() -> None:
    results = prepared_in_worker(iter(BATCHES), fail_on_seven, 1)
    assert [next(results) for _ in range(3)] == [[1, 2], [3], [4, 5]]
    with pytest.raises(ValueError, match="seven"):
        next(results)


def process_id(batch: list[int], factor: int) -> list[int]:
    return [os.getpid()]


def test_a_script_without_a_main_guard_runs_once(tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import os, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "print('body', flush=True)\n"
        "from storage.background import prepared_in_worker\n"
        "from tests.unit.storage.test_background import process_id\n"
        "pids = [p for [p] in prepared_in_worker(iter([[1], [2], [3]]), process_id, 1)]\n"
        "print('worker' if any(p != os.getpid() for p in pids) else 'inline', flush=True)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
        timeout=120,
    )
    assert result.stdout.split() == ["body", "worker"]
