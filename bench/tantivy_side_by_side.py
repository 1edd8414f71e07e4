"""The archive's two rankers side by side on the same archive and the same query log: Tantivy
(block-max top-k, storage.search.tantivy_index), which ranks the searches it serves, and
FTS5 (storage.search.top_k and the full ranking), which ranks the rest and ranked them all
before (issue 12: "measure an existing engine with block-max top-k retrieval side by side").

    .venv/bin/python bench/tantivy_side_by_side.py --archive FOLDER

Each query of bench/search_log.py's log is asked for ten hits with snippets, one at a time
in this process, once as the archive answers it and once with Tantivy set aside (as if it
served no query: what an archive whose Tantivy index is behind does). It prints p50/p95 by
kind of query, how many queries Tantivy served, and how far the two first tens agree: the
same tiers always (the bench checks it), the same articles in part (the word scores differ:
Tantivy's bm25 is not FTS5's).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import load_records, percentile
from search_log import query_log

from storage.archive import Archive
from storage.records import SearchResults
from storage.search import tantivy_search
from storage.search.query import parse


def _by_fts5(archive: Archive, text: str) -> SearchResults:
    served = tantivy_search.is_served
    tantivy_search.is_served = lambda _query: False  # type: ignore[assignment]
    try:
        return archive.search(text, limit=10)
    finally:
        tantivy_search.is_served = served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", required=True, help="an archive (SQLite folder)")
    args = parser.parse_args()
    log = query_log(load_records(), random.Random(12))
    timings: dict[str, dict[str, list[float]]] = {}
    served = same_first = 0
    overlap = 0.0
    with Archive.open(args.archive) as archive:
        print(f"{archive.article_count():,} articles")
        for kind, queries in log.items():
            found = timings.setdefault(kind, {"archive": [], "fts5": []})
            for text in queries:
                start = time.perf_counter()
                ranked = archive.search(text, limit=10)
                found["archive"].append(time.perf_counter() - start)
                start = time.perf_counter()
                fts5 = _by_fts5(archive, text)
                found["fts5"].append(time.perf_counter() - start)
                tiers = [int(h.score // 1000) for h in ranked.hits]
                assert tiers == [int(h.score // 1000) for h in fts5.hits], text
                assert ranked.total == fts5.total or fts5.more, text
                served += tantivy_search.is_served(parse(text))
                shared = {h.id for h in ranked.hits} & {h.id for h in fts5.hits}
                overlap += len(shared) / max(1, len(fts5.hits))
                same_first += [h.id for h in ranked.hits[:1]] == [h.id for h in fts5.hits[:1]]
    print(f"{'kind':<14} {'archive p50/p95 ms':>19} {'FTS5 alone':>12}")
    every: dict[str, list[float]] = {}
    for kind, found in timings.items():
        cells = []
        for label, seconds in found.items():
            every.setdefault(label, []).extend(seconds)
            cells.append(
                f"{statistics.median(seconds) * 1000:.0f} / {percentile(seconds, 0.95):.0f}"
            )
        print(f"{kind:<14} {cells[0]:>19} {cells[1]:>12}")
    for label, seconds in every.items():
        print(
            f"all {len(seconds)} queries, {label}: p50 {percentile(seconds, 0.5):.1f} ms, "
            f"p95 {percentile(seconds, 0.95):.1f} ms, max {max(seconds) * 1000:.0f} ms"
        )
    total = sum(len(q) for q in log.values())
    print(
        f"Tantivy ranked {served} of {total} queries; the first tens share "
        f"{overlap / total:.0%} of their articles, the first hit {same_first / total:.0%}"
    )


if __name__ == "__main__":
    main()
