"""Export a dossier of about 200 pages from corpus articles and print pages per second.

    .venv/bin/python bench/export_dossier.py [--pages 200]

Imports corpus articles into a fresh archive, takes articles in corpus order until the dossier
would pass the page count, exports it (both passes: the first finds the pages of the contents)
and prints pages per second. Aim: 60 pages/s in one process.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from export.dossier import DossierOptions, export_dossier
from storage.archive import Archive
from storage.ingest import read_paths
from tests.conftest import CORPUS_ARTICLES

CHARACTERS_PER_PAGE = 2_600  # about what an A4 page of 12 pt Amiri holds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        with Archive.open(Path(scratch) / "archive") as archive:
            archive.import_drafts(itertools.islice(read_paths([CORPUS_ARTICLES]), 2000))
            articles, size = [], 0
            for summary in archive.articles():
                article = archive.article(summary.id)
                articles.append(article)
                size += len(article.body) + CHARACTERS_PER_PAGE // 2  # each starts a page
                if size > args.pages * CHARACTERS_PER_PAGE:
                    break
            start = time.perf_counter()
            pages = export_dossier(
                articles, Path(scratch) / "dossier.pdf", DossierOptions(title="ملف الاختبار")
            )
            elapsed = time.perf_counter() - start
            megabytes = (Path(scratch) / "dossier.pdf").stat().st_size / 1e6
        print(
            f"{len(articles)} articles, {pages} pages in {elapsed:.1f} s = "
            f"{pages / elapsed:.1f} pages/s ({megabytes:.1f} MB)"
        )


if __name__ == "__main__":
    main()
