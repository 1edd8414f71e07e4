"""Settings: interface language, reading font, archive location, scheduled backups.

    dialog = SettingsDialog(settings, window)
    dialog.language_changed.connect(...)          # "ar" / "en"; stored, used at the next start
    dialog.archive_location_changed.connect(...)  # a folder or a postgresql:// URL to open
    dialog.reading_font_changed.connect(...)      # family, size in points
    dialog.backups_changed.connect(...)           # folder, interval or copies changed
    dialog.open()

Values are checked when OK is pressed; a problem is shown in the dialog, which stays open.
Signals are emitted after the settings are stored, and only for what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from storage import resolve_location, without_password
from storage.calendar import Calendar
from storage.errors import ArchiveError
from ui.window.bidi_text import left_to_right
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.error_text import message_for
from ui.window.local_time import moment_text
from ui.window.settings import (
    FONT_NAMES,
    MAX_BACKUP_DAYS,
    MAX_BACKUP_KEEP,
    SIZE_RANGE,
    Settings,
)

# Each language under its own name, never translated: whoever cannot read the current
# language must still find theirs.
LANGUAGE_NAMES = (("ar", "العربية"), ("en", "English"))


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    archive_location_changed = Signal(str)
    reading_font_changed = Signal(str, int)
    first_calendar_changed = Signal(str)  # "gregorian" or "hijri"
    backups_changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._interface_group())
        layout.addWidget(self._reading_group())
        layout.addWidget(self._archive_group())
        layout.addWidget(self._backup_group())
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.location_button.clicked.connect(self._on_location_button_clicked)
        self.backup_folder_button.clicked.connect(self._on_backup_folder_button_clicked)
        self._load()

    # -- building ----------------------------------------------------------------------------

    def _interface_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Interface"), self)
        form = QFormLayout(group)
        self.language_combo = QComboBox(group)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        form.addRow(self.tr("Language:"), self.language_combo)
        note = QLabel(self.tr("The window opens again in the new language."), group)
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _reading_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Reading"), self)
        form = QFormLayout(group)
        self.font_combo = QComboBox(group)
        self.font_combo.addItems(FONT_NAMES)
        form.addRow(self.tr("Font:"), self.font_combo)
        self.size_spin = QSpinBox(group)
        self.size_spin.setRange(*SIZE_RANGE)
        self.size_spin.setSuffix(self.tr(" pt"))
        form.addRow(self.tr("Size:"), self.size_spin)
        self.calendar_combo = QComboBox(group)
        self.calendar_combo.addItem(self.tr("Gregorian first, Hijri beside it"), "gregorian")
        self.calendar_combo.addItem(self.tr("Hijri first, Gregorian beside it"), "hijri")
        form.addRow(self.tr("Dates:"), self.calendar_combo)
        return group

    def _archive_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Archive"), self)
        form = QFormLayout(group)
        self.location_edit = _left_to_right(QLineEdit(group))
        self.location_edit.setPlaceholderText(self.tr("The default folder"))
        self.location_button = QPushButton(self.tr("Choose folder…"), group)
        form.addRow(self.tr("Location:"), _row(group, self.location_edit, self.location_button))
        note = QLabel(
            self.tr("A folder, or a server address like postgresql://user@host/archive"), group
        )
        note.setWordWrap(True)
        form.addRow(note)
        return group

    def _backup_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Automatic backups"), self)
        form = QFormLayout(group)
        self.backup_folder_edit = _left_to_right(QLineEdit(group))
        self.backup_folder_edit.setPlaceholderText(self.tr("No automatic backups"))
        self.backup_folder_button = QPushButton(self.tr("Choose folder…"), group)
        form.addRow(
            self.tr("Folder:"), _row(group, self.backup_folder_edit, self.backup_folder_button)
        )
        self.every_spin = QSpinBox(group)
        self.every_spin.setRange(0, MAX_BACKUP_DAYS)
        self.every_spin.setSpecialValueText(self.tr("Never"))
        form.addRow(self.tr("Every (days):"), self.every_spin)
        self.keep_spin = QSpinBox(group)
        self.keep_spin.setRange(1, MAX_BACKUP_KEEP)
        form.addRow(self.tr("Copies to keep:"), self.keep_spin)
        last = self._settings.last_backup
        self.last_backup_label = QLabel(
            self.tr("No automatic backup yet")
            if last is None
            else self.tr("Last automatic backup: %1").replace("%1", moment_text(last)),
            group,
        )
        form.addRow(self.last_backup_label)
        return group

    def _load(self) -> None:
        settings = self._settings
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        self.font_combo.setCurrentText(settings.reading_font)
        self.size_spin.setValue(settings.reading_size)
        self.calendar_combo.setCurrentIndex(self.calendar_combo.findData(settings.first_calendar))
        self.location_edit.setText(settings.archive_location or "")
        self.backup_folder_edit.setText(settings.backup_folder or "")
        self.every_spin.setValue(settings.backup_every_days)
        self.keep_spin.setValue(settings.backup_keep)

    # -- choosing folders --------------------------------------------------------------------

    @classmethod
    def ask_folder(cls, parent: QWidget, title: str, start: str) -> str | None:
        """Tests patch this; None when the user cancels."""
        chosen = FileChooser.folder(parent, title, Path(start))
        return None if chosen is None else str(chosen)

    def _on_location_button_clicked(self) -> None:
        chosen = self.ask_folder(self, self.tr("Archive folder"), self.location_edit.text())
        if chosen is not None:
            self.location_edit.setText(chosen)

    def _on_backup_folder_button_clicked(self) -> None:
        chosen = self.ask_folder(self, self.tr("Backup folder"), self.backup_folder_edit.text())
        if chosen is not None:
            self.backup_folder_edit.setText(chosen)

    # -- checking and storing ----------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        problem = self._location_problem() or self._backup_folder_problem()
        if problem is not None:
            self.problem_label.setText(problem)
            self.problem_label.show()
            return
        self._store()
        self.accept()

    def _location_problem(self) -> str | None:
        text = self.location_edit.text().strip()
        if not text:
            return None
        try:
            resolve_location(text)
        except ArchiveError as problem:
            return self.tr("Archive location: %1").replace("%1", message_for(problem))
        return None

    def _backup_folder_problem(self) -> str | None:
        text = self.backup_folder_edit.text().strip()
        if not text:
            return None
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return self.tr("Backup folder: give the whole path, from the drive or /")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return (
                self.tr("Backup folder %1 cannot be created: %2")
                .replace("%1", left_to_right(folder))
                .replace("%2", error.strerror or str(error))
            )
        return None

    def _store(self) -> None:
        settings = self._settings
        language = str(self.language_combo.currentData())
        font = (self.font_combo.currentText(), self.size_spin.value())
        location = self.location_edit.text().strip()
        backup_folder = self.backup_folder_edit.text().strip()
        backups = (
            str(Path(backup_folder).expanduser()) if backup_folder else None,
            self.every_spin.value(),
            self.keep_spin.value(),
        )
        calendar: Calendar = (
            "hijri" if self.calendar_combo.currentData() == "hijri" else "gregorian"
        )
        changed_calendar = calendar != settings.first_calendar
        changed_language = language != settings.language
        changed_font = font != (settings.reading_font, settings.reading_size)
        changed_location = without_password(location) != (settings.archive_location or "")
        changed_backups = backups != (
            settings.backup_folder,
            settings.backup_every_days,
            settings.backup_keep,
        )
        settings.language = language
        settings.reading_font, settings.reading_size = font
        settings.first_calendar = calendar
        settings.archive_location = location or None
        settings.backup_folder, settings.backup_every_days, settings.backup_keep = backups
        settings.sync()
        if changed_language:
            self.language_changed.emit(language)
        if changed_font:
            self.reading_font_changed.emit(*font)
        if changed_calendar:
            self.first_calendar_changed.emit(calendar)
        if changed_location and location:
            self.archive_location_changed.emit(location)
        if changed_backups:
            self.backups_changed.emit()


def _left_to_right(edit: QLineEdit) -> QLineEdit:
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths and URLs read left to right
    return edit


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.setStretch(0, 1)
    return row
