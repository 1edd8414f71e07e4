"""The files attached to the shown article (scans, PDFs, photos): attach more, open one with the
program the system chooses, remove one (after asking). Attaching reads and hashes each file, up
to a gigabyte, so it runs on the thread pool with progress and a Cancel button."""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import stat
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
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
from storage.errors import ArchiveError
from storage.records import ArticleRecord, AttachmentRecord
from ui.window.bidi_text import isolated
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.error_text import message_for

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole
PROGRESS_DELAY_MS = 500


class AttachmentsPanel(QWidget):
    """`show_article(article)`; `attachments_changed(article id)` after files were attached to
    or removed from an article (attaching finishes later, maybe after another article is shown).
    `ask_files` and `open_externally` are the seams tests patch."""

    attachments_changed = Signal(int)  # the article id

    def __init__(
        self, archive: Archive, parent: QWidget | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._article: ArticleRecord | None = None
        self.task = AttachTask(archive, pool or QThreadPool.globalInstance(), self)
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
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
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
        self.cancel_button.clicked.connect(self.task.cancel)
        self.file_list.itemActivated.connect(self.open_selected)
        self.file_list.itemSelectionChanged.connect(self._update_actions)
        self._progress_timer.timeout.connect(self._on_progress_timer_timeout)
        self.task.progressed.connect(self._on_task_progressed)
        self.task.finished.connect(self._on_task_finished)

    @property
    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    @property
    def is_attaching(self) -> bool:
        return self.task.is_running

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
        """Ask for files and attach them to the shown article, on the thread pool."""
        if self._article is None or self.task.is_running:
            return
        paths = self.ask_files(self)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[Path]) -> None:
        if self._article is None or self.task.is_running:
            return
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.task.start(self._article.id, paths)
        self._progress_timer.start()
        self._update_actions()

    def _on_progress_timer_timeout(self) -> None:
        self._show_progress(self.task.is_running)

    def _on_task_progressed(self, done: int, total: int, filename: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {filename}")

    def _on_task_finished(self, article_id: int, attached: int, problems: list[str]) -> None:
        self._progress_timer.stop()
        self._show_progress(False)
        if attached:
            if article_id == self.article_id:
                self.show_article(self._archive.article(article_id))
            self.attachments_changed.emit(article_id)
        self._update_actions()
        if problems:
            QMessageBox.warning(self, self.tr("Not every file was attached"), "\n".join(problems))

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
        try:
            path = self._copy_out(attachment)
        except ArchiveError as problem:
            QMessageBox.warning(self, self.tr("The file cannot be opened"), message_for(problem))
            return
        except OSError as error:
            QMessageBox.warning(
                self, self.tr("The file cannot be opened"), f"{error.filename}: {error.strerror}"
            )
            return
        if not self.open_externally(path):
            QMessageBox.warning(
                self,
                self.tr("The file cannot be opened"),
                self.tr("No program on this computer opens %1").replace("%1", str(path)),
            )

    def _copy_out(self, attachment: AttachmentRecord) -> Path:
        content = self._archive.attachment_bytes(attachment.id)
        folder = opened_files_folder() / str(attachment.id)
        folder.mkdir(exist_ok=True)
        path = folder / (Path(attachment.filename).name or "attachment")
        path.unlink(missing_ok=True)
        path.write_bytes(content)
        path.chmod(0o444)  # a copy: changes to it would not reach the archive
        return path

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
        article_id = self._article.id
        try:
            self._archive.remove_attachment(attachment.id)
        except ArchiveError as problem:
            QMessageBox.warning(self, self.tr("The file was not removed"), message_for(problem))
            return
        self.show_article(self._archive.article(article_id))
        self.attachments_changed.emit(article_id)

    def _update_actions(self) -> None:
        has_file = self.selected_attachment() is not None
        self.open_button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file and not self.task.is_running)
        self.add_button.setEnabled(self._article is not None and not self.task.is_running)

    # -- seams -------------------------------------------------------------------------------

    @classmethod
    def ask_files(cls, parent: QWidget) -> list[Path]:
        """The files the user chose to attach (none if cancelled). Tests patch this."""
        names, _filter = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("AttachmentsPanel", "Attach files")
        )
        return [Path(name) for name in names]

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


class AttachTask(QObject):
    """Attaches files on the thread pool, one at a time, and stops between two files when
    cancelled (a file being hashed is finished first). One batch at a time."""

    progressed = Signal(int, int, str)  # files done, files in all, the file being attached
    finished = Signal(int, int, list)  # article id, files attached, problems (one line each)
    _ended = Signal(int, int, list)  # from the worker thread; queued to this object's thread

    def __init__(self, archive: Archive, pool: QThreadPool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self._pool = pool
        self._cancelled = threading.Event()
        self.is_running = False
        self._ended.connect(self._on_ended)

    def start(self, article_id: int, paths: list[Path]) -> None:
        if self.is_running:
            raise RuntimeError("attaching is already under way")
        self.is_running = True
        self._cancelled = threading.Event()
        self._pool.start(_AttachRunnable(self, article_id, list(paths), self._cancelled))

    def cancel(self) -> None:
        self._cancelled.set()

    def _on_ended(self, article_id: int, attached: int, problems: list[str]) -> None:
        self.is_running = False
        self.finished.emit(article_id, attached, problems)


class _AttachRunnable(QRunnable):
    def __init__(
        self, owner: AttachTask, article_id: int, paths: list[Path], cancelled: threading.Event
    ) -> None:
        super().__init__()
        self._owner = owner
        self._article_id = article_id
        self._paths = paths
        self._cancelled = cancelled

    def run(self) -> None:
        attached, problems = 0, []
        try:
            for done, path in enumerate(self._paths):
                if self._cancelled.is_set():
                    break
                self._owner.progressed.emit(done, len(self._paths), path.name)
                try:
                    self._owner.archive.attach_file(self._article_id, path)
                except ArchiveError as problem:
                    problems.append(message_for(problem))
                else:
                    attached += 1
        finally:  # a bug still ends the task, so the panel does not wait for ever
            self._owner._ended.emit(self._article_id, attached, problems)
