"""The window's "Back up now…" and "Restore from backup…": questions, then the work on the
pool behind a busy dialog (shown after half a second), then a report.

    backup = BackupNow(archive, pool, window, start_folder)
    backup.backup_written.connect(...)     # str: the zip written (the report was shown)
    backup.start()                         # False if the user chose no file

    restore = RestoreFromBackup(pool, window, start_folder)
    restore.restored.connect(window.switch_to)   # str: the new archive's folder
    restore.start()

Neither can be cancelled half-way: Archive.backup and Archive.restore take no cancel token
(a restore is one transaction, so it is whole or absent; a backup is written under a
temporary name). The user's problems (a damaged backup, a folder that is not empty) are
reported naming the file; bugs go to the crash dialog.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from storage.archive import Archive
from storage.backup_schedule import backup_name
from ui.window.bidi_text import left_to_right
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.tasks import PROGRESS_DELAY_MS, Progress, Task, TaskRunner

_COUNTS = (
    ("articles", QT_TRANSLATE_NOOP("BackupDialogs", "Articles: %1")),
    ("notes", QT_TRANSLATE_NOOP("BackupDialogs", "Notes: %1")),
    ("attachments", QT_TRANSLATE_NOOP("BackupDialogs", "Attached files: %1")),
    ("tags", QT_TRANSLATE_NOOP("BackupDialogs", "Tags: %1")),
    ("dossiers", QT_TRANSLATE_NOOP("BackupDialogs", "Dossiers: %1")),
    ("saved_searches", QT_TRANSLATE_NOOP("BackupDialogs", "Saved searches: %1")),
)


class BackupReport:
    @classmethod
    def show(cls, parent: QWidget, title: str, text: str, *, is_problem: bool) -> None:
        """The closing report of a backup or a restore; tests patch this."""
        if is_problem:
            QMessageBox.warning(parent, title, text)
        else:
            QMessageBox.information(parent, title, text)


def _busy(parent: QWidget, label: str) -> QProgressDialog:
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)  # no cancel: see the module's notes
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(PROGRESS_DELAY_MS)
    busy.setAutoClose(False)
    busy.setValue(0)
    return busy


def _finish(busy: QProgressDialog) -> None:
    busy.reset()
    busy.hide()
    busy.deleteLater()


class BackupNow(QObject):
    """Asks for a file, writes the whole archive there off the GUI thread, reports its counts."""

    backup_written = Signal(str)
    backup_failed = Signal(str)

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        parent: QWidget,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._parent = parent
        self._start_folder = start_folder or Path.home()
        self._job: Task | None = None
        self._busy: QProgressDialog | None = None
        self._target: Path | None = None

    @classmethod
    def ask_target(cls, parent: QWidget, suggested: Path) -> Path | None:
        """Tests patch this; None when the user cancels."""
        chosen = FileChooser.save_path(
            parent,
            QCoreApplication.translate("BackupDialogs", "Back up the archive"),
            suggested,
            QCoreApplication.translate("BackupDialogs", "Arshif backups (*.zip)"),
        )
        if chosen is None:
            return None
        path = chosen[0]
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    def start(self) -> bool:
        """Ask where, then start writing; False if the user cancelled or one is running."""
        if self._job is not None:
            return False
        suggested = self._start_folder / backup_name(dt.datetime.now())
        target = self.ask_target(self._parent, suggested)
        if target is None:
            return False
        archive = self._archive

        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> dict[str, Any]:
            return archive.backup(target)

        self._target = target
        self._busy = _busy(
            self._parent, QCoreApplication.translate("BackupDialogs", "Writing the backup…")
        )
        self._job = self._runner.read(work)  # a copy of the archive: it only reads it
        self._job.finished.connect(self._on_job_finished)
        self._job.failed.connect(self._on_job_failed)
        return True

    def _on_job_finished(self, manifest: dict[str, Any]) -> None:
        target = str(self._target)
        self._stop()
        counts = manifest.get("counts", {})
        lines = [
            QCoreApplication.translate("BackupDialogs", "The backup was written to %1").replace(
                "%1", left_to_right(target)
            )
        ]
        lines += [
            QCoreApplication.translate("BackupDialogs", str(text)).replace(
                "%1", str(counts.get(key, 0))
            )
            for key, text in _COUNTS
        ]
        BackupReport.show(
            self._parent,
            QCoreApplication.translate("BackupDialogs", "Backup"),
            "\n".join(lines),
            is_problem=False,
        )
        self.backup_written.emit(target)

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._stop()
        if is_bug:
            self.backup_failed.emit(
                QCoreApplication.translate(
                    "BackupDialogs", "The backup stopped because of a bug in Arshif."
                )
            )
            report_background_bug(message)
        else:
            BackupReport.show(
                self._parent,
                QCoreApplication.translate("BackupDialogs", "Backup"),
                message,
                is_problem=True,
            )
            self.backup_failed.emit(message)

    def _stop(self) -> None:
        if self._busy is not None:
            _finish(self._busy)
        self._job, self._busy, self._target = None, None, None


class RestoreFromBackup(QObject):
    """Asks for a backup and a new, empty folder, restores the backup into a new archive there
    off the GUI thread, and emits ``restored(folder)`` for the window to switch to it."""

    restored = Signal(str)
    restore_failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget, start_folder: Path | None = None):
        super().__init__(parent)
        self._runner = runner
        self._parent = parent
        self._start_folder = start_folder or Path.home()
        self._job: Task | None = None
        self._busy: QProgressDialog | None = None
        self._source: Path | None = None

    @classmethod
    def ask_backup(cls, parent: QWidget, start: Path) -> Path | None:
        """Tests patch this: the backup to restore, None when the user cancels."""
        return FileChooser.open_path(
            parent,
            QCoreApplication.translate("BackupDialogs", "Restore from backup"),
            start,
            QCoreApplication.translate("BackupDialogs", "Arshif backups (*.zip)"),
        )

    @classmethod
    def ask_new_folder(cls, parent: QWidget, start: Path) -> Path | None:
        """Tests patch this: an empty folder for the restored archive, None on cancel."""
        return FileChooser.folder(
            parent,
            QCoreApplication.translate(
                "BackupDialogs", "A new, empty folder for the restored archive"
            ),
            start,
        )

    def start(self) -> bool:
        """Ask, check, then start restoring; False if the user cancelled or the folder is
        not empty (reported), or a restore is running."""
        if self._job is not None:
            return False
        source = self.ask_backup(self._parent, self._start_folder)
        if source is None:
            return False
        folder = self.ask_new_folder(self._parent, source.parent)
        if folder is None:
            return False
        problem = _folder_problem(folder)
        if problem is not None:
            self._fail(source, problem)
            return False

        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> tuple[str, int]:
            return str(folder), restore_into_new_archive(source, folder)

        self._source = source
        self._busy = _busy(
            self._parent, QCoreApplication.translate("BackupDialogs", "Restoring the backup…")
        )
        self._job = self._runner.read(work)  # a new archive elsewhere: the open one is only read
        self._job.finished.connect(self._on_job_finished)
        self._job.failed.connect(self._on_job_failed)
        return True

    def _on_job_finished(self, result: tuple[str, int]) -> None:
        folder, count = result
        self._stop()
        text = (
            QCoreApplication.translate(
                "BackupDialogs", "The backup was restored into a new archive in %1. Articles: %2"
            )
            .replace("%1", left_to_right(folder))
            .replace("%2", str(count))
        )
        BackupReport.show(
            self._parent,
            QCoreApplication.translate("BackupDialogs", "Restore"),
            text,
            is_problem=False,
        )
        self.restored.emit(folder)

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        source = self._source
        self._stop()
        if is_bug:
            self.restore_failed.emit(
                QCoreApplication.translate(
                    "BackupDialogs", "The restore stopped because of a bug in Arshif."
                )
            )
            report_background_bug(message)
        elif source is not None:
            self._fail(source, message)

    def _fail(self, source: Path, reason: str) -> None:
        text = (
            QCoreApplication.translate("BackupDialogs", "The backup %1 was not restored.").replace(
                "%1", left_to_right(source)
            )
            + "\n"
            + reason
        )
        BackupReport.show(
            self._parent,
            QCoreApplication.translate("BackupDialogs", "Restore"),
            text,
            is_problem=True,
        )
        self.restore_failed.emit(text)

    def _stop(self) -> None:
        if self._busy is not None:
            _finish(self._busy)
        self._job, self._busy, self._source = None, None, None


def _folder_problem(folder: Path) -> str | None:
    if folder.is_file():
        return QCoreApplication.translate("BackupDialogs", "%1 is a file, not a folder.").replace(
            "%1", left_to_right(folder)
        )
    try:
        is_empty = not folder.exists() or next(folder.iterdir(), None) is None
    except OSError as error:
        return f"{left_to_right(folder)}: {error.strerror}"
    if not is_empty:
        return QCoreApplication.translate(
            "BackupDialogs", "%1 is not empty: a backup is restored only into a new, empty folder."
        ).replace("%1", left_to_right(folder))
    return None


def restore_into_new_archive(source: Path, folder: Path) -> int:
    """Create an archive in the empty (or missing) ``folder`` and restore ``source`` into it;
    returns how many articles it holds (the trashed too). If it fails, what was created in
    ``folder`` is removed again, so the folder can be chosen for another try."""
    existed = folder.exists()
    try:
        with Archive.open(folder) as archive:
            return len(archive.restore(source).added)
    except BaseException:
        if existed:
            for child in folder.iterdir():  # it was empty: all of it is the new archive's
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)
        raise
