"""Dates read from the text: precision and coverage on the corpus, and what it costs.

    .venv/bin/python bench/dates.py [--limit N]

Every corpus article is written as a plain text file (title, a blank line, the body), without
its date, and the folder is imported by `arshif import --json` in a new process, as a user
would. The dates Arshif read from the articles' text are compared with the corpus dates,
allowing one day either way (the corpus date is the URL's issue date or the crawl date, and a
dateline may carry the day before). Aim: precision at least 0.98 where a date is read; the
coverage is what the text states (most papers print no dateline date in the article text).
Also: the date reader alone, in process, per article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.ingest.dates import find_date
from storage.ingest.plaintext import paragraphs_of
from tests.conftest import CORPUS_ARTICLES

ROOT = Path(__file__).resolve().parents[1]
ONE_DAY = dt.timedelta(days=1)


def corpus(limit: int | None) -> list[dict[str, str]]:
    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        records = [json.loads(line) for line in stream]
    return records[:limit] if limit is not None else records


def write_files(folder: Path, records: list[dict[str, str]]) -> None:
    for number, record in enumerate(records):
        sub = folder / f"{number % 100:02d}"
        sub.mkdir(exist_ok=True)
        text = f"{record['title']}\n\n{record['body']}\n"  # no date: only the text
        (sub / f"{record['id']}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    records = corpus(args.limit)
    by_id = {r["id"]: r for r in records}
    with tempfile.TemporaryDirectory(prefix="arshif-bench-dates-") as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        write_files(folder, records)
        command = [sys.executable, str(ROOT / "main.py"), "--archive", f"{scratch}/archive"]
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "import", "--json", str(folder)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        elapsed = time.perf_counter() - start
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    if done.returncode not in (0, 1) or not lines:
        sys.exit(f"arshif import failed ({done.returncode}): {done.stderr[-2000:]}")
    read = right = 0
    read_by_source: Counter[str] = Counter()
    wrong: list[str] = []
    for line in lines:
        if line.get("date") is None:
            continue
        record = by_id[Path(line["path"]).stem]
        read += 1
        read_by_source[record["source"]] += 1
        stated = dt.date.fromisoformat(line["date"])
        if abs(stated - dt.date.fromisoformat(record["date"])) <= ONE_DAY:
            right += 1
        else:
            wrong.append(
                f"  {record['id']}: corpus {record['date']}, read {stated} «{line['date_found']}»"
            )
    imported = sum(line["status"] == "imported" for line in lines)
    print(
        f"{len(records):,} articles as text files, imported by `arshif import` "
        f"in {elapsed:.1f} s (whole process) = {len(records) / elapsed:,.0f} files/s "
        f"({imported:,} imported; the others are the corpus's duplicate texts)"
    )
    precision = right / read if read else float("nan")
    coverage = read / imported
    print(f"dates read from the text: {read:,} of {imported:,} imported (coverage {coverage:.3f})")
    print(f"precision (within a day of the corpus date): {right:,}/{read:,} = {precision:.3f}")
    print("read by paper: " + ", ".join(f"{s} {n:,}" for s, n in read_by_source.most_common()))
    for line in wrong[:20]:
        print(line)
    reader_alone(records)


def reader_alone(records: list[dict[str, str]]) -> None:
    paragraphs = [paragraphs_of(f"{r['title']}\n\n{r['body']}") for r in records]
    start = time.perf_counter()
    found = sum(find_date(p) is not None for p in paragraphs)
    elapsed = time.perf_counter() - start
    print(
        f"the date reader alone (in process): {elapsed * 1e6 / len(records):.0f} µs per article "
        f"({found:,} dates)"
    )


if __name__ == "__main__":
    main()
