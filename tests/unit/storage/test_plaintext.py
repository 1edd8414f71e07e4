"""The structure of plain-text articles: the seed article, and every corpus article."""

from __future__ import annotations

from typing import Any

import pytest

from storage.ingest.plaintext import dateline_place, is_source_line, parse_article
from storage.records import ArticleDraft
from tests.conftest import SEED_ARTICLE
from tests.own_texts import ARTICLE


def _parse(text: str) -> ArticleDraft:
    draft = parse_article(text)
    assert draft is not None
    return draft


def test_an_article_with_every_part() -> None:
    draft = _parse(ARTICLE.read_text(encoding="utf-8"))
    assert draft.title == "مكتبة المدينة القديمة تفتح أبوابها بعد ترميم دام ثلاث سنوات"
    assert draft.lead.startswith("يستقبل أهالي المدينة القديمة قراءهم من جديد")
    assert draft.place == "حلب (سوريا)"
    assert draft.source == "الأيام"
    paragraphs = draft.body.split("\n\n")
    assert paragraphs[0].startswith("حلب (سوريا) – افتتحت بلدية حلب صباح الأحد")
    assert paragraphs[-1].startswith("وتعتزم البلدية تنظيم أمسية شعرية")
    assert len(paragraphs) == 8
    assert any(p.startswith("“المكتبة ليست مبنى فقط") for p in paragraphs)  # the pull quote
    assert "الأيام" not in paragraphs[-1].split()
    assert draft.title not in draft.body


@pytest.mark.corpus
def test_the_seed_article() -> None:
    draft = _parse(SEED_ARTICLE.read_text(encoding="utf-8"))
    assert draft.title == "حلم خلافة داعش ينتهي عند شمال سوريا"
    assert draft.lead.startswith("تحتفل قوات سوريا الديمقراطية ومعها قوات التحالف الدولي")
    assert draft.place == "دير الزور (سوريا)"
    assert draft.source == "العرب"
    paragraphs = draft.body.split("\n\n")
    assert paragraphs[0].startswith("دير الزور (سوريا) – أعلنت قوات سوريا الديمقراطية السبت")
    assert paragraphs[-1].startswith("ونشر التنظيم تسجيلا مصورا من داخل الجيب")
    assert len(paragraphs) == 20
    assert "العرب" not in paragraphs[-1].split()
    assert draft.title not in draft.body


def test_crlf_nbsp_indents_and_one_line_a_paragraph() -> None:
    text = "العنوان\r\n\r\n\u00a0\u00a0الفقرة الأولى.\r\n\r\n  الفقرة الثانية.\r\n"
    draft = _parse(text)
    assert (draft.title, draft.body) == ("العنوان", "الفقرة الأولى.\n\nالفقرة الثانية.")
    no_blank_lines = _parse("العنوان\nالفقرة الأولى.\nالفقرة الثانية.")
    assert no_blank_lines.body == "الفقرة الأولى.\n\nالفقرة الثانية."


def test_a_single_line_takes_its_first_sentence_as_title() -> None:
    draft = _parse("انتهى الاجتماع. وقال الوزير إن المحادثات كانت مثمرة.")
    assert (draft.title, draft.body) == ("انتهى الاجتماع.", "وقال الوزير إن المحادثات كانت مثمرة.")
    run_on = " ".join(["كلمة"] * 40)
    draft = _parse(run_on)
    assert len(draft.title.split()) == 12
    assert len(draft.body.split()) == 28


def test_nothing_visible_is_no_article() -> None:
    assert parse_article("\u0000\n \u200f\n\u00a0") is None


def test_datelines_and_bylines() -> None:
    assert (
        dateline_place("دير الزور (سوريا) – أعلنت قوات سوريا الديمقراطية السبت")
        == "دير الزور (سوريا)"
    )
    assert dateline_place("سبق- الدمام:") == "الدمام"
    assert dateline_place("الرياض - أعلنت وزارة الصحة اليوم عن") == "الرياض"
    assert dateline_place("وأكد المجلس حسب - البيان الصادر عنه اليوم") == ""
    assert dateline_place("في عام 2014 - تمكن التنظيم المتشدد من") == ""


def test_source_lines_and_signatures() -> None:
    ended = "نهاية الفقرة."
    assert is_source_line("العرب", ended)
    assert is_source_line("الشرق الأوسط", ended)
    assert not is_source_line("عايض الميلبي", ended)  # a columnist's signature
    assert not is_source_line("العرب", "فقرة لم تنته")
    assert not is_source_line("* استشاري طب الأطفال", ended)


def test_corpus_articles_keep_title_and_text(corpus_records: list[dict[str, Any]]) -> None:
    """Every corpus article written as title + body comes back with its title, and with its
    text whole (lead + body), but for titles repeated as the first line."""
    kept, sources = 0, 0
    for record in corpus_records:
        draft = _parse(record["title"] + "\n\n" + record["body"] + "\n")
        assert draft.title == record["title"].strip(), record["id"]
        text = "\n\n".join(part for part in (draft.lead, draft.body, draft.source) if part)
        kept += text == record["body"]
        sources += bool(draft.source)
    assert kept >= 0.999 * len(corpus_records)
    assert sources <= 20  # a signature or a caption taken for a paper's name: rare


def test_a_latin_source_line_is_the_source_not_a_place() -> None:
    whole = ARTICLE.read_text(encoding="utf-8").rstrip().removesuffix("الأيام") + "Al-Jazirah\n"
    draft = _parse(whole)
    assert (draft.source, draft.place) == ("Al-Jazirah", "حلب (سوريا)")
    assert "Jazirah" not in draft.body
    title, _, lead = whole.split("\n\n")[:3]  # a short one: no dateline before the source
    short = _parse(f"{title}\n\n{lead}\n\nAl-Jazirah\n")
    assert (short.source, short.place) == ("Al-Jazirah", "")
    assert short.body == lead
    assert is_source_line("Al-Riyadh", "نهاية الفقرة.")
    assert not is_source_line("- Al", "نهاية الفقرة.")
