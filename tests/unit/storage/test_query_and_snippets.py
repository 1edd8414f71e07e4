"""The query parser and the snippet code, tested directly (not through an archive)."""

from __future__ import annotations

import datetime as dt

from storage.search.query import parse
from storage.search.snippets import Highlighter, hit_spans, snippet
from storage.text import normalize


def test_words_phrases_exclusions_and_alternatives_parse_into_groups() -> None:
    query = parse('انتخابات "مجلس النواب" -بلدية حلب OR دمشق')
    groups = [[term.words for term in group] for group in query.groups]
    assert [(normalize("انتخابات"),)] in groups
    assert [(normalize("مجلس"), normalize("النواب"))] in groups  # a phrase: one term
    assert [t.words for t in query.excluded] == [(normalize("بلدية"),)]
    assert [(normalize("حلب"),), (normalize("دمشق"),)] in groups


def test_filters_and_dates_are_read_from_fields() -> None:
    query = parse('tag:سياسة source:"الأيام" has:note date:2015-07..2015-08')
    assert query.filters.tags == ("سياسة",)
    assert query.filters.has == ("note",)
    assert query.filters.sources
    assert query.filters.sources[0]
    assert query.filters.date_from == dt.date(2015, 7, 1)
    assert query.filters.date_to == dt.date(2015, 8, 31)
    assert not query.is_impossible


def test_a_date_that_cannot_be_is_impossible_and_prefixes_are_marked() -> None:
    assert parse("date:2015-13").is_impossible
    [[term]] = parse("اقتص*").groups
    assert term.is_prefix


def test_any_string_is_a_query_and_an_empty_one_has_no_terms() -> None:
    for text in ("- OR |", "", "؟!،"):
        assert not list(parse(text).all_terms()), text
    [[term]] = parse('"غير مغلق').groups  # the quote closes at the end
    assert term.words == (normalize("غير"), normalize("مغلق"))


def test_near_reads_its_distance() -> None:
    [near] = parse("NEAR(نفط أسعار, 5)").nears
    assert near.distance == 5
    assert len(near.terms) == 2


def test_a_snippet_highlights_the_original_word_with_its_marks() -> None:
    highlighter = Highlighter.for_query(parse("الخلافة"))
    text = "كلام قبل ثم الْخِلَافَةُ وبعدها كلام آخر"
    shown = snippet(text, highlighter)
    assert "<b>الْخِلَافَةُ</b>" in shown
    assert shown.count("<b>") == 1


def test_a_snippet_of_a_long_text_is_cut_around_the_hits() -> None:
    text = " ".join(["حشو"] * 100 + ["النفط"] + ["حشو"] * 100)
    shown = snippet(text, Highlighter.for_query(parse("النفط")), window=10)
    assert shown.startswith("… ")
    assert shown.endswith(" …")
    assert "<b>النفط</b>" in shown
    assert len(shown.split()) <= 10 + 2


def test_snippet_text_is_escaped() -> None:
    shown = snippet("<script> النفط & الغاز", Highlighter.for_query(parse("الغاز")))
    assert "<script" not in shown  # the snippet starts at a word; what is shown is escaped
    assert "script&gt;" in shown
    assert "&amp;" in shown
    assert "<b>الغاز</b>" in shown


def test_hit_spans_are_where_the_words_stand() -> None:
    text = "أسعار النفط ترتفع والنفطُ يهبط"
    spans = hit_spans(text, "النفط")
    assert text[slice(*spans[0])] == "النفط"
    assert hit_spans(text, "") == []
