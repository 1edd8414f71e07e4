"""Maintenance commands on a large archive: tags rename/merge/delete of a tag on half the
articles, check, check --repair, list beside search. Prints each in-process and as a whole
`arshif` process (what a user waits for).

    .venv/bin/python bench/maintenance.py [--archive URL_OR_FOLDER] [--limit N]

An archive given that holds articles already is used as it is (its tags نصف and قليل are
made again), so the corpus is imported once for many runs.

Targets (issue 17): a tag on half the corpus renamed, merged or deleted under 3 s; check under
5 s; list as fast as search.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from storage.archive import Archive
from storage.ingest import read_paths

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 7
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl.gz"


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _process(location: str, *argv: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--archive", location, *argv],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", help="a folder or a PostgreSQL URL (default: a new folder)")
    parser.add_argument("--limit", type=int, help="import only this many corpus articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        location = args.archive or str(Path(scratch) / "archive")
        with Archive.open(location) as archive:
            if not archive.article_count():  # an archive given already filled is reused
                items = read_paths([CORPUS])
                archive.import_drafts(itertools.islice(items, args.limit) if args.limit else items)
            ids = [s.id for s in archive.articles()]
            half = ids[::2]
            tag_half = _timed(lambda: archive.tag_articles(half, ["نصف"]))
            archive.tag_articles(ids[:10], ["قليل"])
            print(f"{len(ids):,} articles; the tag on half of them: {len(half):,}")
            print(f"in-process  {'tag half':<12} {tag_half:6.2f} s")

            def tag_id(name: str) -> int:
                found = archive.find_tag(name)
                assert found is not None
                return found.id

            figures = {
                "tags rename": _timed(lambda: archive.rename_tag(tag_id("نصف"), "النصف")),
                "tags merge": _timed(lambda: archive.merge_tags([tag_id("النصف")], tag_id("قليل"))),
                "tags delete": _timed(lambda: archive.delete_tag(tag_id("قليل"))),
                "check": _timed(archive.check),
                "list": _timed(lambda: list(archive.article_line_pages())),  # what `list` prints
                "list rows": _timed(archive.articles),  # what `list --json` prints
                "search": _timed(lambda: archive.search("الحكومة", limit=20)),
            }
            archive.tag_articles(half, ["نصف"])  # again, for the whole processes
            archive.tag_articles(ids[:10], ["قليل"])
        for name, seconds in figures.items():
            print(f"in-process  {name:<12} {seconds:6.2f} s")
        archive_process = [
            ("tags rename", ["tags", "rename", "نصف", "النصف"]),
            ("tags merge", ["tags", "merge", "قليل", "النصف"]),
            ("tags delete", ["tags", "delete", "قليل"]),
            ("check", ["check"]),
            ("check --repair", ["check", "--repair"]),
        ]
        for name, argv in archive_process:
            print(f"process     {name:<14} {_process(location, *argv):6.2f} s")
        # list beside search: interleaved, so both meet the same load
        compared: dict[str, list[float]] = {"list": [], "search": []}
        for _ in range(REPEAT):
            compared["list"].append(_process(location, "list"))
            compared["search"].append(_process(location, "search", "الحكومة"))
        for name, runs in compared.items():
            print(
                f"process     {name:<14} {statistics.median(runs):6.2f} s"
                f" (median of {REPEAT}, best {min(runs):.2f} s)"
            )


if __name__ == "__main__":
    main()
