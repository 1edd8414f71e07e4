"""Articles as citations: CSL JSON, RIS and BibTeX (biblatex), and a citation as text.

Each article is a newspaper article: title, publication, author, date, place, page, URL,
language, and the accession reference (``ref``) as call number. The field tables are the
readers' (storage.ingest.citations), so what is written here reads back the same. Qt-free.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Literal

from storage.calendar import long_date, to_hijri
from storage.ingest.citations import CSL_FIELDS, RIS_FIELDS
from storage.records import ArticleRecord

CitationFormat = Literal["csl-json", "ris", "bibtex"]
FORMATS: tuple[CitationFormat, ...] = ("csl-json", "ris", "bibtex")
SUFFIXES: dict[CitationFormat, str] = {"csl-json": ".json", "ris": ".ris", "bibtex": ".bib"}


def citations(articles: Sequence[ArticleRecord], format: CitationFormat) -> str:
    if format == "csl-json":
        return csl_json(articles)
    if format == "ris":
        return ris(articles)
    return bibtex(articles)


def csl_item(article: ArticleRecord) -> dict[str, object]:
    item: dict[str, object] = {"id": f"arshif-{article.id}", "type": "article-newspaper"}
    for field, variable in CSL_FIELDS.items():
        value = getattr(article, field)
        if value:
            item[variable] = value
    if article.author:
        item["author"] = [{"literal": article.author}]
    if article.date:
        day = article.date
        item["issued"] = {"date-parts": [[day.year, day.month, day.day]]}
    if article.tags:
        item["keyword"] = ", ".join(article.tags)
    custom: dict[str, object] = {"body": article.body}
    if article.tags:
        custom["tags"] = list(article.tags)
    if article.notes:
        custom["notes"] = [note.text for note in article.notes]
    if article.date:
        custom["hijri"] = str(to_hijri(article.date))
    item["custom"] = custom
    return item


def csl_json(articles: Sequence[ArticleRecord]) -> str:
    return json.dumps([csl_item(a) for a in articles], ensure_ascii=False, indent=2) + "\n"


def ris(articles: Sequence[ArticleRecord]) -> str:
    return "".join(_ris_record(a) for a in articles)


def _ris_record(article: ArticleRecord) -> str:
    lines = ["TY  - NEWS"]
    for field, tag in RIS_FIELDS.items():
        value = getattr(article, field)
        if value:
            lines.append(_ris_line(tag, value))
    if article.date:
        day = article.date
        lines.append(f"DA  - {day.year:04d}/{day.month:02d}/{day.day:02d}/")
        lines.append(f"PY  - {day.year:04d}")
    lines += [_ris_line("KW", tag) for tag in article.tags]
    lines += [_ris_line("N1", note.text) for note in article.notes]
    lines += ["ER  - ", ""]
    return "\r\n".join(lines) + "\r\n"


def _ris_line(tag: str, value: str) -> str:
    """A tag line; the lines of a value that has several follow it as continuation lines."""
    return f"{tag}  - " + "\r\n".join(value.split("\n"))


_BIBTEX_SPECIAL = re.compile(r"([\\{}%&#$_^~])")
_BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bibtex_value(text: str) -> str:
    escaped = _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_ESCAPES.get(m[1], "\\" + m[1]), text)
    return "{" + " ".join(escaped.split()) + "}"


def bibtex(articles: Sequence[ArticleRecord]) -> str:
    return "\n".join(_bibtex_entry(a) for a in articles)


def _bibtex_entry(article: ArticleRecord) -> str:
    """A biblatex newspaper article (@article, entrysubtype newspaper); the reference is the
    library's call number (biblatex's ``library`` field)."""
    fields: list[tuple[str, str]] = [("title", article.title), ("entrysubtype", "newspaper")]
    if article.author:
        fields.append(("author", article.author))
    fields += [
        ("journal", article.source),
        ("location", article.place),
        ("pages", article.page),
        ("url", article.url),
        ("langid", "arabic" if article.language == "ar" else article.language),
        ("language", article.language),
        ("library", article.ref or ""),
        ("abstract", article.lead),
        ("keywords", ", ".join(article.tags)),
    ]
    if article.date:
        day = article.date
        fields += [("date", day.isoformat()), ("year", str(day.year)), ("month", str(day.month))]
        fields.append(("note", long_date(day, "hijri")))
    lines = []
    for name, value in fields:
        if value:  # an author is one literal name: braced again, so no «and» splits it
            text = _bibtex_value(value)
            lines.append(f"  {name} = {{{text}}}" if name == "author" else f"  {name} = {text}")
    body = ",\n".join(lines)
    return f"@article{{arshif{article.id},\n{body}\n}}\n"


def citation_text(article: ArticleRecord) -> str:
    """One citation to paste, in Arabic: author, «title», publication, place, the date in both
    calendars, page, URL and the archive's reference."""
    parts = [article.author, f"«{article.title}»", article.source, article.place]
    if article.date:
        parts.append(f"{long_date(article.date)} ({long_date(article.date, 'hijri')})")
    if article.page:
        parts.append(f"ص {article.page}")
    if article.url:
        parts.append(article.url)
    if article.ref:
        parts.append(f"رقم الحفظ {article.ref}")
    return "، ".join(p for p in parts if p) + "."
