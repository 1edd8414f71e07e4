"""Search speed on a query log of the kind users type (issue 12), on SQLite or PostgreSQL.

    .venv/bin/python bench/search_log.py [--scale N] [--archive LOCATION] [--postgres]

Builds an archive from the corpus stored ``--scale`` times (or uses ``--archive`` as it is,
if it already holds articles), then runs, one query at a time and asking for ten hits with
snippets, a log made from the corpus: the 200 most frequent words; 100 pairs and 100 triples
of common words; 100 phrases of two words as printed; 100 queries with a ``source:`` filter
and 100 with a ``date:`` filter; 200 known-item queries of rare words. Prints p50/p95/max per
kind and overall, in the process, and the same log through ``arshif search -`` as a separate
process (with the CPU time beside the wall time in the process).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import drafts, load_records, percentile, run_as_process

from storage.archive import Archive
from storage.text import tokens

_WORD = re.compile(r"[^\s«»\"“”(),.:؛،!?؟\[\]/]+")
Log = dict[str, list[str]]


def query_log(records: list[dict[str, Any]], rng: random.Random) -> Log:
    frequency = Counter(t for r in records for t in set(tokens(r["body"])))
    common = [w for w, _ in frequency.most_common(1000) if not w.isdigit()]
    rare = sorted(w for w, n in frequency.items() if n <= 2 and len(w) > 3 and not w.isdigit())
    sources = sorted({str(r.get("source") or "") for r in records} - {""})
    phrases: list[str] = []
    while len(phrases) < 100:
        words = _WORD.findall(rng.choice(records)["body"])
        if len(words) > 2:
            start = rng.randrange(len(words) - 1)
            phrases.append('"' + " ".join(words[start : start + 2]) + '"')
    return {
        "frequent word": common[:200],
        "two common": [" ".join(rng.sample(common[:300], 2)) for _ in range(100)],
        "three common": [" ".join(rng.sample(common[:300], 3)) for _ in range(100)],
        "phrase": phrases,
        "source:": [
            f'{rng.choice(common[:300])} source:"{rng.choice(sources)}"' for _ in range(100)
        ]
        if sources
        else [],
        "date:": [
            f"{rng.choice(common[:300])} date:2015-0{rng.choice((7, 8))}-{rng.randint(1, 28):02d}"
            for _ in range(100)
        ],
        "rare words": [" ".join(rng.sample(rare, 2)) for _ in range(200)],
    }


def run(archive: Archive, log: Log) -> None:
    """Wall time per query, and beside it the process's CPU time (what a shared machine's load
    does not lengthen: SQLite runs in this process)."""
    print(
        f"{'kind':<14} {'queries':>7} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} "
        f"{'CPU p50':>8} {'CPU p95':>8}"
    )
    every: list[float] = []
    every_cpu: list[float] = []
    for kind, queries in log.items():
        latencies = []
        cpu = []
        for query in queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            archive.search(query, limit=10)
            latencies.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        every += latencies
        every_cpu += cpu
        if latencies:
            print(
                f"{kind:<14} {len(queries):>7} {statistics.median(latencies) * 1000:>7.1f} "
                f"{percentile(latencies, 0.95):>7.1f} {max(latencies) * 1000:>7.0f} "
                f"{percentile(cpu, 0.5):>8.1f} {percentile(cpu, 0.95):>8.1f}"
            )
    print(
        f"all {len(every):,} queries in the process: p50 {percentile(every, 0.5):.1f} ms, "
        f"p95 {percentile(every, 0.95):.1f} ms, max {max(every) * 1000:.0f} ms; CPU p50 "
        f"{percentile(every_cpu, 0.5):.1f} ms, p95 {percentile(every_cpu, 0.95):.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=1, help="store the corpus this many times")
    parser.add_argument("--archive", help="a folder or PostgreSQL URL (default: a new folder)")
    parser.add_argument("--postgres", action="store_true", help="on a new PostgreSQL database")
    args = parser.parse_args()
    records = load_records()
    log = query_log(records, random.Random(12))
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        location = args.archive or str(Path(scratch) / "archive")
        if args.postgres and not args.archive:
            from tests.postgres_server import running_server

            with running_server() as server:
                _bench(server.create_database(), records, log, args.scale)
            return
        _bench(location, records, log, args.scale)


def _bench(location: str, records: list[dict[str, Any]], log: Log, scale: int) -> None:
    with Archive.open(location) as archive:
        if archive.article_count() == 0:
            start = time.perf_counter()
            outcomes, _ = archive.import_drafts(drafts(records, scale))
            elapsed = time.perf_counter() - start
            print(f"built: {len(outcomes):,} articles in {elapsed:.0f} s")
        print(f"{archive.article_count():,} articles")
        run(archive, log)
    run_as_process(location, {kind: [(q, None) for q in qs] for kind, qs in log.items()})


if __name__ == "__main__":
    main()
