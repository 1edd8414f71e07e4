"""The window's settings, typed: one `Settings` over a QSettings store, passed to whoever needs
it (never a global). Tests give it an ini file of their own, so they never touch the user's.

    settings = Settings.for_user()                      # after the QApplication has its names
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))   # tests

Values read back are checked: a hand-edited or stale file gives the default, never a crash.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QSettings

from export.fonts import FAMILIES
from storage import without_password
from storage.calendar import Calendar

LANGUAGES = ("ar", "en")
CALENDARS: tuple[Calendar, ...] = ("gregorian", "hijri")
FONT_NAMES = tuple(family.name for family in FAMILIES)
DEFAULT_FONT = "Amiri"
DEFAULT_SIZE = 15
SIZE_RANGE = (8, 48)
# Weekly by default: scheduled backups start once a backup folder is chosen, so choosing the
# folder is the one step that protects the archive; a week of work is the most a lost disk
# can cost, and the 10 copies kept then reach back more than two months.
DEFAULT_BACKUP_DAYS = 7
DEFAULT_BACKUP_KEEP = 10
MAX_BACKUP_DAYS = 365
MAX_BACKUP_KEEP = 1000


class Settings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def for_user(cls) -> Settings:
        """The user's own settings (QSettings under the application's organisation and name)."""
        return cls(QSettings())

    def sync(self) -> None:
        """Write pending changes to the file now (QSettings otherwise writes them later)."""
        self.store.sync()

    # -- reading and writing, checked --------------------------------------------------------

    def _text(self, key: str) -> str | None:
        value = self.store.value(key)
        return value if isinstance(value, str) and value else None

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value = self.store.value(key)
        try:
            number = int(value) if isinstance(value, (int, str)) else default
        except ValueError:
            return default
        return number if low <= number <= high else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set_text(self, key: str, value: str | None) -> None:
        if value:
            self.store.setValue(key, value)
        else:
            self.store.remove(key)

    # -- interface ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "ar" or "en"; it takes effect when the application starts."""
        value = self._text("ui/language")
        return value if value in LANGUAGES else LANGUAGES[0]

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language: {value!r} is not one of {LANGUAGES}")
        self.store.setValue("ui/language", value)

    @property
    def archive_location(self) -> str | None:
        """The archive opened last: a folder, or a PostgreSQL URL (kept without its password;
        the server's password file or $PGPASSWORD supplies it)."""
        return self._text("archive/location")

    @archive_location.setter
    def archive_location(self, value: str | None) -> None:
        self._set_text("archive/location", None if value is None else without_password(value))

    # -- reading pane ------------------------------------------------------------------------

    @property
    def reading_font(self) -> str:
        value = self._text("reading/font")
        return value if value in FONT_NAMES else DEFAULT_FONT

    @reading_font.setter
    def reading_font(self, value: str) -> None:
        if value not in FONT_NAMES:
            raise ValueError(f"reading font: {value!r} is not one of {FONT_NAMES}")
        self.store.setValue("reading/font", value)

    @property
    def reading_size(self) -> int:
        """The reading pane's text size in points."""
        return self._int("reading/size", DEFAULT_SIZE, *SIZE_RANGE)

    @reading_size.setter
    def reading_size(self, value: int) -> None:
        self.store.setValue("reading/size", min(max(value, SIZE_RANGE[0]), SIZE_RANGE[1]))

    @property
    def first_calendar(self) -> Calendar:
        """Which calendar's date comes first where a date is shown; the other stands beside it."""
        return "hijri" if self._text("dates/first") == "hijri" else "gregorian"

    @first_calendar.setter
    def first_calendar(self, value: Calendar) -> None:
        if value not in CALENDARS:
            raise ValueError(f"first calendar: {value!r} is not one of {CALENDARS}")
        self.store.setValue("dates/first", value)

    # -- window layout -----------------------------------------------------------------------

    def save_layout(self, screen: str, name: str, state: QByteArray) -> None:
        """A layout (a splitter's or a header's state) made on a screen of size ``screen``
        («1366x768»): each screen size keeps its own."""
        self.store.setValue(f"layouts/{screen}/{name}", state)

    def layout(self, screen: str, name: str) -> QByteArray | None:
        """The layout saved on a screen of this size, if any."""
        return self._bytes(f"layouts/{screen}/{name}")

    # -- exports -----------------------------------------------------------------------------

    @property
    def export_folder(self) -> str | None:
        """The folder a PDF was last exported to: the next export's file dialog opens there."""
        return self._text("export/folder")

    @export_folder.setter
    def export_folder(self, value: str | None) -> None:
        self._set_text("export/folder", value)

    # -- scheduled backups -------------------------------------------------------------------

    @property
    def backup_folder(self) -> str | None:
        """Where scheduled backups go; None: no scheduled backups."""
        return self._text("backup/folder")

    @backup_folder.setter
    def backup_folder(self, value: str | None) -> None:
        self._set_text("backup/folder", value)

    @property
    def backup_every_days(self) -> int:
        """Days between scheduled backups; 0 turns them off."""
        return self._int("backup/every_days", DEFAULT_BACKUP_DAYS, 0, MAX_BACKUP_DAYS)

    @backup_every_days.setter
    def backup_every_days(self, value: int) -> None:
        self.store.setValue("backup/every_days", min(max(value, 0), MAX_BACKUP_DAYS))

    @property
    def backup_keep(self) -> int:
        """How many scheduled backups stay in the folder (the oldest go first)."""
        return self._int("backup/keep", DEFAULT_BACKUP_KEEP, 1, MAX_BACKUP_KEEP)

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self.store.setValue("backup/keep", min(max(value, 1), MAX_BACKUP_KEEP))

    @property
    def last_backup(self) -> dt.datetime | None:
        """When the last scheduled backup was written (aware, UTC)."""
        value = self._text("backup/last")
        try:
            when = None if value is None else dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return when

    @last_backup.setter
    def last_backup(self, value: dt.datetime | None) -> None:
        if value is not None and value.tzinfo is None:
            raise ValueError("last backup: give an aware time (with its time zone)")
        self._set_text(
            "backup/last", None if value is None else value.astimezone(dt.UTC).isoformat()
        )
