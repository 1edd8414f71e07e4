"""Browsing without query syntax: facets beside the results, the timeline, and the chips that
show a query's filters and scope (never raw syntax in the search field)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft
from storage.search.filter_terms import FilterTerm
from ui.window.app import create_application
from ui.window.main_window import MainWindow
from ui.window.models.side_panel_model import NodeKind

ROWS = (
    ("أمل في الرقة", "كتب عن الأمل والرقة", "العرب", dt.date(2015, 7, 2), ("ثقافة",)),
    ("أمل جديد", "الأمل باق في المدينة", "العرب اللندنية", dt.date(2015, 7, 20), ("ثقافة",)),
    ("مسرح الرقة", "مسرحية عن الرقة والأمل", "العرب", dt.date(2015, 8, 11), ("سياسة",)),
    ("اقتصاد", "الليرة والأسعار والأمل", "الحياة", dt.date(2015, 11, 5), ()),
    ("نفط", "أسعار النفط والأمل", "الحياة", dt.date(2016, 1, 5), ("سياسة",)),
    ("بلا تاريخ", "نص عن الأمل بلا تاريخ", "العرب", None, ()),
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        ids: list[int] = []
        for title, body, source, day, tags in ROWS:
            outcome, _ = opened.add_article(
                ArticleDraft(title, body, source=source, date=day, tags=tags)
            )
            assert outcome.article_id is not None
            ids.append(outcome.article_id)
        dossier_id, _ = opened.create_dossier("ملف الرقة")
        opened.add_to_dossier(dossier_id, [ids[0], ids[2], ids[4]])
        yield opened
        QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def window(qtbot: QtBot, archive: Archive) -> MainWindow:
    create_application([], language="ar")
    shown = MainWindow(archive)
    panel_read = qtbot.waitSignal(shown.side_panel.refreshed)  # the side panel's first read
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    _settle(qtbot, shown, archive.article_ids(""))
    panel_read.wait()
    return shown


def _settle(qtbot: QtBot, window: MainWindow, ids: Sequence[int]) -> None:
    """Wait until what was typed is listed, the list shows ``ids`` and the facets count the
    same listing."""

    def settled() -> bool:
        facets = window.facets_pane.facets
        return (
            not window.navigation.debounce.isActive()
            and sorted(window.model.ids()) == sorted(ids)
            and not window.facets_pane._jobs
            and facets.total == len(ids)
        )

    qtbot.waitUntil(settled)


def _click_facet(qtbot: QtBot, window: MainWindow, term: FilterTerm) -> None:
    pane = window.facets_pane
    item = pane.item_for(term)
    assert item is not None, term
    pane.scrollToItem(item)
    where = pane.visualItemRect(item).center()
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_facet_click_filters_and_a_second_click_takes_it_off(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    source = FilterTerm("source", "العرب", is_exact=True)
    item = window.facets_pane.item_for(source)
    assert item is not None
    assert item.text(0) == "العرب (3)"  # three of the six: not «العرب اللندنية»
    _click_facet(qtbot, window, source)
    found = archive.article_ids('=source:"العرب"')
    _settle(qtbot, window, found)
    assert len(found) == 3
    assert window.search_bar.terms() == (source,)
    assert window.search_field.text() == ""  # a chip, not syntax in the field
    assert [b.text() for b in window.search_bar.chips.buttons] == ["المصدر: العرب  ✕"]
    item = window.facets_pane.item_for(source)
    assert item is not None
    assert item.checkState(0) == Qt.CheckState.Checked
    # a second facet narrows further, with the words typed kept
    window.search_field.setText("الرقة")
    _settle(qtbot, window, archive.article_ids('الرقة =source:"العرب"'))
    _click_facet(qtbot, window, FilterTerm("tag", "سياسة"))
    _settle(qtbot, window, archive.article_ids('الرقة =source:"العرب" tag:"سياسة"'))
    assert len(window.model.ids()) == 1
    _click_facet(qtbot, window, source)  # off again
    _settle(qtbot, window, archive.article_ids('الرقة tag:"سياسة"'))
    assert window.search_bar.terms() == (FilterTerm("tag", "سياسة"),)


def test_a_month_facet_is_a_date_filter(qtbot: QtBot, window: MainWindow, archive: Archive) -> None:
    year = window.facets_pane.item_for(FilterTerm("date", "2015"))
    assert year is not None
    year.setExpanded(True)
    _click_facet(qtbot, window, FilterTerm("date", "2015-07"))
    _settle(qtbot, window, archive.article_ids("date:2015-07"))
    assert len(window.model.ids()) == 2
    assert window.search_bar.describe() == "التاريخ: 2015-07"
    # from the keyboard: Space on a value toggles it too
    pane = window.facets_pane
    item = pane.item_for(FilterTerm("date", "2015-07"))
    assert item is not None
    pane.setFocus()
    pane.setCurrentItem(item)
    qtbot.keyClick(pane, Qt.Key.Key_Space)
    _settle(qtbot, window, archive.article_ids(""))
    assert window.search_bar.terms() == ()


def test_dragging_across_the_timeline_sets_a_date_range(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    timeline = window.timeline
    assert [bar.label() for bar in timeline.bars][:3] == ["2015-07", "2015-08", "2015-09"]
    assert len(timeline.bars) == 7  # every month from July to January, empty ones too
    assert timeline.layoutDirection() == Qt.LayoutDirection.RightToLeft
    start, end = timeline.bar_center(1), timeline.bar_center(4)
    assert start.x() > end.x()  # time runs right to left in Arabic
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, pos=QPoint(end.x(), end.y()))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    term = FilterTerm("date", "2015-08-01..2015-11-30")
    assert window.search_bar.terms() == (term,)
    expected = archive.article_ids("date:2015-08..2015-11")
    _settle(qtbot, window, expected)
    assert len(expected) == 2
    # a short span is drawn by day; the keyboard chooses a range too
    assert [(b.first, b.count) for b in timeline.bars if b.count] == [
        (dt.date(2015, 8, 11), 1),
        (dt.date(2015, 11, 5), 1),
    ]
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # RTL: on
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert window.search_bar.terms() == (FilterTerm("date", "2015-08-11..2015-08-14"),)
    _settle(qtbot, window, archive.article_ids("date:2015-08-11..2015-08-14"))
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)  # the date filter off
    _settle(qtbot, window, archive.article_ids(""))
    assert window.search_bar.terms() == ()


def test_a_tag_chosen_in_the_side_panel_is_a_chip(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    panel = window.side_panel
    tag = archive.find_tag("ثقافة")
    assert tag is not None
    window.search_field.setText("الأمل")
    _settle(qtbot, window, archive.article_ids("الأمل"))
    panel.setCurrentIndex(panel.side_model.index_of(NodeKind.TAG, tag.id))
    _settle(qtbot, window, archive.article_ids('الأمل tag:"ثقافة"'))
    assert window.search_field.text() == "الأمل"  # the words kept, no tag:"…" written
    assert window.search_bar.chips.labels() == ["الوسم: ثقافة"]
    # another tag chosen there replaces it
    other = archive.find_tag("سياسة")
    assert other is not None
    panel.setCurrentIndex(panel.side_model.index_of(NodeKind.TAG, other.id))
    _settle(qtbot, window, archive.article_ids('الأمل tag:"سياسة"'))
    assert window.search_bar.chips.labels() == ["الوسم: سياسة"]
    # removing the chip lists the words alone
    qtbot.mouseClick(window.search_bar.chips.buttons[0], Qt.MouseButton.LeftButton)
    _settle(qtbot, window, archive.article_ids("الأمل"))
    assert window.search_bar.chips.buttons == []
    assert window.search_bar.query() == "الأمل"


def test_the_scope_is_a_chip_kept_when_the_query_changes(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    panel = window.side_panel
    dossier = archive.dossiers()[0]
    window.search_field.setText("الرقة")
    _settle(qtbot, window, archive.article_ids("الرقة"))
    panel.setCurrentIndex(panel.side_model.index_of(NodeKind.DOSSIER, dossier.id))
    in_dossier = archive.article_ids('الرقة in:"ملف الرقة"')
    _settle(qtbot, window, in_dossier)
    assert window.search_field.text() == "الرقة"  # choosing a scope keeps the query
    chips = window.search_bar.chips
    qtbot.waitUntil(lambda: chips.scope() == "الإضبارة: ملف الرقة")  # its name read on the runner
    window.search_field.setText("الأمل")
    _settle(qtbot, window, archive.article_ids('الأمل in:"ملف الرقة"'))
    assert chips.scope() == "الإضبارة: ملف الرقة"
    assert len(window.model.ids()) == 3
    qtbot.mouseClick(chips.buttons[0], Qt.MouseButton.LeftButton)  # the scope off
    _settle(qtbot, window, archive.article_ids("الأمل"))
    assert chips.scope() == ""
    assert panel.currentIndex() == panel.side_model.index_of(NodeKind.ALL)
    panel.setCurrentIndex(panel.side_model.index_of(NodeKind.TRASH))
    qtbot.waitUntil(lambda: window.model.ids() == [])
    assert chips.scope() == "سلة المهملات"
    assert not window.search_field.isEnabled()
    assert window.search_field.text() == "الأمل"


def test_a_new_query_lists_by_relevance_and_the_export_title_is_in_words(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.search_field.setText("الأمل")
    _settle(qtbot, window, archive.article_ids("الأمل"))
    header = window.article_list.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # by date, the oldest first
    assert window.article_list.listing.order == "oldest"
    _click_facet(qtbot, window, FilterTerm("tag", "ثقافة"))  # a filter keeps the order
    _settle(qtbot, window, archive.article_ids('الأمل tag:"ثقافة"'))
    assert window.article_list.listing.order == "oldest"
    window.search_field.setText("الرقة")  # new words: relevance again
    _settle(qtbot, window, archive.article_ids('الرقة tag:"ثقافة"'))
    assert _order(window) is None
    assert header.sortIndicatorSection() == -1
    titles: list[str] = []
    monkeypatch.setattr(window.commands, "export", lambda _ids, title: titles.append(title))
    window.actions_.export.trigger()
    assert titles == ["الرقة · الوسم: ثقافة"]


def _order(window: MainWindow) -> str | None:
    return window.article_list.listing.order


def test_a_saved_search_shows_its_filters_as_chips(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    archive.save_search("ثقافة الأمل", 'الأمل tag:"ثقافة" date:2015')
    panel = window.side_panel
    with qtbot.waitSignal(panel.refreshed):  # read on the runner
        panel.refresh()
    searches = panel.side_model.index_of(NodeKind.SEARCHES)
    panel.setCurrentIndex(panel.side_model.index(0, 0, searches))
    _settle(qtbot, window, archive.article_ids('الأمل tag:"ثقافة" date:2015'))
    assert window.search_field.text() == "الأمل"
    assert window.search_bar.chips.labels() == ["الوسم: ثقافة", "التاريخ: 2015"]
