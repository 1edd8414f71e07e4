"""How long a command takes as the user waits for it: whole processes, against `python -c pass`.

    .venv/bin/python bench/startup.py [--articles N] [--runs N]

Builds an archive of N corpus articles (default 3,000), then runs each command as its own
process, `--runs` times in turn with the others (so a slow spell hits every command alike),
and prints the best and median wall time of each and its ratio to `python -c pass` measured in
the same run. The targets (issue 11): `--help` ≤ 6×, `show ID` ≤ 10×, `search WORD` ≤ 12×.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl.gz"
TARGETS = {"--help": 6.0, "show": 10.0, "search": 12.0}


def _build(folder: Path, count: int) -> str:
    part = folder / "articles.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as stream, part.open("w") as out:
        for number, line in enumerate(stream):
            if number == count:
                break
            out.write(line)
    where = str(folder / "archive")
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--archive", where, "import", str(part), "--json"],
        check=True,
        capture_output=True,
    )
    return where


def _compiled() -> None:
    """Byte-compile the checkout, as pip does for an installed wheel: without it every run
    would compile Arshif's modules again (here PYTHONDONTWRITEBYTECODE is often set)."""
    folders = [str(ROOT / name) for name in ("main.py", "storage", "export", "ui", "resources")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], check=True)


def _seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    arshif = [sys.executable, str(ROOT / "main.py")]
    _compiled()
    with tempfile.TemporaryDirectory(prefix="arshif-startup-") as scratch:
        where = _build(Path(scratch), args.articles)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--help": [*arshif, "--help"],
            "--version": [*arshif, "--version"],
            "show": [*arshif, "--archive", where, "show", "1"],
            "search": [*arshif, "--archive", where, "search", "الرياض", "--limit", "10"],
            "list": [*arshif, "--archive", where, "list"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(_seconds(command))
    base = min(times["python -c pass"])
    print(f"{args.articles:,} articles; best of {args.runs} runs, whole processes")
    print(f"{'command':<16} {'best s':>8} {'median s':>9} {'× python':>9}  target")
    results = {}
    for name, samples in times.items():
        ratio = min(samples) / base
        target = TARGETS.get(name)
        verdict = (
            "" if target is None else f"≤ {target:g}× {'met' if ratio <= target else 'MISSED'}"
        )
        print(
            f"{name:<16} {min(samples):>8.3f} {statistics.median(samples):>9.3f} "
            f"{ratio:>8.1f}×  {verdict}"
        )
        results[name] = {"best": min(samples), "median": statistics.median(samples), "ratio": ratio}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
