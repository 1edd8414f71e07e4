"""The two calendars of Arabic press: Gregorian, and Hijri by the Umm al-Qura calendar.

One home for the Hijri arithmetic: ICU's ``islamic-umalqura`` calendar converts both ways and
formats long dates, for the dossier's cover and metadata, the window, ``show`` and the
``hijri:`` search filter alike. Qt-free. Times are taken at noon UTC, so a day never slips
into its neighbour through a time zone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import icu

Calendar = Literal["gregorian", "hijri"]
_UMM_AL_QURA = "ar@calendar=islamic-umalqura"
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# The years ICU's Umm al-Qura tables cover exactly; outside them ICU falls back to arithmetic.
FIRST_YEAR, LAST_YEAR = 1300, 1600

HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)


@dataclass(frozen=True, order=True)
class HijriDate:
    year: int
    month: int  # 1 = محرم
    day: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@cache
def _icu() -> ModuleType:
    """PyICU, loaded the first time a date is converted (a command that shows no Hijri date
    does not pay for it)."""
    import icu

    module: ModuleType = icu
    return module


def _fields() -> Any:
    return _icu().UCalendarDateFields


def _calendar() -> icu.Calendar:
    icu = _icu()
    return icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale(_UMM_AL_QURA))


def _noon(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp()


def to_hijri(day: dt.date) -> HijriDate:
    calendar, fields = _calendar(), _fields()
    calendar.setTime(_noon(day))
    return HijriDate(
        calendar.get(fields.EXTENDED_YEAR),
        calendar.get(fields.MONTH) + 1,
        calendar.get(fields.DATE),
    )


def hijri_month_length(year: int, month: int) -> int:
    """29 or 30: the days of a Hijri month."""
    calendar = _set(year, month, 1)
    return int(calendar.getActualMaximum(_fields().DAY_OF_MONTH))


def from_hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date; ValueError if there is no such Hijri day."""
    if not FIRST_YEAR <= year <= LAST_YEAR or not 1 <= month <= 12:
        raise ValueError(f"no Hijri month {year}-{month:02d}")
    if not 1 <= day <= hijri_month_length(year, month):
        raise ValueError(f"no Hijri day {year}-{month:02d}-{day:02d}")
    calendar = _set(year, month, day)
    return dt.datetime.fromtimestamp(calendar.getTime(), dt.UTC).date()


def _set(year: int, month: int, day: int) -> icu.Calendar:
    calendar, fields = _calendar(), _fields()
    calendar.clear()
    calendar.set(fields.EXTENDED_YEAR, year)
    calendar.set(fields.MONTH, month - 1)
    calendar.set(fields.DATE, day)
    calendar.set(fields.HOUR_OF_DAY, 12)
    return calendar


def hijri_range(
    year: int, month: int | None = None, day: int | None = None
) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian days of a Hijri year, month or day."""
    if month is None:
        return from_hijri(year, 1, 1), from_hijri(year, 12, hijri_month_length(year, 12))
    if day is None:
        return from_hijri(year, month, 1), from_hijri(year, month, hijri_month_length(year, month))
    same = from_hijri(year, month, day)
    return same, same


@cache
def _formatter(calendar: Calendar) -> icu.DateFormat:
    icu = _icu()
    locale = "ar" if calendar == "gregorian" else _UMM_AL_QURA
    formatter = icu.DateFormat.createDateInstance(icu.DateFormat.LONG, icu.Locale(locale))
    formatter.setTimeZone(icu.TimeZone.getGMT())
    return formatter


def long_date(
    day: dt.date, calendar: Calendar = "gregorian", *, arabic_digits: bool = False
) -> str:
    """«11 أغسطس 2015» or «26 شوال 1436 هـ», as ICU writes them in Arabic."""
    text = str(_formatter(calendar).format(_noon(day)))
    return text.translate(_INDIC) if arabic_digits else text


def both_dates(
    day: dt.date,
    lead: Calendar = "gregorian",
    *,
    style: Literal["iso", "long"] = "iso",
    arabic_digits: bool = False,
) -> str:
    """The day in both calendars, ``lead`` first:
    iso «2015-08-11 (26 شوال 1436 هـ)», long «11 أغسطس 2015 (26 شوال 1436 هـ)»."""
    gregorian = day.isoformat() if style == "iso" else long_date(day)
    hijri = long_date(day, "hijri")
    first, second = (hijri, gregorian) if lead == "hijri" else (gregorian, hijri)
    text = f"{first} ({second})"
    return text.translate(_INDIC) if arabic_digits else text


def editable_date(day: dt.date, calendar: Calendar = "gregorian") -> str:
    """A date as an editor shows it for typing over: «2015-08-11», or «1436-10-26 هـ»."""
    return day.isoformat() if calendar == "gregorian" else f"{to_hijri(day)} هـ"


_ISO_HIJRI = re.compile(r"(\d{3,4})-(\d{1,2})-(\d{1,2})")
_HIJRI_SUFFIX = re.compile(r"\s*(?:هـ|ه|AH|H)\.?\s*$", re.IGNORECASE)
_GREGORIAN_SUFFIX = re.compile(r"\s*(?:م|AD|CE)\.?\s*$", re.IGNORECASE)


def parse_day(text: str, calendar: Calendar = "gregorian") -> dt.date | None:
    """A date typed in an editor: year-month-day in ``calendar``, or in the one its suffix
    names («1436-10-26 هـ» is Hijri, «2015-08-11 م» Gregorian); «/» for «-» and Arabic-Indic
    digits too. None for an empty text; ValueError for text that is no date or a day that
    cannot be."""
    value = text.strip().translate(_WESTERN)
    if not value:
        return None
    for suffix, named in ((_HIJRI_SUFFIX, "hijri"), (_GREGORIAN_SUFFIX, "gregorian")):
        found = suffix.search(value)
        if found is not None:
            calendar, value = named, value[: found.start()].strip()  # type: ignore[assignment]
            break
    match = _ISO_HIJRI.fullmatch(value.replace("/", "-"))
    if match is None:
        raise ValueError(f"{text!r} is not a date like 2015-08-11 or 1436-10-26 هـ")
    year, month, day = (int(part) for part in match.groups())
    if calendar == "hijri":
        return from_hijri(year, month, day)
    return dt.date(year, month, day)
