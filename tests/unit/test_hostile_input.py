"""Arbitrary text and bytes against the storage API, the query parser and the PDF engine:
no unexpected exception escapes, and what is already stored never changes on a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export.dossier import DossierOptions, export_dossier
from storage.archive import Archive
from storage.errors import ArchiveError
from storage.records import ArticleDraft, ImportStatus
from tests.unit.export.readers import article

pytestmark = pytest.mark.fuzz
ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
ANY_TEXT = st.text(st.one_of(ARABIC, st.characters()), max_size=300)
FUZZ = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    opened = Archive.open(tmp_path_factory.mktemp("fuzz") / "archive")
    opened.add_article(ArticleDraft(title="مقال ثابت", body="نص لا يتغير"))
    return opened


@FUZZ
@given(title=ANY_TEXT, body=ANY_TEXT, source=ANY_TEXT, tag=ANY_TEXT, note=ANY_TEXT)
def test_any_text_is_stored_or_refused(
    archive: Archive, title: str, body: str, source: str, tag: str, note: str
) -> None:
    before = archive.article(1)
    outcome, _ = archive.add_article(ArticleDraft(title=title, body=body, source=source))
    assert outcome.status in set(ImportStatus)
    if outcome.status is ImportStatus.FAILED:
        assert outcome.reason
    elif outcome.status is ImportStatus.IMPORTED:
        assert outcome.article_id is not None
        stored = archive.article(outcome.article_id)
        assert stored.title.strip()
        assert "\x00" not in stored.body
        for action in (
            lambda: archive.tag_articles([stored.id], [tag]),
            lambda: archive.add_note(stored.id, note),
            lambda: archive.create_dossier(tag),
        ):
            refusal = None
            try:
                action()
            except ArchiveError as problem:
                refusal = str(problem)
            assert refusal is None or refusal  # a refusal always says why
        archive.purge_articles([stored.id])
    assert archive.article(1) == before
    assert archive.search(title + " " + tag).total >= 0


@FUZZ
@given(query=st.text(max_size=500))
def test_any_query_is_answered(archive: Archive, query: str) -> None:
    results = archive.search(query)
    assert results.total >= len(results.hits)
    assert archive.article(1).title == "مقال ثابت"


@FUZZ
@given(text=st.text(st.one_of(ARABIC, st.characters(blacklist_categories=["Cs"])), max_size=400))
def test_any_text_makes_a_pdf(tmp_path: Path, text: str) -> None:
    path = tmp_path / "any.pdf"
    record = article(1, text or "عنوان", text, notes=(text,), source=text, tags=(text,))
    export_dossier([record], path, DossierOptions(title=text.strip() or "ملف"))
    assert path.read_bytes().startswith(b"%PDF-")
