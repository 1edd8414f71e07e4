"""The article's fields are declared once (storage.records.ARTICLE_FIELDS): each place that
holds an article's fields holds exactly these, besides what it holds of its own (ids, times,
tags, notes). A field added in one place only fails here, naming the place. The editor is
held to it in tests/gui/test_editor_fields.py (it needs Qt)."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path

from storage.archive import Archive
from storage.backup import article_entries
from storage.models import Article
from storage.records import (
    ARTICLE_FIELDS,
    ARTICLE_SEARCHED_FIELDS,
    ArticleDraft,
    ArticleRecord,
)
from storage.search.document import build_document
from ui.cli_format import article_json

FIELDS = set(ARTICLE_FIELDS)
# What each place holds besides the article's own fields: its bookkeeping, never content.
BOOKKEEPING = {"id", "created", "updated", "trashed", "version", "created_by", "updated_by"}
LINKS = {"tags", "notes", "attachments", "similar"}


def _fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_the_draft_holds_the_fields_and_what_an_import_brings() -> None:
    assert _fields(ArticleDraft) - FIELDS == {"tags", "notes", "date_found", "original", "pages"}
    assert _fields(ArticleDraft) >= FIELDS


def test_the_record_holds_the_fields() -> None:
    assert _fields(ArticleRecord) - BOOKKEEPING - LINKS == FIELDS


def test_the_model_has_a_column_for_each_field() -> None:
    columns = {c.key for c in Article.__mapper__.column_attrs}
    stored = {"date" if c == "published" else c for c in columns}
    assert stored - BOOKKEEPING - {"text_key", "opening_key"} == FIELDS


def test_the_index_reads_the_searched_fields() -> None:
    assert set(ARTICLE_SEARCHED_FIELDS) <= FIELDS
    parameters = set(inspect.signature(build_document).parameters)
    assert parameters - {"notes", "tags", "words"} == set(ARTICLE_SEARCHED_FIELDS)


def test_backups_and_json_output_hold_every_field(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        outcome, _ = archive.add_article(ArticleDraft(title="عنوان", body="نص", tags=("وسم",)))
        assert outcome.article_id is not None
        record = archive.article(outcome.article_id)
        with archive._read() as session:
            (entry,) = list(article_entries(session))
    assert set(entry) - BOOKKEEPING - LINKS - {"text_key", "opening_key"} == FIELDS
    assert set(article_json(record)) - BOOKKEEPING - LINKS - {"hijri"} == FIELDS
