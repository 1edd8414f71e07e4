"""Running `arshif` until it reaches a named stop point (storage/stop_points.py), then killing
it there with every process it started: the kill lands at a place the test knows, whatever
the machine's speed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage.stop_points import VARIABLE

ROOT = Path(__file__).resolve().parents[1]
ARSHIF = [sys.executable, str(ROOT / "main.py")]


def arshif(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ARSHIF, *args], capture_output=True, text=True, check=False)


def reaches(point: str, count: int, *args: str) -> bool:
    """Run ``arshif ARGS``; if it reaches ``point`` the ``count``-th time, SIGKILL it and its
    children right there and say True; if it ends first, say False (it ran to its end)."""
    process = _run_until(point, count, args)
    if process is None:
        return False
    _kill(process)
    return True


@contextmanager
def stopped_at(point: str, count: int, *args: str) -> Iterator[None]:
    """Run ``arshif ARGS`` until it reaches ``point`` the ``count``-th time; while the block
    runs it stays there, stopped (alive); then it is killed with its children."""
    process = _run_until(point, count, args)
    assert process is not None, f"arshif {' '.join(args)} ended before {point} {count}"
    try:
        yield
    finally:
        _kill(process)


def _run_until(point: str, count: int, args: tuple[str, ...]) -> subprocess.Popen[bytes] | None:
    """The process, stopped at ``point`` the ``count``-th time; None if it ended first."""
    process = subprocess.Popen(
        [*ARSHIF, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, VARIABLE: f"{point}:{count}"},
    )
    _, status = os.waitpid(process.pid, os.WUNTRACED)
    if os.WIFSTOPPED(status):
        return process
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, f"arshif {' '.join(args)} failed"
    return None


def _kill(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def killed_at(point: str, count: int, *args: str) -> None:
    """Run ``arshif ARGS`` until it reaches ``point`` the ``count``-th time, and SIGKILL it and
    its children there. Fails if the command ended without reaching it."""
    assert reaches(point, count, *args), f"arshif {' '.join(args)} ended before {point} {count}"
