"""Search quality and speed on the corpus, on SQLite and PostgreSQL.

    .venv/bin/python bench/search_corpus.py [--scale N] [--queries N] [--backend B]

(B: sqlite, postgresql or both, the default)

Builds an archive from ../shared/corpus/articles.jsonl.gz (``--scale 10`` stores every
article ten times, under other references: 295,810 articles), then runs a query set made
from the corpus: for sampled articles, the rarest span of three words, exactly and perturbed
in each variant class (tests/variants.py; for digits, the rarest span with a digit and a
word at most three articles have); and no-answer queries (rare words of three different
articles that no article holds together, even allowing each word its clitics and its
inflections by the rules of tests/search_rules.py). Prints, per class and back end:

- top 10: the share of queries whose article is in the top 10 (no answer: that found nothing);
- first: the share whose article is first;
- precision: the share of the top-10 hits that hold every query term by the rules;
- p50/p95: the latency of a search in the process (ten hits with snippets);

then the same queries through ``arshif search -`` as a separate process (one query a line,
one JSON line back), timed per query as the process answers, and the process's start.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.archive import Archive
from storage.ingest.exports import draft_from_record
from storage.records import ArticleDraft, ArticleId, ItemOrigin
from storage.search.query import parse
from storage.text import tokens
from tests.conftest import CORPUS_ARTICLES
from tests.search_rules import article_words, light_stem, query_holds, word_matches
from tests.variants import VARIANTS

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[^\s«»\"“”(),.:؛،!?؟\[\]/]+")
Queries = dict[str, list[tuple[str, ArticleId | None]]]


def load_records() -> list[dict[str, Any]]:
    import gzip

    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def drafts(records: list[dict[str, Any]], scale: int) -> Iterator[tuple[ItemOrigin, ArticleDraft]]:
    for copy in range(scale):
        for number, record in enumerate(records):
            if copy:  # another accession number and address: another printing, stored
                record = {**record, "id": f"{record['id']}-copy{copy}"}
                if record.get("url"):
                    record["url"] = f"{record['url']}#copy{copy}"
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


class Vocabulary:
    """Which articles hold a form of a word by the rules, found through the light stems."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.articles: defaultdict[str, set[int]] = defaultdict(set)
        self.by_stem: defaultdict[str, set[str]] = defaultdict(set)
        for number, record in enumerate(records):
            for word in set(tokens(_text(record))):
                self.articles[word].add(number)
        for word in self.articles:
            self.by_stem[light_stem(word)].add(word)

    def holding(self, query_word: str) -> set[int]:
        stem = light_stem(query_word)
        candidates = set(self.by_stem.get(stem, ()))
        for clitic in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
            candidates |= self.by_stem.get(clitic + stem, set())
            candidates |= self.by_stem.get(light_stem(clitic + query_word), set())
            if query_word.startswith(clitic):
                candidates.add(query_word[len(clitic) :])
        found: set[int] = set()
        for word in candidates:
            if word in self.articles and word_matches(query_word, word):
                found |= self.articles[word]
        return found


def _text(record: dict[str, Any]) -> str:
    return " \n ".join(str(record.get(k) or "") for k in ("title", "body", "source", "author"))


def build_queries(
    records: list[dict[str, Any]], ids: list[ArticleId], count: int, rng: random.Random
) -> Queries:
    frequency = Counter(t for r in records for t in set(tokens(r["body"])))
    classes: Queries = {"exact": [], **{v: [] for v in VARIANTS}}
    for index in rng.sample(range(len(records)), count):
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
    classes["no answer"] = no_answer_queries(records, frequency, count, rng)
    return classes


def no_answer_queries(
    records: list[dict[str, Any]], frequency: Counter[str], count: int, rng: random.Random
) -> list[tuple[str, ArticleId | None]]:
    vocabulary = Vocabulary(records)
    rare = sorted(t for t, n in frequency.items() if n == 1 and len(t) > 3 and not t.isdigit())
    queries: list[tuple[str, ArticleId | None]] = []
    while len(queries) < count:
        words = rng.sample(rare, 3)
        holding = [vocabulary.holding(w) for w in words]
        if not set.intersection(*holding):
            queries.append((" ".join(words), None))
    return queries


def holds_every_term(query: str, record: dict[str, Any]) -> bool:
    words, spelling = article_words(
        *(str(record.get(k) or "") for k in ("title", "body", "source", "author"))
    )
    return query_holds(parse(query), words, spelling)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))] * 1000 if ordered else 0.0


def run_in_process(archive: Archive, classes: Queries, by_id: dict[int, dict[str, Any]]) -> None:
    print(
        f"{'class':<12} {'queries':>7} {'top 10':>7} {'first':>7} {'precision':>9} "
        f"{'p50 ms':>7} {'p95 ms':>7}"
    )
    every: list[float] = []
    for name, queries in classes.items():
        in_top = first = held = shown = 0
        latencies: list[float] = []
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
            for hit in found:
                if hit in by_id:
                    shown += 1
                    held += holds_every_term(query, by_id[hit])
        every += latencies
        n = max(1, len(queries))
        precision = f"{held / shown:9.3f}" if shown else f"{'-':>9}"
        print(
            f"{name:<12} {len(queries):>7} {in_top / n:>7.3f} {first / n:>7.3f} {precision} "
            f"{statistics.median(latencies) * 1000:>7.1f} {percentile(latencies, 0.95):>7.1f}"
        )
    print(
        f"all {len(every):,} searches in the process: p50 {percentile(every, 0.5):.1f} ms, "
        f"p95 {percentile(every, 0.95):.1f} ms, max {max(every) * 1000:.0f} ms"
    )


# Runs a command and reports its seconds and peak memory on stderr's last line. It is a new,
# small process: a child forked from this one (which holds the corpus) would count the pages
# it had before its exec in its peak.
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:]).returncode\n"
    "seconds = time.perf_counter() - start\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(seconds, peak, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
MEASURED = [sys.executable, "-c", _MEASURE]  # put before a command line


def run_as_process(location: str, classes: Queries) -> None:
    """The same queries through ``arshif search -``, one at a time, as a user's script would."""
    queries = [query for group in classes.values() for query, _ in group]
    environment = {**os.environ, "ARSHIF_ARCHIVE": location, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    process = subprocess.Popen(
        [*MEASURED, sys.executable, str(ROOT / "main.py"), "search", "-", "--limit", "10"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=environment,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    latencies: list[float] = []
    for number, query in enumerate(queries):
        asked = time.perf_counter()
        process.stdin.write(query.replace("\n", " ") + "\n")
        process.stdin.flush()
        answer = json.loads(process.stdout.readline())
        latencies.append(time.perf_counter() - asked)
        if number == 0:
            first_answer = time.perf_counter() - start
        assert answer["query"] is not None
    process.stdin.close()
    assert process.stderr is not None
    errors = process.stderr.read()
    process.wait()
    peak = int(errors.splitlines()[-1].split()[1]) / 1024
    print(
        f"arshif search - (a separate process): start to the first answer "
        f"{first_answer * 1000:.0f} ms; then per query "
        f"p50 {percentile(latencies[1:], 0.5):.1f} ms, "
        f"p95 {percentile(latencies[1:], 0.95):.1f} ms over {len(latencies) - 1:,} queries; "
        f"peak memory {peak:,.0f} MB"
    )


def bench(location: str, records: list[dict[str, Any]], args: argparse.Namespace) -> None:
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
        classes = build_queries(records, ids, args.queries, random.Random(1436))  # type: ignore[arg-type]
        by_id = {int(i): r for i, r in zip(ids, records, strict=True) if i is not None}
        run_in_process(archive, classes, by_id)
        if args.scale > 1:
            print(
                f"(each article is stored {args.scale} times, so the shares above count "
                "copies as misses: at this scale only the latency is meaningful)"
            )
    run_as_process(location, classes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=1, help="store the corpus this many times")
    parser.add_argument("--queries", type=int, default=400, help="articles sampled per class")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--archive", help="a folder or PostgreSQL URL (default: a new one)")
    args = parser.parse_args()
    records = load_records()
    if args.archive:
        print(f"== {args.archive}")
        bench(args.archive, records, args)
        return
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
            print("== SQLite")
            bench(str(Path(scratch) / "archive"), records, args)
    if args.backend in ("postgresql", "both"):
        from tests.postgres_server import running_server

        with running_server() as server:
            print("== PostgreSQL")
            bench(server.create_database(), records, args)


if __name__ == "__main__":
    main()
