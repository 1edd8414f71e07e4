"""Search quality and speed on the corpus.

    .venv/bin/python bench/search_corpus.py [--scale N] [--queries N] [--archive LOCATION]

Builds an archive from ../shared/corpus/articles.jsonl.gz (``--scale 10`` stores every
article ten times, under other references: 295,810 articles), then runs a query set made
from the corpus: for sampled articles, the rarest span of three words, exactly and perturbed
in each variant class (tests/variants.py; for digits, the rarest span with a digit and a
word at most three articles have); and no-answer queries (rare words of three different
articles, which no article holds together). Prints, per class, the share of queries whose
article is in the top 10 and first, and the latency p50/p95 of a search (ten hits with
snippets).
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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.archive import Archive
from storage.ingest.exports import draft_from_record
from storage.records import ArticleDraft, ArticleId, ItemOrigin
from storage.text import tokens
from tests.conftest import CORPUS_ARTICLES
from tests.variants import VARIANTS

_WORD = re.compile(r"[^\s«»\"“”(),.:؛،!?؟\[\]/]+")


def load_records() -> list[dict[str, Any]]:
    import gzip
    import json

    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def drafts(records: list[dict[str, Any]], scale: int) -> Iterator[tuple[ItemOrigin, ArticleDraft]]:
    for copy in range(scale):
        for number, record in enumerate(records):
            if copy:
                record = {**record, "id": f"{record['id']}-copy{copy}"}
            yield ItemOrigin("corpus", number), draft_from_record(record, record["id"])


def rare_span(
    record: dict[str, Any], frequency: Counter[str], with_digit: bool = False
) -> list[str] | None:
    """The three consecutive words of the body that the fewest articles have."""
    words = _WORD.findall(record["body"])
    spans = [words[i : i + 3] for i in range(len(words) - 2)]
    spans = [s for s in spans if all(tokens(w) for w in s)]
    if with_digit:  # and a word at most three articles have, or it is no known item
        spans = [s for s in spans if any(ch.isdigit() for w in s for ch in w)]
        spans = [s for s in spans if min(frequency[t] for w in s for t in tokens(w)) <= 3]
    if not spans:
        return None
    return min(spans, key=lambda s: sum(frequency[t] for w in s for t in tokens(w)))


def build_queries(
    records: list[dict[str, Any]], ids: list[ArticleId], count: int, rng: random.Random
) -> dict[str, list[tuple[str, ArticleId | None]]]:
    frequency = Counter(t for r in records for t in set(tokens(r["body"])))
    classes: dict[str, list[tuple[str, ArticleId | None]]] = {
        "exact": [],
        **{v: [] for v in VARIANTS},
    }
    sample = rng.sample(range(len(records)), count)
    for index in sample:
        span = rare_span(records[index], frequency)
        if span is None:
            continue
        classes["exact"].append((" ".join(span), ids[index]))
        for name, variant in VARIANTS.items():
            words = span
            if name == "digits":
                words = rare_span(records[index], frequency, with_digit=True) or span
            varied = variant(words, rng)
            if varied is not None and varied != words:
                classes[name].append((" ".join(varied), ids[index]))
    rare = [t for t, n in frequency.items() if n == 1 and len(t) > 3 and not t.isdigit()]
    classes["no answer"] = [(" ".join(rng.sample(rare, 3)), None) for _ in range(count)]
    return classes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=1, help="store the corpus this many times")
    parser.add_argument("--queries", type=int, default=400, help="articles sampled per class")
    parser.add_argument("--archive", help="a folder or PostgreSQL URL (default: a new folder)")
    args = parser.parse_args()
    records = load_records()
    rng = random.Random(1436)
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        location = args.archive or str(Path(scratch) / "archive")
        with Archive.open(location) as archive:
            start = time.perf_counter()
            outcomes, _ = archive.import_drafts(drafts(records, args.scale))
            elapsed = time.perf_counter() - start
            print(
                f"built: {len(outcomes):,} articles in {elapsed:.0f} s "
                f"({len(outcomes) / elapsed:,.0f} articles/s, indexing included)"
            )
            ids = [o.article_id for o in outcomes[: len(records)]]
            assert all(ids), "every corpus article must be stored"
            classes = build_queries(records, ids, args.queries, rng)  # type: ignore[arg-type]
            latencies: list[float] = []
            print(f"{'class':<12} {'queries':>7} {'top 10':>7} {'first':>7}")
            for name, queries in classes.items():
                in_top, first = 0, 0
                for query, expected in queries:
                    start = time.perf_counter()
                    hits = archive.search(query, limit=10).hits
                    latencies.append(time.perf_counter() - start)
                    found = [h.id for h in hits]
                    if expected is None:
                        in_top += not found
                        first += not found
                    else:
                        in_top += expected in found
                        first += bool(found) and found[0] == expected
                n = max(1, len(queries))
                label = "no hits" if name == "no answer" else ""
                print(f"{name:<12} {len(queries):>7} {in_top / n:>7.3f} {first / n:>7.3f} {label}")
            if args.scale > 1:
                print(
                    f"(each article is stored {args.scale} times, so the shares above count "
                    "copies as misses: at this scale only the latency is meaningful)"
                )
            latencies.sort()
            p50 = statistics.median(latencies) * 1000
            p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
            print(f"latency over {len(latencies):,} searches: p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
