"""How the command line prints records: the JSON shapes scripts rely on, and plain lines."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

from storage.calendar import both_dates, to_hijri
from storage.ingest.dates import stated_date
from storage.records import (
    ARTICLE_ORIGIN_FIELDS,
    ArticleLine,
    ArticleRecord,
    ArticleSummary,
    DossierRecord,
    Facets,
    ImportOutcome,
    ImportStatus,
    SearchHit,
    SearchResults,
    TagRecord,
    TextOrigin,
)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


DateRead = tuple[dt.date, str]  # the date an article took from its text, and the words


def outcome_json(outcome: ImportOutcome, date_read: DateRead | None = None) -> dict[str, object]:
    """``date_found`` is the dateline's words when the date was read from the text."""
    line: dict[str, object] = {
        "path": outcome.path,
        "line": outcome.line,
        "status": outcome.status.value,
        "id": outcome.article_id,
        "reason": outcome.reason,
        "pages": outcome.pages,
        "confidence": outcome.confidence,
    }
    if date_read is not None:
        line["date"], line["date_found"] = date_read[0].isoformat(), date_read[1]
    return line


def outcome_lines(
    outcomes: Iterable[ImportOutcome],
    date_of: Callable[[ImportOutcome], DateRead | None] = lambda _: None,
) -> Iterator[str]:
    """One line per file; a file of many articles gets a count line and a line per failure.
    An article whose date was read from its text says where it was found."""
    for path, group in groupby(outcomes, key=lambda o: o.path):
        items = list(group)
        if len(items) == 1 and items[0].line is None:
            date_read = date_of(items[0])
            found = (
                "" if date_read is None else f"  (date {date_read[0]} read from «{date_read[1]}»)"
            )
            yield _outcome_line(items[0]) + found
            continue
        counts = {status: sum(o.status is status for o in items) for status in ImportStatus}
        yield (
            f"{path}: {counts[ImportStatus.IMPORTED]:,} imported, "
            f"{counts[ImportStatus.DUPLICATE]:,} duplicates, {counts[ImportStatus.FAILED]:,} failed"
        )
        for outcome in items:
            if outcome.status is ImportStatus.FAILED:
                yield f"  failed     {outcome.label}: {outcome.reason}"


def _outcome_line(outcome: ImportOutcome) -> str:
    if outcome.status is ImportStatus.IMPORTED:
        return f"imported   #{outcome.article_id}  {outcome.label}{_pages_note(outcome)}"
    if outcome.status is ImportStatus.DUPLICATE:
        return f"duplicate  of #{outcome.article_id}  {outcome.label}"
    return f"failed     {outcome.label}: {outcome.reason}"


def _pages_note(outcome: ImportOutcome) -> str:
    """ "  (3 pages, OCR confidence 91%)" for an article read from a PDF or a scan."""
    parts = []
    if outcome.pages:
        parts.append(f"{outcome.pages} page{'s' if outcome.pages > 1 else ''}")
    if outcome.confidence is not None:
        parts.append(f"OCR confidence {outcome.confidence:.0f}%")
    return f"  ({', '.join(parts)})" if parts else ""


def origin_text(record: ArticleRecord) -> str:
    """Where the text came from, for a person: "" for typed or imported text."""
    page = record.original_page
    where = f", from page {page} of the attached original" if page and page > 1 else ""
    if record.text_origin == TextOrigin.PDF:
        return "a PDF's text layer" + where
    if record.text_origin == TextOrigin.OCR:
        confidence = record.ocr_confidence
        return (
            "OCR"
            + (f" (mean confidence {confidence:.0f}%)" if confidence is not None else "")
            + where
        )
    return ""


def found_text(results: SearchResults) -> str:
    """How many articles a search found: "more than 10,000" where it stopped counting."""
    if results.more:
        return f"more than {results.total:,} article(s)"
    return f"{results.total:,} article(s)"


def results_json(results: SearchResults) -> dict[str, object]:
    return {
        "total": results.total,
        "more": results.more,  # more than "total" match (counting stopped there)
        "hits": [
            {
                "id": hit.id,
                "ref": hit.ref,
                "title": hit.title,
                "source": hit.source,
                "date": _iso(hit.date),
                "score": hit.score,
                "snippet": hit.snippet,
            }
            for hit in results.hits
        ],
    }


def facets_json(facets: Facets) -> dict[str, object]:
    """Every facet as lists of {"value", "count"}; ``undated`` counts results without a date."""
    names = ("sources", "tags", "authors", "years", "months")
    listed = {n: [{"value": c.value, "count": c.count} for c in getattr(facets, n)] for n in names}
    return {"total": facets.total, **listed, "undated": facets.undated}


def facets_lines(facets: Facets, top: int) -> list[str]:
    """The facets for a terminal: a heading per facet, its ``top`` values with their counts
    (most first); then every year and month, in time order."""
    lines = [f"{facets.total:,} article(s)"]
    for heading, counts in (
        ("sources", facets.sources),
        ("tags", facets.tags),
        ("authors", facets.authors),
        ("years", facets.years),
        ("months", facets.months),
    ):
        if counts:
            lines.append(f"{heading}:")
            shown = counts if heading in ("years", "months") else counts[:top]
            lines += [f"{c.count:>8,}  {c.value}" for c in shown]
    if facets.undated:
        lines.append(f"undated: {facets.undated:,}")
    return lines


_BOLD = re.compile("</?b>")


def hit_text(hit: SearchHit) -> str:
    """A hit for a terminal: the matched words between ⟦ ⟧, the snippet's HTML undone."""
    snippet = html.unescape(hit.snippet.replace("<b>", "⟦").replace("</b>", "⟧"))
    date = _iso(hit.date) or "----------"
    source = f"  [{hit.source}]" if hit.source else ""
    return f"{hit.id:>7}  {date}  {hit.title}{source}\n         {snippet}"


def summary_json(summary: ArticleSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "ref": summary.ref,
        "title": summary.title,
        "author": summary.author,
        "source": summary.source,
        "date": _iso(summary.date),
        "place": summary.place,
        "tags": list(summary.tags),
        "created": _iso(summary.created),
        "updated": _iso(summary.updated),
        "trashed": _iso(summary.trashed),
    }


def date_text(day: dt.date | None) -> str:
    """A date in both calendars: «2015-08-11 (26 شوال 1436 هـ)»."""
    return "" if day is None else both_dates(day)


def summary_line(summary: ArticleSummary) -> str:
    day = None if summary.date is None else summary.date.isoformat()
    return listing_text([ArticleLine(summary.id, day, summary.title, summary.source)])[:-1]


def listing_text(lines: Iterable[ArticleLine]) -> str:
    """A line of each article, each ended: a listing's page, written at once (made in one
    comprehension, no call a line: a whole archive's listing makes one for every article)."""
    return "".join(
        [
            f"{i:>7}  {day or '----------'}  {title}  [{source}]\n"
            if source
            else f"{i:>7}  {day or '----------'}  {title}\n"
            for i, day, title, source in lines
        ]
    )


def article_json(record: ArticleRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "ref": record.ref,
        "title": record.title,
        "lead": record.lead,
        "body": record.body,
        "author": record.author,
        "source": record.source,
        "date": _iso(record.date),
        "hijri": None if record.date is None else str(to_hijri(record.date)),
        "place": record.place,
        "url": record.url,
        "page": record.page,
        "language": record.language,
        "tags": list(record.tags),
        "notes": [
            {
                "id": n.id,
                "text": n.text,
                "created": _iso(n.created),
                "updated": _iso(n.updated),
                "created_by": n.created_by,
                "updated_by": n.updated_by,
            }
            for n in record.notes
        ],
        "attachments": [
            {"id": a.id, "filename": a.filename, "sha256": a.sha256, "size": a.size}
            for a in record.attachments
        ],
        "created": _iso(record.created),
        "updated": _iso(record.updated),
        "trashed": _iso(record.trashed),
        "version": record.version,
        "similar": list(record.similar),
        "created_by": record.created_by,
        "updated_by": record.updated_by,
        **{name: getattr(record, name) for name in ARTICLE_ORIGIN_FIELDS},
    }


def article_text(record: ArticleRecord) -> str:
    fields = [
        ("id", str(record.id)),
        ("ref", record.ref or ""),
        ("source", record.source),
        ("author", record.author),
        ("date", date_text(record.date)),
        ("date read from", _date_found(record)),
        ("place", record.place),
        ("url", record.url),
        ("page", record.page),
        ("tags", ", ".join(record.tags)),
        ("trashed", _iso(record.trashed) or ""),
        ("similar", ", ".join(f"#{i}" for i in record.similar)),
        ("text from", origin_text(record)),
    ]
    lines = [f"{name}: {value}" for name, value in fields if value]
    lines += ["", record.title, ""]
    if record.lead:
        lines += [record.lead, ""]
    lines.append(record.body)
    for note in record.notes:
        lines += ["", f"note {note.id} ({_iso(note.updated)}): {note.text}"]
    return "\n".join(lines)


def _date_found(record: ArticleRecord) -> str:
    """The dateline the article's date was read from, when its text states that date."""
    found = stated_date(record.title, record.lead, record.body)
    return f"«{found.evidence}»" if found and found.date == record.date else ""


def tag_json(tag: TagRecord) -> dict[str, object]:
    return {"id": tag.id, "name": tag.name, "parent": tag.parent_id, "count": tag.article_count}


def dossier_json(dossier: DossierRecord) -> dict[str, object]:
    return {
        "id": dossier.id,
        "name": dossier.name,
        "description": dossier.description,
        "articles": list(dossier.article_ids),
        "created": _iso(dossier.created),
        "updated": _iso(dossier.updated),
    }
