"""The QApplication: right-to-left, Arabic by default, fonts from the shipped packages."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import (
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QThreadPool,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from export.fonts import FAMILIES
from resources import translations_folder
from storage import ENVIRONMENT_VARIABLE
from storage.archive import Archive
from storage.errors import ArchiveError
from ui.window.dialogs.crash_dialog import install_exception_hook
from ui.window.error_text import message_for
from ui.window.local_time import set_interface_locale
from ui.window.main_window import MainWindow
from ui.window.settings import Settings
from ui.window.tasks import DelayedProgress, TaskRunner, single_writer


def create_application(
    argv: list[str], language: str | None = None, settings: Settings | None = None
) -> QApplication:
    """The application in ``language``, else the one in ``settings`` (default: the user's)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("Arshif")
    app.setApplicationName("Arshif")
    app.setApplicationVersion(_version())
    language = language or (settings or Settings.for_user()).language
    set_language(app, language)
    for family in FAMILIES:
        for path in {family.regular, family.bold}:
            QFontDatabase.addApplicationFont(str(path))
    app.setFont(QFont("Noto Sans Arabic", 11))
    return app


def _version() -> str:
    try:
        return metadata.version("arshif")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return ""


def set_language(app: QApplication, language: str) -> None:
    """Translate the interface and lay it out in the language's direction (windows made
    from now on; a window already shown keeps its language)."""
    install_translators(app, language)
    set_interface_locale(language)
    # Qt adds the display name to every window's title on X11 («… — Arshif»): in the
    # interface's language, so a message box is titled in Arabic in the Arabic interface
    app.setApplicationDisplayName(QApplication.translate("app", "Arshif"))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )


def install_translators(app: QApplication, language: str) -> None:
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    qt_translator = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_path):
        app.installTranslator(qt_translator)
    own = QTranslator(app)
    if own.load(f"arshif_{language}", str(translations_folder())):
        app.installTranslator(own)


def chosen_location(given: str | None, settings: Settings) -> tuple[str | None, bool]:
    """Which archive to open, and whether it is the remembered one: the command line's, else
    $ARSHIF_ARCHIVE's, else the one opened last, else None (the default folder)."""
    if given:
        return given, False
    if os.environ.get(ENVIRONMENT_VARIABLE):
        return None, False  # Archive.open reads it
    remembered = settings.archive_location
    return remembered, remembered is not None


def open_archive(given: str | None, settings: Settings) -> Archive | None:
    """Open the archive to show, telling the user why if it cannot be. A remembered archive
    that cannot be opened (a server that is down) gives way to the default folder for this
    session, and stays remembered for the next start."""
    location, is_remembered = chosen_location(given, settings)
    title = QApplication.translate("app", "Arshif")
    try:
        archive = opened(location)
    except ArchiveError as problem:
        if not is_remembered:
            QMessageBox.critical(None, title, message_for(problem))
            return None
        QMessageBox.warning(
            None,
            title,
            QApplication.translate(
                "app",
                "The archive opened last cannot be opened: %1\n"
                "The default archive is opened instead.",
            ).replace("%1", message_for(problem)),
        )
        try:
            return opened(None)
        except ArchiveError as default_problem:
            QMessageBox.critical(None, title, message_for(default_problem))
            return None
    settings.archive_location = (
        str(archive.location.folder) if archive.location.folder else archive.location.url
    )
    return archive


@dataclass(frozen=True)
class _Raised:
    error: BaseException


def opened(location: str | None, parent: QWidget | None = None) -> Archive:
    """`Archive.open(location)`, run on the process's writer (opening may bring the archive's
    schema up to date, or wait for a server) while the GUI thread goes on, with a progress
    window if it takes long; raises what `Archive.open` raised."""

    def work(_progress: object, _is_cancelled: object) -> object:
        try:
            return Archive.open(location)
        except BaseException as error:  # raised again on the GUI thread, as if opened there
            return _Raised(error)

    dialog = QProgressDialog(
        QApplication.translate("app", "Opening the archive…"), "", 0, 0, parent
    )
    dialog.setCancelButton(None)  # an opening cannot be stopped
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.reset()  # hidden until DelayedProgress shows it
    delayed = DelayedProgress(dialog.setVisible)
    outcome: list[object] = []
    loop = QEventLoop()
    task = TaskRunner().write(work)

    def ended(result: object) -> None:
        outcome.append(result)
        loop.quit()

    task.finished.connect(ended)
    task.failed.connect(lambda report, _is_bug: ended(RuntimeError(report)))  # never: see work
    delayed.start()
    loop.exec()
    delayed.stop()
    dialog.deleteLater()
    result = outcome[0]
    if isinstance(result, _Raised):
        raise result.error
    if isinstance(result, BaseException):
        raise result
    assert isinstance(result, Archive)
    return result


def run_window(location: str | None) -> int:
    app = create_application(sys.argv)
    settings = Settings.for_user()
    session = WindowSession(app, settings, QThreadPool.globalInstance())
    hook = install_exception_hook(lambda: session.window)
    archive = open_archive(location, settings)
    if archive is None:
        hook.uninstall()
        return 2
    session.show(archive)
    try:
        return app.exec()
    finally:
        session.close()
        hook.uninstall()


class WindowSession(QObject):
    """The window on the open archive; it builds a new window when the user switches to
    another archive (closing the old one) or to another interface language."""

    def __init__(self, app: QApplication, settings: Settings, pool: QThreadPool) -> None:
        super().__init__()
        self._app = app
        self._settings = settings
        self._pool = pool
        self.window: MainWindow | None = None
        self.archive: Archive | None = None
        self._retiring: list[MainWindow] = []  # closed windows whose work has not yet stopped

    def show(self, archive: Archive) -> MainWindow:
        self.archive = archive
        window = MainWindow(archive, TaskRunner(self._pool), self._settings)
        window.archive_switch_requested.connect(self._on_window_archive_switch_requested)
        window.language_switch_requested.connect(self._on_window_language_switch_requested)
        window.show()
        self.window = window
        return window

    def close(self) -> None:
        """At the end of the run (the window is gone): cancel its work, wait for what is still
        running to stop, then close the archive."""
        if self.window is not None:
            self.window.release()
        self._pool.waitForDone()
        single_writer().waitForDone()
        if self.archive is not None:
            self.archive.close()
        self._settings.sync()

    def _replace(self, archive: Archive) -> None:
        """Show a new window on ``archive``; the old one goes once its work has stopped (a
        backup being written finishes first, in the background: the GUI thread never waits)."""
        old_window, old_archive = self.window, self.archive
        self.show(archive)
        if old_window is None:
            return
        old_window.close()  # released already: its runner is cancelled
        self._retiring.append(old_window)

        def retire() -> None:
            self._retiring.remove(old_window)
            old_window.deleteLater()
            if old_archive is not None and old_archive is not self.archive:
                old_archive.close()

        old_window.runner.when_idle(retire)

    def _on_window_archive_switch_requested(self, location: str) -> None:
        assert self.window is not None
        try:
            archive = opened(location, self.window)
        except ArchiveError as problem:
            QMessageBox.warning(
                self.window, QApplication.translate("app", "Arshif"), message_for(problem)
            )
            return
        if not self.window.release():
            archive.close()
            return
        self._settings.archive_location = location
        self._replace(archive)

    def _on_window_language_switch_requested(self, language: str) -> None:
        if self.window is None or self.archive is None or not self.window.release():
            return
        set_language(self._app, language)
        self._replace(self.archive)
