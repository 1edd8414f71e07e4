"""Citation managers' exports (Zotero's RIS and CSL JSON) read into articles, with the tags
and notes the format carries.

The mapping of an article to a newspaper article is declared here once; the writers
(export.citations) use the same tables, so that Arshif → CSL JSON / RIS → Arshif keeps every
field. What a format has no field for (the body, Arshif's notes in CSL JSON) travels in the
place the format leaves for it: CSL JSON's ``custom`` object, RIS's custom field C8.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storage.errors import ImportFailed
from storage.ingest.decoding import read_text
from storage.records import ArticleDraft, ItemOrigin

CitationItem = tuple[ItemOrigin, ArticleDraft | ImportFailed]

# Arshif field → CSL JSON variable (an article is CSL's "article-newspaper").
CSL_FIELDS = {
    "title": "title",
    "source": "container-title",
    "place": "publisher-place",
    "page": "page",
    "url": "URL",
    "language": "language",
    "ref": "call-number",
    "lead": "abstract",
}
# Arshif field → RIS tag (an article is RIS's "NEWS"); tags are KW lines, notes N1 lines.
RIS_FIELDS = {
    "title": "TI",
    "author": "AU",
    "source": "T2",
    "place": "CY",
    "page": "SP",
    "url": "UR",
    "language": "LA",
    "ref": "CN",
    "lead": "AB",
    "body": "C8",
}
RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_SPLIT_TAGS = re.compile("[,;،؛]")


def _draft(values: dict[str, Any], label: str) -> ArticleDraft:
    title = str(values.get("title") or "").strip()
    if not title:
        raise ImportFailed(label, "title: missing or empty")
    if not str(values.get("body") or "").strip() and not str(values.get("lead") or "").strip():
        raise ImportFailed(
            label,
            "no text: the item has neither an abstract nor the article's text "
            "(Arshif keeps articles with their text)",
        )
    text = {
        key: str(values.get(key) or "")
        for key in ("lead", "body", "author", "source", "place", "url", "page")
    }
    ref = str(values.get("ref") or "").strip() or None
    return ArticleDraft(
        title=title,
        date=values.get("date"),
        ref=ref,
        language=str(values.get("language") or "ar"),
        tags=tuple(t.strip() for t in values.get("tags", ()) if t.strip()),
        notes=tuple(n for n in values.get("notes", ()) if n.strip()),
        lead=text["lead"],
        body=text["body"],
        author=text["author"],
        source=text["source"],
        place=text["place"],
        url=text["url"],
        page=text["page"],
    )


# -- CSL JSON -------------------------------------------------------------------------------


def read_csl_json(path: Path) -> Iterator[CitationItem]:
    label = str(path)
    try:
        items = json.loads(read_text(path))
    except ImportFailed as problem:
        yield ItemOrigin(label), problem
        return
    except json.JSONDecodeError as error:
        reason = f"not valid JSON ({error.msg}, line {error.lineno})"
        yield ItemOrigin(label), ImportFailed(label, reason)
        return
    if not isinstance(items, list):
        reason = f"not CSL JSON: expected an array of items, found {type(items).__name__}"
        yield ItemOrigin(label), ImportFailed(label, reason)
        return
    for number, item in enumerate(items, start=1):
        origin = ItemOrigin(label, number)
        try:
            yield origin, csl_item_draft(item, str(origin))
        except ImportFailed as problem:
            yield origin, problem


def csl_item_draft(item: object, label: str) -> ArticleDraft:
    if not isinstance(item, dict):
        raise ImportFailed(label, f"expected a CSL item (an object), found {type(item).__name__}")
    values: dict[str, Any] = {
        field: _text(item.get(variable), label, variable) for field, variable in CSL_FIELDS.items()
    }
    values["place"] = values["place"] or _text(item.get("event-place"), label, "event-place")
    values["author"] = _names(item.get("author"), label)
    values["date"] = _csl_date(item.get("issued"), label)
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    assert isinstance(custom, dict)
    values["body"] = _text(custom.get("body"), label, "custom.body")
    tags = custom.get("tags")
    if isinstance(tags, list):
        values["tags"] = [str(t) for t in tags]
    else:
        values["tags"] = _SPLIT_TAGS.split(_text(item.get("keyword"), label, "keyword"))
    notes = custom.get("notes")
    values["notes"] = [str(n) for n in notes] if isinstance(notes, list) else []
    extra = _text(item.get("note"), label, "note")  # Zotero's "Extra"
    if extra.strip():
        values["notes"].append(extra)
    return _draft(values, label)


def _text(value: object, label: str, variable: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str | int | float):
        return str(value)
    raise ImportFailed(label, f"{variable}: expected text, found {type(value).__name__}")


def _names(value: object, label: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, list):
        raise ImportFailed(label, f"author: expected a list of names, found {type(value).__name__}")
    names = []
    for name in value:
        if not isinstance(name, dict):
            raise ImportFailed(label, "author: each name must be an object")
        parts = (
            [name.get("literal")]
            if name.get("literal")
            else [name.get("given"), name.get("non-dropping-particle"), name.get("family")]
        )
        names.append(" ".join(str(p) for p in parts if p))
    return "، ".join(n for n in names if n)


def _csl_date(value: object, label: str) -> dt.date | None:
    """A CSL date with year, month and day; a year or a month alone is no article date."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ImportFailed(label, "issued: expected a CSL date object")
    parts = value.get("date-parts")
    try:
        if isinstance(parts, list) and parts and isinstance(parts[0], list):
            if len(parts[0]) >= 3:
                return dt.date(*(int(p) for p in parts[0][:3]))
            return None
        raw = value.get("raw") or value.get("literal")
        return dt.date.fromisoformat(str(raw)[:10]) if raw else None
    except (TypeError, ValueError):
        raise ImportFailed(label, f"issued: {value!r} is not a date") from None


# -- RIS ------------------------------------------------------------------------------------


def read_ris(path: Path) -> Iterator[CitationItem]:
    label = str(path)
    try:
        text = read_text(path)
    except ImportFailed as problem:
        yield ItemOrigin(label), problem
        return
    found = False
    for line_number, record in ris_records(text):
        found = True
        origin = ItemOrigin(label, line_number)
        try:
            yield origin, ris_record_draft(record, str(origin))
        except ImportFailed as problem:
            yield origin, problem
    if not found:
        yield ItemOrigin(label), ImportFailed(label, "no RIS record (a line 'TY  - …') found")


def ris_records(text: str) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    """(line of TY, [(tag, value)…]) for each record. A line that is no tag line continues the
    value before it (RIS's multi-line abstracts and notes)."""
    record: list[tuple[str, str]] | None = None
    start = 0
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        match = RIS_TAG.match(line.rstrip("\r"))
        if match is None:
            if record:
                tag, value = record[-1]
                record[-1] = (tag, f"{value}\n{line}")
            continue
        tag, value = match[1], match[2] or ""
        if tag == "TY":
            record, start = [(tag, value.strip())], number
        elif tag == "ER":
            if record is not None:
                yield start, [(t, v.rstrip()) for t, v in record]
            record = None
        elif record is not None:
            record.append((tag, value))
    if record is not None:
        yield start, [(t, v.rstrip()) for t, v in record]


def ris_record_draft(record: list[tuple[str, str]], label: str) -> ArticleDraft:
    by_tag: dict[str, list[str]] = {}
    for tag, value in record:
        by_tag.setdefault(tag, []).append(value)

    def first(*tags: str) -> str:
        return next((by_tag[t][0] for t in tags if by_tag.get(t)), "")

    values: dict[str, Any] = {field: first(tag) for field, tag in RIS_FIELDS.items()}
    values["title"] = first("TI", "T1")
    values["source"] = first("T2", "JF", "JO", "JA")
    values["lead"] = first("AB", "N2")
    values["url"] = first("UR", "L2")
    values["author"] = "، ".join(_ris_name(a) for a in by_tag.get("AU", []) + by_tag.get("A1", []))
    values["date"] = _ris_date(first("DA", "Y1", "PY"), label)
    values["tags"] = by_tag.get("KW", [])
    values["notes"] = by_tag.get("N1", [])
    return _draft(values, label)


def _ris_name(name: str) -> str:
    """«Family, Given» as RIS writes Western names → «Given Family»; a name without a comma as
    written (Arabic names are written whole)."""
    family, comma, given = name.partition(",")
    return f"{given.strip()} {family.strip()}".strip() if comma else name.strip()


def _ris_date(value: str, label: str) -> dt.date | None:
    """RIS dates: YYYY/MM/DD/other (DA, Y1), or a year alone (PY: no article date)."""
    parts = value.strip().split("/")[:3]
    if len(parts) < 3 or not all(p.strip().isdigit() for p in parts):
        iso = value.strip()[:10]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            return dt.date.fromisoformat(iso)
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise ImportFailed(label, f"DA: {value!r} is not a date") from None
