"""The Hijri calendar (Umm al-Qura, by ICU) and Hijri searches on both back ends, month ends
included."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.archive import Archive
from storage.calendar import (
    both_dates,
    from_hijri,
    hijri_month_length,
    hijri_range,
    long_date,
    parse_day,
    to_hijri,
)
from storage.records import ArticleDraft

D = dt.date


def test_umm_al_qura_as_icu_computes_it() -> None:
    # 26 Shawwal 1436 = 11 August 2015, as the Saudi Press Agency's datelines pair them.
    assert to_hijri(D(2015, 8, 11)).__str__() == "1436-10-26"
    assert from_hijri(1436, 10, 26) == D(2015, 8, 11)
    assert hijri_month_length(1436, 9) == 29  # Ramadan 1436
    assert hijri_month_length(1436, 10) == 30  # Shawwal 1436
    assert hijri_range(1436, 9) == (D(2015, 6, 18), D(2015, 7, 16))
    assert hijri_range(1436, 12) == (D(2015, 9, 14), D(2015, 10, 13))
    assert hijri_range(1437, 1)[0] == D(2015, 10, 14)  # 1436-12 runs straight into 1437-01
    assert hijri_range(1436) == (D(2014, 10, 25), D(2015, 10, 13))
    with pytest.raises(ValueError, match="1436-09-30"):
        from_hijri(1436, 9, 30)


def test_every_day_of_a_hijri_year_goes_both_ways() -> None:
    day, last = hijri_range(1436)
    while day <= last:
        hijri = to_hijri(day)
        assert from_hijri(hijri.year, hijri.month, hijri.day) == day
        day += dt.timedelta(days=1)


def test_dates_written_in_either_calendar() -> None:
    assert long_date(D(2015, 8, 11)) == "11 أغسطس 2015"
    assert long_date(D(2015, 8, 11), "hijri") == "26 شوال 1436 هـ"
    assert long_date(D(2015, 8, 11), "hijri", arabic_digits=True) == "٢٦ شوال ١٤٣٦ هـ"
    assert both_dates(D(2015, 8, 11)) == "2015-08-11 (26 شوال 1436 هـ)"
    assert both_dates(D(2015, 8, 11), "hijri") == "26 شوال 1436 هـ (2015-08-11)"
    assert parse_day("2015-08-11") == D(2015, 8, 11)
    assert parse_day("1436-10-26 هـ") == D(2015, 8, 11)
    assert parse_day("١٤٣٦/١٠/٢٦ هـ") == D(2015, 8, 11)
    assert parse_day("1436-10-26", "hijri") == D(2015, 8, 11)
    assert parse_day("  ") is None
    with pytest.raises(ValueError, match="not a date"):
        parse_day("أمس")
    with pytest.raises(ValueError, match="1436-09-30"):
        parse_day("1436-09-30 هـ")


@pytest.fixture
def dated(archive: Archive) -> dict[str, int]:
    """Articles on the days either side of Hijri month ends."""
    days = {
        "last of Ramadan": D(2015, 7, 16),  # 1436-09-29
        "first of Shawwal": D(2015, 7, 17),  # 1436-10-01
        "last of Shawwal": D(2015, 8, 15),  # 1436-10-30
        "first of Dhu al-Qa'da": D(2015, 8, 16),  # 1436-11-01
        "last of 1436": D(2015, 10, 13),  # 1436-12-30
        "first of 1437": D(2015, 10, 14),  # 1437-01-01
        "before 1436": D(2014, 10, 24),  # 1435-12-29
    }
    ids: dict[str, int] = {}
    for name, day in days.items():
        outcome, _ = archive.add_article(
            ArticleDraft(title=f"خبر {name}", body=f"نص الخبر {name} {day}", date=day)
        )
        assert outcome.article_id is not None
        ids[name] = outcome.article_id
    return ids


def _found(archive: Archive, query: str) -> set[int]:
    return set(archive.article_ids(query, "oldest"))


def test_hijri_queries_on_both_back_ends(archive: Archive, dated: dict[str, int]) -> None:
    def ids(*names: str) -> set[int]:
        return {dated[n] for n in names}

    assert _found(archive, "hijri:1436-09") == ids("last of Ramadan")  # 29 days
    assert _found(archive, "hijri:1436-10") == ids("first of Shawwal", "last of Shawwal")
    assert _found(archive, "hijri:1436-09..1436-10") == ids(
        "last of Ramadan", "first of Shawwal", "last of Shawwal"
    )
    assert _found(archive, "hijri:1436-12..1437-01") == ids("last of 1436", "first of 1437")
    assert _found(archive, "hijri:1437") == ids("first of 1437")
    assert _found(archive, "hijri:1436") == set(dated.values()) - ids(
        "before 1436", "first of 1437"
    )
    assert _found(archive, "hijri:1436-10-30") == ids("last of Shawwal")
    assert _found(archive, "hijri:..1436-09") == ids("last of Ramadan", "before 1436")
    assert _found(archive, "hijri:١٤٣٦-١١..") == ids(
        "first of Dhu al-Qa'da", "last of 1436", "first of 1437"
    )
    # with words, and with a Gregorian filter: both must hold
    assert _found(archive, "الخبر hijri:1436-10 date:2015-08") == ids("last of Shawwal")
    # a Hijri day that does not exist finds nothing, and is no error
    assert _found(archive, "hijri:1436-09-30") == set()
    assert _found(archive, "hijri:1436-13") == set()
