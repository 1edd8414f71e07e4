"""The window's own archive work runs on its TaskRunner, never the GUI thread: the article
shown is read there, the editor saves on its writer, a dossier to export is read there. Each
test waits for the result on a real signal, and shows that a failure reaches the user."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft, ArticleId
from ui.window.app import create_application
from ui.window.main_window import MainWindow
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


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, caption, text: shown.append(text))
    return shown


def _on_gui_thread(archive: Archive, monkeypatch: pytest.MonkeyPatch, name: str) -> list[bool]:
    """Record, for every call of ``archive.name``, whether it ran on the GUI thread."""
    calls: list[bool] = []
    method = getattr(archive, name)

    def recorded(*args: object, **kwargs: object) -> object:
        calls.append(threading.current_thread() is threading.main_thread())
        return method(*args, **kwargs)

    monkeypatch.setattr(archive, name, recorded)
    return calls


def test_the_shown_article_is_read_on_the_runner(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _on_gui_thread(archive, monkeypatch, "article")
    article_id = window.model.article_id(1)
    with qtbot.waitSignal(window.shown.shown) as shown:
        window._select_row(1)
    assert calls
    assert not any(calls)  # never on the GUI thread
    assert shown.args == [article_id]
    qtbot.waitUntil(lambda: window.pane.article_id == article_id)
    assert window.editor.lines["title"].text() == archive.article(article_id).title


def test_a_failed_read_of_the_shown_article_is_shown(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = _warnings(monkeypatch)
    gone = window.model.article_id(0)
    archive.trash_articles([gone])
    archive.purge_articles([gone])  # purged behind the window's back: the read finds nothing
    with qtbot.waitSignal(window.shown.failed):
        window.shown.show(ArticleId(gone))
    assert len(warnings) == 1


def test_the_editor_saves_on_the_writer_and_the_window_shows_it(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    article_id = window.model.article_id(0)
    assert window.shown.article_id == article_id  # shown by the list, as it opened
    calls = _on_gui_thread(archive, monkeypatch, "update_article")
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
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings = _warnings(monkeypatch)
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
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    dossier_id, _ = archive.create_dossier("ملف")
    archive.add_to_dossier(dossier_id, archive.article_ids())
    calls = _on_gui_thread(archive, monkeypatch, "dossier")
    exported: list[tuple[list[int], str]] = []
    monkeypatch.setattr(
        window.commands, "export", lambda ids, title: exported.append((list(ids), title))
    )
    window._on_dossier_export_requested(dossier_id)
    qtbot.waitUntil(lambda: bool(exported))
    assert calls == [False]
    assert exported == [(list(archive.dossier(dossier_id).article_ids), "ملف")]

    warnings = _warnings(monkeypatch)
    archive.delete_dossier(dossier_id)
    window._on_dossier_export_requested(dossier_id)  # gone meanwhile: the failure is shown
    qtbot.waitUntil(lambda: bool(warnings))
    assert len(exported) == 1
