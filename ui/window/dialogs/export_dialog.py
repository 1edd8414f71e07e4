"""Exporting articles as a PDF dossier: the options, the file, progress with Cancel, and what
to do with the file once it is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from export.dossier import DossierOptions
from export.fonts import FAMILIES
from export.options import PAGE_SIZES
from storage.archive import Archive
from storage.errors import ArchiveError
from ui.operations.exports import checked_target, default_file_name, export_articles
from ui.window.bidi_text import left_to_right
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.settings import Settings
from ui.window.tasks import DelayedProgress, Progress, Task, TaskRunner, Work

REFRESH_MS = 100  # progress reaches the widgets at most this often
DoneAnswer = Literal["open", "folder", "close"]


def export_work(
    archive: Archive, article_ids: Sequence[int], path: Path, options: DossierOptions
) -> Work:
    """The export (ui.operations.exports, as the CLI runs it) as a task's work: returns the
    page count, or None when it was cancelled (no file is left behind then)."""

    def work(progress: Progress, is_cancelled: Callable[[], bool]) -> int | None:
        return export_articles(archive, article_ids, path, options, progress, is_cancelled)

    return work


class ExportDialog(QDialog):
    """The PDF options of ``article_ids`` (in this order) and the output file; Export runs on
    ``runner`` (a read) with progress (shown after a moment: DelayedProgress) and Cancel.
    When the file is written, ``exported(path, pages)`` is emitted, ``ask_done`` offers to
    open it or its folder, and the dialog closes (accepted). A cancel leaves no file and the
    form open."""

    exported = Signal(str, int)  # path, pages

    def __init__(
        self,
        archive: Archive,
        article_ids: list[int],
        title: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export as PDF"))
        self._settings = settings
        self._archive = archive
        self._article_ids = list(article_ids)
        self._runner = runner
        self.job: Task | None = None  # the running or last export; kept, so it is freed here
        self._is_running = False
        self._path: Path | None = None  # the file being written
        self._build(title)
        self._suggested = self._suggested_path()  # a file name from the title, in the last folder
        self.path_edit.setText(str(self._suggested))
        self._delayed_progress = DelayedProgress(self.progress_bar.setVisible, self)
        self._progress: tuple[int, int, str] = (0, 0, "")  # the latest, not yet shown
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self.title_edit.textChanged.connect(self._on_form_changed)
        self.path_edit.textChanged.connect(self._on_form_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._on_form_changed()

    def _build(self, title: str) -> None:
        self.title_edit = QLineEdit(title, self)
        self.compiler_edit = QLineEdit(self)
        self.font_box = QComboBox(self)
        self.font_box.addItems([family.name for family in FAMILIES])
        self.size_box = QDoubleSpinBox(self)
        self.size_box.setRange(8, 24)
        self.size_box.setSingleStep(0.5)
        self.size_box.setValue(12)
        self.page_size_box = QComboBox(self)
        self.page_size_box.addItems(list(PAGE_SIZES))
        self.page_size_box.setCurrentText("A4")
        self.digits_box = QComboBox(self)
        self.digits_box.addItem(self.tr("Arabic-Indic (٠١٢٣)"), "arabic")
        self.digits_box.addItem(self.tr("Western (0123)"), "western")
        self.notes_box = QCheckBox(self.tr("Include the notes"), self)
        self.notes_box.setChecked(True)
        self.tags_box = QCheckBox(self.tr("Include the tags"), self)
        self.tags_box.setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Compiled by"), self.compiler_edit)
        form.addRow(self.tr("Font"), self.font_box)
        form.addRow(self.tr("Text size"), self.size_box)
        form.addRow(self.tr("Page size"), self.page_size_box)
        form.addRow(self.tr("Digits"), self.digits_box)
        form.addRow("", self.notes_box)
        form.addRow("", self.tags_box)
        form.addRow(self.tr("File"), where)
        self.status_label = QLabel(self.tr("%n article(s)", "", len(self._article_ids)), self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(buttons)
        self._form_widgets: list[QWidget] = [
            *(self.title_edit, self.compiler_edit, self.font_box, self.size_box),
            *(self.page_size_box, self.digits_box, self.notes_box, self.tags_box),
            *(self.path_edit, self.browse_button),
        ]

    @property
    def is_running(self) -> bool:
        return self._is_running

    def options(self) -> DossierOptions:
        """The options as the form holds them."""
        return DossierOptions(
            title=self.title_edit.text().strip(),
            compiler=self.compiler_edit.text().strip(),
            font=self.font_box.currentText(),
            size=self.size_box.value(),
            page_size=self.page_size_box.currentText(),
            digits="western" if self.digits_box.currentData() == "western" else "arabic",
            include_notes=self.notes_box.isChecked(),
            include_tags=self.tags_box.isChecked(),
        )

    def output_path(self) -> Path | None:
        """The file to write (``.pdf`` added when it has another ending), None if not given."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export(self) -> None:
        """Start the export (the Export button); nothing happens while one runs or the form
        lacks a title, a file or articles."""
        path = self.output_path()
        if self.is_running or path is None or not self._can_export():
            return
        try:  # what can be refused is, before the work starts
            path = checked_target(path, self._archive)
            options = self.options()
        except (ValueError, ArchiveError) as problem:
            ExportDialog.show_problem(self, str(problem))
            return
        self._path = path
        self._set_running(True)
        self.status_label.setText(self.tr("Preparing the pages…"))
        self.job = self._runner.read(export_work(self._archive, self._article_ids, path, options))
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)

    def cancel(self) -> None:
        """Stop the export before the next article; no file is left."""
        if self.job is not None and self._is_running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        if self.is_running:  # Escape or the title bar's close while exporting: cancel first
            self.cancel()
        else:
            super().reject()

    def _can_export(self) -> bool:
        return bool(self._article_ids and self.title_edit.text().strip() and self.output_path())

    def _on_form_changed(self) -> None:
        if self.path_edit.text() == str(self._suggested):  # not chosen: it follows the title
            self._suggested = self._suggested_path()
            if self.path_edit.text() != str(self._suggested):
                self.path_edit.setText(str(self._suggested))  # comes back here, once
        self.export_button.setEnabled(not self.is_running and self._can_export())

    def _on_browse_button_clicked(self) -> None:
        chosen = ExportDialog.ask_path(self, self.output_path() or self._suggested_path())
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _suggested_path(self) -> Path:
        """The title as a file name, in the folder of the last export (else Documents)."""
        folder = self._settings.export_folder if self._settings is not None else None
        if not folder or not Path(folder).is_dir():
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
        return Path(folder) / default_file_name(self.title_edit.text())

    def _on_cancel_button_clicked(self) -> None:
        self.reject()

    def _on_job_progressed(self, done: int, total: int, label: str) -> None:
        self._progress = (done, total, label)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _on_refresh_timer_timeout(self) -> None:
        done, total, label = self._progress
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if self.job is not None and self._is_running and not self.job.is_cancelled():
            self.status_label.setText(label)

    def _on_job_finished(self, pages: int | None) -> None:
        path = self._path
        self._set_running(False)
        if pages is None or path is None:
            self.status_label.setText(self.tr("Export cancelled; no file was written."))
            return
        self.status_label.setText(self.tr("%n page(s) written", "", pages))
        if self._settings is not None:
            self._settings.export_folder = str(path.parent)
        self.exported.emit(str(path), pages)
        owner = self.parentWidget()
        self.accept()  # done: the dialog goes, the question is asked over the window
        answer = ExportDialog.ask_done(owner, path, pages)
        if answer == "close":
            return
        shown = path if answer == "open" else path.parent
        if not ExportDialog.open_url(QUrl.fromLocalFile(str(shown))):
            ExportDialog.show_no_viewer(owner, shown)

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        self._set_running(False)
        self.status_label.setText(self.tr("The export failed."))
        if is_bug:
            report_background_bug(message)  # the crash dialog
        else:
            ExportDialog.show_problem(self, message)

    def _set_running(self, is_running: bool) -> None:
        self._is_running = is_running
        for widget in self._form_widgets:
            widget.setEnabled(not is_running)
        self.cancel_button.setEnabled(True)
        self._on_form_changed()
        if is_running:
            self.progress_bar.setRange(0, 0)
            self._delayed_progress.start()
        else:
            self._delayed_progress.stop()
            self._refresh_timer.stop()

    # -- questions, patched by tests -----------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: Path) -> Path | None:
        """The file to write, from a save dialog (which confirms replacing a file)."""
        chosen = FileChooser.save_path(
            parent,
            QCoreApplication.translate("ExportDialog", "Export as PDF"),
            suggested,
            QCoreApplication.translate("ExportDialog", "PDF documents (*.pdf)"),
        )
        return None if chosen is None else chosen[0]

    @classmethod
    def ask_done(cls, parent: QWidget | None, path: Path, pages: int) -> DoneAnswer:
        """What to do with the written file: open it, show its folder, or nothing."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            QCoreApplication.translate("ExportDialog", "The dossier is ready. Pages: %1").replace(
                "%1", str(pages)
            )
        )
        box.setInformativeText(left_to_right(path))
        open_button = box.addButton(
            QCoreApplication.translate("ExportDialog", "Open"), QMessageBox.ButtonRole.AcceptRole
        )
        folder_button = box.addButton(
            QCoreApplication.translate("ExportDialog", "Show in folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(
            QCoreApplication.translate("ExportDialog", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            return "open"
        return "folder" if box.clickedButton() is folder_button else "close"

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        """Open the file or folder with the desktop's program for it; False if none did."""
        return QDesktopServices.openUrl(url)

    @classmethod
    def show_no_viewer(cls, parent: QWidget | None, path: Path) -> None:
        """Tests patch this: nothing on this computer opens the written file or its folder."""
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialog", "Export as PDF"),
            QCoreApplication.translate(
                "ExportDialog", "The dossier was written, but no program on this computer opens %1"
            ).replace("%1", left_to_right(path)),
        )

    @classmethod
    def show_problem(cls, parent: QWidget, message: str) -> None:
        """Tests patch this: an ArchiveError (a folder that cannot be written) that stopped it."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(QCoreApplication.translate("ExportDialog", "The dossier was not exported."))
        box.setInformativeText(message)
        box.exec()
