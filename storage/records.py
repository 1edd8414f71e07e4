"""Frozen values handed to callers. Never a Session or an ORM object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, NewType

ArticleId = NewType("ArticleId", int)
TagId = NewType("TagId", int)
NoteId = NewType("NoteId", int)
DossierId = NewType("DossierId", int)
AttachmentId = NewType("AttachmentId", int)
SavedSearchId = NewType("SavedSearchId", int)

# Field names of an article that a user edits; the order is the order of forms and of `show`.
ARTICLE_TEXT_FIELDS = ("title", "lead", "body", "author", "source", "place", "url", "page", "ref")
# Where an article's text came from: set by an import, shown, kept by backups, not typed.
ARTICLE_ORIGIN_FIELDS = ("text_origin", "ocr_confidence", "original_page")
# The article's own fields, declared once: what a user edits, its date and language, and where
# its text came from. The model's columns (``date`` is stored as ``published``), the records,
# backups, `arshif show --json` and the editor (the edited ones) follow this declaration, and
# tests/unit/test_article_fields.py fails when a field is added to one of them only.
ARTICLE_FIELDS = (*ARTICLE_TEXT_FIELDS, "date", "language", *ARTICLE_ORIGIN_FIELDS)
# The fields the search index reads, besides tags and notes (storage.search.document).
ARTICLE_SEARCHED_FIELDS = ("title", "lead", "body", "place", "source", "author")


class TextOrigin(StrEnum):
    """How an article's text was got: typed or imported as text (""), read from a PDF's text
    layer, or recognised by OCR from a scan (then ``ocr_confidence`` is Tesseract's mean word
    confidence, 0–100)."""

    TEXT = ""
    PDF = "pdf"
    OCR = "ocr"


@dataclass(frozen=True)
class ArticleDraft:
    """An article that is not stored yet: what an importer or an editor produces."""

    title: str
    body: str
    lead: str = ""
    author: str = ""
    source: str = ""
    date: dt.date | None = None
    place: str = ""
    url: str = ""
    page: str = ""
    ref: str | None = None
    language: str = "ar"
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # notes to add with it (a citation manager's notes)
    # Where an importer read ``date`` from the text: the words of the dateline, else "".
    date_found: str = ""
    text_origin: str = TextOrigin.TEXT
    ocr_confidence: float | None = None
    original: str = ""  # a file to keep as the article's attachment (a scan, a PDF)
    pages: int = 0  # the pages of ``original`` the article was read from
    original_page: int | None = None  # the page of ``original`` where it begins, from 1


@dataclass(frozen=True)
class NoteRecord:
    id: NoteId
    article_id: ArticleId
    text: str
    created: dt.datetime
    updated: dt.datetime
    created_by: str = ""
    updated_by: str = ""


@dataclass(frozen=True)
class AttachmentRecord:
    id: AttachmentId
    article_id: ArticleId
    filename: str
    sha256: str
    size: int
    created: dt.datetime


@dataclass(frozen=True)
class ArticleSummary:
    """One row of a list: everything but the body, notes and attachments."""

    id: ArticleId
    ref: str | None
    title: str
    source: str
    author: str
    date: dt.date | None
    place: str
    tags: tuple[str, ...]
    created: dt.datetime
    updated: dt.datetime
    trashed: dt.datetime | None
    page: str = ""
    notes: int = 0  # how many notes the article has
    attachments: int = 0  # how many files are attached to it


class ArticleLine(NamedTuple):
    """One line of a whole archive's listing (`arshif list`): a named tuple, because a listing
    makes one for every article and a frozen dataclass costs twice as much to make."""

    id: ArticleId
    day: str | None  # the date as ISO text, YYYY-MM-DD (`models.iso_day`: no date object made)
    title: str
    source: str


@dataclass(frozen=True)
class ArticleRecord:
    id: ArticleId
    ref: str | None
    title: str
    lead: str
    body: str
    author: str
    source: str
    date: dt.date | None
    place: str
    url: str
    page: str
    language: str
    tags: tuple[str, ...]
    notes: tuple[NoteRecord, ...]
    attachments: tuple[AttachmentRecord, ...]
    created: dt.datetime
    updated: dt.datetime
    trashed: dt.datetime | None
    version: int
    similar: tuple[ArticleId, ...] = ()  # articles telling the same story (another paper's copy)
    created_by: str = ""  # who stored it (the user name of a team archive's member)
    updated_by: str = ""
    text_origin: str = TextOrigin.TEXT
    ocr_confidence: float | None = None
    # The page (from 1) of the attached original (a PDF, a scan) where the article begins.
    original_page: int | None = None

    @property
    def is_trashed(self) -> bool:
        return self.trashed is not None


@dataclass(frozen=True)
class TagRecord:
    id: TagId
    name: str
    parent_id: TagId | None
    article_count: int


@dataclass(frozen=True)
class DossierRecord:
    id: DossierId
    name: str
    description: str
    article_ids: tuple[ArticleId, ...]
    created: dt.datetime
    updated: dt.datetime


@dataclass(frozen=True)
class SavedSearchRecord:
    """A search kept under a name (the text a user would type in the search field)."""

    id: SavedSearchId
    name: str
    query: str


@dataclass(frozen=True)
class ItemOrigin:
    """Where an imported item comes from: a file, and the line for files of many articles."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True)
class StoredAlready:
    """An item of a PDF or a scan that was imported before: the article stored from the same
    file (the same bytes), found without reading the file again (no OCR)."""

    article_id: ArticleId


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one imported item: a file, or one line (``line``) of a JSON Lines file."""

    path: str
    status: ImportStatus
    article_id: ArticleId | None = None
    reason: str | None = None
    line: int | None = None
    pages: int | None = None  # pages read from a PDF or a scan
    confidence: float | None = None  # OCR's mean word confidence (0–100), if recognised

    @property
    def label(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True)
class SearchHit:
    """One article found. ``snippet`` is HTML: original text, matched words in <b>."""

    id: ArticleId
    ref: str | None
    title: str
    source: str
    date: dt.date | None
    score: float
    snippet: str


@dataclass(frozen=True)
class SearchResults:
    total: int  # articles matching, of which ``hits`` is the page asked for
    hits: tuple[SearchHit, ...]
    # More than ``total`` match: counting them all would cost more than the page
    # (`top_k.COUNTED`: a common word's count stops there).
    more: bool = False


@dataclass(frozen=True)
class CheckReport:
    """What `Archive.check` found; an empty list of problems means the archive is sound."""

    articles: int
    attachments: int
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class FacetCount:
    """One value of a facet (a source, a tag, an author, a year or month as «2015»,
    «2015-07») and how many of the current results hold it."""

    value: str
    count: int


@dataclass(frozen=True)
class Facets:
    """What the current results hold, counted: the query's ``total``; per source, tag and
    author (most first, then by name); per year and per month (in time order); per day
    (``days``, for a timeline); and how many results have no date."""

    total: int = 0
    sources: tuple[FacetCount, ...] = ()
    tags: tuple[FacetCount, ...] = ()
    authors: tuple[FacetCount, ...] = ()
    years: tuple[FacetCount, ...] = ()
    months: tuple[FacetCount, ...] = ()
    days: tuple[tuple[dt.date, int], ...] = ()
    undated: int = 0
