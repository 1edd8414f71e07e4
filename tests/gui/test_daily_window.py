"""The window an archivist works in all day: the list, the layout on common screens, the
keyboard, and words and formats (issue 14), on a real archive, offscreen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest.exports import draft_from_record
from storage.records import ItemOrigin
from storage.search.query import parse
from storage.search.snippets import Highlighter, snippet
from tests.own_texts import articles
from ui.window.app import create_application, install_translators
from ui.window.local_time import moment_text, set_interface_locale
from ui.window.main_window import MainWindow
from ui.window.models.article_table import COLUMNS
from ui.window.natural_direction import NaturalDirectionDelegate, text_direction
from ui.window.panes.title_delegate import first_hit_x, snippet_document, visible_offset
from ui.window.settings import Settings
from ui.window.window_layout import MINIMUM, share_out

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SIZES = ((1024, 700), (1366, 768), (1920, 1080))


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        records = [
            {
                "title": a.title,
                "body": a.body,
                "source": "Al-Ayyam",
                "date": f"2015-08-{n % 28 + 1:02d}",
            }
            for n, a in enumerate(articles(40))
        ]
        records.append(
            {"title": "Latin title of a long English report on the press", "body": "Some words."}
        )
        opened.import_drafts(
            (ItemOrigin("c", n), draft_from_record(r, f"own-{n}")) for n, r in enumerate(records)
        )
        yield opened
        QThreadPool.globalInstance().waitForDone()


def _window(qtbot: QtBot, archive: Archive, tmp_path: Path, language: str = "ar") -> MainWindow:
    create_application([], language=language)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == archive.article_count())
    return window


def _type(window: MainWindow, text: str) -> None:
    for character in text:
        window.search_field.insert(character)


# -- the list ---------------------------------------------------------------------------------


def test_the_title_takes_the_room_and_columns_hide_and_show(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, archive, tmp_path)
    window.resize(1366, 740)
    header = window.article_list.horizontalHeader()
    qtbot.waitUntil(lambda: window.width() == 1366)
    others = sum(
        header.sectionSize(c) for c in range(1, len(COLUMNS)) if not header.isSectionHidden(c)
    )
    assert header.sectionSize(0) + others >= window.article_list.viewport().width() - 4
    assert header.sectionSize(0) > others  # the title gets the most room
    assert window.article_list.columns.is_shown("source")
    assert not window.article_list.columns.is_shown("author")
    menu = window.article_list.columns.menu()
    author = next(a for a in menu.actions() if a.text() == "الكاتب")
    author.setChecked(True)
    assert window.article_list.columns.is_shown("author")
    assert header.sectionResizeMode(COLUMNS.index("source")) == header.ResizeMode.Interactive
    assert header.sectionResizeMode(0) == header.ResizeMode.Interactive
    window.release()
    again = _window(qtbot, archive, tmp_path)  # the same screen size: the columns stay
    assert again.article_list.columns.is_shown("author")


def test_a_snippet_puts_its_first_hit_in_view() -> None:
    words = " ".join(f"كلمة{n}" for n in range(40)) + " الهدف " + " ".join("ذيل" for _ in range(40))
    html = snippet(words, Highlighter.for_query(parse("الهدف")))
    before = html.split("<b>")[0].split()
    assert len(before) <= 8  # a few words of context, then the hit
    QApplication.instance() or create_application([], language="ar")
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = QApplication.font()
    long = "… " + " ".join(f"سياق{n}" for n in range(30)) + " <b>الهدف</b> " + "ذيل " * 30
    document = snippet_document(long, Qt.LayoutDirection.RightToLeft, option)
    hit = first_hit_x(document)
    assert hit is not None
    width = document.idealWidth()
    offset = visible_offset(width, hit, 200, rtl=True)
    assert offset <= hit <= offset + 200  # the hit stands inside the 200 px the cell shows


def test_a_new_query_sorts_by_relevance_again(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, archive, tmp_path)
    header = window.article_list.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # a click on the title's header
    qtbot.waitUntil(lambda: window.article_list.listing.order == "title")
    _type(window, "المدينة")
    qtbot.waitUntil(lambda: window.article_list.listing.query == "المدينة")
    assert window.article_list.listing.order is None
    assert header.sortIndicatorSection() == -1


# -- the layout -------------------------------------------------------------------------------


def test_the_window_fits_a_1024_by_700_screen(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, archive, tmp_path)
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 700
    assert window.minimumSize().width() <= 1024
    assert window.minimumSize().height() <= 700
    window.resize(MINIMUM)
    qtbot.waitUntil(lambda: window.size() == MINIMUM)
    assert window.statusBar().geometry().bottom() <= window.height()
    assert window.menuBar().isVisible()
    sizes = share_out(1900)
    assert sizes[1] > sizes[2]  # on a wide screen the list gets the most


def test_a_layout_from_another_screen_size_is_not_used(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = _window(qtbot, archive, tmp_path)
    window.splitter.setSizes([600, 310, 600])
    window.release()
    settings.store.sync()
    keys = [k for k in settings.store.allKeys() if k.startswith("layouts/")]
    assert keys
    for key in keys:  # the same layout, said to come from a 3840 px screen
        settings.store.setValue(
            key.replace(key.split("/")[1], "3840x2160"), settings.store.value(key)
        )
        settings.store.remove(key)
    settings.store.sync()
    again = _window(qtbot, archive, tmp_path)
    assert again.splitter.sizes()[0] < 600


# -- the keyboard -----------------------------------------------------------------------------


def test_tab_goes_search_list_reading_pane_side_panel(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, archive, tmp_path)
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    order = [window.article_list, window.pane, window.side_panel]
    for widget in order:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(widget.hasFocus)
    current = window.article_list.current_id()
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_Tab)  # leaves the list, not the cell
    assert not window.article_list.hasFocus()
    assert window.article_list.current_id() == current


def test_home_end_and_ctrl_select_the_row_they_reach(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, archive, tmp_path)
    view = window.article_list
    view.setFocus()
    last = window.model.rowCount() - 1
    for key, modifier, row in (
        (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier, last),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier, 0),
        (Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, last),
        (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier, 0),
    ):
        qtbot.keyClick(view, key, modifier)
        assert view.currentIndex().row() == row
        assert view.selected_ids() == [window.model.article_id(row)]
        reached = window.model.article_id(row)
        qtbot.waitUntil(lambda: window.pane.article_id == reached)  # noqa: B023 (waited for here)


def test_escape_clears_the_search(qtbot: QtBot, archive: Archive, tmp_path: Path) -> None:
    window = _window(qtbot, archive, tmp_path)
    window.search_field.setFocus()
    _type(window, "المدينة")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # empty: on to the list
    qtbot.waitUntil(window.article_list.hasFocus)


def test_f2_puts_the_cursor_in_the_title(qtbot: QtBot, archive: Archive, tmp_path: Path) -> None:
    window = _window(qtbot, archive, tmp_path)
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_F2)
    title = window.editor.lines["title"]
    qtbot.waitUntil(title.hasFocus)
    assert window.tabs.currentWidget() is window.edit_splitter
    assert title.cursorPosition() == 0  # a long title shows its beginning


@pytest.mark.parametrize("language", ["ar", "en"])
def test_menus_open_from_the_keyboard_and_mnemonics_do_not_clash(
    qtbot: QtBot, archive: Archive, tmp_path: Path, language: str
) -> None:
    app = create_application([], language="ar")
    install_translators(app, language)
    try:
        window = _window(qtbot, archive, tmp_path, language)
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        _assert_mnemonics(menus)
        for action in menus:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            _assert_mnemonics([a for a in menu.actions() if not a.isSeparator()])
        qtbot.keyClick(window.article_list, Qt.Key.Key_F10)
        assert bar.activeAction() is menus[0]
        _close_menus()
        bar.setActiveAction(None)  # type: ignore[arg-type]
        qtbot.keyPress(window.article_list, Qt.Key.Key_Alt)  # Alt alone: into the menu bar
        qtbot.keyRelease(window.article_list, Qt.Key.Key_Alt)
        assert bar.activeAction() is menus[0]
        assert bar.hasFocus()
        qtbot.keyClick(bar, Qt.Key.Key_Escape)
        # Alt + the menu's own mnemonic (an Arabic letter in the Arabic interface) opens it
        for action in menus:
            letter = QKeySequence.mnemonic(action.text()).toString()[-1].upper()
            for press in (QTest.KeyAction.Press, QTest.KeyAction.Release):  # with its text
                QTest.sendKeyEvent(
                    press,
                    window.article_list,
                    Qt.Key(ord(letter)),
                    letter.lower(),
                    Qt.KeyboardModifier.AltModifier,
                )
            assert bar.activeAction() is action, action.text()
            assert QApplication.activePopupWidget() is action.menu()
            _close_menus()
            bar.setActiveAction(None)  # type: ignore[arg-type]
    finally:
        install_translators(app, "ar")


def _close_menus() -> None:
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        popup = QApplication.activePopupWidget()


def _assert_mnemonics(actions: list[QAction]) -> None:
    """Every entry has a mnemonic (Alt + its letter), and no two share one."""
    keys = []
    for action in actions:
        key = QKeySequence.mnemonic(action.text())
        assert not key.isEmpty(), f"no mnemonic: {action.text()}"
        keys.append(key.toString())
    assert len(keys) == len(set(keys)), [a.text() for a in actions]


def test_the_shortcuts_dialog_lists_every_action_with_keys(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    from ui.window.dialogs.shortcuts_dialog import ShortcutsDialog

    window = _window(qtbot, archive, tmp_path)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    items = [dialog.table.item(r, 0) for r in range(dialog.table.rowCount())]
    shown = {item.text() for item in items if item is not None}
    for action in window.findChildren(QAction):
        if action.shortcuts():
            assert action.text().replace("&", "").rstrip("…") in shown
    keys = [dialog.table.item(r, 1) for r in range(dialog.table.rowCount())]
    assert any(item is not None and "F10" in item.text() for item in keys)


# -- words and formats ------------------------------------------------------------------------


def test_message_boxes_are_titled_in_the_interface_language() -> None:
    app = create_application([], language="ar")
    assert app.applicationDisplayName() == "أرشيف"  # Qt adds it to every window's title


def test_times_follow_the_interface_language() -> None:
    create_application([], language="ar")
    moment = dt.datetime(2026, 12, 2, 1, 6, tzinfo=dt.UTC)
    local = moment.astimezone()
    try:
        set_interface_locale("ar")
        assert f"{local.day} ديسمبر 2026" in moment_text(moment)
        set_interface_locale("en")
        assert f"{local.day} Dec 2026, {local:%H:%M}" in moment_text(moment)
    finally:
        set_interface_locale("ar")


def test_arabic_keeps_its_direction_in_the_english_interface(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    app = create_application([], language="ar")
    install_translators(app, "en")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        window = _window(qtbot, archive, tmp_path, "en")
        view = window.article_list
        arabic = next(
            r
            for r in range(window.model.rowCount())
            if text_direction(
                window.model.data(window.model.index(r, 0)), Qt.LayoutDirection.LeftToRight
            )
            == Qt.LayoutDirection.RightToLeft
        )
        index = window.model.index(arabic, 1)  # Al-Ayyam, Latin
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        delegate = view.itemDelegate()
        assert isinstance(delegate, NaturalDirectionDelegate)
        delegate.initStyleOption(option, index)
        assert option.direction == Qt.LayoutDirection.LeftToRight
        assert text_direction("ملاحظة عن Al-Ayyam", Qt.LayoutDirection.LeftToRight) == (
            Qt.LayoutDirection.RightToLeft
        )
        archive.add_note(window.model.article_id(arabic), "ملاحظة بالعربية عن Al-Ayyam.")
        view.select_row(arabic)
        qtbot.waitUntil(lambda: window.pane.article_id == window.model.article_id(arabic))
        with qtbot.waitSignal(window.shown.shown):
            window.shown.reshow()
        assert "ملاحظة بالعربية" in window.pane.toPlainText()  # the reading pane shows notes
        block = window.pane.document().find("ملاحظة بالعربية").block()
        assert block.textDirection() == Qt.LayoutDirection.RightToLeft
        notes = window.details.notes.note_list
        note_option = QStyleOptionViewItem()
        note_delegate = notes.itemDelegate()
        assert isinstance(note_delegate, NaturalDirectionDelegate)
        note_delegate.initStyleOption(note_option, notes.model().index(0, 0))
        assert note_option.direction == Qt.LayoutDirection.RightToLeft  # in the English UI
    finally:
        install_translators(app, "ar")
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def _has_width(window: MainWindow, width: int) -> Callable[[], bool]:
    return lambda: window.width() == width


def _fills_the_list(window: MainWindow) -> Callable[[], bool]:
    return lambda: window.article_list.horizontalScrollBar().maximum() == 0


# -- how it looks -----------------------------------------------------------------------------


def _does_not_scroll(area: QScrollArea) -> Callable[[], bool]:
    """Whether ``area`` is laid out with nothing to scroll, its scroll bar gone."""
    bar = area.verticalScrollBar()
    return lambda: bar.maximum() == 0 and not bar.isVisible()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_screenshots_on_three_screens(
    qtbot: QtBot, archive: Archive, tmp_path: Path, language: str
) -> None:
    """The main window with a search, and the editor, at 1024×700, 1366×768 and 1920×1080
    (less a window manager's title bar and panel): written to tests/screenshots/."""
    app = create_application([], language="ar")
    install_translators(app, language)
    direction = (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    try:
        window = _window(qtbot, archive, tmp_path, language)
        total = window.model.rowCount()
        _type(window, "وزارة")
        qtbot.waitUntil(lambda: 0 < window.model.rowCount() < total)
        qtbot.waitUntil(lambda: window.pane.article_id is not None)
        facets = window.facets_pane
        found = window.model.rowCount()
        qtbot.waitUntil(lambda: facets.facets.total == found and not facets._jobs)  # counted
        SCREENSHOTS.mkdir(exist_ok=True)
        for width, height in SIZES:
            window.resize(width, height - 60)
            qtbot.waitUntil(_has_width(window, width))
            window.layout_.share_out()  # as on a first start on a screen of this size
            window.layout_.first_laid_out()
            qtbot.waitUntil(_fills_the_list(window))  # the titles fill the list, no more
            window.tabs.setCurrentWidget(window.pane)
            name = f"daily-{language}-{width}x{height}"
            assert window.grab().save(str(SCREENSHOTS / f"{name}-main.png"))
            window.tabs.setCurrentWidget(window.edit_splitter)
            form = window.edit_splitter.widget(1)
            assert isinstance(form, QScrollArea)
            # every size, a dated article (its date's hint on two lines at 1024 px): no scrolling
            qtbot.waitUntil(_does_not_scroll(form))
            QApplication.processEvents()  # the form laid out again without the scroll bar
            assert window.grab().save(str(SCREENSHOTS / f"{name}-editor.png"))
    finally:
        install_translators(app, "ar")
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def test_saved_searches_show_their_counts(qtbot: QtBot, archive: Archive, tmp_path: Path) -> None:
    from ui.window.models.side_panel_model import NodeKind

    search_id, _ = archive.save_search("وزارات", "وزارة")
    window = _window(qtbot, archive, tmp_path)
    with qtbot.waitSignal(window.side_panel.refreshed):  # read on the runner
        window.side_panel.refresh()
    model = window.side_panel.side_model
    expected = len(archive.article_ids("وزارة"))
    assert expected > 0
    index = model.index_of(NodeKind.SEARCH, search_id)
    qtbot.waitUntil(lambda: model.data(index, model.COUNT_ROLE) == expected)
    assert f"({expected})" in model.data(index, Qt.ItemDataRole.DisplayRole)


def test_the_trash_shows_when_each_article_went_there(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    from ui.window.listing import TRASH

    first = archive.article_ids()[0]
    archive.trash_articles([first])
    window = _window(qtbot, archive, tmp_path)
    assert not window.article_list.columns.is_shown("trashed")
    window.article_list.show_scope(TRASH)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.article_list.columns.is_shown("trashed")
    trashed = archive.article(first).trashed
    assert trashed is not None
    column = COLUMNS.index("trashed")
    assert window.model.data(window.model.index(0, column)) == moment_text(trashed)
