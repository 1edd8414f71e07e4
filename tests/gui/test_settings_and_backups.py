"""Settings, backups from the window (scheduled, now, restore) and the crash dialog, on real
archives and real settings files in tmp_path (never the user's)."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QProgressDialog,
    QSplitter,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import storage.engine
from storage.archive import Archive
from storage.backup_schedule import backup_name, backups_in
from storage.errors import NotFound
from storage.records import ArticleDraft
from ui.window.app import chosen_location, open_archive
from ui.window.backups import BackupScheduler
from ui.window.dialogs.backup_dialogs import BackupNow, BackupReport, RestoreFromBackup
from ui.window.dialogs.crash_dialog import CrashDialog, install_exception_hook
from ui.window.dialogs.settings_dialog import SettingsDialog
from ui.window.settings import Settings
from ui.window.tasks import TaskRunner

NOW = dt.datetime(2026, 11, 25, 14, 5, tzinfo=dt.UTC)
HOLD_SECONDS = 30  # a worker held by a test gives up after this, so a failing test cannot hang


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        for n in range(3):
            opened.add_article(
                ArticleDraft(title=f"مقال رقم {n}", body=f"نص المقال رقم {n} عن الانتخابات")
            )
        opened.add_note(opened.articles()[0].id, "ملاحظة المؤرشف")
        yield opened


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    return Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """What the backup and restore actions reported at the end: (text, is a problem)."""
    shown: list[tuple[str, bool]] = []

    def show(_parent: QWidget, _title: str, text: str, *, is_problem: bool) -> None:
        shown.append((text, is_problem))

    monkeypatch.setattr(BackupReport, "show", show)
    return shown


def _reread(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


# -- settings ---------------------------------------------------------------------------------


def test_settings_round_trip_through_the_dialog(
    qtbot: QtBot, settings: Settings, settings_path: Path, tmp_path: Path
) -> None:
    assert (settings.language, settings.reading_font, settings.reading_size) == ("ar", "Amiri", 15)
    assert (settings.backup_folder, settings.backup_every_days, settings.backup_keep) == (
        None,
        7,
        10,
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "ar"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.font_combo.setCurrentText("Noto Sans Arabic")
    dialog.size_spin.setValue(18)
    dialog.location_edit.setText(str(tmp_path / "other-archive"))
    backups = tmp_path / "backups" / "weekly"
    dialog.backup_folder_edit.setText(str(backups))
    dialog.every_spin.setValue(3)
    dialog.keep_spin.setValue(4)
    with (
        qtbot.waitSignal(dialog.language_changed) as language,
        qtbot.waitSignal(dialog.archive_location_changed) as location,
        qtbot.waitSignal(dialog.reading_font_changed) as font,
        qtbot.waitSignal(dialog.backups_changed),
    ):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert language.args == ["en"]
    assert location.args == [str(tmp_path / "other-archive")]
    assert font.args == ["Noto Sans Arabic", 18]
    assert backups.is_dir()  # made when OK was pressed
    stored = _reread(settings_path)
    assert stored.language == "en"
    assert (stored.reading_font, stored.reading_size) == ("Noto Sans Arabic", 18)
    assert stored.archive_location == str(tmp_path / "other-archive")
    assert (stored.backup_folder, stored.backup_every_days, stored.backup_keep) == (
        str(backups),
        3,
        4,
    )
    assert "language=en" in settings_path.read_text()

    again = SettingsDialog(stored)  # shows what is stored; OK without changes says nothing
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "en"
    assert again.every_spin.value() == 3
    with (
        qtbot.assertNotEmitted(again.language_changed),
        qtbot.assertNotEmitted(again.backups_changed),
    ):
        again.ok_button.click()


def test_the_dialog_keeps_bad_values_out(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.backup_folder_edit.setText(str(blocker / "backups"))
    dialog.every_spin.setValue(1)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.problem_label.isVisible()
    assert str(blocker / "backups") in dialog.problem_label.text()
    assert settings.backup_folder is None
    assert settings.backup_every_days == 7

    dialog.backup_folder_edit.setText("")
    dialog.location_edit.setText("mysql://someone@server/press")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "mysql" in dialog.problem_label.text()
    assert settings.archive_location is None

    chosen = str(tmp_path / "chosen")
    monkeypatch.setattr(SettingsDialog, "ask_folder", classmethod(lambda cls, *_: chosen))
    dialog.location_button.click()
    assert dialog.location_edit.text() == chosen
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert settings.archive_location == chosen


def test_stored_values_are_checked_when_read(
    qtbot: QtBot, settings: Settings, settings_path: Path
) -> None:
    store = settings.store
    for key, value in {
        "ui/language": "fr",
        "reading/font": "Comic Sans",
        "reading/size": "huge",
        "backup/keep": "0",
        "backup/every_days": "-3",
        "backup/last": "yesterday",
    }.items():
        store.setValue(key, value)
    assert (settings.language, settings.reading_font, settings.reading_size) == ("ar", "Amiri", 15)
    assert (settings.backup_keep, settings.backup_every_days, settings.last_backup) == (
        10,
        7,
        None,
    )
    settings.last_backup = NOW
    settings.archive_location = "postgresql+psycopg://writer:secret@db.example/press"
    settings.sync()
    stored = _reread(settings_path)
    assert stored.last_backup == NOW
    assert stored.archive_location == "postgresql+psycopg://writer@db.example/press"
    assert "secret" not in settings_path.read_text()


def test_window_and_splitter_layouts_come_back(qtbot: QtBot, settings: Settings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    assert settings.layout("1366x768", "geometry") is None  # nothing saved yet
    splitter = QSplitter(window)
    splitter.addWidget(QTextEdit())
    splitter.addWidget(QTextEdit())
    window.setCentralWidget(splitter)
    window.resize(700, 480)
    window.show()
    qtbot.waitExposed(window)
    splitter.setSizes([100, 500])
    settings.save_layout("1366x768", "geometry", window.saveGeometry())
    settings.save_layout("1366x768", "articles", splitter.saveState())

    other = QMainWindow()
    qtbot.addWidget(other)
    other_splitter = QSplitter(other)
    other_splitter.addWidget(QTextEdit())
    other_splitter.addWidget(QTextEdit())
    other.setCentralWidget(other_splitter)
    geometry = settings.layout("1366x768", "geometry")
    state = settings.layout("1366x768", "articles")
    assert geometry is not None
    assert state is not None
    assert other.restoreGeometry(geometry)
    assert other_splitter.restoreState(state)
    assert settings.layout("1920x1080", "articles") is None  # each screen size its own
    other.show()
    qtbot.waitExposed(other)
    assert other.size() == window.size()
    assert other_splitter.sizes() == splitter.sizes()


# -- scheduled backups ------------------------------------------------------------------------


def test_the_scheduler_writes_a_due_backup_on_the_pool_and_prunes(
    qtbot: QtBot,
    archive: Archive,
    settings: Settings,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    olds = [folder / backup_name(NOW - dt.timedelta(days=7 * n)) for n in (2, 3, 4)]
    for old in olds:
        old.write_bytes(b"an old backup")
    (folder / "letter.txt").write_text("not a backup")
    settings.backup_folder = str(folder)
    settings.backup_every_days = 7
    settings.backup_keep = 2
    settings.last_backup = NOW - dt.timedelta(days=8)
    threads: list[threading.Thread] = []
    real_backup = archive.backup

    def watched(target: Path) -> dict[str, Any]:
        threads.append(threading.current_thread())
        return real_backup(target)

    monkeypatch.setattr(archive, "backup", watched)
    scheduler = BackupScheduler(archive, settings, runner, now=lambda: NOW)
    with qtbot.waitSignal(scheduler.backup_written) as written:
        scheduler.start()
    path = Path(written.args[0])
    assert threads
    assert threads[0] is not threading.main_thread()
    assert backups_in(folder) == [path, olds[0]]
    assert (folder / "letter.txt").read_text() == "not a backup"
    assert settings.last_backup == NOW
    assert not scheduler.check()  # done for this week
    with Archive.open(tmp_path / "restored") as restored:
        restored.restore(path)
        assert restored.article_count() == archive.article_count()
    scheduler.stop()


def test_the_scheduler_waits_and_reports_failures(
    qtbot: QtBot, archive: Archive, settings: Settings, runner: TaskRunner, tmp_path: Path
) -> None:
    scheduler = BackupScheduler(archive, settings, runner, now=lambda: NOW)
    assert not scheduler.check()  # no folder: no scheduled backups
    settings.backup_folder = str(tmp_path / "backups")
    settings.backup_every_days = 0
    assert not scheduler.check()  # turned off
    settings.backup_every_days = 7
    settings.last_backup = NOW - dt.timedelta(days=2)
    assert not scheduler.check()  # not due yet
    assert not (tmp_path / "backups").exists()

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.backup_folder = str(blocker / "backups")
    settings.last_backup = None
    with qtbot.waitSignal(scheduler.backup_failed) as failed:
        assert scheduler.check()
    assert "a-file" in failed.args[0]
    assert settings.last_backup is None  # tried again at the next check

    target = tmp_path / "by-hand.zip"
    with qtbot.waitSignal(scheduler.backup_written) as written:
        assert scheduler.backup_now(target)
    assert written.args == [str(target)]
    assert target.is_file()
    assert settings.last_backup is None  # a copy elsewhere is not the folder's schedule


# -- back up now, restore ---------------------------------------------------------------------


def test_back_up_now_writes_the_chosen_file_and_reports_its_counts(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[tuple[str, bool]],
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    action = BackupNow(archive, runner, parent, tmp_path)
    monkeypatch.setattr(BackupNow, "ask_target", classmethod(lambda cls, *_: None))
    assert not action.start()  # cancelled: nothing written
    target = tmp_path / "copy.zip"
    suggested: list[Path] = []

    def ask_target(_cls: type, _parent: QWidget, proposed: Path) -> Path:
        suggested.append(proposed)
        return target

    monkeypatch.setattr(BackupNow, "ask_target", classmethod(ask_target))
    release = threading.Event()
    real_backup = archive.backup

    def held_backup(path: Path) -> dict[str, Any]:
        release.wait(HOLD_SECONDS)  # a long backup: the busy dialog comes up meanwhile
        return real_backup(path)

    monkeypatch.setattr(archive, "backup", held_backup)
    parent.show()
    qtbot.waitExposed(parent)
    assert action.start()
    assert not action.start()  # one at a time
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
    with qtbot.waitSignal(action.backup_written):
        release.set()
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))
    assert target.is_file()
    assert suggested[0].parent == tmp_path
    assert suggested[0].name.startswith("arshif-backup-")
    [(text, is_problem)] = reports
    assert not is_problem
    assert str(target) in text
    numbers = [line.rsplit(" ", 1)[-1] for line in text.splitlines()[1:]]
    assert numbers == ["3", "1", "0", "0", "0", "0"]  # articles, notes, files, tags, dossiers,
    # saved searches


def test_restore_into_a_new_folder_gives_the_same_archive(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[tuple[str, bool]],
) -> None:
    backup = tmp_path / "backup.zip"
    archive.backup(backup)
    new_folder = tmp_path / "restored"
    monkeypatch.setattr(RestoreFromBackup, "ask_backup", classmethod(lambda cls, *_: backup))
    monkeypatch.setattr(
        RestoreFromBackup, "ask_new_folder", classmethod(lambda cls, *_: new_folder)
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    action = RestoreFromBackup(runner, parent, tmp_path)
    with qtbot.waitSignal(action.restored) as restored:
        assert action.start()
    assert restored.args == [str(new_folder)]
    with Archive.open(new_folder) as copy:
        assert copy.article_count() == archive.article_count() == 3
        assert [a.title for a in copy.articles()] == [a.title for a in archive.articles()]
    [(text, is_problem)] = reports
    assert not is_problem
    assert str(new_folder) in text


def test_restore_refuses_a_used_folder_and_a_damaged_backup(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[tuple[str, bool]],
) -> None:
    backup = tmp_path / "backup.zip"
    archive.backup(backup)
    used = tmp_path / "used"
    used.mkdir()
    (used / "thesis.docx").write_bytes(b"my work")
    chosen = {"backup": backup, "folder": used}
    monkeypatch.setattr(
        RestoreFromBackup, "ask_backup", classmethod(lambda cls, *_: chosen["backup"])
    )
    monkeypatch.setattr(
        RestoreFromBackup, "ask_new_folder", classmethod(lambda cls, *_: chosen["folder"])
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    action = RestoreFromBackup(runner, parent)
    assert not action.start()
    [(text, is_problem)] = reports
    assert is_problem
    assert "backup.zip" in text
    assert str(used) in text
    assert sorted(p.name for p in used.iterdir()) == ["thesis.docx"]

    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(backup.read_bytes()[:-200])
    chosen.update(backup=damaged, folder=tmp_path / "fresh")
    with qtbot.waitSignal(action.restore_failed) as failed:
        assert action.start()
    assert "damaged.zip" in failed.args[0]
    assert reports[-1] == (failed.args[0], True)
    assert not (tmp_path / "fresh").exists()  # the half-made archive was taken away


# -- the crash dialog -------------------------------------------------------------------------


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_its_traceback_and_is_logged(
    qtbot: QtBot,
    archive: Archive,
    settings: Settings,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, Path | None]] = []
    problems: list[str] = []
    monkeypatch.setattr(
        CrashDialog,
        "show_report",
        classmethod(lambda cls, _parent, report, log: shown.append((report, log))),
    )
    monkeypatch.setattr(
        CrashDialog, "show_problem", classmethod(lambda cls, _parent, text: problems.append(text))
    )
    previous = (sys.excepthook, threading.excepthook)
    hook = install_exception_hook(lambda: None, tmp_path / "logs")
    try:
        emitter = _Emitter()

        def _on_emitter_fired() -> None:
            raise ValueError("the slot tripped over its own feet")

        emitter.fired.connect(_on_emitter_fired)
        QTimer.singleShot(0, emitter.fired.emit)
        qtbot.waitUntil(lambda: len(shown) == 1)
        report, log_path = shown[0]
        assert "ValueError: the slot tripped over its own feet" in report
        assert "_on_emitter_fired" in report
        assert log_path == tmp_path / "logs" / "crash-reports.log"
        assert "the slot tripped over its own feet" in log_path.read_text(encoding="utf-8")

        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2)
        assert "ZeroDivisionError" in shown[1][0]

        def broken_backup(_target: Path) -> dict[str, Any]:
            raise RuntimeError("a bug in the backup writer")

        monkeypatch.setattr(archive, "backup", broken_backup)
        settings.backup_folder = str(tmp_path / "backups")
        scheduler = BackupScheduler(archive, settings, runner, now=lambda: NOW)
        with qtbot.waitSignal(scheduler.backup_failed):
            scheduler.backup_now()
        qtbot.waitUntil(lambda: len(shown) == 3)
        assert "RuntimeError: a bug in the backup writer" in shown[2][0]
        assert "broken_backup" in shown[2][0]  # the worker's own traceback

        def _on_emitter_fired_late() -> None:
            raise NotFound("article 99: not in the archive")

        emitter.fired.disconnect(_on_emitter_fired)
        emitter.fired.connect(_on_emitter_fired_late)
        QTimer.singleShot(0, emitter.fired.emit)
        qtbot.waitUntil(lambda: problems == ["article 99: not in the archive"])
        assert len(shown) == 3  # the user's problem is no bug report
        log = (tmp_path / "logs" / "crash-reports.log").read_text(encoding="utf-8")
        assert log.count("Traceback") == 3
    finally:
        hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == previous


def test_the_crash_dialog_shows_and_copies_the_report(qtbot: QtBot, tmp_path: Path) -> None:
    report = 'Traceback (most recent call last):\n  File "x.py", line 1\nValueError: boom\n'
    dialog = CrashDialog(report, tmp_path / "crash-reports.log")
    qtbot.addWidget(dialog)
    assert dialog.report_view.isReadOnly()
    assert dialog.report_view.toPlainText() == report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report


# -- opening the archive at start -------------------------------------------------------------


def test_the_window_opens_the_archive_opened_last(
    qtbot: QtBot,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(storage.engine.ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.setattr(storage.engine, "default_folder", lambda: tmp_path / "default")
    assert chosen_location(None, settings) == (None, False)
    settings.archive_location = str(tmp_path / "last")
    assert chosen_location(None, settings) == (str(tmp_path / "last"), True)
    assert chosen_location("elsewhere", settings) == ("elsewhere", False)
    monkeypatch.setenv(storage.engine.ENVIRONMENT_VARIABLE, str(tmp_path / "env"))
    assert chosen_location(None, settings) == (None, False)
    monkeypatch.delenv(storage.engine.ENVIRONMENT_VARIABLE)

    opened = open_archive(None, settings)
    assert opened is not None
    with opened:
        assert opened.location.folder == tmp_path / "last"
    given = open_archive(str(tmp_path / "given"), settings)
    assert given is not None
    given.close()
    assert settings.archive_location == str(tmp_path / "given")  # remembered for next time

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.archive_location = str(blocker)
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.window.app.QMessageBox.warning", lambda _parent, _title, text: warnings.append(text)
    )
    fallback = open_archive(None, settings)
    assert fallback is not None
    with fallback:
        assert fallback.location.folder == tmp_path / "default"
    assert "a-file" in warnings[0]
    assert settings.archive_location == str(blocker)  # tried again at the next start


def test_a_window_after_a_language_switch_starts_no_second_scheduled_backup(
    qtbot: QtBot,
    archive: Archive,
    settings: Settings,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    settings.backup_folder = str(folder)
    settings.last_backup = NOW - dt.timedelta(days=30)
    started, release = threading.Event(), threading.Event()
    real_backup = archive.backup

    def held(target: Path) -> dict[str, Any]:
        started.set()
        release.wait()
        return real_backup(target)

    monkeypatch.setattr(archive, "backup", held)
    first = BackupScheduler(archive, settings, runner, now=lambda: NOW)
    assert first.check()
    qtbot.waitUntil(started.is_set)
    second = BackupScheduler(archive, settings, runner, now=lambda: NOW)  # the new window's
    assert not second.check()  # one is being written already
    with qtbot.waitSignal(first.backup_written):
        release.set()
    assert len(backups_in(folder)) == 1
    first.stop()
    second.stop()
