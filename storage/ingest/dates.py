"""The publication date an article states in its dateline or first lines, never a guess.

    الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس      (a «الموافق» pair)
    دير الزور (سوريا) 11 أغسطس (آب) 2015 –                 (a place, then the date)
    الثلاثاء 11 كانون الثاني 2015                            (a line that is only a date)
    2015/8/11   ١١/٨/٢٠١٥   26/10/1436 هـ

Gregorian months in both Arabic traditions (يناير … and كانون الثاني …, also the Maghreb's
names), Hijri months (Umm al-Qura, storage.calendar), weekday names, Arabic-Indic and Western
digits. Only a date that stands where a dateline stands counts: at the start of one of the
first paragraphs (after at most a short place name), or as a paragraph of its own. A date
that a sentence mentions («… في 12 أغسطس المقبل») is an event's date, not the article's, and a
date without its year is not read at all. A pair whose two calendars disagree by more than a
day is not trusted; the Gregorian date is the one taken.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from storage.calendar import from_hijri

# Same-length folding, so that offsets in the folded text are offsets in the original.
_FOLD = str.maketrans("أإآٱىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u00a0", "اااايه01234567890123456789 ")

_GREGORIAN = {
    1: "يناير|كانون الثاني|كانون ثاني|جانفي",
    2: "فبراير|شباط|فيفري",
    3: "مارس|اذار",
    4: "ابريل|نيسان|افريل",
    5: "مايو|ايار|ماي",
    6: "يونيو|يونيه|حزيران|جوان",
    7: "يوليو|يوليه|تموز|جويليه|يوليوز",
    8: "اغسطس|اب|اوت|غشت",
    9: "سبتمبر|ايلول|شتنبر",
    10: "اكتوبر|تشرين الاول|تشرين اول",
    11: "نوفمبر|تشرين الثاني|تشرين ثاني|نونبر",
    12: "ديسمبر|كانون الاول|كانون اول|دجنبر",
}
_HIJRI = {
    1: "محرم|المحرم",
    2: "صفر",
    3: "ربيع الاول|ربيع اول",
    4: "ربيع الاخر|ربيع الثاني|ربيع ثاني|ربيع اخر",
    5: "جمادي الاولي|جمادي الاول|جمادي اولي",
    6: "جمادي الاخره|جمادي الثانيه|جمادي الاخر|جمادي الثاني",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذو القعده|ذي القعده",
    12: "ذو الحجه|ذي الحجه",
}


def _names(table: dict[int, str]) -> tuple[str, dict[str, int]]:
    by_name = {name: month for month, names in table.items() for name in names.split("|")}
    longest_first = sorted(by_name, key=len, reverse=True)
    return "|".join(name.replace(" ", r"\s+") for name in longest_first), by_name


_G_NAMES, _G_MONTH = _names(_GREGORIAN)
_H_NAMES, _H_MONTH = _names(_HIJRI)
_WEEKDAY = r"(?:يوم\s+)?(?:ال)?(?:سبت|احد|اثنين|ثنين|ثلاثاء|اربعاء|خميس|جمعه)\s*[،,]?\s*"
_GREGORIAN_DATE = (
    rf"(?P<gd>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<gm>{_G_NAMES})"
    rf"(?:\s*[(/-]\s*(?:{_G_NAMES})\s*\)?)?\s*[،,]?\s*(?:عام\s+|سنه\s+)?(?P<gy>\d{{4}})(?!\d)\s*(?:م\b|ميلادي)?"
)
_HIJRI_DATE = (
    rf"(?P<hd>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<hm>{_H_NAMES})\s*[،,]?\s*(?:عام\s+|سنه\s+)?"
    r"(?P<hy>1[34]\d\d)(?!\d)\s*(?:هـ|ه\b|للهجره)?"
)
_NUMERIC_DATE = (
    r"(?:(?P<ny>\d{4})[/.-](?P<nm>\d{1,2})[/.-](?P<nd>\d{1,2})"
    r"|(?P<rd>\d{1,2})[/.-](?P<rm>\d{1,2})[/.-](?P<ry>\d{4}))(?![\d/.-])"
    r"\s*(?P<ns>هـ|ه\b|م\b)?"
)
_ONE_DATE = rf"(?:{_WEEKDAY})?(?:{_HIJRI_DATE}|{_GREGORIAN_DATE}|{_NUMERIC_DATE})"
# What may stand before a dateline's date: a place of one to three words, perhaps a bracketed
# country, and a separator; no digits.
_PLACE = r"(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:\s*\([^()\d]{2,30}\))?\s*[-–—:،,]?\s*"
_PAIR = r"\s*(?:[-–—/،,|]\s*)?(?:الموافق\s*(?:ل\s*)?)?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a line's start: place and first date, a pair's second date), compiled the first time
    a date is looked for (they take a program's start 20 ms to compile)."""
    return (
        re.compile(rf"^(?P<place>{_PLACE})??(?P<first>{_ONE_DATE})"),
        re.compile(rf"{_PAIR}(?P<second>{_ONE_DATE})"),
    )


# Words that tell a sentence, not a place, stands before the date: «منذ ثورة 25 يناير 2011»,
# «وحدد المركز يوم 6/11/1436هـ», «وفي فجر الأربعاء 28 رمضان 1436».
_NOT_PLACE_WORDS = frozenset(
    [
        "في",
        "وفي",
        "منذ",
        "ومنذ",
        "بتاريخ",
        "وبتاريخ",
        "تاريخ",
        "حتي",
        "وحتي",
        "قبل",
        "بعد",
        "من",
        "الي",
        "خلال",
        "يوم",
        "ويوم",
        "عام",
        "سنه",
        "ثوره",
        "مساء",
        "صباح",
        "فجر",
        "ليله",
        "بين",
        "اعتبارا",
        "ابتداء",
        "موعد",
        "الموافق",
    ]
)
FIRST_PARAGRAPHS = 4
_DATELINE_CHARS = 200
_DIGIT_WITHIN = 70
_WORDS_BEFORE_DIGITS = 7  # a place of three words, a bracketed country, «يوم الثلاثاء»
_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")  # the title and the three paragraphs after it
_AGREEMENT = dt.timedelta(days=1)


@dataclass(frozen=True)
class DateFound:
    """A date read from the text, and where: the words it was read from (``evidence``) and
    the paragraph's index (0 = the title)."""

    date: dt.date
    evidence: str
    paragraph: int
    place: str = ""  # the place the dateline names before its date («الرياض»), if any


def find_date(paragraphs: Sequence[str]) -> DateFound | None:
    """The publication date the first paragraphs state, or None (the text states none)."""
    for index, paragraph in enumerate(paragraphs[:FIRST_PARAGRAPHS]):
        found = _dateline(paragraph, is_title=index == 0)
        if found is not None:
            day, evidence, place = found
            return DateFound(day, evidence, index, place)
    return None


def _dateline(paragraph: str, *, is_title: bool) -> tuple[dt.date, str, str] | None:
    text = paragraph[:_DATELINE_CHARS].strip().lstrip("\u200f\u200e\ufeff")
    digit = _DIGIT.search(text, 0, _DIGIT_WITHIN)
    if digit is None or text.count(" ", 0, digit.start()) > _WORDS_BEFORE_DIGITS:
        return None  # a dateline's date starts within its first words
    folded = text.translate(_FOLD)
    line_start, pair = _patterns()
    match = line_start.match(folded)
    if match is None:
        return None
    place = match["place"] or ""
    if (is_title and place) or _NOT_PLACE_WORDS.intersection(re.findall(r"[^\W\d_]+", place)):
        return None
    dates = [_date_of(match, "first")]
    end = match.end()
    second = pair.match(folded, end)
    if second is not None:
        dates.append(_date_of(second, "second"))
        end = second.end()
    if is_title and folded[end:].strip(" .،,-–—)("):
        return None  # a title counts only when it is nothing but a date
    known = [d for d in dates if d is not None]
    if not known:
        return None
    if len(known) == 2 and abs(known[0][0] - known[1][0]) > _AGREEMENT:
        return None
    gregorian = [day for day, calendar in known if calendar == "gregorian"]
    start = match.start("first") if not place else 0
    place_words = text[: match.end("place")].strip(" -–—:،,") if place else ""
    return (gregorian or [known[0][0]])[0], text[start:end].strip(), place_words


def _date_of(match: re.Match[str], group: str) -> tuple[dt.date, str] | None:
    """The date a match of _ONE_DATE found (Gregorian day, and the calendar it was written in),
    or None if it names no real day."""
    parts = match.groupdict()
    offset = match.start(group)

    def took(name: str) -> bool:
        return parts[name] is not None and match.start(name) >= offset

    try:
        if took("hd"):
            month = _H_MONTH[re.sub(r"\s+", " ", parts["hm"])]
            return from_hijri(int(parts["hy"]), month, int(parts["hd"])), "hijri"
        if took("gd"):
            month = _G_MONTH[re.sub(r"\s+", " ", parts["gm"])]
            return dt.date(int(parts["gy"]), month, int(parts["gd"])), "gregorian"
        if took("ny"):
            year, month, day = int(parts["ny"]), int(parts["nm"]), int(parts["nd"])
        else:
            year, month, day = int(parts["ry"]), int(parts["rm"]), int(parts["rd"])
        is_hijri = (parts["ns"] or "").startswith("ه") or 1300 <= year <= 1500
        if is_hijri:
            return from_hijri(year, month, day), "hijri"
        if not 1800 <= year <= 2200:
            return None
        return dt.date(year, month, day), "gregorian"
    except ValueError:
        return None


def stated_date(title: str, lead: str, body: str) -> DateFound | None:
    """The date a stored article's own text states (its title, lead and body as the importer
    saw them), to show where an article's date was found."""
    return find_date([title, *(p for p in (lead, *body.split("\n\n")[:FIRST_PARAGRAPHS]) if p)])
