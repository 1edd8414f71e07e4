"""An archive of N articles, measured as a user meets it (issue 12).

    .venv/bin/python bench/scale.py [--articles N] [--postgres] [--archive LOCATION] [--keep DIR]

Writes the corpus repeated until it holds N articles (default 300,000) as one JSON Lines file,
each copy with an accession number, an address and dates of its own (copy k is dated k years
earlier), and imports it with ``arshif import`` as a new process, on SQLite (a new folder) or,
with ``--postgres``, on a new database of a PostgreSQL server the bench starts. ``--archive``
measures an archive built before instead (``--keep DIR`` keeps the SQLite archive there for
that). Then it prints:

- the import's rate and peak memory, as a whole process;
- the database's size per article;
- search p50/p95 on bench/search_log.py's query log (ten hits with snippets), in the process and
  through ``arshif search -`` as a separate process, with that process's peak memory;
- ``arshif list`` and ``arshif show`` as whole processes (best and median of 5), with memory;
- the window's cold start to a usable window (list filled, first article shown), SQLite only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import MEASURED, ROOT, load_records, run_as_process
from search_log import query_log, run

from storage.archive import Archive

RUNS = 5


def copied(record: dict[str, Any], copy: int) -> dict[str, Any]:
    """Copy ``copy`` of a corpus record: its own accession number and address, dated ``copy``
    years earlier (another printing, not a duplicate)."""
    if not copy:
        return record
    record = {**record, "id": f"{record['id']}-copy{copy}"}
    if record.get("url"):
        record["url"] = f"{record['url']}#copy{copy}"
    if record.get("date"):
        day = dt.date.fromisoformat(str(record["date"])[:10])
        try:
            record["date"] = day.replace(year=day.year - copy).isoformat()
        except ValueError:  # 29 February
            record["date"] = day.replace(year=day.year - copy, day=28).isoformat()
    return record


def write_lines(records: list[dict[str, Any]], count: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        written, copy = 0, 0
        while written < count:
            for record in records[: count - written]:
                out.write(json.dumps(copied(record, copy), ensure_ascii=False) + "\n")
            written += min(len(records), count - written)
            copy += 1


def measured(command: list[str], location: str) -> tuple[float, float, str]:
    """Run an ``arshif`` command line as a new process on ``location``: its seconds, its peak
    memory (MB) and what it printed."""
    environment = {**os.environ, "ARSHIF_ARCHIVE": location, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*MEASURED, *command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
    )
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr[-2000:]}")
    seconds, peak = done.stderr.splitlines()[-1].split()
    return float(seconds), int(peak) / 1024, done.stdout


def arshif(*arguments: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), *arguments]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300_000)
    parser.add_argument("--postgres", action="store_true", help="on a new PostgreSQL database")
    parser.add_argument("--archive", help="an archive built before (a folder or a URL)")
    parser.add_argument("--keep", type=Path, help="build the SQLite archive in this folder")
    args = parser.parse_args()
    records = load_records()
    with tempfile.TemporaryDirectory(prefix="arshif-scale-") as scratch:
        if args.archive:
            bench(args.archive, records, None)
        elif args.postgres:
            from tests.postgres_server import running_server

            with running_server() as server:
                bench(server.create_database(), records, (args.articles, Path(scratch)))
        else:
            folder = args.keep or Path(scratch) / "archive"
            bench(str(folder), records, (args.articles, Path(scratch)))


def bench(location: str, records: list[dict[str, Any]], build: tuple[int, Path] | None) -> None:
    is_sqlite = "://" not in location
    if build is not None:
        count, scratch = build
        lines = scratch / "articles.jsonl"
        write_lines(records, count, lines)
        seconds, peak, _ = measured(arshif("--archive", location, "import", str(lines)), location)
        lines.unlink()
        print(
            f"import of {count:,} articles (one process): {seconds:.0f} s, "
            f"{count / seconds:,.0f} articles/s, peak memory {peak:,.0f} MB"
        )
    with Archive.open(location) as archive:
        total = archive.article_count()
        print(f"{total:,} articles")
        if is_sqlite:
            folder = Path(location)
            size = sum(p.stat().st_size for p in folder.glob("archive.sqlite3*"))
            print(f"database: {size / 1e9:.2f} GB, {size / total / 1024:.1f} KB an article")
        log = query_log(records, random.Random(12))
        run(archive, log)
        some_id = archive.article_ids(order="oldest")[total // 2]
    run_as_process(location, {kind: [(q, None) for q in qs] for kind, qs in log.items()})
    for name, command in (("list", arshif("list")), ("show", arshif("show", str(some_id)))):
        times = []
        for _ in range(RUNS):
            seconds, peak, _ = measured(command, location)
            times.append(seconds)
        print(
            f"arshif {name} (one process): best {min(times):.2f} s, "
            f"median {statistics.median(times):.2f} s, peak memory {peak:,.0f} MB"
        )
    if is_sqlite:
        window_start(location)


def window_start(location: str) -> None:
    """Cold starts of the window (bench/window_start.py's child) to a usable window."""
    starts, peak = [], 0.0
    for _ in range(3):
        launched = time.time()
        command = [sys.executable, str(ROOT / "bench" / "window_start.py"), "--child", location]
        _seconds, peak, output = measured(command, location)
        starts.append(float(json.loads(output.splitlines()[-1])["usable_at"]) - launched)
    print(
        f"window, cold start to a usable window: {', '.join(f'{s:.2f}' for s in starts)} s "
        f"(aim ≤ 2 s at 1,000,000), peak memory {peak:,.0f} MB"
    )


if __name__ == "__main__":
    main()
