"""The crash dialog: what a bug (any exception that is not an ArchiveError) shows the user.

    hook = install_exception_hook(lambda: window)   # in run_window, before the window is built
    ...
    hook.uninstall()                                # gives back the hooks it replaced

Uncaught exceptions, in a slot (through ``sys.excepthook``), in a Python thread (through
``threading.excepthook``) or in a pool job (``report_background_bug``), are written to a log
file and shown, on the GUI thread and after the current event, in ``CrashDialog.show_report``,
which tests patch. An ArchiveError that escaped its slot is the user's problem, not a bug: it
shows its message through ``CrashDialog.show_problem``.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.errors import ArchiveError
from ui.window.bidi_text import left_to_right
from ui.window.error_text import message_for

LOG_NAME = "crash-reports.log"


class BackgroundBug(Exception):
    """A bug in work done off the GUI thread; its message is the worker's traceback."""


def report_background_bug(report: str) -> None:
    """Hand the traceback of a failed pool job to the installed hook (the crash dialog), from
    the GUI thread; without a hook, Python prints it (and pytest-qt fails the test)."""
    sys.excepthook(BackgroundBug, BackgroundBug(report), None)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Arshif: an error"))
        apology = QLabel(
            self.tr("Sorry: something went wrong inside Arshif. This is a bug, not your doing."),
            self,
        )
        apology.setWordWrap(True)
        safe = QLabel(
            self.tr(
                "Your archive is safe: every change is written whole or not at all. "
                "You can keep working; if something looks wrong, restart Arshif."
            ),
            self,
        )
        safe.setWordWrap(True)
        self.report_view = QPlainTextEdit(report, self)
        self.report_view.setReadOnly(True)
        self.report_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Python's words
        self.report_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the report, to send it to the developers"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(apology)
        layout.addWidget(safe)
        layout.addWidget(self.report_view, 1)
        if log_path is not None:
            saved = QLabel(
                self.tr("The report was also saved in %1").replace("%1", left_to_right(log_path)),
                self,
            )
            saved.setTextFormat(Qt.TextFormat.PlainText)
            saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            saved.setWordWrap(True)
            layout.addWidget(saved)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.rejected.connect(self.reject)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())

    @classmethod
    def show_report(cls, parent: QWidget | None, report: str, log_path: Path | None) -> None:
        """Tests patch this; the hook never builds the dialog itself."""
        cls(report, log_path, parent).exec()

    @classmethod
    def show_problem(cls, parent: QWidget | None, message: str) -> None:
        """Tests patch this: an ArchiveError no slot caught, shown as the message it is."""
        QMessageBox.warning(parent, QCoreApplication.translate("CrashDialog", "Arshif"), message)


class ExceptionHook(QObject):
    """Installed by `install_exception_hook`; keep it while the application runs."""

    crashed = Signal(str, str)  # kind ("bug" or "problem"), report or message

    def __init__(self, parent_getter: Callable[[], QWidget | None], log_folder: Path) -> None:
        super().__init__()
        self._parent_getter = parent_getter
        self.log_path = log_folder / LOG_NAME
        self._previous = (sys.excepthook, threading.excepthook)
        self._lock = threading.Lock()
        self._is_showing = False
        # Queued even on the GUI thread: the dialog opens from the event loop, never inside
        # the hook (and so never inside the code that raised).
        self.crashed.connect(self._on_self_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._threading_excepthook

    def uninstall(self) -> None:
        """Give back the hooks that were there before."""
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        try:
            if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit
                self._previous[0](kind, error, trace)
            elif isinstance(error, ArchiveError):
                self.crashed.emit("problem", message_for(error))
            else:
                report = self._report(kind, error, trace)
                if sys.stderr is not None:  # None under pythonw
                    sys.stderr.write(report)
                self._log(report)
                self.crashed.emit("bug", report)
        except Exception:  # the hook must never fail in turn
            sys.__excepthook__(kind, error, trace)

    def _threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not issubclass(args.exc_type, Exception):
            self._previous[1](args)
            return
        self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> str:
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        if isinstance(error, BackgroundBug):
            text = str(error)
        else:
            text = "".join(traceback.format_exception(kind, error, trace))
        application = QCoreApplication.applicationVersion() or "?"
        return f"{stamp}  Arshif {application}, Python {sys.version.split()[0]}\n{text}"

    def _log(self, report: str) -> None:
        with self._lock:
            try:
                self.log_path.parent.mkdir(parents=True, exist_ok=True)
                with self.log_path.open("a", encoding="utf-8") as log:
                    log.write(report.rstrip("\n") + "\n\n")
            except OSError as error:
                sys.stderr.write(f"{self.log_path}: cannot write the crash report ({error})\n")

    def _on_self_crashed(self, kind: str, text: str) -> None:
        if self._is_showing:
            return  # one dialog at a time: a bug that repeats (in painting, say) is logged
        self._is_showing = True
        try:
            parent = self._parent_getter()
            if kind == "problem":
                CrashDialog.show_problem(parent, text)
            else:
                log_path = self.log_path if self.log_path.exists() else None
                CrashDialog.show_report(parent, text, log_path)
        finally:
            self._is_showing = False


def default_log_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".arshif"


def install_exception_hook(
    parent_getter: Callable[[], QWidget | None], log_folder: Path | None = None
) -> ExceptionHook:
    """Show bugs in the crash dialog (parented to ``parent_getter()``) and append them to
    ``log_folder``/crash-reports.log (default: the application's data folder). Call it on the
    GUI thread, once the QApplication exists; ``uninstall()`` the result to undo it."""
    hook = ExceptionHook(parent_getter, log_folder or default_log_folder())
    hook.install()
    return hook
