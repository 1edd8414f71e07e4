"""The window's own archive work runs on its TaskRunner, never the GUI thread: the article
shown is read there, the editor saves on its writer, a dossier to export is read there, and so
are the list's pages of rows, the bulk dialogs' choices, a dossier chip's name and the side
panel's names and counts. Each test waits for the result on a real signal, and shows that a
failure reaches the user."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.errors import ArchiveBusy, ErrorCode
from storage.records import ArticleDraft, ArticleId, ItemOrigin
from tests.gui.conftest import GuiThreadCalls
from ui.window.app import create_application
from ui.window.dialogs.bulk_value import BulkValueDialog
from ui.window.main_window import MainWindow
from ui.window.models.article_table import PAGE, page_size
from ui.window.models.side_panel_model import NodeKind
from ui.window.settings import Settings


@pytest.fixture
def window(qtbot: QtBot, archive: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    for n in range(2):
        archive.add_article(ArticleDraft(title=f"مقال {n}", body=f"نص المقال رقم {n}"))
    create_application([], language="ar")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 2)
    # The list shows its first article by itself: wait until that read has reached the panes,
    # so a test's own choice is not confused with it.
    qtbot.waitUntil(lambda: shown.pane.article_id == shown.model.article_id(0))
    yield shown
    shown.release()


def test_the_shown_article_is_read_on_the_runner(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    calls_on_gui_thread: GuiThreadCalls,
) -> None:
    calls = calls_on_gui_thread(archive, "article")
    article_id = window.model.article_id(1)
    with qtbot.waitSignal(window.shown.shown) as shown:
        window._select_row(1)
    assert calls
    assert not any(calls)  # never on the GUI thread
    assert shown.args == [article_id]
    qtbot.waitUntil(lambda: window.pane.article_id == article_id)
    assert window.editor.lines["title"].text() == archive.article(article_id).title


def test_a_failed_read_of_the_shown_article_is_shown(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    warnings: list[str],
) -> None:
    gone = window.model.article_id(0)
    archive.trash_articles([gone])
    archive.purge_articles([gone])  # purged behind the window's back: the read finds nothing
    with qtbot.waitSignal(window.shown.failed):
        window.shown.show(ArticleId(gone))
    assert len(warnings) == 1


def test_the_editor_saves_on_the_writer_and_the_window_shows_it(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    calls_on_gui_thread: GuiThreadCalls,
) -> None:
    article_id = window.model.article_id(0)
    assert window.shown.article_id == article_id  # shown by the list, as it opened
    calls = calls_on_gui_thread(archive, "update_article")
    window.editor.lines["place"].setText("حلب")
    window.editor.lines["place"].textEdited.emit("حلب")
    with qtbot.waitSignal(window.editor.saved) as saved:
        window.actions_.save.trigger()
    assert saved.args[0] == article_id
    assert calls == [False]  # on the writer's thread
    assert archive.article(article_id).place == "حلب"
    assert not window.editor.is_dirty
    assert not window.isWindowModified()


def test_a_save_that_fails_on_the_writer_is_shown_and_the_edits_stay(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    warnings: list[str],
) -> None:
    article_id = window.model.article_id(0)
    assert window.shown.article_id == article_id  # shown by the list, as it opened
    window.editor.lines["title"].setText("")  # a title is required
    window.editor.lines["title"].textEdited.emit("")
    with qtbot.waitSignal(window.editor.save_ended) as ended:
        assert window.editor.save()  # started: the writer refuses it
    assert ended.args == [False]
    assert len(warnings) == 1
    assert warnings[0]
    assert window.editor.is_dirty  # nothing lost
    assert archive.article(article_id).title.startswith("مقال")
    window.editor.discard()


def test_a_new_article_is_added_on_the_writer(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_.new_article.trigger()
    window.editor.lines["title"].setText("مقال جديد")
    window.editor.lines["title"].textEdited.emit("مقال جديد")
    window.editor.texts["body"].setPlainText("نص المقال الجديد")
    saved: list[int] = []
    window.editor.saved.connect(lambda article_id, _changes: saved.append(article_id))
    signals = [window.editor.saved, window.shown.shown]  # stored, then shown as stored
    with qtbot.waitSignals(signals, order="strict"):
        window.actions_.save.trigger()
    [article_id] = saved
    assert window.shown.article_id == article_id
    qtbot.waitUntil(lambda: window.pane.article_id == article_id)


def test_a_dossier_to_export_is_read_on_the_runner(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    calls_on_gui_thread: GuiThreadCalls,
    warnings: list[str],
) -> None:
    dossier_id, _ = archive.create_dossier("ملف")
    archive.add_to_dossier(dossier_id, archive.article_ids())
    calls = calls_on_gui_thread(archive, "dossier")
    exported: list[tuple[list[int], str]] = []
    monkeypatch.setattr(
        window.commands, "export", lambda ids, title: exported.append((list(ids), title))
    )
    window._on_dossier_export_requested(dossier_id)
    qtbot.waitUntil(lambda: bool(exported))
    assert calls == [False]
    assert exported == [(list(archive.dossier(dossier_id).article_ids), "ملف")]

    archive.delete_dossier(dossier_id)
    window._on_dossier_export_requested(dossier_id)  # gone meanwhile: the failure is shown
    qtbot.waitUntil(lambda: bool(warnings))
    assert len(exported) == 1


def test_the_list_reads_its_pages_on_the_runner(
    qtbot: QtBot, window: MainWindow, archive: Archive, calls_on_gui_thread: GuiThreadCalls
) -> None:
    drafts = [ArticleDraft(title=f"خبر {n}", body=f"نص الخبر رقم {n}") for n in range(PAGE)]
    archive.import_drafts((ItemOrigin("test", n), d) for n, d in enumerate(drafts))
    calls = calls_on_gui_thread(archive, "article_summaries")
    window.article_list.refresh()
    total = archive.article_count()
    qtbot.waitUntil(lambda: window.model.rowCount() == total)
    model, last = window.model, window.model.index(total - 1, 0)
    assert model.data(model.index(0, 0)) == archive.article(model.article_id(0)).title
    assert calls == [False]  # the first page came with the listing, off the GUI thread
    with qtbot.waitSignal(model.rows_loaded):
        assert model.data(last) is None  # a page beyond the first: asked for, not yet read
    assert model.data(last) == archive.article(model.article_id(total - 1)).title
    assert calls == [False, False]

    # a change refreshes the rows it touched, again on the runner; the old title shows meanwhile
    first = model.article_id(0)
    before = model.data(model.index(0, 0))
    window._apply(archive.update_article(first, title="عنوان جديد"))  # the one refresh path
    assert model.data(model.index(0, 0)) == before
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "عنوان جديد")
    assert not any(calls)


def test_a_search_shows_its_best_rows_before_every_match_is_ranked(
    qtbot: QtBot, window: MainWindow, archive: Archive, calls_on_gui_thread: GuiThreadCalls
) -> None:
    """A search of more than a page shows its first page, read as `search` reads its best
    hits, with the count of every match; every id comes after, behind the rows shown."""
    drafts = [
        ArticleDraft(title=f"تقرير {n}", body=" ".join(["الميناء"] * (1 + n % 7) + ["نص"] * n))
        for n in range(page_size("ميناء") + 12)
    ]
    archive.import_drafts((ItemOrigin("test", n), d) for n, d in enumerate(drafts))
    full = archive.article_ids("ميناء", "relevance")  # every match, fully ranked
    assert len(full) == page_size("ميناء") + 12
    calls = calls_on_gui_thread(archive, "article_ids")
    first_rows: list[int] = []
    window.article_list.listed.connect(lambda _count: first_rows.append(window.model.rowCount()))
    with qtbot.waitSignal(window.article_list.listed) as listed:
        window.search_field.setText("ميناء")
    assert listed.args == [len(full)]  # the status counts every match at once
    assert first_rows == [
        page_size("ميناء")
    ]  # shown: the first page alone, in the full ranking's order
    qtbot.waitUntil(lambda: window.model.rowCount() == len(full))
    assert window.model.ids() == full
    assert window.article_list.current_id() == full[0]  # the best stays the current row
    assert calls == [False]  # every id was read once, off the GUI thread


def test_every_id_in_another_order_is_held_anew(window: MainWindow) -> None:
    model = window.model
    held = model.ids()
    assert model.extend_ids([*held, ArticleId(999)])
    assert model.ids() == [*held, 999]
    assert not model.extend_ids([ArticleId(999), *held])  # the archive changed in between
    assert model.ids() == [999, *held]


def test_a_page_that_cannot_be_read_is_shown_as_a_failure(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:

    def busy(ids: object) -> object:
        raise ArchiveBusy.of(ErrorCode.BUSY, where=archive.location.describe())

    monkeypatch.setattr(archive, "article_summaries", busy)
    model = window.model
    with qtbot.waitSignal(model.failed):
        model.refresh_rows([model.article_id(0)])
    assert len(warnings) == 1
    assert "مشغول" in warnings[0]  # in the window's language
    assert model.data(model.index(0, 0)) is not None  # the rows read before stay


def test_the_bulk_dialogs_read_their_choices_on_the_runner(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    calls_on_gui_thread: GuiThreadCalls,
) -> None:
    ids = archive.article_ids()
    archive.tag_articles(ids[:1], ["ثقافة"])
    archive.update_articles(ids[:1], source="العرب")
    window.article_list.select_row(0)
    everything = QItemSelection(window.model.index(0, 0), window.model.index(1, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.article_list.selectionModel().select(everything, flags)
    tag_calls = calls_on_gui_thread(archive, "tag_names")
    summary_calls = calls_on_gui_thread(archive, "article_summaries")
    offered: list[list[str]] = []
    read_before: list[bool] = []  # whether any of each dialog's choices was read on the GUI
    answers = iter(["سياسة", "سياسة", "ثقافة", "الحياة"])

    def ask(cls: object, parent: object, title: str, label: str, choices: list[str]) -> str:
        offered.append(list(choices))
        read_before.append(not (tag_calls or summary_calls) or any(tag_calls + summary_calls))
        return next(answers)

    monkeypatch.setattr(BulkValueDialog, "ask", classmethod(ask))
    bulk = window.bulk
    for action in (bulk.tag, bulk.untag, bulk.untag, bulk.set_source):
        tag_calls.clear()
        summary_calls.clear()
        with qtbot.waitSignal(window.history.changed):
            action.trigger()
    assert offered == [["ثقافة"], ["ثقافة", "سياسة"], ["ثقافة"], ["العرب"]]
    assert read_before == [False] * 4  # each read, and on the runner
    assert {a.source for a in archive.article_records(ids)} == {"الحياة"}

    with qtbot.waitSignal(window.bulk.message) as told:  # nothing to remove: no dialog at all
        window.bulk.untag.trigger()
    assert told.args == ["المقالات المحددة بلا وسوم"]
    assert len(offered) == 4


def test_a_dossier_chip_shows_the_name_read_on_the_runner(
    qtbot: QtBot, window: MainWindow, archive: Archive, calls_on_gui_thread: GuiThreadCalls
) -> None:
    dossier_id, _ = archive.create_dossier("ملف الحي")
    calls = calls_on_gui_thread(archive, "dossier")
    chips = window.search_bar.chips
    window.side_panel.dossier_chosen.emit(dossier_id)  # as a click on the dossier
    qtbot.waitUntil(lambda: chips.scope() == "الإضبارة: ملف الحي")
    assert calls
    assert not any(calls)


def test_the_side_panel_reads_its_names_and_counts_on_the_runner(
    qtbot: QtBot, window: MainWindow, archive: Archive, calls_on_gui_thread: GuiThreadCalls
) -> None:
    archive.tag_articles(archive.article_ids()[:1], ["ثقافة"])
    calls = calls_on_gui_thread(archive, "tags")
    panel = window.side_panel
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    assert calls == [False]
    tag = archive.find_tag("ثقافة")
    assert tag is not None
    index = panel.side_model.index_of(NodeKind.TAG, tag.id)
    assert index.data(panel.side_model.COUNT_ROLE) == 1
