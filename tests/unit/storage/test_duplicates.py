"""Duplicates and similar articles: a file that repeats a stored article without adding any
metadata that contradicts it is a duplicate (absent metadata is not different metadata), and
two articles merge into one, with a way back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.ingest import read_paths
from storage.ingest.plaintext import parse_article
from storage.records import ArticleDraft, ImportStatus
from tests.own_texts import ARTICLE


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    with Archive.open(tmp_path / "archive") as opened:
        yield opened


def _stored_as_a_paper_gives_it(archive: Archive) -> tuple[int, ArticleDraft]:
    """The fixture article as a newspaper's export holds it: title, one body (the lead is its
    first paragraph), the paper and the day as metadata."""
    parsed = parse_article(ARTICLE.read_text(encoding="utf-8"))
    assert parsed is not None
    stored = ArticleDraft(
        title=parsed.title,
        body=f"{parsed.lead}\n\n{parsed.body}",
        source="الأيام",
        date=dt.date(2023, 3, 5),
        url="https://example.org/library",
    )
    outcome, _ = archive.add_article(stored)
    assert outcome.article_id is not None
    return outcome.article_id, stored


def test_a_text_file_of_a_stored_article_without_its_metadata_is_a_duplicate(
    archive: Archive, tmp_path: Path
) -> None:
    article_id, stored = _stored_as_a_paper_gives_it(archive)
    copy = tmp_path / "copy.txt"  # the text only: no source line, no date, no address
    copy.write_text(f"{stored.title}\n\n{stored.body}\n", encoding="utf-8")
    outcomes, changes = archive.import_drafts(read_paths([copy]))
    assert [(o.status, o.article_id) for o in outcomes] == [(ImportStatus.DUPLICATE, article_id)]
    assert changes.added == frozenset()
    assert archive.article_count() == 1


def test_the_same_text_from_another_paper_is_another_printing(
    archive: Archive, tmp_path: Path
) -> None:
    article_id, stored = _stored_as_a_paper_gives_it(archive)
    copy = tmp_path / "reprint.txt"  # the same text, signed by another paper
    copy.write_text(f"{stored.title}\n\n{stored.body}\n\nالعرب\n", encoding="utf-8")
    [outcome], _ = archive.import_drafts(read_paths([copy]))
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.article_id is not None
    assert archive.article(outcome.article_id).similar == (article_id,)
