"""Facet counts on the corpus: how long `Archive.facets` takes for the window's queries.

    .venv/bin/python bench/facets.py [--archive LOCATION]

Builds an archive from the corpus (or uses ``--archive`` as it is, if it already holds
articles), then times the facets (sources, tags, authors, years, months, days) of: every
article (a blank query), common words, a rare word, a source filter and a date filter. Prints
the median and the slowest of five runs of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_corpus import drafts, load_records

from storage.archive import Archive

QUERIES = ("", "سوريا", "الحكومة", "الاقتصاد العالمي", "داعش date:2015", "source:الرياض")


def bench(location: str) -> None:
    with Archive.open(location) as archive:
        if archive.article_count() == 0:
            started = time.perf_counter()
            archive.import_drafts(drafts(load_records(), 1))
            print(f"imported in {time.perf_counter() - started:.0f} s")
        print(f"{archive.article_count():,} articles ({archive.dialect})")
        for query in QUERIES:
            times = []
            for _ in range(5):
                started = time.perf_counter()
                found = archive.facets(query)
                times.append(time.perf_counter() - started)
            print(
                f"{query or '(all)':<22} {found.total:>6,} found  "
                f"median {statistics.median(times) * 1000:6.0f} ms  max {max(times) * 1000:6.0f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", help="an archive to use (imported into when empty)")
    args = parser.parse_args()
    if args.archive:
        bench(args.archive)
        return
    with tempfile.TemporaryDirectory() as scratch:
        bench(str(Path(scratch) / "archive"))


if __name__ == "__main__":
    main()
