"""The window's commands on the whole archive: import (from the menu or dropped files),
export to PDF, backup and restore, settings. Each opens its dialog, which runs the work
off the GUI thread; what changed comes back as signals for the window to refresh from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from storage.archive import Archive
from ui.operations.imports import name_patterns
from ui.window.backups import BackupScheduler
from ui.window.bidi_text import left_to_right
from ui.window.dialogs.backup_dialogs import BackupNow, RestoreFromBackup
from ui.window.dialogs.export_dialog import ExportDialog
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.dialogs.import_dialog import ImportDialog
from ui.window.dialogs.settings_dialog import SettingsDialog
from ui.window.settings import Settings
from ui.window.tasks import TaskRunner

MESSAGE_MS = 10_000


class ImportChooser:
    @classmethod
    def ask_files(cls, parent: QWidget) -> list[Path]:
        """Tests patch this; an empty list when the user cancels. The filter is every type
        Arshif imports (storage.ingest.FILE_TYPES), so nothing offered is then refused."""
        articles = QCoreApplication.translate("ImportChooser", "Articles (%1)").replace(
            "%1", " ".join(name_patterns())
        )
        every = QCoreApplication.translate("ImportChooser", "All files (*)")
        return FileChooser.open_paths(
            parent,
            QCoreApplication.translate("ImportChooser", "Import files"),
            Path.home(),
            f"{articles};;{every}",
        )

    @classmethod
    def ask_folder(cls, parent: QWidget) -> list[Path]:
        chosen = FileChooser.folder(
            parent, QCoreApplication.translate("ImportChooser", "Import a folder"), Path.home()
        )
        return [chosen] if chosen else []


class ArchiveCommands(QObject):
    archive_changed = Signal(object)  # storage.changes.Changes, after an import
    archive_switch_requested = Signal(str)  # a folder or server URL to open instead
    language_switch_requested = Signal(str)
    reading_font_changed = Signal(str, int)
    first_calendar_changed = Signal(str)
    message = Signal(str, int)  # for the status bar, and for how long (ms; 0: until the next)

    def __init__(
        self,
        archive: Archive,
        settings: Settings,
        runner: TaskRunner,
        scheduler: BackupScheduler,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._archive = archive
        self._settings = settings
        self._runner = runner
        self._scheduler = scheduler
        self._window = window
        self.running: list[QObject] = []  # dialogs at work, kept until done
        scheduler.backup_written.connect(self._on_backup_written)
        scheduler.backup_failed.connect(self._on_scheduler_backup_failed)

    def import_paths(self, paths: Sequence[Path]) -> ImportDialog | None:
        if not paths:
            return None
        dialog = ImportDialog(self._archive, list(paths), self._runner, self._window)
        dialog.imported.connect(self.archive_changed)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.running.append(dialog)
        dialog.start()
        return dialog

    def import_files(self) -> None:
        self.import_paths(ImportChooser.ask_files(self._window))

    def import_folder(self) -> None:
        self.import_paths(ImportChooser.ask_folder(self._window))

    def export(self, article_ids: Sequence[int], title: str) -> ExportDialog | None:
        if not article_ids:
            return None
        dialog = ExportDialog(
            self._archive, list(article_ids), title, self._runner, self._window, self._settings
        )
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.running.append(dialog)
        dialog.open()
        return dialog

    def back_up(self) -> None:
        folder = self._settings.backup_folder
        backup = BackupNow(
            self._archive, self._runner, self._window, Path(folder) if folder else None
        )
        backup.backup_written.connect(self._on_backup_written)
        backup.backup_written.connect(lambda _path: self._forget(backup))
        backup.backup_failed.connect(lambda _reason: self._forget(backup))
        if backup.start():
            self.running.append(backup)

    def restore_backup(self) -> None:
        restore = RestoreFromBackup(self._runner, self._window)
        restore.restored.connect(self.archive_switch_requested)
        restore.restored.connect(lambda _folder: self._forget(restore))
        restore.restore_failed.connect(lambda _reason: self._forget(restore))
        if restore.start():
            self.running.append(restore)

    def open_archive(self) -> None:
        chosen = FileChooser.folder(self._window, self.tr("Open an archive folder"), Path.home())
        if chosen:
            self.archive_switch_requested.emit(str(chosen))

    def edit_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._settings, self._window)
        dialog.language_changed.connect(self.language_switch_requested)
        dialog.archive_location_changed.connect(self.archive_switch_requested)
        dialog.reading_font_changed.connect(self.reading_font_changed)
        dialog.first_calendar_changed.connect(self.first_calendar_changed)
        dialog.backups_changed.connect(self._scheduler.check)
        dialog.open()
        return dialog

    def _on_export_dialog_exported(self, path: str, pages: int) -> None:
        text = self.tr("%n page(s) written to %1", "", pages).replace("%1", left_to_right(path))
        self.message.emit(text, MESSAGE_MS)

    def _on_backup_written(self, path: str) -> None:
        self.message.emit(
            self.tr("Backup written: %1").replace("%1", left_to_right(path)), MESSAGE_MS
        )

    def _on_scheduler_backup_failed(self, reason: str) -> None:
        # stays until the next message: no dialog every hour for an unplugged backup disk
        self.message.emit(self.tr("The automatic backup failed: %1").replace("%1", reason), 0)

    def _forget(self, work: QObject) -> None:
        if work in self.running:
            self.running.remove(work)
