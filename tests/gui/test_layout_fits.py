"""What the archivist sees fits the screen (issue 14), on 1024×700, 1366×768 and 1920×1080, in
both languages, with real widgets offscreen: the body box gets the editor's height (the lead a
couple of lines) and the form does not scroll at 1366×768; beside a page image the edit fields
keep a readable width, and the page viewer gets a share (or goes above the form on a narrow
tab); the side panel's headings show whole; the duplicates view has the same margin on both
sides. Screenshots of the page beside the form go to tests/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ArticleDraft
from tests.gui.test_daily_window import _window
from tests.gui.untranslated import untranslated
from tests.own_texts import articles
from tests.printed_pages import arshif_pdf
from ui.window.main_window import MainWindow
from ui.window.panes.page_viewer import FORM_LEAST, PAGE_LEAST, PAGE_SHARE

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SIZES = ((1024, 700), (1366, 768), (1920, 1080))
IDS = [f"{w}x{h}" for w, h in SIZES]
TITLE_BAR = 60  # a window manager's title bar and panel


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        for own in articles(6):
            opened.add_article(ArticleDraft(own.title, own.body, source="الأيام", place=own.place))
        yield opened
        QThreadPool.globalInstance().waitForDone()


@pytest.fixture(params=["ar", "en"])
def window(
    qtbot: QtBot, archive: Archive, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """The window in the interface's language (the param), on what the archive holds when
    it opens (fixtures asked for before this one fill it)."""
    shown = _window(qtbot, archive, tmp_path, request.param)
    yield shown
    shown.release()
    untranslated()


def _on_screen(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    """The window maximized on a screen of ``size``, laid out as on a first start there."""
    width, height = size
    window.resize(width, height - TITLE_BAR)
    qtbot.waitUntil(lambda: window.width() == width)
    window.layout_.share_out()
    window.layout_.first_laid_out()
    _settle()


def _settle() -> None:
    """Let the posted layout requests run (the layouts' geometry follows the resize)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def _form(window: MainWindow) -> QScrollArea:
    area = window.edit_splitter.widget(1)
    assert isinstance(area, QScrollArea)
    return area


def test_the_body_gets_the_editors_height(qtbot: QtBot, window: MainWindow) -> None:
    window.article_list.select_row(0)
    qtbot.waitUntil(lambda: window.editor.article_id is not None)
    window.tabs.setCurrentWidget(window.edit_splitter)
    lead, body = window.editor.texts["lead"], window.editor.texts["body"]
    line = body.fontMetrics().lineSpacing()
    for size in SIZES:
        _on_screen(qtbot, window, size)
        assert lead.height() < 4 * line  # the lead: a couple of lines
        assert body.height() > lead.height(), size
        assert body.height() >= 4 * line, size
        assert _form(window).verticalScrollBar().maximum() == 0, size  # no scrolling
        if size != (1024, 700):
            assert body.height() >= 2 * lead.height(), size
    assert body.height() >= 12 * line  # 1920×1080: the body has most of the tab


def _next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next shown widget in the chain that takes it."""
    following = widget.nextInFocusChain()
    while following is not None and not (
        following.isVisible() and following.focusPolicy() & Qt.FocusPolicy.TabFocus
    ):
        following = following.nextInFocusChain()
    assert following is not None
    return following


def test_on_a_narrow_tab_the_rare_fields_wait_behind_a_button_that_names_the_filled_ones(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    article_id = window.model.article_id(0)
    window.article_list.select_row(0)
    qtbot.waitUntil(lambda: window.editor.article_id == article_id)
    window._apply(archive.update_article(article_id, place="جدة", url="https://example.org/a"))
    window.tabs.setCurrentWidget(window.edit_splitter)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.lines["place"].text() == "جدة")
    more = editor.more_button
    _on_screen(qtbot, window, (1024, 700))
    assert more.isVisible()
    assert not more.isChecked()
    rare = ("author", "place", "page", "ref", "url")
    assert not any(editor.lines[name].isVisible() for name in rare)
    place, url = (editor._labels()[name] for name in ("place", "url"))
    assert place in more.text()
    assert url in more.text()
    assert editor._labels()["author"] not in more.text()  # empty: not named
    order: list[QWidget] = [editor.lines["title"]]
    while len(order) < 4:
        order.append(_next_tab_stop(order[-1]))
    assert order[1:] == [editor.lines["source"], editor.lines["date"], more]
    more.click()
    _settle()
    assert all(editor.lines[name].isVisible() for name in rare)
    assert _next_tab_stop(more) is editor.lines["author"]  # Tab goes on to what it shows
    assert _form(window).verticalScrollBar().maximum() > 0  # every field: the form scrolls
    _on_screen(qtbot, window, (1366, 768))
    assert not more.isVisible()  # two to a row: every field shows, and no button
    assert all(editor.lines[name].isVisible() for name in rare)


@pytest.fixture
def scanned(archive: Archive, tmp_path: Path) -> int:
    """An article read from a PDF, its page kept as its original."""
    pdf = arshif_pdf(tmp_path / "dossier.pdf", articles=2)  # cover, contents, one a page
    outcomes, _ = archive.import_drafts(read_paths([pdf]))
    article_id = outcomes[0].article_id
    assert article_id is not None
    return article_id


def test_the_fields_stay_readable_beside_the_page(
    qtbot: QtBot, scanned: int, window: MainWindow
) -> None:
    viewer, splitter = window.page_viewer, window.edit_splitter
    window.article_list.select_article(scanned)
    window.tabs.setCurrentWidget(splitter)
    qtbot.waitUntil(
        lambda: window.editor.article_id == scanned and viewer.isVisible() and viewer.page_count > 0
    )
    title = window.editor.lines["title"]
    language = "ar" if window.isRightToLeft() else "en"
    SCREENSHOTS.mkdir(exist_ok=True)
    for size in SIZES:
        _on_screen(qtbot, window, size)
        assert _form(window).width() >= FORM_LEAST, size
        # a title field shows some twenty letters of an Arabic title, not «مكتبة» cut off
        assert title.width() >= title.fontMetrics().horizontalAdvance("م" * 20), size
        if splitter.orientation() == Qt.Orientation.Horizontal:
            assert viewer.width() >= PAGE_LEAST, size
        else:  # a narrow tab (1024 px): the page above the form
            assert size == (1024, 700)
            assert viewer.height() >= splitter.height() // 3
        assert viewer.image_label.pixmap().width() > 100
        name = f"scan-beside-text-{language}-{size[0]}x{size[1]}.png"
        assert window.grab().save(str(SCREENSHOTS / name))
    page, form = splitter.sizes()
    splitter.moveSplitter(page + 50, 1)  # the user drags the page wider
    assert splitter.sizes()[0] == page + 50
    window.resize(window.width() - 100, window.height())  # the user's choice stays
    _settle()
    page, form = splitter.sizes()
    assert page > (page + form) * PAGE_SHARE // 100 + 30


@pytest.fixture
def many_tags(archive: Archive) -> None:
    """Forty tags: the side panel scrolls."""
    archive.tag_articles([archive.article_ids()[0]], [f"وسم {n}" for n in range(40)])


def test_the_side_panel_shows_its_headings_whole(
    qtbot: QtBot, many_tags: None, window: MainWindow
) -> None:
    panel, model = window.side_panel, window.side_panel.side_model
    margin = panel.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    for size in SIZES:
        _on_screen(qtbot, window, size)
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            needed = QFontMetrics(font).horizontalAdvance(text) + 2 * margin
            assert panel.visualRect(index).width() >= needed, (size, text)
        assert panel.verticalScrollBar().isVisible()


def test_the_duplicates_view_has_the_same_margin_on_both_sides(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_duplicates.trigger()
    view = window.duplicates_view
    assert view is not None
    for size in SIZES:
        view.resize(*size)
        qtbot.waitExposed(view)
        _settle()
        lefts, rights = [], []
        for pane in (*view.sides, view.pairs):
            x = pane.mapTo(view, pane.rect().topLeft()).x()
            lefts.append(x)
            rights.append(view.width() - (x + pane.width()))
        layout = view.layout()
        assert layout is not None
        margin = layout.contentsMargins().left()
        assert min(lefts) == min(rights) == margin, size
        assert abs(view.sides[0].width() - view.sides[1].width()) <= 1
    view.close()
