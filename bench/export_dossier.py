"""Export corpus articles as a PDF dossier, and print pages per second beside Chromium's.

    .venv/bin/python bench/export_dossier.py [--articles 150] [--rounds 5] [--no-chromium]

Imports the first ARTICLES corpus articles into a fresh archive, then measures, in one run:
- in-process: export_dossier() on the articles (the workers' start included);
- whole process: `arshif --archive A export OUT.pdf --all`, as a user waits for it;
- Chromium (the `chromium` Debian package, which `make bench` installs): print-to-PDF of
  the same articles as right-to-left HTML in Amiri, one article a page, as a whole process.
Peak memory is the largest resident set of any process of the command (workers included);
CPU is the seconds of every process of the command, which a busy machine changes least.
With --rounds N the two whole processes run one after the other N times (Arshif, Chromium,
Arshif, ...), so that a load that comes and goes falls on both, and the ratio of each round is
printed with the median and the spread of the N.
Aim: at least 1.5 times Chromium's pages per second as a whole process.
"""

from __future__ import annotations

import argparse
import html
import itertools
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import chromium_print as chromium  # bench/chromium_print.py
import pypdfium2

from export.dossier import DossierOptions, export_dossier
from export.fonts import AMIRI
from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ArticleRecord
from tests.conftest import CORPUS_ARTICLES

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=1, help="whole processes, interleaved")
    parser.add_argument("--no-chromium", action="store_true", help="skip the comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "archive"
        with Archive.open(folder) as archive:
            archive.import_drafts(itertools.islice(read_paths([CORPUS_ARTICLES]), args.articles))
            articles = [archive.article(s.id) for s in archive.articles()]
        start = time.perf_counter()
        pages = export_dossier(articles, scratch / "in.pdf", DossierOptions(title="الأرشيف"))
        _report("Arshif in-process", pages, time.perf_counter() - start, scratch / "in.pdf")
        arshif = [str(ROOT / ".venv/bin/arshif"), "--archive", str(folder), "export"]
        ours_command = [*arshif, str(scratch / "out.pdf"), "--all"]
        page = scratch / "articles.html"
        page.write_text(_html(articles), encoding="utf-8")
        out = scratch / "chromium.pdf"
        ratios = []
        for round_number in range(1, max(1, args.rounds) + 1):
            if args.rounds > 1:
                print(f"round {round_number}:")
            ours = _whole_process("Arshif whole process", ours_command, scratch / "out.pdf")
            if args.no_chromium:
                continue
            profile = scratch / f"chromium-profile-{round_number}"  # a fresh one each time
            command = chromium.print_command(page, out, profile)
            theirs = _whole_process("Chromium whole process", command, out)
            ratios.append(ours / theirs)
            print(f"Arshif / Chromium, pages per second as whole processes: {ours / theirs:.2f}")
        if len(ratios) > 1:
            print(
                f"ratio over {len(ratios)} rounds: median {statistics.median(ratios):.2f}, "
                f"from {min(ratios):.2f} to {max(ratios):.2f}"
            )


def _whole_process(label: str, command: list[str], out: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    pages = len(pypdfium2.PdfDocument(str(out)))
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    extra = f", {cpu:.2f} s of CPU"  # on a busy machine, the figure that does not swing
    if after.ru_maxrss > before.ru_maxrss:
        extra += f", peak memory {after.ru_maxrss / 1024:.0f} MB"
    return _report(label, pages, elapsed, out, extra)


def _report(label: str, pages: int, elapsed: float, out: Path, extra: str = "") -> float:
    rate = pages / elapsed
    megabytes = out.stat().st_size / 1e6
    print(
        f"{label}: {pages} pages in {elapsed:.2f} s = {rate:.0f} pages/s "
        f"({megabytes:.1f} MB{extra})"
    )
    return rate


def _html(articles: list[ArticleRecord]) -> str:
    """The articles as Chromium would print them from a web page: RTL, Amiri, justified,
    each from a new page, with its title and metadata line."""
    font = AMIRI.regular.as_uri()
    bold = AMIRI.bold.as_uri()
    parts = [
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>',
        f'@font-face {{ font-family: A; src: url("{font}"); }}',
        f'@font-face {{ font-family: A; font-weight: bold; src: url("{bold}"); }}',
        "@page { size: A4; margin: 62pt 62pt 62pt 62pt; }",
        "body { font-family: A; font-size: 12pt; line-height: 1.75; text-align: justify; }",
        "article { break-before: page; } h1 { font-size: 18pt; text-align: right; }",
        ".meta { color: #595959; font-size: 10pt; }</style></head><body>",
    ]
    for article in articles:
        meta = " · ".join(m for m in (article.source, article.author) if m)
        paragraphs = "".join(
            f"<p>{html.escape(p)}</p>" for p in article.body.split("\n\n") if p.strip()
        )
        parts.append(
            f"<article><h1>{html.escape(article.title)}</h1>"
            f'<p class="meta">{html.escape(meta)}</p>{paragraphs}</article>'
        )
    parts.append("</body></html>")
    return "".join(parts)


if __name__ == "__main__":
    main()
