"""PDFs and scans of corpus articles read back: how close the text comes to the source.

    .venv/bin/python bench/ocr.py [--articles 6]

Makes its own test documents from corpus articles, never with Arshif's export: each article
as a right-to-left HTML page (Noto Sans Arabic, justified) printed to PDF by headless
Chromium (born-digital); the same pages rendered at 300 dpi (clean scans) and spoiled
(turned 1–2°, speckled, blurred, saved as JPEG of quality 40: degraded scans); and two-column
pages (CSS columns), as PDF and as a 300-dpi scan. Each kind is imported as Arshif imports
it, and the text (title and body) compared with the corpus text: similarity (difflib's
ratio), character error rate (edit distance / source length, spaces collapsed), word recall
(source words found, normalised), and pages per minute (OCR on every core). Targets:
born-digital similarity ≥ 0.98; clean CER ≤ 3%; degraded CER ≤ 8%; two-column reading order
kept (each paragraph's opening words in the source's order).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import html
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import chromium_print as chromium  # bench/chromium_print.py
import pypdfium2
from PIL import Image, ImageFilter

from export.fonts import NOTO_SANS_ARABIC
from storage.ingest.sources import read_paths
from storage.records import ArticleDraft
from storage.text import tokens
from tests.conftest import CORPUS_ARTICLES


def articles(count: int) -> list[dict[str, str]]:
    """Corpus articles that fill about one page, taken evenly through the corpus."""
    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        records = [json.loads(line) for line in stream]
    fitting = [r for r in records if 700 <= len(r["body"]) <= 1_600 and "\n\n" in r["body"]]
    step = max(1, len(fitting) // count)
    return fitting[::step][:count]


def page_html(record: dict[str, str], columns: int) -> str:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["body"].split("\n\n"))
    font = NOTO_SANS_ARABIC.regular.as_uri()
    style = (
        f"@font-face {{ font-family: 'Bench'; src: url('{font}'); }}"
        "@page { size: A4; margin: 2cm; }"
        "body { font-family: 'Bench'; font-size: 13pt; line-height: 1.6; text-align: justify; }"
        "h1 { font-size: 20pt; } p { margin: 0 0 0.6em 0; }"
        f".text {{ columns: {columns}; column-gap: 1.2cm; }}"
    )
    return (
        f"<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<style>{style}</style></head><body><h1>{html.escape(record['title'])}</h1>"
        f"<div class='text'>{paragraphs}</div></body></html>"
    )


def print_pdf(source: Path, target: Path, profile: Path) -> None:
    subprocess.run(chromium.print_command(source, target, profile), check=True, capture_output=True)


def scans(pdf: Path, folder: Path, rng: random.Random) -> tuple[Path, Path]:
    """The PDF's pages at 300 dpi (a multi-page TIFF), and spoiled copies of them (a TIFF of
    JPEG-compressed pages, quality 40)."""
    clean, poor = [], []
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            image = page.render(scale=300 / 72).to_pil().convert("L")
            clean.append(image)
            angle = rng.choice((-1, 1)) * rng.uniform(1, 2)
            turned = image.rotate(angle, Image.Resampling.BICUBIC, True, fillcolor=255)
            pixels = turned.load()
            assert pixels is not None
            for _ in range(turned.width * turned.height // 200):
                x, y = rng.randrange(turned.width), rng.randrange(turned.height)
                pixels[x, y] = 0 if rng.random() < 0.5 else 255
            poor.append(turned.filter(ImageFilter.GaussianBlur(0.7)))
    finally:
        document.close()
    paths = folder / f"{pdf.stem}.tif", folder / f"{pdf.stem}-poor.tif"
    clean[0].save(paths[0], save_all=True, append_images=clean[1:], dpi=(300, 300),
                  compression="tiff_lzw")  # fmt: skip
    poor[0].save(paths[1], save_all=True, append_images=poor[1:], dpi=(300, 300),
                 compression="jpeg", quality=40)  # fmt: skip
    return paths


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance by Myers' bit-parallel algorithm (Hyyrö's formulation)."""
    if not a or not b:
        return len(a) + len(b)
    mask, high = (1 << len(a)) - 1, 1 << (len(a) - 1)
    equal: dict[str, int] = {}
    for i, ch in enumerate(a):
        equal[ch] = equal.get(ch, 0) | (1 << i)
    plus, minus, score = mask, 0, len(a)
    for ch in b:
        eq = equal.get(ch, 0)
        xv = eq | minus
        xh = ((((eq & plus) + plus) & mask) ^ plus) | eq
        hp = minus | (~(xh | plus) & mask)
        hm = plus & xh
        if hp & high:
            score += 1
        elif hm & high:
            score -= 1
        hp = ((hp << 1) | 1) & mask
        hm = (hm << 1) & mask
        plus = hm | (~(xv | hp) & mask)
        minus = hp & xv
    return score


def figures(found: str, expected: str) -> tuple[float, float, float]:
    a, b = " ".join(found.split()), " ".join(expected.split())
    similarity = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    cer = edit_distance(a, b) / max(1, len(b))
    wanted, got = Counter(tokens(b)), Counter(tokens(a))
    recall = sum(min(n, got[w]) for w, n in wanted.items()) / max(1, sum(wanted.values()))
    return similarity, cer, recall


def in_order(found: str, record: dict[str, str]) -> bool:
    """Each paragraph's first four words appear in the found text, in the source's order."""
    text = " ".join(tokens(found))
    places = [text.find(" ".join(tokens(p)[:4])) for p in record["body"].split("\n\n")]
    return all(p >= 0 for p in places) and places == sorted(places)


def read(paths: list[Path]) -> tuple[list[ArticleDraft], float, int]:
    start = time.perf_counter()
    drafts = []
    for _origin, item in read_paths(paths):
        if not isinstance(item, ArticleDraft):
            raise SystemExit(f"bench: {item}")
        drafts.append(item)
    return drafts, time.perf_counter() - start, sum(d.pages for d in drafts)


def report(kind: str, drafts: list[ArticleDraft], sources: list[dict[str, str]],
           seconds: float, pages: int) -> None:  # fmt: skip
    rows = [
        figures(f"{d.title} {d.lead} {d.body}", f"{s['title']} {s['body']}")
        for d, s in zip(drafts, sources, strict=True)
    ]
    ordered = sum(
        in_order(f"{d.title} {d.lead} {d.body}", s) for d, s in zip(drafts, sources, strict=True)
    )
    mean = [sum(r[i] for r in rows) / len(rows) for i in range(3)]
    worst_cer = max(r[1] for r in rows)
    print(
        f"{kind:<22} {pages:>3} pages  similarity {mean[0]:.3f}  CER {mean[1]:6.2%} "
        f"(worst {worst_cer:6.2%})  word recall {mean[2]:.3f}  order kept {ordered}/{len(rows)}  "
        f"{pages / seconds * 60:6.1f} pages/min"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=6)
    args = parser.parse_args()
    sources = articles(args.articles)
    rng = random.Random(2015)
    with tempfile.TemporaryDirectory(prefix="arshif-bench-ocr-") as scratch:
        folder = Path(scratch)
        kinds: dict[str, list[Path]] = {k: [] for k in ("one", "two")}
        for number, record in enumerate(sources):
            for kind, columns in (("one", 1), ("two", 2)):
                page = folder / f"{kind}-{number}.html"
                page.write_text(page_html(record, columns), encoding="utf-8")
                print_pdf(page, folder / f"{kind}-{number}.pdf", folder / "profile")
                kinds[kind].append(folder / f"{kind}-{number}.pdf")
        clean, poor, two_scans = [], [], []
        for pdf in kinds["one"]:
            c, p = scans(pdf, folder, rng)
            clean.append(c)
            poor.append(p)
        for pdf in kinds["two"]:
            two_scans.append(scans(pdf, folder, rng)[0])
        print(
            f"{len(sources)} corpus articles; Chromium {_version()}; "
            "measured under this machine's load"
        )
        for kind, paths in (
            ("born-digital PDF", kinds["one"]),
            ("two-column PDF", kinds["two"]),
            ("clean 300-dpi scan", clean),
            ("degraded scan", poor),
            ("two-column scan", two_scans),
        ):
            drafts, seconds, pages = read(paths)
            if len(drafts) != len(sources):
                raise SystemExit(f"bench: {kind}: {len(drafts)} articles for {len(sources)}")
            report(kind, drafts, sources, seconds, pages)
        whole = time.perf_counter()
        subprocess.run(
            [sys.executable, str(Path(__file__).resolve().parents[1] / "main.py"), "--archive",
             str(folder / "archive"), "import", *map(str, clean)],
            check=True, capture_output=True,
        )  # fmt: skip
        elapsed = time.perf_counter() - whole
        pages = sum(getattr(Image.open(path), "n_frames", 1) for path in clean)
        print(f"`arshif import` of the {len(clean)} clean scans ({pages} pages), whole process: "
              f"{pages / elapsed * 60:.1f} pages/min")  # fmt: skip


def _version() -> str:
    done = subprocess.run([chromium.executable(), "--version"], capture_output=True, text=True)
    return done.stdout.strip().split()[-1] if done.stdout.strip() else "?"


if __name__ == "__main__":
    main()
