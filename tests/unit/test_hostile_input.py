"""Arbitrary text and bytes against the storage API, the query parser and the PDF engine:
no unexpected exception escapes, and what is already stored never changes on a refusal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from export.dossier import DossierOptions, export_dossier
from storage.archive import Archive
from storage.errors import ArchiveError
from storage.records import ArticleDraft, ImportStatus
from storage.text import tokens
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
    count = archive.article_count()
    outcome, _ = archive.add_article(ArticleDraft(title=title, body=body, source=source))
    if outcome.status is ImportStatus.FAILED:
        assert outcome.reason is not None
        assert outcome.reason.strip()  # says why
        assert archive.article_count() == count  # and stored nothing
    elif outcome.status is ImportStatus.DUPLICATE:
        assert outcome.article_id is not None
        assert archive.article_count() == count
    else:
        assert outcome.article_id is not None
        stored = archive.article(outcome.article_id)
        assert stored.title.strip()
        assert "\x00" not in stored.body
        words = [w for w in tokens(stored.title) if any(c.isalpha() for c in w)]
        if words:  # the article is found by a word of its title
            assert stored.id in archive.article_ids(f'"{words[0]}"')
        _refused_or_done(
            lambda: archive.tag_articles([stored.id], [tag]),
            lambda: bool(archive.article(stored.id).tags),
            lambda: archive.article(stored.id).tags == (),
        )
        _refused_or_done(
            lambda: archive.add_note(stored.id, note),
            lambda: len(archive.article(stored.id).notes) == 1,
            lambda: archive.article(stored.id).notes == (),
        )
        dossiers = len(archive.dossiers())
        _refused_or_done(
            lambda: archive.create_dossier(tag),
            lambda: len(archive.dossiers()) == dossiers + 1,
            lambda: len(archive.dossiers()) == dossiers,
        )
        archive.trash_articles([stored.id])
        archive.purge_articles([stored.id])
        assert archive.article_count() == count
    assert archive.article(1) == before


def _refused_or_done(
    action: Callable[[], object], is_done: Callable[[], bool], is_untouched: Callable[[], bool]
) -> None:
    """An action on hostile input either happens, or is refused with a reason and changes
    nothing."""
    reason = None
    try:
        action()
    except ArchiveError as problem:
        reason = str(problem)
    if reason is None:
        assert is_done()
    else:
        assert reason.strip()
        assert is_untouched()


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
    document = pypdfium2.PdfDocument(str(path))
    try:
        extracted = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    letters = {c for c in text if "\u0621" <= c <= "\u064a"}
    assert letters <= set(extracted), "every Arabic letter comes back out of the PDF"
