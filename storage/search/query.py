"""The query language users already know, parsed into terms and filters.

    words              every word must match (in any spelling variant, see storage.text)
    "exact phrase"     the words in this order
    -word  -"phrase"   articles with it are left out
    a OR b             either (also a | b)
    pref*              words that start with pref
    =word  ="phrase"   exact spelling: hamza, ة/ه, ى/ي and any marks typed all count
    NEAR(a b, 5)       every word, each within 5 words of the others (10 if no number)
    spelling:exact     the whole query in exact spelling (the window's switch)
    near:5             every word of the query within 5 words of the others (the window's switch)
    tag:NAME  source:NAME  author:NAME  in:DOSSIER  has:note|attachment|tag
    =source:"NAME"  =author:"NAME"   exactly this source or author, as stored (a facet's filter)
    date:2015  date:2015-07  date:2015-07-21  date:2015-07..2015-08  date:..2015  date:2015-07..
    hijri:1436  hijri:1436-10  hijri:1436-10-26  hijri:1436-09..1436-10  (Umm al-Qura calendar)

Any string is a valid query: unbalanced quotes close at the end, stray operators are ignored,
punctuation and marks fall away with normalisation. A query with nothing left finds nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from storage.calendar import hijri_range
from storage.text import normalize, spelled, tokens, words_of
from storage.text.chars import MARK_CHARS
from storage.text.normalize import marked_words

MAX_QUERY_CHARS = 10_000
MAX_TERMS = 32
FIELDS = ("tag", "source", "author", "in", "has", "date", "hijri")
EXACT_FIELDS = ("source", "author")  # =source:"NAME" matches the stored value exactly
SWITCHES = ("spelling", "near")  # whole-query switches, written like fields
NEAR_DISTANCE = 10
MAX_NEAR_DISTANCE = 100
PIECE = re.compile(
    r'(?P<neg>-)?(?P<exact>=)?(?:(?P<field>[A-Za-z]+):)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>[^\s"]+))'
)
_EXACT_SWITCH = re.compile(r"(?i)(?:^|\s)spelling:exact(?:\s|$)")
NEAR = re.compile(r"\bNEAR\(([^(),]*)(?:,\s*([0-9٠-٩]+))?\s*\)")


@dataclass(frozen=True)
class Term:
    """Normalised words that must follow each other (one word: a plain term)."""

    words: tuple[str, ...]
    is_prefix: bool = False
    # Exact spelling (``=word``): the words as `spelled` keeps them, and the marks typed on
    # each word (empty when none were typed: then any marks in the article are fine).
    spelling: tuple[str, ...] | None = None
    marked: tuple[str, ...] = ()

    @property
    def is_exact(self) -> bool:
        return self.spelling is not None


@dataclass(frozen=True)
class Near:
    """Terms that must stand within ``distance`` words of each other (``NEAR(a b, 5)``)."""

    terms: tuple[Term, ...]
    distance: int


@dataclass(frozen=True)
class Filters:
    tags: tuple[str, ...] = ()
    sources: tuple[tuple[str, ...], ...] = ()
    authors: tuple[tuple[str, ...], ...] = ()
    dossiers: tuple[str, ...] = ()
    has: tuple[str, ...] = ()
    exact_sources: tuple[str, ...] = ()  # =source:"NAME": the stored value, exactly
    exact_authors: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class Query:
    """All groups must match; a group matches if any of its terms does."""

    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: Filters = field(default_factory=Filters)
    is_impossible: bool = False  # a filter that nothing can satisfy (date:2015-13)
    nears: tuple[Near, ...] = ()  # proximity conditions on terms that are also in groups

    @property
    def has_terms(self) -> bool:
        return bool(self.groups)

    @property
    def is_empty(self) -> bool:
        return not self.groups and self.filters == Filters() and not self.is_impossible

    def all_terms(self) -> list[Term]:
        return [term for group in self.groups for term in group]


def with_plain_quotes(text: str) -> str:
    """Typographic quotes (“ ” « ») as the plain ones the language reads, one for one."""
    return text.replace("\u201c", '"').replace("\u201d", '"').replace("«", '"').replace("»", '"')


def parse(text: str) -> Query:
    text = with_plain_quotes(text[:MAX_QUERY_CHARS])
    near_texts = [(m[1], m[2]) for m in NEAR.finditer(text)]
    text = NEAR.sub(" ", text)
    is_exact = _EXACT_SWITCH.search(text) is not None
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    values: dict[str, list[str]] = {
        name: [] for name in (*FIELDS, *SWITCHES, *(f"={n}" for n in EXACT_FIELDS))
    }
    join_next = False
    for match in PIECE.finditer(text):
        raw = match["quoted"] if match["quoted"] is not None else match["bare"]
        field_name = (match["field"] or "").lower()
        if match["bare"] in ("OR", "|") and not match["neg"] and not field_name:
            join_next = bool(groups)
            continue
        if field_name in EXACT_FIELDS and match["exact"] and not match["neg"]:
            values["=" + field_name].append(raw)
            continue
        if field_name in FIELDS or field_name in SWITCHES:
            values[field_name].append(raw)
            continue
        if field_name:  # an unknown field: its name and value are words
            raw = f"{match['field']} {raw}"
        exactly = is_exact or match["exact"] is not None
        term = _term(raw, is_phrase=match["quoted"] is not None, is_exact=exactly)
        if term is None:
            continue
        if match["neg"]:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    nears = _nears(groups, near_texts, values["near"], is_exact)
    filters, is_impossible = _filters(values)
    kept = [tuple(g) for g in groups][:MAX_TERMS]
    return Query(tuple(kept), tuple(excluded[:MAX_TERMS]), filters, is_impossible, nears)


def _nears(
    groups: list[list[Term]],
    near_texts: list[tuple[str, str | None]],
    whole_query: list[str],
    is_exact: bool,
) -> tuple[Near, ...]:
    """The NEAR conditions: ``NEAR(…)`` groups, whose terms join ``groups``, and ``near:N``
    over the query's terms (when it is a plain list of terms)."""
    whole = _distance(whole_query[-1]) if whole_query else None
    nears = []
    if whole is not None and len(groups) > 1 and all(len(g) == 1 for g in groups):
        nears.append(Near(tuple(g[0] for g in groups), whole))
    for words, distance in near_texts:
        near = _near(words, distance, is_exact)
        if near.terms:
            nears.append(near)
            groups += [[term] for term in near.terms]
    return tuple(nears)


def _near(words: str, distance: str | None, is_exact: bool) -> Near:
    terms = [
        _term(w, is_phrase=False, is_exact=is_exact or w.startswith("=")) for w in words.split()
    ]
    found = _distance(distance) if distance else NEAR_DISTANCE
    return Near(tuple(t for t in terms if t is not None), found or NEAR_DISTANCE)


def _distance(value: str) -> int | None:
    digits = "".join(tokens(value))
    return min(int(digits), MAX_NEAR_DISTANCE) if digits.isdigit() else None


def _term(raw: str, is_phrase: bool, is_exact: bool = False) -> Term | None:
    words = tokens(raw)
    if not words:
        return None
    is_prefix = not is_phrase and raw.endswith("*")
    spelling = tuple(words_of(spelled(raw))) if is_exact else None
    if spelling is None or len(spelling) != len(words):
        return Term(tuple(words), is_prefix=is_prefix)
    marked = tuple(marked_words(raw)) if MARK_CHARS.search(raw) else ()
    return Term(tuple(words), is_prefix=is_prefix, spelling=spelling, marked=marked)


def _filters(values: dict[str, list[str]]) -> tuple[Filters, bool]:
    date_from, date_to, is_impossible = None, None, False
    dated = [(v, _day) for v in values["date"]] + [(v, _hijri_day) for v in values["hijri"]]
    for value, day_of in dated:
        bounds = _date_range(value, day_of)
        if bounds is None:
            is_impossible = True
            continue
        low, high = bounds
        if low is not None:
            date_from = low if date_from is None else max(date_from, low)
        if high is not None:
            date_to = high if date_to is None else min(date_to, high)
    names = [tuple(tokens(v)) for v in values["source"]]
    authors = [tuple(tokens(v)) for v in values["author"]]
    filters = Filters(
        tags=tuple(v for v in values["tag"] if tokens(v)),
        sources=tuple(n for n in names if n),
        authors=tuple(a for a in authors if a),
        dossiers=tuple(v for v in values["in"] if tokens(v)),
        has=tuple(v.lower() for v in values["has"]),
        exact_sources=tuple(v.strip() for v in values["=source"] if v.strip()),
        exact_authors=tuple(v.strip() for v in values["=author"] if v.strip()),
        date_from=date_from,
        date_to=date_to,
    )
    return filters, is_impossible


_DAY = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def _date_range(
    value: str, day_of: Callable[[str, bool], dt.date | None]
) -> tuple[dt.date | None, dt.date | None] | None:
    """(first day, last day) of ``value`` («2015», «2015-07..2015-08», «..2015»), with either
    end open, its parts read by ``day_of``; None for a date that cannot be."""
    low_text, is_range, high_text = normalize(value).partition("..")
    if not is_range:
        high_text = low_text
    low = day_of(low_text, True) if low_text else None
    high = day_of(high_text, False) if high_text else None
    if (low_text and low is None) or (high_text and high is None) or not (low or high):
        return None
    return low, high


def _parts(text: str) -> tuple[int, int | None, int | None] | None:
    match = _DAY.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    return year, month, day


def _hijri_day(text: str, is_first: bool) -> dt.date | None:
    """The first (or last) Gregorian day of a Hijri year, month or day (Umm al-Qura)."""
    parts = _parts(text)
    if parts is None or (parts[1] is None and parts[2] is not None):
        return None
    try:
        first, last = hijri_range(*parts)
    except ValueError:
        return None
    return first if is_first else last


def _day(text: str, is_first: bool) -> dt.date | None:
    parts = _parts(text)
    if parts is None:
        return None
    year, month, day = parts
    try:
        if day is not None and month is not None:
            return dt.date(year, month, day)
        if month is not None:
            return dt.date(year, month, 1 if is_first else calendar.monthrange(year, month)[1])
        return dt.date(year, 1, 1) if is_first else dt.date(year, 12, 31)
    except ValueError:
        return None


@dataclass(frozen=True)
class Switches:
    """The whole-query switches the window shows beside its search field."""

    is_exact: bool = False
    near: int | None = None  # every word within this many words of the others


_SWITCH = re.compile(r"(?i)(?:^|\s)(?:spelling:exact|near:([0-9٠-٩]+))(?=\s|$)")


def split_switches(query: str) -> tuple[str, Switches]:
    """The query's text without its switches, and the switches: what a saved search shows."""
    is_exact, near = False, None
    for match in _SWITCH.finditer(query):
        if match[1] is None:
            is_exact = True
        else:
            near = _distance(match[1])
    return " ".join(_SWITCH.sub(" ", query).split()), Switches(is_exact, near)


def with_switches(text: str, switches: Switches) -> str:
    """``text`` with ``switches`` written into it (`split_switches` undoes it)."""
    words = [text.strip()] if text.strip() else []
    if switches.is_exact:
        words.append("spelling:exact")
    if switches.near is not None:
        words.append(f"near:{switches.near}")
    return " ".join(words)
