"""A day's work in the real window, offscreen, on a real archive: create an article, edit and
save it, tag it, note it, find it with a variant spelling, put it in a dossier, export the
dossier, trash and restore it, switch the interface language. Each step is checked through
the storage API, not through what the window says."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ArticleDraft
from tests.own_texts import ARTICLE
from ui.window.app import WindowSession, create_application, set_language
from ui.window.archive_commands import ImportChooser
from ui.window.dialogs.choose_dossier import ChooseDossierDialog
from ui.window.dialogs.export_dialog import ExportDialog
from ui.window.dialogs.import_dialog import ImportDialog
from ui.window.dialogs.note_dialog import NoteDialog
from ui.window.dialogs.recover_edits import RecoverEditsDialog
from ui.window.dialogs.unsaved_changes import UnsavedChangesDialog
from ui.window.listing import TRASH
from ui.window.main_window import MainWindow
from ui.window.models.side_panel_model import NodeKind
from ui.window.settings import Settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
BODY = (
    "أعلنت قوات سوريا الديمقراطية السبت سيطرتها على آخر جيب لتنظيم الدولة الإسلامية في "
    "الباغوز، ما يعني نهاية دولة «الخلافة» التي أعلنها التنظيم عام 2014."
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(
    qtbot: QtBot, archive: Archive, settings: Settings, tmp_path: Path
) -> Iterator[MainWindow]:
    create_application([], language="ar")
    shown = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.summary_label.text() != "")
    yield shown
    shown.release()


def test_a_days_work(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "main-window-empty.png"))

    # a new article, typed in and saved with Ctrl+S
    window.actions_.new_article.trigger()
    assert window.tabs.currentWidget() is window.edit_splitter
    window.editor.lines["title"].setText("نهاية دولة الخلافة")
    window.editor.lines["title"].textEdited.emit("")
    window.editor.lines["source"].setText("العرب")
    window.editor.texts["body"].setPlainText(BODY)
    assert window.isWindowModified()
    with qtbot.waitSignal(window.editor.saved):  # saved on the writer
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert archive.article_count() == 1
    (article_id,) = archive.article_ids()
    assert archive.article(article_id).title == "نهاية دولة الخلافة"
    qtbot.waitUntil(lambda: window.pane.article_id == article_id)
    assert window.article_list.current_id() == article_id
    assert not window.isWindowModified()

    # edit and save
    window.editor.lines["place"].setText("دير الزور")
    window.editor.lines["place"].textEdited.emit("دير الزور")
    with qtbot.waitSignal(window.editor.saved):
        window.actions_.save.trigger()
    assert archive.article(article_id).place == "دير الزور"

    # a tag, typed with Enter; a note through its dialog
    window.tabs.setCurrentWidget(window.details_page)
    window.details.tags.tag_field.setText("سوريا")
    with qtbot.waitSignal(window.history.changed):  # one undoable step, off the GUI thread
        qtbot.keyClick(window.details.tags.tag_field, Qt.Key.Key_Return)
    assert archive.article(article_id).tags == ("سوريا",)
    monkeypatch.setattr(NoteDialog, "ask", classmethod(lambda cls, parent, text="": "للمتابعة"))
    with qtbot.waitSignal(window.history.changed):  # one undoable step too
        window.details.notes.add_note()
    assert [n.text for n in archive.article(article_id).notes] == ["للمتابعة"]
    qtbot.waitUntil(lambda: "سوريا" in window.pane.toPlainText())

    # found again with other spellings: no hamza, ه for ة, a clitic
    window.search_field.setText("الاسلاميه وبالخلافه")
    qtbot.waitUntil(lambda: window.article_list.listing.query == "الاسلاميه وبالخلافه")
    qtbot.waitUntil(lambda: window.model.has_snippets and window.model.rowCount() == 1)
    assert window.model.article_id(0) == article_id

    # into a new dossier, then exported from the dossier's context menu
    monkeypatch.setattr(ChooseDossierDialog, "ask", classmethod(lambda cls, p, d: "ملف سوريا"))
    with qtbot.waitSignal(window.history.changed):  # an undoable step
        window.actions_.add_to_dossier.trigger()
    dossier = archive.find_dossier("ملف سوريا")
    assert dossier is not None
    assert dossier.article_ids == (article_id,)
    panel = window.side_panel
    qtbot.waitUntil(lambda: panel.side_model.index_of(NodeKind.DOSSIER, dossier.id).isValid())
    menu = panel.menu_for(panel.side_model.index_of(NodeKind.DOSSIER, dossier.id))
    export = next(a for a in menu.actions() if a.objectName() == "export_dossier")
    export.trigger()  # the dossier is read on the runner, then the dialog opens
    qtbot.waitUntil(lambda: any(isinstance(d, ExportDialog) for d in window.commands.running))
    dialog = next(d for d in window.commands.running if isinstance(d, ExportDialog))
    pdf = tmp_path / "dossier.pdf"
    dialog.path_edit.setText(str(pdf))
    monkeypatch.setattr(ExportDialog, "ask_done", classmethod(lambda cls, p, path, n: "close"))
    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()
    # the path keeps its own direction in the Arabic status bar (not «…pdf.dossier»)
    assert f"\u2066{pdf}\u2069" in window.statusBar().currentMessage()
    assert not dialog.isVisible()  # done: the export dialog has closed
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    letters = "".join(c for c in text if c.isalpha())  # poppler may split a word after ر
    assert "ملفسوريا" in letters
    assert "ديرالزور" in letters
    assert "للمتابعة" in letters

    # to the trash and back
    window.search_field.clear()
    window.article_list.select_article(article_id)
    with qtbot.waitSignal(window.history.changed):  # an undoable step
        window.actions_.trash.trigger()
    assert archive.article(article_id).trashed is not None
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    panel.trash_chosen.emit()
    qtbot.waitUntil(lambda: window.scope == TRASH and window.model.rowCount() == 1)
    assert not window.search_field.isEnabled()
    window.article_list.select_row(0)
    with qtbot.waitSignal(window.history.changed):  # an undoable step
        window.actions_.restore.trigger()
    assert archive.article(article_id).trashed is None
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    panel.all_chosen.emit()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)


def test_the_list_sorts_by_its_columns_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    archive = window._archive
    for title, source in (("ب مقال", "ج"), ("أ مقال", "ب"), ("ج مقال", "أ")):
        archive.add_article(ArticleDraft(title=title, body=f"نص {title}", source=source))
    window.article_list.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.article_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.article_list.listing.order == "title")
    qtbot.waitUntil(lambda: window.model.data(window.model.index(0, 0)) == "أ مقال")
    window.article_list.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.model.data(window.model.index(0, 1)) == "ج")


def test_an_edit_left_by_a_crash_is_offered_back(
    qtbot: QtBot,
    archive: Archive,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_application([], language="ar")
    archive.import_drafts(read_paths([ARTICLE]))
    (article_id,) = archive.article_ids()
    first = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.pane.article_id == article_id)
    first.editor.lines["title"].setText("عنوان لم يحفظ")
    first.editor.lines["title"].textEdited.emit("")
    qtbot.waitUntil(lambda: any((tmp_path / "recovery").glob("*")))
    first._is_released = True  # the program dies here: nothing is asked, nothing saved
    first.hide()

    monkeypatch.setattr(RecoverEditsDialog, "ask", classmethod(lambda cls, p, title, at: True))
    second = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.editor.is_dirty)
    assert second.tabs.currentWidget() is second.edit_splitter
    assert second.editor.lines["title"].text() == "عنوان لم يحفظ"
    with qtbot.waitSignal(second.editor.saved):
        second.actions_.save.trigger()
    assert archive.article(article_id).title == "عنوان لم يحفظ"
    assert not any((tmp_path / "recovery").glob("*"))
    monkeypatch.setattr(UnsavedChangesDialog, "ask", classmethod(lambda cls, p: "discard"))
    second.release()


def test_files_dropped_or_chosen_are_imported(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("مقال أسقط على النافذة\n\nنص المقال الذي سحبه المستخدم من مدير الملفات.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    position = QPointF(window.rect().center())
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(position, action, mime, buttons, keys))
    qtbot.waitUntil(lambda: archive.article_count() == 1)
    assert archive.articles()[0].title == "مقال أسقط على النافذة"
    (dialog,) = [d for d in window.commands.running if isinstance(d, ImportDialog)]
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.accept()

    monkeypatch.setattr(ImportChooser, "ask_files", classmethod(lambda cls, p: [ARTICLE]))
    window.actions_.import_files.trigger()
    qtbot.waitUntil(lambda: archive.article_count() == 2)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    (dialog,) = [d for d in window.commands.running if isinstance(d, ImportDialog)]
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.accept()


def test_the_language_switches_in_a_new_window(
    qtbot: QtBot, archive: Archive, settings: Settings
) -> None:
    app = create_application([], language="ar")
    session = WindowSession(app, settings, QThreadPool.globalInstance())
    arabic = session.show(archive)  # the session closes and deletes it at the switch
    old_runner = arabic.runner
    try:
        dialog = arabic.commands.edit_settings()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.ok_button.click()
        assert settings.language == "en"
        english = session.window
        assert english is not None
        assert english is not arabic
        qtbot.addWidget(english)
        assert english.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert english.actions_.save.text() == "&Save"
        assert old_runner.is_cancelled  # nothing more reaches the old window
    finally:
        set_language(app, "ar")
        if session.window is not None:
            session.window.release()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # Arabic again
    assert QApplication.translate("ArticleTableModel", "Title") == "العنوان"


def test_the_language_switches_while_a_backup_is_being_written(
    qtbot: QtBot,
    archive: Archive,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The old window's backup still runs, held on an event only the test sets: the switch
    completes meanwhile, so the GUI thread never waited for it (before, it froze in
    waitForDone until the backup ended; here that would hang the test)."""
    app = create_application([], language="ar")
    started, release = threading.Event(), threading.Event()
    backup = archive.backup

    def held_backup(target: Path) -> object:
        started.set()
        release.wait()
        return backup(target)

    monkeypatch.setattr(archive, "backup", held_backup)
    session = WindowSession(app, settings, QThreadPool.globalInstance())
    arabic = session.show(archive)
    old_runner = arabic.runner
    try:
        assert arabic.scheduler.backup_now(tmp_path / "held.zip")
        qtbot.waitUntil(started.is_set)  # the backup is on its thread, and stays there
        dialog = arabic.commands.edit_settings()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.ok_button.click()  # returns only once the new window is up
        english = session.window
        assert english is not None
        assert english is not arabic
        assert english.actions_.save.text() == "&Save"
        assert not release.is_set()
        assert not old_runner.is_idle  # the backup is still being written
        qtbot.addWidget(english)
        english.search_field.setText("x")  # the new window answers while the backup runs
        qtbot.waitUntil(lambda: english.article_list.listing.query == "x")
    finally:
        release.set()
    qtbot.waitUntil(lambda: old_runner.is_idle)  # the old window went once its work ended
    assert (tmp_path / "held.zip").is_file()
    set_language(app, "ar")
    english.release()


def test_hostile_text_is_stored_and_shown_safely(
    qtbot: QtBot, window: MainWindow, archive: Archive
) -> None:
    """Bidi overrides, ZWJ, NULs, lone surrogates and a megabyte-long word: stored (the
    unstorable characters cleaned), shown in the list, the reading pane and the editor."""
    override = "\u202eالعرب"  # a right-to-left override that is never closed
    body = "قبل\u200dبعد\x00 " + "ا" * 1_000_000 + " \ud800نهاية"
    outcome, _ = archive.add_article(ArticleDraft(title="عنوان\u202d", body=body, source=override))
    assert outcome.article_id is not None
    stored = archive.article(outcome.article_id)
    assert "\x00" not in stored.body
    assert "\ud800" not in stored.body
    assert stored.source == override
    window.article_list.refresh()
    qtbot.waitUntil(lambda: window.pane.article_id == outcome.article_id)
    assert window.model.data(window.model.index(0, 1)) == override
    shown = window.pane.toPlainText()
    assert "\u2068\u202eالعرب\u2069" in shown  # the override is isolated from its neighbours
    assert "ا" * 100 in shown
    editor_body = window.editor.texts["body"]
    assert editor_body.toPlainText() == stored.body
    assert editor_body.lineWrapMode() == editor_body.LineWrapMode.NoWrap
    window.tabs.setCurrentWidget(window.edit_splitter)
    assert window.grab().save(str(SCREENSHOTS / "hostile-text.png"))
