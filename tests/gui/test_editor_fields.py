"""The editor edits the article's text fields and its date (storage.records.ARTICLE_FIELDS
declares them; tests/unit/test_article_fields.py holds the other places to it)."""

from __future__ import annotations

from storage.records import ARTICLE_FIELDS, ARTICLE_ORIGIN_FIELDS, ARTICLE_TEXT_FIELDS
from ui.window.panes.article_editor import LINE_FIELDS, TEXT_FIELDS


def test_the_editor_edits_the_text_fields_and_the_date() -> None:
    assert sorted((*LINE_FIELDS, *TEXT_FIELDS)) == sorted((*ARTICLE_TEXT_FIELDS, "date"))
    not_edited = set(ARTICLE_FIELDS) - {*LINE_FIELDS, *TEXT_FIELDS}
    assert not_edited == {"language", *ARTICLE_ORIGIN_FIELDS}  # set by imports, not typed
