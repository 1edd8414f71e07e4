"""What the user waits for comes first: a new listing's rows are painted before the reads that
follow it (every id behind the best rows, the facet counts) start, for those reads are Python
work that competes with the painting for one interpreter lock; and the reading pane lays out
a search's article once, not the old article again with the new words marked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft, ItemOrigin
from ui.window.app import create_application
from ui.window.main_window import MainWindow
from ui.window.models.article_table import page_size
from ui.window.settings import Settings

WORD = "ميناء"


def _window(qtbot: QtBot, archive: Archive, tmp_path: Path) -> MainWindow:
    create_application([], language="ar")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def filled(archive: Archive) -> Archive:
    """More matches of WORD than a page, and one article without it (listed first when the
    list has no words: the newest)."""
    drafts = [
        ArticleDraft(title=f"تقرير {n}", body=" ".join(["الميناء"] * (1 + n % 5) + ["نص"] * n))
        for n in range(page_size(WORD) + 8)
    ]
    archive.import_drafts((ItemOrigin("test", n), d) for n, d in enumerate(drafts))
    archive.add_article(ArticleDraft(title="خبر آخر", body="لا شيء هنا عن البحر"))
    return archive


@pytest.fixture
def shown(qtbot: QtBot, filled: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    window = _window(qtbot, filled, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == filled.article_count())
    qtbot.waitUntil(lambda: window.pane.article_id == window.model.article_id(0))
    yield window
    window.release()


class _Paints(QObject):
    """Appends "paint" to ``events`` at each paint of the watched widget."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def _record(
    monkeypatch: pytest.MonkeyPatch, archive: Archive, name: str, events: list[str]
) -> None:
    method = getattr(archive, name)

    def recorded(*args: object, **kwargs: object) -> object:
        events.append(name)  # on a worker thread: list.append is atomic
        return method(*args, **kwargs)

    monkeypatch.setattr(archive, name, recorded)


def test_the_reads_after_a_listing_wait_for_its_rows_to_be_painted(
    qtbot: QtBot, shown: MainWindow, filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    paints = _Paints(events)
    shown.article_list.viewport().installEventFilter(paints)
    for name in ("facets", "article_ids"):
        _record(monkeypatch, filled, name, events)
    shown.article_list.listed.connect(lambda _count: events.append("listed"))
    full = filled.article_ids(WORD, "relevance")
    with qtbot.waitSignal(shown.article_list.painted):
        shown.search_field.setText(WORD)
    qtbot.waitUntil(lambda: shown.model.rowCount() == len(full))
    qtbot.waitUntil(lambda: "facets" in events)
    after = events[events.index("listed") + 1 :]
    reads = [e for e in after if e != "paint"]
    assert sorted(reads) == ["article_ids", "facets"]  # each once: every id, and the counts
    assert after[0] == "paint"  # the rows first
    assert shown.model.ids() == full


def test_a_listing_not_on_the_screen_reads_the_rest_at_once(
    qtbot: QtBot, filled: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, filled, tmp_path)  # never shown: nothing will be painted
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == filled.article_count())
        full = filled.article_ids(WORD, "relevance")
        with qtbot.waitSignal(window.article_list.painted):
            window.search_field.setText(WORD)
        qtbot.waitUntil(lambda: window.model.ids() == full)
    finally:
        window.release()


def test_the_pane_lays_out_a_new_searchs_article_once_with_its_words_marked(
    qtbot: QtBot, shown: MainWindow, filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = shown.pane.article_id
    laid_out: list[str] = []
    set_html = shown.pane.setHtml

    def recorded(text: str) -> None:
        laid_out.append(text)
        set_html(text)

    monkeypatch.setattr(shown.pane, "setHtml", recorded)
    best = filled.article_ids(WORD, "relevance")[0]
    assert best != before  # the newest article, shown first, does not hold the word
    with qtbot.waitSignal(shown.shown.shown):
        shown.search_field.setText(WORD)
    qtbot.waitUntil(lambda: shown.pane.article_id == best)
    assert len(laid_out) == 1  # the best article, with its similar ones, in one layout
    assert "class='hit'" in laid_out[0]  # and the word it matched marked
    assert filled.article(best).title in laid_out[0]


def test_a_count_that_stopped_says_more_until_every_id_is_read(
    qtbot: QtBot, shown: MainWindow, filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first rows come with a count that stops at `top_k.COUNTED` ("more than"); the exact
    count replaces it once every id behind them is read. (FTS5's counts stop: the search is
    one Tantivy does not rank here, as a prefix or a word that is a tag's name is not.)"""
    from storage.search import tantivy_search, top_k

    monkeypatch.setattr(tantivy_search, "is_served", lambda _query: False)

    full = filled.article_ids(WORD, "relevance")
    monkeypatch.setattr(top_k, "COUNTED", 5)
    counts: list[tuple[int, bool]] = []
    shown.article_list.counted.connect(lambda count, more: counts.append((count, more)))
    shown.search_field.setText(WORD)
    qtbot.waitUntil(lambda: shown.model.ids() == full)
    qtbot.waitUntil(lambda: len(counts) == 2)
    assert counts == [(5, True), (len(full), False)]
    assert shown.summary_label.text() == f"عُثر على {len(full)} مقالًا"


def test_the_rest_waits_until_the_list_wants_it_and_a_new_query_drops_it(
    qtbot: QtBot, shown: MainWindow, filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the user is at the query, the ids behind the best rows are not read: a new
    listing would drop them. Scrolling to the last row held reads them at once."""
    from ui.window.panes import article_list

    monkeypatch.setattr(article_list, "REST_AFTER_MS", 3_600_000)  # never, in this test
    full = filled.article_ids(WORD, "relevance")
    events: list[str] = []
    _record(monkeypatch, filled, "article_ids", events)
    shown.resize(1024, 700)
    listing = shown.article_list
    listing._rest.setInterval(article_list.REST_AFTER_MS)
    with qtbot.waitSignal(listing.painted):
        shown.search_field.setText("الميناء")  # the same word, another form: rows first
    qtbot.waitUntil(lambda: listing._rest.isActive())
    shown.search_field.setText("الميناء ")  # still typing: held back again
    assert listing._rest.isActive()
    with qtbot.waitSignal(listing.painted):
        shown.search_field.setText(WORD)
    assert events == []  # neither listing read its rest
    assert shown.model.rowCount() == page_size(WORD) < len(full)
    listing.scrollToBottom()  # the last row held: the rest is wanted now
    qtbot.waitUntil(lambda: shown.model.rowCount() == len(full))
    assert events == ["article_ids"]
    assert shown.model.ids() == full
