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


def test_the_same_text_on_one_long_line_is_a_duplicate(archive: Archive, tmp_path: Path) -> None:
    article_id, stored = _stored_as_a_paper_gives_it(archive)
    copy = tmp_path / "one-line.txt"  # no structure: its first sentence becomes the title
    copy.write_text(" ".join([stored.title, *stored.body.split("\n\n")]), encoding="utf-8")
    [outcome], _ = archive.import_drafts(read_paths([copy]))
    assert (outcome.status, outcome.article_id) == (ImportStatus.DUPLICATE, article_id)


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


def test_a_merge_combines_two_copies_and_is_taken_back(archive: Archive, tmp_path: Path) -> None:
    kept_id, stored = _stored_as_a_paper_gives_it(archive)
    draft = ArticleDraft(title=stored.title, body=stored.body + "\n\nفقرة زائدة.", place="حلب")
    outcome, _ = archive.add_article(draft)
    other_id = outcome.article_id
    assert other_id is not None
    archive.tag_articles([kept_id], ["ثقافة"])
    archive.tag_articles([other_id], ["ثقافة", "مكتبات"])
    archive.add_note(other_id, "نسخة ثانية من المقال")
    scan = tmp_path / "page.png"
    scan.write_bytes(b"\x89PNG a scanned page")
    archive.attach_file(other_id, scan)
    dossier_id, _ = archive.create_dossier("ملف حلب")
    third, _ = archive.add_article(ArticleDraft(title="مقال ثالث", body="نص ثالث للتجربة"))
    assert third.article_id is not None
    archive.add_to_dossier(dossier_id, [third.article_id, other_id])
    before = archive.article_records([kept_id, other_id])

    done, changes = archive.merge_articles(kept_id, other_id)
    assert changes.updated == {kept_id, other_id}
    assert changes.dossiers == {dossier_id}
    kept, other = archive.article_records([kept_id, other_id])
    assert kept.tags == ("ثقافة", "مكتبات")
    assert [n.text for n in kept.notes] == ["نسخة ثانية من المقال"]
    assert [a.filename for a in kept.attachments] == ["page.png"]
    assert (kept.source, kept.place, kept.date) == ("الأيام", "حلب", dt.date(2023, 3, 5))
    assert archive.dossier(dossier_id).article_ids == (third.article_id, kept_id)
    assert other.is_trashed
    assert archive.search("مكتبات").total == 1  # the index follows the tags

    archive.unmerge_articles(done)
    after = archive.article_records([kept_id, other_id])
    strip = ("updated", "version", "updated_by")
    for was, now in zip(before, after, strict=True):
        assert {k: v for k, v in vars(was).items() if k not in strip} == {
            k: v for k, v in vars(now).items() if k not in strip
        }
    assert archive.dossier(dossier_id).article_ids == (third.article_id, other_id)


def test_similar_pairs_leave_out_the_trash(archive: Archive, tmp_path: Path) -> None:
    article_id, stored = _stored_as_a_paper_gives_it(archive)
    copy = tmp_path / "reprint.txt"
    copy.write_text(f"{stored.title}\n\n{stored.body}\n\nالعرب\n", encoding="utf-8")
    [outcome], _ = archive.import_drafts(read_paths([copy]))
    assert outcome.article_id is not None
    assert archive.similar_pairs() == [(article_id, outcome.article_id)]
    archive.trash_articles([outcome.article_id])
    assert archive.similar_pairs() == []
