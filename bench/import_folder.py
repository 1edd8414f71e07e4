"""Import a folder of text files and print files per second.

    .venv/bin/python bench/import_folder.py [--limit N]

Writes every corpus article as a UTF-8 text file (title, a blank line, the body) into a
temporary folder of 100 subfolders, then imports the folder into a fresh archive the way
`arshif import FOLDER` does: walk, read, detect the encoding, find the structure, store and
index; then `arshif import FOLDER` as its own process into another new archive, twice (the
second time every file is a duplicate). Aims (issue 12): 1,500 files/s as a whole process,
and a second import at least twice as fast as the first.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from import_corpus import whole_processes  # beside this script, on the path as it runs

from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ImportStatus
from tests.conftest import CORPUS_ARTICLES


def write_files(folder: Path, limit: int | None) -> int:
    count = 0
    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream):
            if limit is not None and number >= limit:
                break
            record = json.loads(line)
            sub = folder / f"{number % 100:02d}"
            sub.mkdir(exist_ok=True)
            text = f"{record['title']}\n\n{record['body']}\n"
            (sub / f"{record['id']}.txt").write_text(text, encoding="utf-8")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, help="write only this many articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        count = write_files(folder, args.limit)
        with Archive.open(Path(scratch) / "archive") as archive:
            start = time.perf_counter()
            outcomes, _ = archive.import_drafts(read_paths([folder]))
            elapsed = time.perf_counter() - start
        imported, duplicates, failed = (
            sum(o.status is status for o in outcomes) for status in ImportStatus
        )
        print(
            f"folder of {count:,} text files imported in {elapsed:.1f} s = "
            f"{count / elapsed:,.0f} files/s ({imported:,} imported, "
            f"{duplicates:,} duplicates, {failed:,} failed)"
        )
        whole_processes(str(Path(scratch) / "whole"), count, folder, "files")


if __name__ == "__main__":
    main()
