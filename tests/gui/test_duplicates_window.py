"""Similar articles and duplicates in the real window, offscreen, on a real archive: the
reading pane links an article's similar articles, the duplicates view shows a pair side by
side and merges it as one undoable step; screenshots of a bulk selection and of the
duplicates view at 1920×1080, 1366×768 and 1024×700 in both languages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, QUrl
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest import read_paths
from storage.ingest.plaintext import parse_article
from storage.records import ArticleDraft, ArticleId
from tests.gui.conftest import GuiThreadCalls
from tests.gui.untranslated import untranslated
from tests.own_texts import ARTICLE, articles
from ui.window.app import create_application
from ui.window.dialogs.version_conflict import VersionConflictDialog
from ui.window.main_window import MainWindow
from ui.window.panes.duplicates_view import DuplicatesView
from ui.window.settings import Settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def pair(archive: Archive, tmp_path: Path) -> tuple[ArticleId, ArticleId]:
    """The fixture article from one paper, and the same text signed by another."""
    parsed = parse_article(ARTICLE.read_text(encoding="utf-8"))
    assert parsed is not None
    body = f"{parsed.lead}\n\n{parsed.body}"
    stored = ArticleDraft(title=parsed.title, body=body, source="الأيام", date=dt.date(2023, 3, 5))
    first, _ = archive.add_article(stored)
    reprint = tmp_path / "reprint.txt"
    reprint.write_text(f"{parsed.title}\n\n{body}\n\nAl-Jazirah\n", encoding="utf-8")
    [second], _ = archive.import_drafts(read_paths([reprint]))
    assert first.article_id is not None
    assert second.article_id is not None
    archive.tag_articles([first.article_id], ["مكتبات"])
    archive.tag_articles([second.article_id], ["حلب"])
    archive.add_note(second.article_id, "نسخة الجزيرة")
    for own in articles(4):
        archive.add_article(ArticleDraft(title=own.title, body=own.body, place=own.place))
    return first.article_id, second.article_id


def _window(qtbot: QtBot, archive: Archive, tmp_path: Path, language: str) -> MainWindow:
    create_application([], language=language)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 6)
    return shown


@pytest.fixture
def window(
    qtbot: QtBot, archive: Archive, pair: tuple[ArticleId, ArticleId], tmp_path: Path
) -> Iterator[MainWindow]:
    shown = _window(qtbot, archive, tmp_path, "ar")
    yield shown
    shown.release()
    untranslated()


def test_the_reading_pane_links_similar_articles(
    qtbot: QtBot, window: MainWindow, pair: tuple[ArticleId, ArticleId]
) -> None:
    first, second = pair
    window.article_list.select_article(first)
    qtbot.waitUntil(lambda: window.pane.article_id == first)
    assert "مقالات مشابهة" in window.pane.toPlainText()
    assert f"arshif-article:{second}" in window.pane.toHtml()
    window.pane.anchorClicked.emit(QUrl(f"arshif-article:{second}"))
    qtbot.waitUntil(lambda: window.pane.article_id == second)
    assert window.article_list.current_id() == second


def _open_duplicates(qtbot: QtBot, window: MainWindow) -> DuplicatesView:
    """Open the duplicates view and wait until its pair, read on the runner, is shown."""
    window.show_duplicates.trigger()
    view = window.duplicates_view
    assert view is not None
    qtbot.waitSignal(view.pair_shown).wait()  # nothing is delivered before the loop runs
    return view


def test_the_duplicates_view_merges_a_pair_and_undo_takes_it_back(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    pair: tuple[ArticleId, ArticleId],
    calls_on_gui_thread: GuiThreadCalls,
) -> None:
    first, second = pair
    assert archive.article(second).source == "Al-Jazirah"
    pairs_read = calls_on_gui_thread(archive, "similar_pairs")
    records_read = calls_on_gui_thread(archive, "article_records")
    view = _open_duplicates(qtbot, window)
    assert pairs_read == [False]  # the pairs, then the pair's two articles, on the runner
    assert records_read == [False]
    assert view.pairs.count() == 1
    assert view.shown_pair() == (first, second)
    assert [pane.article_id for pane in view.sides] == [first, second]
    with qtbot.waitSignals([window.history.changed, view.refreshed]):  # written, read again
        view.keep_buttons[0].click()
    kept = archive.article(first)
    assert kept.tags == ("حلب", "مكتبات")
    assert [n.text for n in kept.notes] == ["نسخة الجزيرة"]
    assert archive.article(second).is_trashed
    assert view.pairs.count() == 0
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    with qtbot.waitSignals([window.history.changed, view.refreshed]):
        window.history.undo_action.trigger()
    assert archive.article(first).tags == ("مكتبات",)
    assert not archive.article(second).is_trashed
    assert [n.text for n in archive.article(second).notes] == ["نسخة الجزيرة"]
    assert view.pairs.count() == 1
    view.close()


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize(
    "size", [(1920, 1080), (1366, 768), (1024, 700)], ids=["1920x1080", "1366x768", "1024x700"]
)
def test_screenshots_of_a_bulk_selection_and_the_duplicates_view(
    qtbot: QtBot,
    archive: Archive,
    pair: tuple[ArticleId, ArticleId],
    tmp_path: Path,
    language: str,
    size: tuple[int, int],
) -> None:
    window = _window(qtbot, archive, tmp_path, language)
    try:
        window.resize(*size)
        model, selection = window.model, window.article_list.selectionModel()
        window.article_list.select_row(0)
        rows = QItemSelection(model.index(0, 0), model.index(2, 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(rows, flags)
        window.tabs.setCurrentWidget(window.details_page)
        assert window.selection_label.text() in ("3 مقالات محددة", "3 articles selected")
        label = window.selection_label
        qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())  # laid out
        SCREENSHOTS.mkdir(exist_ok=True)
        name = f"{size[0]}x{size[1]}-{language}"
        assert window.grab().save(str(SCREENSHOTS / f"bulk-selection-{name}.png"))
        view = _open_duplicates(qtbot, window)
        view.resize(*size)
        qtbot.waitExposed(view)
        assert view.grab().save(str(SCREENSHOTS / f"duplicates-view-{name}.png"))
        view.close()
        window.tabs.setCurrentIndex(0)
    finally:
        window.release()
        untranslated()


def test_a_version_conflict_shows_both_versions_side_by_side(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    pair: tuple[ArticleId, ArticleId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, _ = pair
    window.article_list.select_article(first)
    qtbot.waitUntil(lambda: window.editor.article_id == first)
    window.editor.lines["place"].setText("حلب")
    window.editor.lines["place"].textEdited.emit("حلب")
    with Archive.open(archive.location, user="سلمى") as colleague:  # another member saves
        colleague.update_article(first, source="الأيام الثقافية")
    shown: list[tuple[list[tuple[str, str, str]], str, int]] = []
    monkeypatch.setattr(
        VersionConflictDialog,
        "show_versions",
        classmethod(lambda cls, parent, rows, who, version: shown.append((rows, who, version))),
    )
    with qtbot.waitSignal(window.editor.save_ended) as ended:
        assert window.editor.save()  # started: the writer finds the conflict
    assert ended.args == [False]
    [(rows, who, version)] = shown
    assert rows == [("المصدر", "الأيام", "الأيام الثقافية"), ("المكان", "حلب", "")]
    assert (who, version) == ("سلمى", 2)
    assert archive.article(first).place == ""  # nothing of the edit was written
    assert window.editor.is_dirty  # the edits stay
    dialog = VersionConflictDialog(window, rows, who, version)
    qtbot.addWidget(dialog)
    items = [[dialog.table.item(r, c) for c in range(3)] for r in range(2)]
    cells = [[item.text() if item is not None else None for item in row] for row in items]
    assert cells == [list(row) for row in rows]
    window.editor.discard()
