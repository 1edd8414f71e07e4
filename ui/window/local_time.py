"""Dates and times written the way the interface's language writes them: «2 ديسمبر 2026، 01:06»
in Arabic, «2 Dec 2026, 01:06» in English. Digits stay Latin, as in every other date the
window shows (the list's «2015-08-11 · 1436-10-26 هـ»), and the whole is an isolate, so a
line of the other direction cannot reorder it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from ui.window.bidi_text import isolated


def set_interface_locale(language: str) -> None:
    """The locale every QLocale() of the window follows: the interface's, not the system's.
    Arabic as written with Latin digits and the common month names (CLDR's ar_EH: «أغسطس»,
    «1,234»), like the list's dates; plain «ar» would write counts in Arabic-Indic digits."""
    QLocale.setDefault(QLocale("ar_EH" if language == "ar" else "en_GB"))


def moment_text(moment: dt.datetime) -> str:
    """A stored moment (UTC, or naive: UTC) in local time: day, month's name, year, time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return isolated(
        f"{day_text(local.date())}، {local:%H:%M}"
        if _is_arabic()
        else f"{day_text(local.date())}, {local:%H:%M}"
    )


def day_text(day: dt.date) -> str:
    """«2 ديسمبر 2026» / «2 Dec 2026»."""
    locale = QLocale()
    if _is_arabic():
        month = locale.monthName(day.month, QLocale.FormatType.LongFormat)
    else:
        month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
    return f"{day.day} {month} {day.year}"


def _is_arabic() -> bool:
    return QLocale().language() == QLocale.Language.Arabic
