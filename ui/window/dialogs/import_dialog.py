"""Importing files and folders: progress with Cancel while it runs, then a report per file.

The import runs as a write of the window's TaskRunner through ui.operations.imports, the
same flow as ``arshif import``, so the window and the command line treat every file alike.
After a cancel each file is imported whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.records import ImportOutcome, ImportStatus
from ui.operations.imports import ImportReport, import_paths
from ui.window.bidi_text import left_to_right
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.tasks import DelayedProgress, Progress, TaskRunner, Work

REFRESH_MS = 100  # progress reaches the widgets at most this often, however fast files go
SKIPPED = "skipped"  # the status (Qt.UserRole of the status cell) of a file of another type
Index = QModelIndex | QPersistentModelIndex


def paths_from_mime(mime: QMimeData) -> list[Path]:
    """The local files and folders dropped or pasted (other URLs are left out)."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def import_work(archive: Archive, paths: Sequence[Path], tags: Sequence[str] = ()) -> Work:
    """The import (ui.operations.imports, as `arshif import` runs it) as a task's work:
    progress is (files read, files found, the file's path), and a scan's pages as they are
    recognised ("FILE: page N of M")."""

    def work(progress: Progress, is_cancelled: Callable[[], bool]) -> ImportReport:
        return import_paths(archive, paths, tags, progress, progress, is_cancelled)

    return work


@dataclass(frozen=True)
class ReportRow:
    path: str
    status: str  # an ImportStatus value or SKIPPED
    status_text: str
    note: str


class ReportModel(QAbstractTableModel):
    """The report's rows: file, status, note. The display role reads paths left to right;
    ``Qt.UserRole`` gives the plain path (column 0) and the status (column 1)."""

    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[ReportRow] = []

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (left_to_right(row.path), row.status_text, row.note)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2):
            return row.path if column == 0 else row.note
        if role == Qt.ItemDataRole.UserRole and column < 2:
            return row.path if column == 0 else row.status
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        is_column = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and is_column and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class ImportDialog(QDialog):
    """Imports ``paths`` (files and folders) into ``archive`` on ``runner`` (a write).

    Call ``start()``; the dialog shows itself once the import has run a moment
    (DelayedProgress: the file being read, a progress bar and Cancel), and when it is done,
    with a table of every file's outcome and a summary line. ``imported`` carries the storage
    ``Changes`` (also after a cancel: what was imported before it stays). Closing while it
    runs cancels.
    """

    imported = Signal(object)  # storage.changes.Changes

    def __init__(
        self,
        archive: Archive,
        paths: list[Path],
        runner: TaskRunner,
        parent: QWidget | None = None,
        tags: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 460)
        self.report: ImportReport | None = None
        self.job = runner.prepare(import_work(archive, list(paths), tags), writes=True)
        self._is_running = False
        self._build()
        self._delayed_show = DelayedProgress(self._on_delayed_show, self)
        self._progress: tuple[int, int, str] = (0, 0, "")  # the latest, not yet shown
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("Looking for files…"), self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy until the files are counted
        progress_page = QWidget(self)
        progress_layout = QVBoxLayout(progress_page)
        progress_layout.addWidget(self.file_label)
        progress_layout.addWidget(self.progress_bar)
        progress_layout.addStretch()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.report_model = ReportModel([self.tr("File"), self.tr("Status"), self.tr("Note")], self)
        self.table = QTableView(self)
        self.table.setModel(self.report_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        report_page = QWidget(self)
        report_layout = QVBoxLayout(report_page)
        report_layout.addWidget(self.summary_label)
        report_layout.addWidget(self.table)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(progress_page)
        self.pages.addWidget(report_page)
        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.hide()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)

    @property
    def is_running(self) -> bool:
        return self._is_running

    def start(self) -> None:
        """Start the import (once); the dialog appears after a moment if still busy."""
        if self._is_running or self.report is not None:
            return
        self._is_running = True
        self._delayed_show.start()
        self.job.start()

    def cancel(self) -> None:
        """Stop after the file being read; what was imported before stays."""
        if not self._is_running:
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.file_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self._is_running:  # Escape or the title bar's close: cancel, and stay for the report
            self.cancel()
        else:
            super().reject()

    def _on_delayed_show(self, is_due: bool) -> None:
        if is_due and self._is_running:
            self.show()

    def _on_job_progressed(self, done: int, total: int, label: str) -> None:
        self._progress = (done, total, label or self._progress[2])
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        done, total, label = self._progress
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        if label and not self.job.is_cancelled():
            self.file_label.setText(left_to_right(label))

    def _on_job_finished(self, report: ImportReport) -> None:
        self._stop()
        self.report = report
        self._fill_table(report)
        self.summary_label.setText(self._summary(report))
        self.imported.emit(report.changes)
        self.show()

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._stop()
        self.summary_label.setText(self.tr("The import stopped: %1").replace("%1", message))
        self.show()
        if is_bug:
            report_background_bug(message)  # the crash dialog
        else:
            ImportDialog.show_problem(self, message)

    def _stop(self) -> None:
        self._is_running = False
        self._delayed_show.stop()
        self._refresh_timer.stop()
        self._on_refresh_timer_timeout()  # the bar as it ended
        self.pages.setCurrentIndex(1)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)

    def _fill_table(self, report: ImportReport) -> None:
        rows = [
            ReportRow(
                o.label, o.status.value, self._status_text(o.status.value), self._note(o, report)
            )
            for o in report.outcomes
        ]
        other_type = self.tr("not a type Arshif reads")
        skipped = self._status_text(SKIPPED)
        rows += [ReportRow(str(path), SKIPPED, skipped, other_type) for path in report.skipped]
        self.report_model.set_rows(rows)

    def _status_text(self, status: str) -> str:
        texts = {
            ImportStatus.IMPORTED.value: self.tr("imported"),
            ImportStatus.DUPLICATE.value: self.tr("duplicate"),
            ImportStatus.FAILED.value: self.tr("failed"),
            SKIPPED: self.tr("skipped"),
        }
        return texts[status]

    def _note(self, outcome: ImportOutcome, report: ImportReport) -> str:
        if outcome.status is ImportStatus.IMPORTED:
            note = self.tr("article %1").replace("%1", str(outcome.article_id))
            date_read = report.dates.of(outcome)
            if date_read is not None:
                note += self.tr(", dated %1 by its text: «%2»")
                note = note.replace("%1", left_to_right(date_read[0])).replace("%2", date_read[1])
            return note
        if outcome.status is ImportStatus.DUPLICATE:
            return self.tr("the same as article %1").replace("%1", str(outcome.article_id))
        return outcome.reason or ""

    def _summary(self, report: ImportReport) -> str:
        parts = [
            self.tr("%n imported", "", report.count(ImportStatus.IMPORTED)),
            self.tr("%n duplicate(s)", "", report.count(ImportStatus.DUPLICATE)),
            self.tr("%n failed", "", report.count(ImportStatus.FAILED)),
            self.tr("%n file(s) of other types skipped", "", len(report.skipped)),
        ]
        if report.was_cancelled and report.files_not_read:
            parts.append(self.tr("cancelled: %n file(s) left unread", "", report.files_not_read))
        return self.tr(", ").join(parts)

    @classmethod
    def show_problem(cls, parent: QWidget, message: str) -> None:
        """Tests patch this: an ArchiveError (a locked archive, a full disk) that stopped it."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import"))
        box.setText(QCoreApplication.translate("ImportDialog", "The import stopped."))
        box.setInformativeText(message)
        box.exec()
