"""Import the corpus into a fresh archive and print articles per second.

    .venv/bin/python bench/import_corpus.py [--archive URL_OR_FOLDER] [--repeat N]

Goes through the same path as `arshif import` (read, clean, normalise, find duplicates, store in
batches of 500 per transaction), then imports again to time duplicate detection; then the same
two imports as the user waits for them: `arshif import` run as its own process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ImportStatus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles.jsonl.gz"
MAIN = Path(__file__).resolve().parents[1] / "main.py"


def timed_import(location: str) -> tuple[float, dict[ImportStatus, int]]:
    with Archive.open(location) as archive:
        start = time.perf_counter()
        outcomes, _ = archive.import_drafts(read_paths([CORPUS]))
        elapsed = time.perf_counter() - start
    counts = {status: sum(o.status is status for o in outcomes) for status in ImportStatus}
    return elapsed, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", help="a folder or a PostgreSQL URL (default: a new folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        location = args.archive or str(Path(scratch) / "archive")
        for label in ("first import", "second import (all duplicates)"):
            elapsed, counts = timed_import(location)
            total = sum(counts.values())
            imported, duplicates, failed = (counts[s] for s in ImportStatus)
            print(
                f"{label}: {total:,} articles in {elapsed:.1f} s = "
                f"{total / elapsed:,.0f} articles/s ({imported:,} imported, "
                f"{duplicates:,} duplicates, {failed:,} failed)"
            )
        if args.archive is None:
            whole_processes(str(Path(scratch) / "whole"), total)


def whole_processes(
    location: str, total: int, source: Path = CORPUS, unit: str = "articles"
) -> None:
    """`arshif import SOURCE` into a new archive, then again, each its own process."""
    command = [sys.executable, str(MAIN), "--archive", location, "import", str(source)]
    first = 0.0
    for label in ("whole process, first import", "whole process, second (duplicates)"):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        than_first = f"; {first / elapsed:.2f}x the first's rate" if first else ""
        first = first or elapsed
        print(
            f"{label}: {total:,} {unit} in {elapsed:.1f} s = {total / elapsed:,.0f} "
            f"{unit}/s (exit {done.returncode}{than_first})"
        )


if __name__ == "__main__":
    main()
