"""Citations out (CSL JSON, RIS, BibTeX) checked against each format's schema or grammar, and
read back in: Arshif → CSL JSON / RIS → Arshif keeps every field."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest
import rispy
from bibtexparser.entrypoint import parse_string
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON

from export.citations import bibtex, citation_text, csl_json, ris
from storage.archive import Archive
from storage.errors import ImportFailed
from storage.ingest import read_paths
from storage.records import ARTICLE_TEXT_FIELDS, ArticleDraft, ArticleRecord

SCHEMA = Path(__file__).resolve().parents[2] / "data" / "csl-data.json"
# The tags of the RIS specification (RefMan, 2011), the grammar a RIS line is checked against.
RIS_TAGS = {
    "TY",
    "A1",
    "A2",
    "A3",
    "A4",
    "AB",
    "AD",
    "AN",
    "AU",
    "AV",
    "BT",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "C6",
    "C7",
    "C8",
    "CA",
    "CN",
    "CP",
    "CT",
    "CY",
    "DA",
    "DB",
    "DO",
    "DP",
    "ED",
    "EP",
    "ET",
    "ID",
    "IS",
    "J1",
    "J2",
    "JA",
    "JF",
    "JO",
    "KW",
    "L1",
    "L2",
    "L3",
    "L4",
    "LA",
    "LB",
    "LK",
    "M1",
    "M2",
    "M3",
    "N1",
    "N2",
    "NV",
    "OP",
    "PB",
    "PP",
    "PY",
    "RI",
    "RN",
    "RP",
    "SE",
    "SN",
    "SP",
    "ST",
    "T1",
    "T2",
    "T3",
    "TA",
    "TI",
    "TT",
    "U1",
    "U2",
    "U3",
    "U4",
    "U5",
    "UR",
    "VL",
    "VO",
    "Y1",
    "Y2",
    "ER",
}

DRAFT = ArticleDraft(
    title="«داعش» يعلن «الخلافة» من الباغوز",
    lead="مقدمة الخبر: تقرير من شرق سوريا.",
    body="دير الزور (سوريا) – أعلن التنظيم أمس قيام دولته.\n\nوقال شهود إن {الأقواس} و100% بقيت.",
    author="سامر الأحمد",
    source="العرب",
    date=dt.date(2015, 8, 11),
    place="دير الزور (سوريا)",
    url="https://alarab.co.uk/article/42?x=1&y=2",
    page="7",
    ref="ARS-2015/0042",
    language="ar",
    tags=("سوريا", "تنظيم الدولة، والخلافة"),
)
NOTES = ("ملاحظة أولى: يقارن بعدد الأمس.", "ملاحظة ثانية\n\nبفقرتين.")


@pytest.fixture
def stored(archive: Archive) -> ArticleRecord:
    outcome, _ = archive.add_article(DRAFT)
    assert outcome.article_id is not None
    for note in NOTES:
        archive.add_note(outcome.article_id, note)
    return archive.article(outcome.article_id)


def test_csl_json_is_valid_by_the_published_schema(stored: ArticleRecord) -> None:
    items = json.loads(csl_json([stored]))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(items, schema)
    item = items[0]
    assert item["type"] == "article-newspaper"
    assert item["title"] == DRAFT.title
    assert item["container-title"] == "العرب"
    assert item["author"] == [{"literal": "سامر الأحمد"}]
    assert item["issued"] == {"date-parts": [[2015, 8, 11]]}
    assert item["publisher-place"] == DRAFT.place
    assert item["page"] == "7"
    assert item["URL"] == DRAFT.url
    assert item["language"] == "ar"
    assert item["call-number"] == "ARS-2015/0042"
    assert item["custom"]["hijri"] == "1436-10-26"


def test_ris_lines_follow_the_ris_grammar(stored: ArticleRecord) -> None:
    text = ris([stored, stored])
    lines = text.split("\r\n")
    tag_line = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")
    records, current = [], None
    for line in lines:
        match = tag_line.match(line)
        if match is None:  # a continuation line of a multi-line value, or the gap after ER
            assert current is not None or line == ""
            continue
        assert match[1] in RIS_TAGS, line
        if match[1] == "TY":
            assert current is None, "TY inside a record"
            current = [match[1]]
        elif match[1] == "ER":
            assert current is not None
            records.append(current)
            current = None
        else:
            assert current is not None, f"{line!r} outside a record"
            current.append(match[1])
    assert len(records) == 2
    assert records[0][:2] == ["TY", "TI"]
    parsed = rispy.loads(text)  # a maintained RIS parser reads it too
    assert parsed[0]["type_of_reference"] == "NEWS"
    assert parsed[0]["title"] == DRAFT.title
    assert parsed[0]["call_number"] == "ARS-2015/0042"
    assert parsed[0]["keywords"] == list(stored.tags)
    assert parsed[0]["date"] == "2015/08/11/"


def test_bibtex_is_read_by_bibtexparser(stored: ArticleRecord) -> None:
    library = parse_string(bibtex([stored]))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.entry_type == "article"
    fields = {f.key: f.value for f in entry.fields}
    assert fields["title"] == DRAFT.title
    assert fields["journal"] == "العرب"
    assert fields["author"] == "{سامر الأحمد}"
    assert fields["date"] == "2015-08-11"
    assert fields["library"] == "ARS-2015/0042"
    assert fields["entrysubtype"] == "newspaper"
    assert fields["url"] == DRAFT.url.replace("&", r"\&")
    assert fields["note"] == "26 شوال 1436 هـ"


def _fields(record: ArticleRecord) -> dict[str, object]:
    names = (*ARTICLE_TEXT_FIELDS, "date", "language")  # every field a user edits
    values: dict[str, object] = {name: getattr(record, name) for name in names}
    values.update(
        tags=sorted(record.tags),
        notes=[n.text for n in record.notes],
    )
    return values


@pytest.mark.parametrize(("text_of", "suffix"), [(csl_json, ".json"), (ris, ".ris")])
def test_round_trip_keeps_every_field(
    stored: ArticleRecord, text_of: object, suffix: str, tmp_path: Path
) -> None:
    assert callable(text_of)
    path = tmp_path / f"citations{suffix}"
    path.write_text(text_of([stored]), encoding="utf-8")
    with Archive.open(str(tmp_path / "other")) as other:
        outcomes, _ = other.import_drafts(read_paths([path]))
        assert [o.status.value for o in outcomes] == ["imported"], outcomes
        assert outcomes[0].article_id is not None
        back = other.article(outcomes[0].article_id)
    assert _fields(back) == _fields(stored)


def test_zotero_exports_are_read_with_tags_and_notes(tmp_path: Path) -> None:
    """What Zotero writes: CSL JSON with given/family names and its Extra as ``note``; RIS
    with «Family, Given» authors, KW tags, N1 notes and a multi-line abstract."""
    csl = [
        {
            "id": "http://zotero.org/users/1/items/ABCD",
            "type": "article-newspaper",
            "title": "حصاد موسم التمور",
            "container-title": "الرياض",
            "author": [{"family": "القحطاني", "given": "فهد"}],
            "issued": {"date-parts": [["2015", "8", "10"]]},
            "abstract": "ملخص المقال.",
            "keyword": "زراعة, اقتصاد",
            "note": "نقل من الأرشيف الورقي",
            "publisher-place": "الرياض",
        },
        {"type": "article-newspaper", "title": "بلا نص", "issued": {"date-parts": [[2015]]}},
    ]
    (tmp_path / "zotero.json").write_text(json.dumps(csl, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "zotero.ris").write_text(
        "TY  - NEWS\nTI  - السوق المالية تغلق على ارتفاع\nAU  - Smith, John\nAU  - العتيبي\n"
        "T2  - الاقتصادية\nDA  - 2015/07/20/\nAB  - السطر الأول\nوالسطر الثاني.\n"
        "KW  - أسهم\nKW  - سوق\nN1  - <p>ملاحظة زوتيرو</p>\nER  - \n",
        encoding="utf-8",
    )
    drafts = {str(origin): item for origin, item in read_paths([tmp_path])}
    first = drafts[f"{tmp_path / 'zotero.json'}:1"]
    assert isinstance(first, ArticleDraft)
    assert (first.author, first.date, first.tags) == (
        "فهد القحطاني",
        dt.date(2015, 8, 10),
        ("زراعة", "اقتصاد"),
    )
    assert (first.lead, first.notes, first.place) == (
        "ملخص المقال.",
        ("نقل من الأرشيف الورقي",),
        "الرياض",
    )
    second = drafts[f"{tmp_path / 'zotero.json'}:2"]
    assert isinstance(second, ImportFailed)
    assert "neither an abstract nor the article's text" in second.reason
    ris_item = drafts[f"{tmp_path / 'zotero.ris'}:1"]
    assert isinstance(ris_item, ArticleDraft)
    assert ris_item.author == "John Smith، العتيبي"
    assert ris_item.lead == "السطر الأول\nوالسطر الثاني."
    assert ris_item.tags == ("أسهم", "سوق")
    assert ris_item.notes == ("<p>ملاحظة زوتيرو</p>",)
    assert ris_item.date == dt.date(2015, 7, 20)


def test_plain_json_that_is_not_csl_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"a": 1}', encoding="utf-8")
    ((_, problem),) = list(read_paths([path]))
    assert isinstance(problem, ImportFailed)
    assert str(path) in str(problem)
    assert "expected an array of items" in problem.reason


def test_citeproc_renders_the_csl_json_in_arabic(stored: ArticleRecord) -> None:
    # citeproc-py predates CSL JSON's ``custom`` object (schema 1.0.2): it says so, and renders.
    with pytest.warns(UserWarning, match="unsupported: custom"):
        source = CiteProcJSON(json.loads(csl_json([stored])))
    style = CitationStylesStyle("harvard-cite-them-right", locale="ar", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    bibliography.register(Citation([CitationItem(f"arshif-{stored.id}")]))
    (entry,) = [str(item) for item in bibliography.bibliography()]
    assert "سامر الأحمد" in entry
    assert DRAFT.title in entry
    assert "العرب" in entry
    assert "2015" in entry
    assert "11 أغسطس" in entry  # the month in Arabic, from citeproc's Arabic locale
    assert "ص 7" in entry  # the page, with the Arabic locale's term
    assert "موجود في: https://alarab.co.uk/article/42" in entry


def test_citation_text_gives_both_calendars(stored: ArticleRecord) -> None:
    text = citation_text(stored)
    assert text.startswith("سامر الأحمد، «")
    assert "11 أغسطس 2015 (26 شوال 1436 هـ)" in text
    assert "رقم الحفظ ARS-2015/0042" in text
