"""Scheduled backups in the window: checked at start and every hour, written off the GUI thread.

scheduler = BackupScheduler(archive, settings, runner, parent=window)
scheduler.backup_written.connect(...)   # str: the zip written
scheduler.backup_failed.connect(...)    # str: why (already a sentence naming the file)
scheduler.start()
...
scheduler.stop(); runner.cancel_all(); runner.when_idle(archive.close)
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from storage.archive import Archive
from storage.backup_schedule import is_due, run_backup
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.settings import Settings
from ui.window.tasks import Progress, Task, TaskRunner

CHECK_INTERVAL_MS = 60 * 60 * 1000
# Held while any window's scheduled backup is being written: a window that replaced another
# (another interface language) does not start a second one beside the one still running.
_SCHEDULED_BACKUP = threading.Lock()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BackupScheduler(QObject):
    """Writes a backup into ``settings.backup_folder`` whenever one is due (see
    storage.backup_schedule.is_due), never on the GUI thread, and records ``last_backup``."""

    backup_written = Signal(str)
    backup_failed = Signal(str)

    def __init__(
        self,
        archive: Archive,
        settings: Settings,
        runner: TaskRunner,
        parent: QObject | None = None,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._settings = settings
        self._runner = runner
        self._now = now
        self._running: Task | None = None
        self._started_at: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def is_running(self) -> bool:
        return self._running is not None

    def start(self) -> None:
        """Check now, then every hour."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        """No more checks; a backup being written finishes (see TaskRunner.when_idle
        before closing the archive)."""
        self._timer.stop()

    def check(self) -> bool:
        """Start a backup if one is due and none is being written; True if one started."""
        settings = self._settings
        if self.is_running or settings.backup_folder is None or _SCHEDULED_BACKUP.locked():
            return False
        if not is_due(settings.last_backup, settings.backup_every_days, self._now()):
            return False
        self.backup_now()
        return True

    def backup_now(self, path: Path | None = None) -> bool:
        """Write a backup now: to ``path`` if given (nothing is pruned, and ``last_backup`` is
        left alone), else into the backup folder as a scheduled one. False when one is already
        being written or no folder is set (``backup_failed`` says which)."""
        if self.is_running:
            self.backup_failed.emit(self.tr("A backup is already being written."))
            return False
        folder = self._settings.backup_folder
        if path is None and folder is None:
            self.backup_failed.emit(self.tr("No backup folder is set (see Settings)."))
            return False
        archive, keep, now = self._archive, self._settings.backup_keep, self._now()

        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> tuple[Path, bool]:
            if path is not None:
                archive.backup(path)
                return path, False
            with _SCHEDULED_BACKUP:
                return run_backup(archive, Path(folder or ""), keep, now), True

        job = self._runner.read(work)  # a copy: it reads the archive, and writes a zip
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        self._running, self._started_at = job, now
        return True

    def _on_timer_timeout(self) -> None:
        self.check()

    def _on_job_finished(self, result: tuple[Path, bool]) -> None:
        written, is_scheduled = result
        started_at = self._started_at
        self._done()
        if is_scheduled and started_at is not None:
            self._settings.last_backup = started_at  # the copy shows the archive as of then
            self._settings.sync()
        self.backup_written.emit(str(written))

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._done()
        if is_bug:
            self.backup_failed.emit(self.tr("The backup stopped because of a bug in Arshif."))
            report_background_bug(message)
        else:
            self.backup_failed.emit(message)

    def _done(self) -> None:
        self._running, self._started_at = None, None
