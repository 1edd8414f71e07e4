"""Screenshots of the facets pane, the timeline and the chips, at 1920×1080, 1366×768 and
1024×700, in both languages: written to tests/screenshots/ for a person to look at."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft, ItemOrigin
from storage.search.filter_terms import FilterTerm
from tests.own_texts import articles
from ui.window.app import create_application
from ui.window.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SOURCES = ("العرب", "الحياة", "الشرق الأوسط", "الرياض", "Al-Jazirah", "عكاظ")
AUTHORS = ("سامر الأحمد", "ليلى حسن", "", "محمد العلي")
TAGS = ("ثقافة", "سياسة", "اقتصاد", "مجتمع", "رياضة")


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    rng = random.Random(1436)
    with Archive.open(tmp_path / "archive") as opened:
        drafts = []
        for number, article in enumerate(articles(120)):
            day = dt.date(2014, 6, 1) + dt.timedelta(days=int(rng.triangular(0, 900, 420)))
            draft = ArticleDraft(
                article.title,
                article.body,
                source=rng.choice(SOURCES),
                author=rng.choice(AUTHORS),
                date=day,
                place=article.place,
                tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
            )
            drafts.append((ItemOrigin("own", number), draft))
        opened.import_drafts(drafts)
        yield opened
        QThreadPool.globalInstance().waitForDone()


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1024, 700)])
def test_screenshots_of_facets_and_timeline(
    qtbot: QtBot, archive: Archive, language: str, size: tuple[int, int]
) -> None:
    create_application([], language=language)
    window = MainWindow(archive)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    total = archive.article_count()
    qtbot.waitUntil(lambda: window.facets_pane.facets.total == total and bool(window.timeline.bars))
    window.search_bar.add_term(FilterTerm("tag", "ثقافة"))
    window.search_bar.add_term(FilterTerm("source", "العرب", is_exact=True))
    expected = len(archive.article_ids('tag:"ثقافة" =source:"العرب"'))
    qtbot.waitUntil(
        lambda: (
            window.model.rowCount() == expected
            and window.facets_pane.facets.total == expected
            and not window.facets_pane._jobs
        )
    )
    assert len(window.search_bar.chips.buttons) == 2
    SCREENSHOTS.mkdir(exist_ok=True)
    name = f"facets-timeline-{language}-{size[0]}x{size[1]}.png"
    assert window.grab().save(str(SCREENSHOTS / name))
