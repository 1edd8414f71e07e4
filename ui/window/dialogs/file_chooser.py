"""The window's file dialogs, all in the interface language: Qt's own dialog (never the
system's, which speaks the system's language), with its labels translated here, since Qt's
Arabic catalogue lacks «&Look in:» and «Files of &type:». Every file dialog of the window
opens through this module.

path = FileChooser.save_path(parent, title, suggested, filters)   # None: cancelled
paths = FileChooser.open_paths(parent, title, folder, filters)    # []: cancelled
folder = FileChooser.folder(parent, title, start)                 # None: cancelled
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

Label = QFileDialog.DialogLabel
# Qt 6 names the kind of each entry in these words, which Qt's Arabic catalogue lacks; ours
# (installed after Qt's, so asked first) carries them
QT_WORDS = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


class FileChooser:
    @classmethod
    def dialog(
        cls,
        parent: QWidget | None,
        title: str,
        start: Path,
        filters: str = "",
        mode: QFileDialog.AcceptMode = QFileDialog.AcceptMode.AcceptOpen,
    ) -> QFileDialog:
        """A file dialog in the interface language, opening at ``start`` (a folder, or a file
        to suggest). ``filters``: Qt's «Name (*.a *.b);;Other (*)»."""
        dialog = QFileDialog(parent, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        if filters:
            dialog.setNameFilters(filters.split(";;"))
        if start.is_dir() or start.suffix == "":
            dialog.setDirectory(str(start))
        else:
            dialog.setDirectory(str(start.parent))
            dialog.selectFile(start.name)
        dialog.setLabelText(Label.LookIn, QCoreApplication.translate("FileChooser", "Look in:"))
        dialog.setLabelText(Label.FileName, QCoreApplication.translate("FileChooser", "File name:"))
        dialog.setLabelText(
            Label.FileType, QCoreApplication.translate("FileChooser", "Files of type:")
        )
        is_save = mode == QFileDialog.AcceptMode.AcceptSave
        dialog.setLabelText(
            Label.Accept,
            QCoreApplication.translate("FileChooser", "Save")
            if is_save
            else QCoreApplication.translate("FileChooser", "Open"),
        )
        dialog.setLabelText(Label.Reject, QCoreApplication.translate("FileChooser", "Cancel"))
        return dialog

    @classmethod
    def save_path(
        cls, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> tuple[Path, str] | None:
        """The file to write (the dialog confirms replacing one) and the filter chosen."""
        dialog = cls.dialog(parent, title, suggested, filters, QFileDialog.AcceptMode.AcceptSave)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0]), dialog.selectedNameFilter()

    @classmethod
    def open_paths(
        cls, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> list[Path]:
        dialog = cls.dialog(parent, title, start, filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return [Path(name) for name in dialog.selectedFiles()]

    @classmethod
    def open_path(
        cls, parent: QWidget | None, title: str, start: Path, filters: str
    ) -> Path | None:
        dialog = cls.dialog(parent, title, start, filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: Path) -> Path | None:
        dialog = cls.dialog(parent, title, start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setLabelText(Label.Accept, QCoreApplication.translate("FileChooser", "Choose"))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
