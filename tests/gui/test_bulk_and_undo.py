"""Bulk work and undo in the real window, offscreen, on a real archive: three selected articles
tagged, given a source and a date, trashed and put in a dossier, each as one step that Ctrl+Z
takes back; a field edit undone. Every step is checked through the storage API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.changes import Changes
from storage.records import ArticleDraft, ArticleId
from tests.gui.untranslated import untranslated
from ui.window.app import create_application
from ui.window.dialogs.bulk_value import BulkValueDialog
from ui.window.dialogs.choose_dossier import ChooseDossierDialog
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.name_prompt import NamePrompt
from ui.window.dialogs.note_dialog import NoteDialog
from ui.window.main_window import MainWindow
from ui.window.models.side_panel_model import NodeKind
from ui.window.settings import Settings
from ui.window.undo import Step, UndoHistory, run_now

TITLES = ("مكتبة المدينة القديمة تفتح أبوابها", "سوق الكتب المستعملة", "أمسية شعرية في الساحة")


@pytest.fixture
def three(archive: Archive) -> list[ArticleId]:
    ids = []
    for number, title in enumerate(TITLES):
        draft = ArticleDraft(title=title, body=f"نص المقال رقم {number} عن {title}.")
        outcome, _ = archive.add_article(draft)
        assert outcome.article_id is not None
        ids.append(outcome.article_id)
    archive.tag_articles([ids[0]], ["ثقافة"])
    return ids


@pytest.fixture
def window(
    qtbot: QtBot, archive: Archive, three: list[ArticleId], tmp_path: Path
) -> Iterator[MainWindow]:
    create_application([], language="ar")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 3)
    # The first article is shown by itself, read off the GUI thread: its panes take input then.
    qtbot.waitUntil(lambda: shown.pane.article_id == shown.model.article_id(0))
    yield shown
    shown.release()
    untranslated()


def select_all(window: MainWindow) -> None:
    model, selection = window.model, window.article_list.selectionModel()
    window.article_list.select_row(0)
    everything = QItemSelection(model.index(0, 0), model.index(model.rowCount() - 1, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(everything, flags)


def step(qtbot: QtBot, window: MainWindow, act: Callable[[], object]) -> None:
    """Do ``act`` and wait for the step it starts to be written (off the GUI thread)."""
    with qtbot.waitSignal(window.history.changed):
        act()


def undo(qtbot: QtBot, window: MainWindow) -> None:
    window.article_list.setFocus()
    step(
        qtbot,
        window,
        lambda: qtbot.keyClick(
            window.article_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        ),
    )


def tags(archive: Archive, ids: list[ArticleId]) -> list[tuple[str, ...]]:
    return [a.tags for a in archive.article_records(ids)]


def test_a_tag_typed_in_the_tags_tab_goes_on_the_three_selected_and_is_undone(
    qtbot: QtBot, window: MainWindow, archive: Archive, three: list[ArticleId]
) -> None:
    select_all(window)
    assert window.selection_label.text() == "3 مقالات محددة"
    window.tabs.setCurrentWidget(window.details_page)
    window.details.tags.tag_field.setText("سوريا")
    step(qtbot, window, lambda: qtbot.keyClick(window.details.tags.tag_field, Qt.Key.Key_Return))
    assert tags(archive, three) == [("ثقافة", "سوريا"), ("سوريا",), ("سوريا",)]
    assert window.history.undo_action.text().replace("&", "") == "تراجع عن وسم 3 مقالات «سوريا»"
    undo(qtbot, window)
    assert tags(archive, three) == [("ثقافة",), (), ()]
    assert archive.find_tag("سوريا") is None  # the tag the step made goes with it
    assert sorted(window.article_list.selected_ids()) == three  # the selection stays
    step(qtbot, window, window.history.redo_action.trigger)
    assert tags(archive, three) == [("ثقافة", "سوريا"), ("سوريا",), ("سوريا",)]


def test_bulk_commands_act_on_every_selected_article(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    three: list[ArticleId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_all(window)
    answers = iter(["العرب", "1436-10-26 هـ", "ثقافة"])
    monkeypatch.setattr(BulkValueDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    step(qtbot, window, window.bulk.set_source.trigger)
    step(qtbot, window, window.bulk.set_date.trigger)
    records = archive.article_records(three)
    assert {(a.source, a.date) for a in records} == {("العرب", dt.date(2015, 8, 11))}
    step(qtbot, window, window.bulk.untag.trigger)
    assert tags(archive, three) == [(), (), ()]
    undo(qtbot, window)
    assert tags(archive, three) == [("ثقافة",), (), ()]
    undo(qtbot, window)  # the date
    assert {a.date for a in archive.article_records(three)} == {None}
    assert {a.source for a in archive.article_records(three)} == {"العرب"}
    undo(qtbot, window)  # the source
    assert {a.source for a in archive.article_records(three)} == {""}


def test_trash_and_dossier_of_a_selection_are_undone(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    three: list[ArticleId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ChooseDossierDialog, "ask", classmethod(lambda cls, p, d: "ملف الحي"))
    select_all(window)
    step(qtbot, window, window.actions_.add_to_dossier.trigger)
    dossier = archive.find_dossier("ملف الحي")
    assert dossier is not None
    assert set(dossier.article_ids) == set(three)
    select_all(window)
    step(qtbot, window, window.actions_.trash.trigger)
    assert archive.article_count() == 0
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    undo(qtbot, window)
    assert archive.article_count() == 3
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    undo(qtbot, window)
    assert archive.find_dossier("ملف الحي") is None
    assert not window.history.stack.canUndo()


def test_a_saved_field_edit_is_undone(
    qtbot: QtBot, window: MainWindow, archive: Archive, three: list[ArticleId]
) -> None:
    window.article_list.select_article(three[1])
    qtbot.waitUntil(lambda: window.editor.article_id == three[1])
    window.editor.lines["place"].setText("حلب")
    window.editor.lines["place"].textEdited.emit("حلب")
    with qtbot.waitSignal(window.editor.saved):
        window.actions_.save.trigger()
    assert archive.article(three[1]).place == "حلب"
    assert window.history.undo_action.text().replace("&", "").startswith("تراجع عن تحرير «")
    step(qtbot, window, window.history.undo_action.trigger)
    assert archive.article(three[1]).place == ""
    qtbot.waitUntil(lambda: window.editor.lines["place"].text() == "")  # shows what is stored
    step(qtbot, window, window.history.redo_action.trigger)
    assert archive.article(three[1]).place == "حلب"


def test_each_step_runs_through_the_submit_function_it_is_given(
    qtbot: QtBot, archive: Archive, three: list[ArticleId]
) -> None:
    """As the window's task runner would run them: later, then done or failed."""
    queued: list[tuple[Step, Callable[[Changes], None], Callable[[str], None]]] = []
    history = UndoHistory(archive, submit=lambda *step: queued.append(step))
    refused: list[str] = []
    history.failed.connect(refused.append)
    history.trash(three[:1])
    assert archive.article_count() == 3  # not run yet, and not on the stack
    assert history.stack.count() == 0
    run_now(*queued.pop())
    assert archive.article_count() == 2
    assert history.stack.count() == 1
    history.tag([9_999], "وسم")
    run_now(*queued.pop())
    assert history.stack.count() == 1  # refused: never on the stack
    assert "9999" in refused[0]
    history.stack.undo()
    run_now(*queued.pop())
    assert archive.article_count() == 3


def show_details_of(qtbot: QtBot, window: MainWindow, article_id: ArticleId) -> None:
    window.article_list.select_article(article_id)
    qtbot.waitUntil(lambda: window.details.article_id == article_id)
    window.tabs.setCurrentWidget(window.details_page)


def notes(archive: Archive, article_id: ArticleId) -> list[str]:
    return [n.text for n in archive.article(article_id).notes]


def test_adding_editing_and_deleting_a_note_are_each_undone_and_redone(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    three: list[ArticleId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_details_of(qtbot, window, three[0])
    panel = window.details.notes
    answers = iter(["ملاحظة أولى", "ملاحظة منقحة"])
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, *a: next(answers)))
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *a: True))
    step(qtbot, window, panel.add_button.click)
    assert notes(archive, three[0]) == ["ملاحظة أولى"]
    qtbot.waitUntil(lambda: panel.note_list.count() == 1)
    panel.note_list.setCurrentRow(0)
    step(qtbot, window, panel.edit_button.click)
    assert notes(archive, three[0]) == ["ملاحظة منقحة"]
    qtbot.waitUntil(lambda: "منقحة" in panel.note_list.item(0).text())
    panel.note_list.setCurrentRow(0)
    step(qtbot, window, panel.delete_button.click)
    assert notes(archive, three[0]) == []
    undo(qtbot, window)  # the deletion: the note is back
    assert notes(archive, three[0]) == ["ملاحظة منقحة"]
    undo(qtbot, window)  # the edit, on the note put back
    assert notes(archive, three[0]) == ["ملاحظة أولى"]
    undo(qtbot, window)  # the note added
    assert notes(archive, three[0]) == []
    for expected in (["ملاحظة أولى"], ["ملاحظة منقحة"], []):
        step(qtbot, window, window.history.redo_action.trigger)
        assert notes(archive, three[0]) == expected


def test_attaching_and_removing_files_are_undone_and_redone(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    three: list[ArticleId],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    scan, text = tmp_path / "صفحة.png", tmp_path / "notes.txt"
    scan.write_bytes(b"\x89PNG page one")
    text.write_text("مسودة", encoding="utf-8")
    show_details_of(qtbot, window, three[1])
    panel = window.details.attachments

    def files() -> list[tuple[str, bytes]]:
        return sorted(
            (a.filename, archive.attachment_bytes(a.id))
            for a in archive.article(three[1]).attachments
        )

    with qtbot.waitSignal(panel.attachments_changed):
        panel.attach_paths([scan, text])
    both = [("notes.txt", "مسودة".encode()), ("صفحة.png", b"\x89PNG page one")]
    assert files() == both
    qtbot.waitUntil(lambda: panel.file_list.topLevelItemCount() == 2)
    panel.select_attachment(archive.article(three[1]).attachments[0].id)
    removed = panel.selected_attachment()
    assert removed is not None
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *a: True))
    step(qtbot, window, panel.remove_button.click)
    assert len(files()) == 1
    scan.unlink()
    text.unlink()  # undo and redo need not the files attached from
    undo(qtbot, window)  # the removal
    assert files() == both
    undo(qtbot, window)  # the two files attached, as one step
    assert files() == []
    step(qtbot, window, window.history.redo_action.trigger)
    assert files() == both
    step(qtbot, window, window.history.redo_action.trigger)
    assert [name for name, _ in files()] == [n for n, _ in both if n != removed.filename]


def test_renaming_and_deleting_a_tag_in_the_side_panel_are_undone(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    three: list[ArticleId],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    archive.tag_articles(three[1:], ["ثقافة"])
    archive.tag_articles([three[2]], ["شعر"])
    culture = archive.find_tag("ثقافة")
    poetry = archive.find_tag("شعر")
    assert culture is not None
    assert poetry is not None
    archive.set_tag_parent(poetry.id, culture.id)
    panel = window.side_panel
    with qtbot.waitSignal(panel.refreshed):  # read on the runner
        panel.refresh()
    monkeypatch.setattr(NamePrompt, "ask", classmethod(lambda cls, *a: "أدب"))
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *a: True))

    def act(name: str) -> None:
        tag_id = archive_tag_id(archive, name)
        model = panel.side_model  # shows the tag's name once the panel has read it again

        def shown() -> bool:
            return bool(model.index_of(NodeKind.TAG, tag_id).data(model.NAME_ROLE) == name)

        qtbot.waitUntil(shown)
        index = model.index_of(NodeKind.TAG, tag_id)
        action = panel.menu_for(index).findChild(QAction, name_of[name])
        assert isinstance(action, QAction)
        step(qtbot, window, action.trigger)

    name_of = {"ثقافة": "rename_tag", "أدب": "delete_tag"}
    act("ثقافة")
    assert tags(archive, three) == [("أدب",), ("أدب",), ("أدب", "شعر")]
    act("أدب")
    assert tags(archive, three) == [(), (), ("شعر",)]
    undo(qtbot, window)  # the deletion: back on its three articles, «شعر» under it again
    assert tags(archive, three) == [("أدب",), ("أدب",), ("أدب", "شعر")]
    literature = archive.find_tag("أدب")
    poetry_now = archive.find_tag("شعر")
    assert literature is not None
    assert poetry_now is not None
    assert poetry_now.parent_id == literature.id
    undo(qtbot, window)  # the rename, on the tag put back
    assert tags(archive, three) == [("ثقافة",), ("ثقافة",), ("ثقافة", "شعر")]
    step(qtbot, window, window.history.redo_action.trigger)
    step(qtbot, window, window.history.redo_action.trigger)
    assert tags(archive, three) == [(), (), ("شعر",)]


def archive_tag_id(archive: Archive, name: str) -> int:
    tag = archive.find_tag(name)
    assert tag is not None
    return tag.id
