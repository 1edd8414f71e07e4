"""The files attached to the shown article (scans, PDFs, photos): attach more, open one with the
program the system chooses, remove one (after asking). Attaching reads and hashes each file, up
to a gigabyte, so it runs as a write of the window's TaskRunner with progress and a Cancel
button; opening copies the file out in chunks, as a read. What changed goes out as Changes:
the window shows the article again from them (the panel never re-reads it)."""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.changes import Changes
from storage.errors import ArchiveError
from storage.records import ArticleRecord, AttachmentRecord
from ui.window.bidi_text import isolated
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.tasks import DelayedProgress, Progress, Task, TaskRunner
from ui.window.undo import UndoHistory, through

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    """`show_article(article)`; `attachments_changed(changes)` after files were attached to
    or removed from an article (attaching finishes later, maybe after another article is shown).
    `opened(path)` once a file was copied out and handed to the system. `ask_files` and
    `open_externally` are the seams tests patch."""

    attachments_changed = Signal(object)  # storage Changes
    opened = Signal(str)  # the copy handed to the system's program

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._article: ArticleRecord | None = None
        self.task: Task | None = None  # the files being attached
        # each change one undoable step (Ctrl+Z); the window gives its own (use_history)
        self.history = UndoHistory(archive, self, through(runner))
        self.history.changed.connect(
            lambda changes, _relist: self.attachments_changed.emit(changes)
        )
        self.history.failed.connect(self._on_history_failed)
        self.file_list = QTreeWidget(self)
        self.file_list.setHeaderLabels([self.tr("File"), self.tr("Size")])
        self.file_list.setRootIsDecorated(False)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.file_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Attach…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self._delayed_progress = DelayedProgress(self._show_progress, self)
        self._lay_out()
        self._connect()
        self._show_progress(False)
        self.show_article(None)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_list, 1)
        layout.addLayout(progress)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.attach_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.file_list.itemActivated.connect(self.open_selected)
        self.file_list.itemSelectionChanged.connect(self._update_actions)

    @property
    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    @property
    def is_attaching(self) -> bool:
        return self.task is not None and self.task.is_running

    def show_article(self, article: ArticleRecord | None) -> None:
        self._article = article
        self.file_list.clear()
        for attachment in article.attachments if article is not None else ():
            size = QLocale().formattedDataSize(attachment.size)
            # isolated, so a Latin name or "263 KiB" reads in its own direction in either layout
            item = QTreeWidgetItem([isolated(attachment.filename), isolated(size)])
            item.setData(0, ATTACHMENT_ID_ROLE, attachment.id)
            item.setToolTip(0, attachment.filename)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.file_list.addTopLevelItem(item)
        self.setEnabled(article is not None)
        self._update_actions()

    def selected_attachment(self) -> AttachmentRecord | None:
        items = self.file_list.selectedItems()
        if self._article is None or not items:
            return None
        wanted = items[0].data(0, ATTACHMENT_ID_ROLE)
        return next((a for a in self._article.attachments if a.id == wanted), None)

    def select_attachment(self, attachment_id: int) -> None:
        for row in range(self.file_list.topLevelItemCount()):
            item = self.file_list.topLevelItem(row)
            if item is not None and item.data(0, ATTACHMENT_ID_ROLE) == attachment_id:
                self.file_list.setCurrentItem(item)

    # -- attaching ---------------------------------------------------------------------------

    def attach_files(self) -> None:
        """Ask for files and attach them to the shown article, as a write of the runner."""
        if self._article is None or self.is_attaching:
            return
        paths = self.ask_files(self)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[Path]) -> None:
        if self._article is None or self.is_attaching:
            return
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        article_id = self._article.id
        self.task = self._runner.write(attach_work(self._archive, article_id, list(paths)))
        self.task.progressed.connect(self._on_task_progressed)
        self.task.finished.connect(lambda result: self._on_task_finished(article_id, result))
        self.task.failed.connect(self._on_task_failed)
        self._delayed_progress.start()
        self._update_actions()

    def _on_cancel_button_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_task_progressed(self, done: int, total: int, filename: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {filename}")

    def _on_task_finished(self, article_id: int, result: Attached) -> None:
        changes, problems, attached = result
        self.history.record_attached(article_id, attached)  # one step: undo removes them all
        self._delayed_progress.stop()
        if not changes.is_empty:
            self.attachments_changed.emit(changes)  # the window shows the article again
        self._update_actions()
        if problems:
            QMessageBox.warning(self, self.tr("Not every file was attached"), "\n".join(problems))

    def _on_task_failed(self, message: str, is_bug: bool) -> None:
        self._delayed_progress.stop()
        self._update_actions()
        _tell(self, self.tr("Not every file was attached"), message, is_bug)

    def _show_progress(self, is_shown: bool) -> None:
        self.progress.setVisible(is_shown)
        self.cancel_button.setVisible(is_shown)

    # -- opening and removing ----------------------------------------------------------------

    def open_selected(self) -> None:
        """Copy the selected file out of the archive into this run's temporary folder (under
        its own name, read-only) and open it with the program the system chooses."""
        attachment = self.selected_attachment()
        if attachment is None:
            return
        task = self._runner.read(copy_out_work(self._archive, attachment))
        task.finished.connect(self._on_copy_finished)
        task.failed.connect(
            lambda message, is_bug: _tell(
                self, self.tr("The file cannot be opened"), message, is_bug
            )
        )

    def _on_copy_finished(self, path: Path) -> None:
        if not self.open_externally(path):
            QMessageBox.warning(
                self,
                self.tr("The file cannot be opened"),
                self.tr("No program on this computer opens %1").replace("%1", str(path)),
            )
            return
        self.opened.emit(str(path))

    def remove_selected(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None or self._article is None:
            return
        if not ConfirmDeleteDialog.ask(
            self,
            self.tr("Remove the attached file %1 from the article?").replace(
                "%1", attachment.filename
            ),
        ):
            return
        self.history.remove_attachment(attachment.id, self._article.id, attachment.filename)

    def use_history(self, history: UndoHistory) -> None:
        """Put the changes on ``history`` (the window's, whose changes the window applies)
        instead of this panel's own."""
        self.history = history

    def _on_history_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The file was not removed"), message)

    def _update_actions(self) -> None:
        has_file = self.selected_attachment() is not None
        self.open_button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file and not self.is_attaching)
        self.add_button.setEnabled(self._article is not None and not self.is_attaching)

    # -- seams -------------------------------------------------------------------------------

    @classmethod
    def ask_files(cls, parent: QWidget) -> list[Path]:
        """The files the user chose to attach (none if cancelled). Tests patch this."""
        return FileChooser.open_paths(
            parent, QCoreApplication.translate("AttachmentsPanel", "Attach files"), Path.home(), ""
        )

    @classmethod
    def open_externally(cls, path: Path) -> bool:
        """Open ``path`` with the system's program for it. Tests patch this."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@functools.cache
def opened_files_folder() -> Path:
    """This process's folder for copies of opened attachments, removed when it ends (the
    program an attachment was opened in may still be reading it after the panel is gone)."""
    folder = Path(tempfile.mkdtemp(prefix="arshif-open-"))
    atexit.register(_remove_folder, folder)
    return folder


def _remove_folder(folder: Path) -> None:
    for place, _folders, files in os.walk(folder):
        for name in files:  # read-only copies cannot be removed on Windows
            with contextlib.suppress(OSError):
                Path(place, name).chmod(stat.S_IREAD | stat.S_IWRITE)
    shutil.rmtree(folder, ignore_errors=True)


def _tell(parent: QWidget, title: str, message: str, is_bug: bool) -> None:
    if is_bug:
        report_background_bug(message)
    else:
        QMessageBox.warning(parent, title, message)


Attached = tuple[Changes, list[str], list[tuple[int, str]]]


def attach_work(
    archive: Archive, article_id: int, paths: list[Path]
) -> Callable[[Progress, Callable[[], bool]], Attached]:
    """Attach ``paths`` one at a time, stopping between two files when cancelled (a file being
    hashed is finished first): what changed, a line per file refused, and the (id, name) of
    each file attached."""

    def work(progress: Progress, is_cancelled: Callable[[], bool]) -> Attached:
        changes, problems = Changes(), list[str]()
        attached: list[tuple[int, str]] = []
        for done, path in enumerate(paths):
            if is_cancelled():
                break
            progress(done, len(paths), path.name)
            try:
                attachment_id, changed = archive.attach_file(article_id, path)
            except ArchiveError as problem:
                problems.append(str(problem))
                continue
            changes = changes | changed
            attached.append((attachment_id, path.name))
        return changes, problems, attached

    return work


def copy_out_work(
    archive: Archive, attachment: AttachmentRecord
) -> Callable[[Progress, Callable[[], bool]], Path]:
    """Copy the attached file, streamed, into this run's temporary folder under its own name,
    read-only (a copy: changes to it would not reach the archive)."""

    def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> Path:
        folder = opened_files_folder() / str(attachment.id)
        folder.mkdir(exist_ok=True)
        path = folder / (Path(attachment.filename).name or "attachment")
        if path.exists():
            path.chmod(stat.S_IREAD | stat.S_IWRITE)
            path.unlink()
        try:
            archive.copy_attachment(attachment.id, path)
        except OSError as error:
            raise ArchiveError(f"{error.filename}: {error.strerror}") from None
        path.chmod(0o444)
        return path

    return work
