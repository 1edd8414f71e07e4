"""The window's cold start and search-as-you-type latency on a corpus-sized archive.

    .venv/bin/python bench/window_start.py [--archive FOLDER] [--starts N] [--queries N]

Builds an archive of the corpus (29,581 articles) unless ``--archive`` names one, then:
- cold start: starts a new Python process N times and measures from its launch to a usable
  window (shown, the list filled and the first article in the reading pane);
- search as you type: in one window, types queries (the rarest words of sampled articles, in
  the variant spellings of tests/variants.py; then 50 of the most frequent words and 25 pairs
  of common words, from bench/search_log.py's log, typed at once and then each looked at for
  0.6 s, while the window reads every id behind the first rows) and measures from the end
  of the debounce to the results painted (the list's visible rows with their snippets, the
  first article in the reading pane).
The aims (issue 14): start ≤ 2 s, results ≤ 150 ms after the debounce. Runs on the offscreen
platform.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_archive(folder: Path) -> None:
    from search_corpus import drafts, load_records

    from storage.archive import Archive

    with Archive.open(folder) as archive:
        if archive.article_count() == 0:
            archive.import_drafts(drafts(load_records(), 1))


def start_child(folder: Path) -> float:
    """One cold start in a new process: seconds from launch to a usable window."""
    launched = time.time()
    output = subprocess.run(
        [sys.executable, __file__, "--child", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(json.loads(output.splitlines()[-1])["usable_at"]) - launched


def child(folder: Path) -> None:
    gc.disable()  # as main.py does, until the modules are loaded
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    from main import modules_loaded
    from storage.archive import Archive
    from ui.window.app import create_application
    from ui.window.main_window import MainWindow

    modules_loaded()

    app = create_application([], language="ar")
    archive = Archive.open(folder)
    window = MainWindow(archive)
    window.show()
    _wait(lambda: window.pane.article_id is not None, QEventLoop, QTimer)
    print(json.dumps({"usable_at": time.time(), "rows": window.model.rowCount()}))
    window.release()  # as the app ends: the reads still running are muted, then waited for
    QThreadPool.globalInstance().waitForDone()
    window.close()
    archive.close()
    del app


def _wait(condition: object, loop_type: type, timer_type: type) -> None:
    assert callable(condition)
    loop = loop_type()
    timer = timer_type()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(1)
    loop.exec()
    timer.stop()


def typing_latency(folder: Path, count: int) -> dict[str, list[float]]:
    gc.disable()  # as main.py does, until the modules are loaded
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from search_corpus import build_queries, load_records
    from search_log import query_log

    from main import modules_loaded
    from storage.archive import Archive
    from ui.window.app import create_application
    from ui.window.main_window import MainWindow

    modules_loaded()

    app = create_application([], language="ar")
    archive = Archive.open(folder)
    records = load_records()
    ids = archive.article_ids(order="oldest")
    queries = build_queries(records, ids, count, random.Random(7))
    window = MainWindow(archive)
    window.show()
    _wait(lambda: window.pane.article_id is not None, QEventLoop, QTimer)
    debounced: list[float] = []
    shown: list[float] = []
    window.navigation.debounce.timeout.connect(lambda: debounced.append(time.perf_counter()))

    def on_listed(_count: int) -> None:
        window.article_list.viewport().repaint()  # rows painted: titles, snippets loaded
        window.pane.viewport().repaint()
        shown.append(time.perf_counter())

    window.article_list.listed.connect(on_listed)
    log = query_log(records, random.Random(7))
    common = log["frequent word"][:50] + log["two common"][:25]
    # (texts, how long the user looks at each answer before typing the next: long enough
    # for the window to start reading every id behind the first rows, REST_AFTER_MS)
    kinds = {
        "rare words": (
            [q for kind, items in queries.items() if kind != "no-answer" for q, _ in items],
            0,
        ),
        "common words": (common, 0),
        "common words, each looked at for 0.6 s": (common, 600),
    }
    latencies: dict[str, list[float]] = {}
    for kind, (texts, pause_ms) in kinds.items():
        for text in texts:
            before = len(shown)
            window.search_field.setText(text)
            _wait(lambda b=before: len(shown) > b, QEventLoop, QTimer)
            latencies.setdefault(kind, []).append(shown[-1] - debounced[-1])
            if pause_ms:
                until = time.perf_counter() + pause_ms / 1000
                _wait(lambda u=until: time.perf_counter() >= u, QEventLoop, QTimer)
    QThreadPool.globalInstance().waitForDone()  # the counts and reads still running
    window.close()
    archive.close()
    del app
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--archive", type=Path)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory(prefix="arshif-bench-") as scratch:
        folder = args.archive or Path(scratch) / "archive"
        build_archive(folder)
        starts = [start_child(folder) for _ in range(args.starts)]
        print(f"cold start to a usable window: {', '.join(f'{s:.2f}' for s in starts)} s")
        print(f"  median {statistics.median(starts):.2f} s, worst {max(starts):.2f} s (aim ≤ 2 s)")
        for kind, latencies in typing_latency(folder, args.queries).items():
            ms = sorted(1000 * x for x in latencies)
            p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
            print(f"search as you type, {len(ms)} queries of {kind}, after the debounce:")
            print(f"  p50 {statistics.median(ms):.0f} ms, p95 {p95:.0f} ms (aim ≤ 150 ms)")


if __name__ == "__main__":
    main()
