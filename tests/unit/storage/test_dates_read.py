"""Dates read from an article's dateline or first lines, in every form Arabic papers print;
never a guess."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from storage.ingest.dates import find_date, stated_date
from storage.ingest.plaintext import parse_article
from storage.ingest.webpage import read_webpage
from storage.ingest.word_document import read_word_document

AUG_11 = dt.date(2015, 8, 11)


@pytest.mark.parametrize(
    ("line", "evidence"),
    [
        # «الموافق» pairs, Hijri first, with and without spaces before هـ / م
        ("أملج 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م", None),
        (
            "جدة 26 شوال 1436هـ الموافق 11 اغسطس 2015م واس",
            "جدة 26 شوال 1436هـ الموافق 11 اغسطس 2015م",
        ),
        # Levantine month names, with the other tradition's name in brackets
        ("دمشق 11 آب 2015 – قالت الوكالة", "دمشق 11 آب 2015"),
        ("دير الزور (سوريا) 11 أغسطس (آب) 2015 – أعلنت", None),
        ("بيروت 11 آب/أغسطس 2015", None),
        # weekday names
        ("الثلاثاء 11 أغسطس 2015", None),
        ("يوم الثلاثاء، 26 شوال 1436 هـ", None),
        # Arabic-Indic digits, numeric forms
        ("الرياض ٢٦ شوال ١٤٣٦ هـ الموافق ١١ أغسطس ٢٠١٥ م", None),
        ("2015/8/11", None),
        ("11/8/2015", None),
        ("الثلاثاء ١١-٠٨-٢٠١٥", None),
        ("26/10/1436 هـ", None),
        # Hijri alone (Umm al-Qura)
        ("مكة المكرمة 26 شوال 1436 هـ", None),
        # the Maghreb's month names
        ("الرباط 11 غشت 2015", None),
    ],
)
def test_a_dateline_gives_the_date(line: str, evidence: str | None) -> None:
    found = find_date(["عنوان الخبر", line, "نص الخبر."])
    assert found is not None, line
    assert found.date == AUG_11
    assert found.paragraph == 1
    assert found.evidence == (evidence or line.split(" –")[0])


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["عنوان", "أعلنت الوزارة أنها ستقيم في 12 أغسطس 2015 حفلا كبيرا."],  # an event's date
        ["عنوان", "منذ ثورة 25 يناير (كانون الثاني) 2011 تغير كل شيء."],
        ["عنوان", "وفي فجر الأربعاء 28 رمضان 1436ه اقتحمت القوات المبنى."],
        ["عنوان", "الرياض 25 شوال الجاري – أعلنت الوزارة"],  # no year: not read
        ["عنوان", "جدة 30 رمضان 1436 هـ"],  # Ramadan 1436 has 29 days: no such day
        ["عنوان", "الموافق 11 أغسطس 2015 م"],  # a pair's second half alone, after nothing
        ["عنوان", "الرياض 26 شوال 1436 هـ الموافق 20 أغسطس 2015 م"],  # the calendars disagree
        ["خبر عن 11 أغسطس 2015 وما تلاه", "نص"],  # a title that is more than a date
        ["عنوان", "نص بلا تاريخ.", "فقرة", "فقرة", "الرياض 11 أغسطس 2015"],  # too far down
    ],
)
def test_no_date_is_guessed(paragraphs: list[str]) -> None:
    assert find_date(paragraphs) is None


def test_a_plain_text_article_takes_its_dateline_date_and_place() -> None:
    text = (
        "برنامج تعريفي لطلاب الجامعة\n\n"
        "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n"
        "تنظم الجامعة غداً برنامجاً تعريفياً لطلابها.\n\n"
        "// انتهى //"
    )
    draft = parse_article(text)
    assert draft is not None
    assert (draft.date, draft.place) == (AUG_11, "الرياض")
    assert draft.date_found == "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م"
    assert draft.body.startswith("الرياض 26 شوال")  # the text is kept as written
    found = stated_date(draft.title, draft.lead, draft.body)  # derived again, on demand
    assert found is not None
    assert found.evidence == draft.date_found


def test_an_article_without_a_stated_date_stays_undated() -> None:
    draft = parse_article("عنوان\n\nدير الزور (سوريا) – أعلنت القوات في 12 أغسطس 2015 شيئاً.")
    assert draft is not None
    assert (draft.date, draft.date_found) == (None, "")


def test_a_word_document_takes_its_dateline_date() -> None:
    document = docx.Document()
    document.add_heading("عنوان المقال", level=1)
    document.add_paragraph("الثلاثاء 11 كانون الثاني 2015")
    document.add_paragraph("نص المقال هنا.")
    data = io.BytesIO()
    document.save(data)
    draft = read_word_document(data.getvalue(), "clip.docx")
    assert draft.date == dt.date(2015, 1, 11)
    assert draft.date_found == "الثلاثاء 11 كانون الثاني 2015"


def test_a_web_page_prefers_its_metadata_and_else_reads_the_dateline() -> None:
    body = (
        "<h1>عنوان الصفحة الطويل بما يكفي</h1>"
        "<p>القاهرة 11 أغسطس 2015 – قالت مصادر إن الاجتماع انتهى إلى اتفاق على كل النقاط.</p>"
        "<p>وأضافت المصادر أن الاتفاق سيعلن في الأيام القادمة بعد موافقة الأطراف كلها.</p>"
    )
    page = f"<html><head><meta charset='utf-8'></head><body><article>{body}</article></body></html>"
    draft = read_webpage(page.encode(), "page.html")
    assert (draft.date, draft.date_found) == (AUG_11, "القاهرة 11 أغسطس 2015")
    dated = page.replace(
        "<head>", "<head><meta property='article:published_time' content='2015-08-10'>"
    )
    draft = read_webpage(dated.encode(), "page.html")
    assert (draft.date, draft.date_found) == (dt.date(2015, 8, 10), "")
