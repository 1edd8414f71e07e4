"""Tags, notes and attached files of an article, through the details pane, on a real archive."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.changes import Changes
from storage.records import ArticleDraft
from tests.gui.conftest import GuiThreadCalls
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.note_dialog import NoteDialog
from ui.window.panes.article_details import ArticleDetails
from ui.window.panes.attachments_panel import AttachmentsPanel
from ui.window.tasks import TaskRunner

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def _article(archive: Archive, title: str, body: str) -> int:
    outcome, _changes = archive.add_article(ArticleDraft(title=title, body=body))
    assert outcome.article_id is not None
    return outcome.article_id


@pytest.fixture
def details(qtbot: QtBot, archive: Archive, runner: TaskRunner) -> ArticleDetails:
    pane = ArticleDetails(archive, runner)
    qtbot.addWidget(pane)
    pane.resize(640, 700)

    def show_again(changes: Changes) -> None:  # what the main window's _apply does
        if pane.article_id is not None and pane.article_id in changes.updated:
            pane.show_article(archive.article(pane.article_id))

    pane.article_changed.connect(show_again)
    return pane


def test_tags_are_added_with_completion_and_removed(
    qtbot: QtBot,
    archive: Archive,
    details: ArticleDetails,
    monkeypatch: pytest.MonkeyPatch,
    calls_on_gui_thread: GuiThreadCalls,
) -> None:
    other = _article(archive, "مقال آخر", "نص المقال الآخر")
    archive.tag_articles([other], ["السياسة الدولية", "إسلام سياسي", "اقتصاد"])
    article_id = _article(archive, "حلم الخلافة", "نص عن الخلافة")
    tags = details.tags
    calls = calls_on_gui_thread(archive, "tag_names")
    assert tags.completions("اسلام") == []  # no names read yet
    with qtbot.waitSignal(tags.names_read):  # the names are read on the runner
        details.show_article(archive.article(article_id))
    assert calls == [False]
    details.show()

    # spelled without hamza and with a final heh: the archive's own way of matching names
    assert tags.completions("اسلام") == ["إسلام سياسي"]
    assert tags.completions("سياسه") == ["السياسة الدولية"]
    tags.tag_field.setFocus()
    tags.tag_field.setText("سيا")
    tags.tag_field.textEdited.emit("سيا")
    assert tags.completion_model.stringList() == ["إسلام سياسي", "السياسة الدولية"]
    assert tags.completion_popup.isVisible()
    tags.completion_popup.setCurrentIndex(tags.completion_model.index(1))
    with qtbot.waitSignal(details.article_changed) as changed:
        qtbot.keyClick(tags.completion_popup, Qt.Key.Key_Return)
    assert changed.args[0].updated == {article_id}
    assert archive.article(article_id).tags == ("السياسة الدولية",)
    assert [t.name for t in archive.tags()].count("السياسة الدولية") == 1  # no second tag
    assert tags.tag_field.text() == ""

    tags.tag_field.setText("حرب")
    with qtbot.waitSignal(tags.tags_changed):  # stored by the one writer, off the GUI thread
        qtbot.keyClick(tags.tag_field, Qt.Key.Key_Return)
    assert set(archive.article(article_id).tags) == {"السياسة الدولية", "حرب"}
    assert tags.completions("سياسه") == []  # the article's own tags are not offered again
    assert sorted(tags.tag_list.item(i).text() for i in range(tags.tag_list.count())) == sorted(
        archive.article(article_id).tags
    )

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    tags.tag_field.setText("!!")
    qtbot.keyClick(tags.tag_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "!!" in warnings[0]
    assert set(archive.article(article_id).tags) == {"السياسة الدولية", "حرب"}

    item = tags.tag_list.findItems("حرب", Qt.MatchFlag.MatchExactly)[0]
    item.setSelected(True)
    assert tags.remove_button.isEnabled()
    with qtbot.waitSignal(tags.tags_changed):
        tags.remove_button.click()
    assert archive.article(article_id).tags == ("السياسة الدولية",)
    assert archive.article(other).tags  # the other article keeps its tags


def test_notes_are_added_edited_and_deleted(
    qtbot: QtBot, archive: Archive, details: ArticleDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = _article(archive, "حلم الخلافة", "نص عن الخلافة")
    details.show_article(archive.article(article_id))
    notes = details.notes
    answers = iter(["مصدر موثوق", "مصدر موثوق جداً"])
    asked: list[str] = []

    def answer(cls: type[NoteDialog], parent: object, text: str = "") -> str | None:
        asked.append(text)
        return next(answers, None)

    monkeypatch.setattr(NoteDialog, "ask", classmethod(answer))
    with qtbot.waitSignal(details.article_changed):
        notes.add_button.click()
    stored = archive.article(article_id).notes
    assert [n.text for n in stored] == ["مصدر موثوق"]
    assert stored[0].created_by == archive.user
    assert notes.note_list.count() == 1
    assert "مصدر موثوق" in notes.note_list.item(0).text()

    notes.select_note(stored[0].id)
    with qtbot.waitSignal(notes.notes_changed):
        notes.edit_button.click()
    assert asked == ["", "مصدر موثوق"]  # editing starts from the stored text
    assert [n.text for n in archive.article(article_id).notes] == ["مصدر موثوق جداً"]
    assert notes.selected_note() == archive.article(article_id).notes[0]

    notes.edit_button.click()  # cancelled: nothing changes
    assert [n.text for n in archive.article(article_id).notes] == ["مصدر موثوق جداً"]

    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *args: False))
    notes.delete_button.click()
    assert len(archive.article(article_id).notes) == 1
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *args: True))
    with qtbot.waitSignal(details.article_changed):
        notes.delete_button.click()
    assert archive.article(article_id).notes == ()
    assert notes.note_list.count() == 0
    assert not notes.delete_button.isEnabled()


def test_files_are_attached_on_the_pool_opened_and_removed(
    qtbot: QtBot,
    archive: Archive,
    details: ArticleDetails,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    article_id = _article(archive, "حلم الخلافة", "نص عن الخلافة")
    details.show_article(archive.article(article_id))
    panel = details.attachments
    scan = tmp_path / "صفحة 3.pdf"
    scan.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 40)
    monkeypatch.setattr(AttachmentsPanel, "ask_files", classmethod(lambda cls, parent: [scan]))
    with qtbot.waitSignal(details.article_changed) as changed:
        panel.add_button.click()
    assert changed.args[0].updated == {article_id}
    assert not panel.is_attaching
    [attachment] = archive.article(article_id).attachments
    assert (attachment.filename, attachment.size) == ("صفحة 3.pdf", scan.stat().st_size)
    assert _row(panel, 0).text(0).strip("\u2068\u2069") == "صفحة 3.pdf"
    assert _row(panel, 0).text(1)  # a size, written for people

    opened: list[Path] = []

    def open_externally(cls: type[AttachmentsPanel], path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(AttachmentsPanel, "open_externally", classmethod(open_externally))
    whole: list[int] = []  # opening streams the file out: it is never read whole
    monkeypatch.setattr(archive, "attachment_bytes", lambda attachment_id: whole.append(1))
    panel.select_attachment(attachment.id)
    with qtbot.waitSignal(panel.opened):  # copied out in chunks, off the GUI thread
        panel.open_button.click()
    assert opened[0].name == "صفحة 3.pdf"
    assert opened[0].read_bytes() == scan.read_bytes()
    assert whole == []

    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *args: True))
    with qtbot.waitSignal(panel.attachments_changed):
        panel.remove_button.click()
    assert archive.article(article_id).attachments == ()
    assert panel.file_list.topLevelItemCount() == 0


def _row(panel: AttachmentsPanel, row: int) -> QTreeWidgetItem:
    item = panel.file_list.topLevelItem(row)
    assert item is not None
    return item


def test_a_file_that_cannot_be_attached_is_reported(
    qtbot: QtBot, archive: Archive, details: ArticleDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = _article(archive, "حلم الخلافة", "نص عن الخلافة")
    details.show_article(archive.article(article_id))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    missing = Path("/nonexistent/صورة.png")
    details.attachments.attach_paths([missing])
    assert details.attachments.task is not None
    with qtbot.waitSignal(details.attachments.task.finished):
        pass  # delivered queued: it cannot have gone by
    assert str(missing) in warnings[0]
    assert archive.article(article_id).attachments == ()


def test_nothing_to_change_without_an_article(details: ArticleDetails, archive: Archive) -> None:
    details.show_article(None)
    assert not details.tags.isEnabled()
    assert not details.notes.isEnabled()
    assert not details.attachments.isEnabled()
    assert not details.tags.add_tag("سياسة")
    assert archive.tags() == []


def test_screenshot(qtbot: QtBot, archive: Archive, runner: TaskRunner, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    direction = app.layoutDirection()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic interface does
    try:
        _take_screenshot(qtbot, archive, runner, tmp_path)
    finally:
        app.setLayoutDirection(direction)


def _take_screenshot(qtbot: QtBot, archive: Archive, runner: TaskRunner, tmp_path: Path) -> None:
    details = ArticleDetails(archive, runner)
    qtbot.addWidget(details)
    details.resize(640, 700)
    article_id = _article(archive, "حلم الخلافة", "نص عن الخلافة")
    archive.tag_articles([article_id], ["سياسة", "سوريا", "تنظيم الدولة"])
    archive.add_note(article_id, "نُشر أيضاً في الحياة، بعنوان مختلف")
    scan = tmp_path / "al-arab-2019-03-24-p3.pdf"
    scan.write_bytes(b"%PDF-1.4 " * 30_000)
    archive.attach_file(article_id, scan)
    details.show_article(archive.article(article_id))
    assert details.tags.tag_list.count() == 3
    assert details.notes.note_list.count() == 1
    assert details.attachments.file_list.topLevelItemCount() == 1
    details.show()
    qtbot.waitExposed(details)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert details.grab().save(str(SCREENSHOTS / "article-details.png"))


def test_cancelled_attaching_stops_before_the_next_file(
    qtbot: QtBot, archive: Archive, details: ArticleDetails, runner: TaskRunner, tmp_path: Path
) -> None:
    article_id = _article(archive, "حلم الخلافة", "نص عن الخلافة")
    details.show_article(archive.article(article_id))
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    for path in paths:
        path.write_text(str(path), encoding="utf-8")
    release = threading.Event()
    runner.write_pool.start(release.wait)  # the one writer is busy: attaching waits its turn
    panel = details.attachments
    panel.attach_paths(paths)
    assert panel.task is not None
    assert panel.task.is_running
    assert not panel.add_button.isEnabled()
    panel.cancel_button.click()
    with qtbot.waitSignal(panel.task.finished) as finished:
        release.set()
    assert finished.args == [(Changes(), [], [])]
    assert archive.article(article_id).attachments == ()
    assert not panel.is_attaching
    assert panel.add_button.isEnabled()
