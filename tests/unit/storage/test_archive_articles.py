"""Articles through the storage API, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Select

from storage import article_store, tag_store, trash
from storage.archive import Archive
from storage.errors import Conflict, ImportFailed, InvalidField, NotFound
from storage.models import NEWEST
from storage.records import ARTICLE_TEXT_FIELDS, ArticleDraft, ImportStatus, ItemOrigin
from storage.search import searcher
from storage.search.query import parse

DRAFT = ArticleDraft(
    title="حلم خلافة داعش ينتهي عند شمال سوريا",
    lead="تحتفل قوات سوريا الديمقراطية بالسيطرة على آخر جيب.",
    body="دير الزور (سوريا) – أعلنت قوات سوريا الديمقراطية السبت سيطرتها على الباغوز.\n\n"
    "وتدفق نحو 60 ألف شخص من ذلك الجيب.",
    author="مراسل العرب",
    source="العرب",
    date=dt.date(2019, 3, 23),
    place="دير الزور (سوريا)",
    url="https://alarab.co.uk/حلم-خلافة-داعش",
    page="5",
    ref="ARB-2019-0001",
    tags=("سوريا", "داعش"),
)


def test_an_article_comes_back_as_it_was_stored(archive: Archive) -> None:
    outcome, changes = archive.add_article(DRAFT)
    assert outcome.status is ImportStatus.IMPORTED
    assert outcome.article_id is not None
    assert changes.added == {outcome.article_id}

    record = archive.article(outcome.article_id)
    for field in (*ARTICLE_TEXT_FIELDS, "date"):
        assert getattr(record, field) == getattr(DRAFT, field), field
    assert record.tags == ("داعش", "سوريا")
    assert record.created.tzinfo is not None
    assert record.version == 1
    assert not record.is_trashed


def test_the_same_text_spelled_differently_is_a_duplicate(archive: Archive) -> None:
    first, _ = archive.add_article(DRAFT)
    respelled = ArticleDraft(
        title="حُلْم خلافة داعـــش ينتهي عند شمال سوريا",
        lead=DRAFT.lead.replace("آخر", "اخر"),
        body=DRAFT.body.replace("60", "٦٠").replace("\n\n", "\n\n\u200f"),
        source="العرب",
        ref=DRAFT.ref,
    )
    second, changes = archive.add_article(respelled)
    assert second.status is ImportStatus.DUPLICATE
    assert second.article_id == first.article_id
    assert changes.is_empty
    assert archive.article_count() == 1


def test_the_same_wire_story_in_two_papers_is_kept_twice(archive: Archive) -> None:
    archive.add_article(DRAFT)
    other_paper = ArticleDraft(title=DRAFT.title, lead=DRAFT.lead, body=DRAFT.body, source="الحياة")
    reprinted = ArticleDraft(
        title=DRAFT.title,
        lead=DRAFT.lead,
        body=DRAFT.body,
        source="العرب",
        date=dt.date(2019, 3, 24),
    )
    assert archive.add_article(other_paper)[0].status is ImportStatus.IMPORTED
    assert archive.add_article(reprinted)[0].status is ImportStatus.IMPORTED
    assert archive.article_count() == 3


def test_a_reference_already_used_for_another_text_is_refused(archive: Archive) -> None:
    archive.add_article(DRAFT)
    clash = ArticleDraft(title="عنوان آخر", body="نص آخر تماما", ref=DRAFT.ref)
    outcome, _ = archive.add_article(clash)
    assert outcome.status is ImportStatus.FAILED
    assert outcome.reason is not None
    assert "ARB-2019-0001" in outcome.reason
    assert archive.article_count() == 1


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ArticleDraft(title="  ", body="نص"), "title"),
        (ArticleDraft(title="عنوان", body="\n\u0000 \n"), "body"),
        (ArticleDraft(title="ع" * 2001, body="نص"), "title"),
    ],
)
def test_a_draft_that_cannot_be_stored_says_which_field(
    archive: Archive, draft: ArticleDraft, field: str
) -> None:
    outcome, _ = archive.add_article(draft)
    assert outcome.status is ImportStatus.FAILED
    assert outcome.reason is not None
    assert outcome.reason.startswith(f"{field}:")
    assert archive.article_count() == 0


def test_hostile_characters_are_stored_safely(archive: Archive) -> None:
    body = "نص\u0000 مع\ud800 رموز \u202e\u200d\u00a0 خفية" + " كلمة" * 20_000
    outcome, _ = archive.add_article(ArticleDraft(title="عنوان\r\nبسطرين", body=body))
    assert outcome.article_id is not None
    record = archive.article(outcome.article_id)
    assert record.title == "عنوان بسطرين"
    assert "\u0000" not in record.body
    assert "\ufffd" in record.body
    assert "\u202e\u200d\u00a0" in record.body


def test_a_batch_is_stored_whole_or_not_at_all(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_args: object) -> dict[str, int]:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(tag_store, "ensure_tags", failing)
    with pytest.raises(RuntimeError):
        archive.import_drafts([(ItemOrigin("a.txt"), DRAFT)])
    assert archive.article_count() == 0


def test_update_changes_fields_and_refuses_a_stale_version(archive: Archive) -> None:
    outcome, _ = archive.add_article(DRAFT)
    assert outcome.article_id is not None
    article_id = outcome.article_id
    changes = archive.update_article(article_id, expected_version=1, title="عنوان جديد", date=None)
    assert changes.updated == {article_id}
    record = archive.article(article_id)
    assert (record.title, record.date, record.version) == ("عنوان جديد", None, 2)
    with pytest.raises(Conflict, match=r"was changed by .* since it was opened"):
        archive.update_article(article_id, expected_version=1, title="قديم")
    with pytest.raises(InvalidField, match="title"):
        archive.update_article(article_id, title="")
    assert archive.article(article_id).title == "عنوان جديد"


def test_update_refuses_a_reference_of_another_article(archive: Archive) -> None:
    _first, _ = archive.add_article(DRAFT)
    second, _ = archive.add_article(ArticleDraft(title="ثان", body="مقال ثان", ref="B-2"))
    assert second.article_id is not None
    with pytest.raises(Conflict, match="ARB-2019-0001"):
        archive.update_article(second.article_id, ref=DRAFT.ref)
    assert archive.article(second.article_id).ref == "B-2"


def test_trash_restore_and_purge(archive: Archive) -> None:
    outcome, _ = archive.add_article(DRAFT)
    assert outcome.article_id is not None
    article_id = outcome.article_id
    note_id, _ = archive.add_note(article_id, "ملاحظة")
    archive.trash_articles([article_id])
    assert archive.article_count() == 0
    assert [s.id for s in archive.articles(trashed=True)] == [article_id]
    archive.restore_articles([article_id])
    assert [s.id for s in archive.articles()] == [article_id]
    archive.trash_articles([article_id])
    changes = archive.empty_trash()
    assert changes.removed == {article_id}
    with pytest.raises(NotFound):
        archive.article(article_id)
    with pytest.raises(NotFound):
        archive.edit_note(note_id, "x")
    assert archive.article_count(trashed=True) == 0


def test_notes_are_added_edited_and_deleted(archive: Archive) -> None:
    outcome, _ = archive.add_article(DRAFT)
    assert outcome.article_id is not None
    note_id, _ = archive.add_note(outcome.article_id, "  مصدر موثوق \n")
    archive.add_note(outcome.article_id, "ملاحظة ثانية")
    archive.edit_note(note_id, "مصدر موثوق جدا")
    notes = archive.article(outcome.article_id).notes
    assert [n.text for n in notes] == ["مصدر موثوق جدا", "ملاحظة ثانية"]
    archive.delete_note(note_id)
    assert [n.text for n in archive.article(outcome.article_id).notes] == ["ملاحظة ثانية"]
    with pytest.raises(NotFound):
        archive.add_note(999, "لا مقال")


def test_unknown_ids_are_reported(archive: Archive) -> None:
    with pytest.raises(NotFound, match="article 42"):
        archive.article(42)
    with pytest.raises(NotFound):
        archive.trash_articles([42])


def test_a_many_batch_import_keeps_order_and_reasons(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches after the first are prepared in a worker process; outcomes keep their order."""
    monkeypatch.setattr("storage.import_batches.IMPORT_BATCH", 4)
    items: list[tuple[ItemOrigin, ArticleDraft | ImportFailed]] = []
    for n in range(14):
        origin = ItemOrigin("bulk.jsonl", n + 1)
        if n % 5 == 3:
            items.append((origin, ImportFailed(str(origin), "not valid JSON")))
        elif n % 5 == 4:
            items.append((origin, ArticleDraft(title="", body="بلا عنوان")))
        else:
            items.append((origin, ArticleDraft(title=f"مقال {n}", body=f"نص المقال رقم {n}")))
    items.append((ItemOrigin("bulk.jsonl", 15), items[0][1]))  # a duplicate of the first
    outcomes, changes = archive.import_drafts(items)
    assert [o.line for o in outcomes] == list(range(1, 16))
    statuses = [o.status for o in outcomes]
    assert statuses.count(ImportStatus.IMPORTED) == 9
    assert [outcomes[i].reason for i in (3, 4)] == ["not valid JSON", "title: is empty"]
    assert outcomes[14].status is ImportStatus.DUPLICATE
    assert outcomes[14].article_id == outcomes[0].article_id
    assert len(changes.added) == archive.article_count() == 9
    assert [h.id for h in archive.search("رقم 12").hits] == [outcomes[12].article_id]


def test_a_listings_lines_agree_with_its_rows(archive: Archive) -> None:
    drafts = [
        ArticleDraft(title="أول", body="نص المقال الأول", source="العرب", date=dt.date(2019, 3, 1)),
        ArticleDraft(title="ثان", body="نص المقال الثاني"),
        ArticleDraft(title="ثالث", body="نص المقال الثالث", source="الرياض"),
    ]
    ids = [archive.add_article(draft)[0].article_id for draft in drafts]
    assert ids[1] is not None
    archive.trash_articles([ids[1]])
    for trashed in (False, True):
        rows = archive.articles(trashed=trashed)
        lines = [line for page in archive.article_line_pages(trashed=trashed) for line in page]
        days = [None if s.date is None else s.date.isoformat() for s in rows]
        expected = [(s.id, day, s.title, s.source) for s, day in zip(rows, days, strict=True)]
        assert expected == list(map(tuple, lines))
    (page,) = archive.article_line_pages()
    assert [line.title for line in page] == ["أول", "ثالث"]
    assert [line.day for line in page] == ["2019-03-01", None]  # as ISO text on both back ends


def _plan(archive: Archive, statement: Select[*tuple[Any, ...]]) -> str:
    """SQLite's plan of a statement, its steps on one line."""
    with archive._read() as session:
        connection = session.connection()
        options = {"render_postcompile": True}
        compiled = statement.compile(dialect=connection.dialect, compile_kwargs=options)
        values = tuple(compiled.params[name] for name in compiled.positiontup or ())
        steps = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), values)
        return " | ".join(str(step[3]) for step in steps)


def test_lists_and_searches_on_sqlite_read_the_index_beside_the_id(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.add_article(DRAFT)
        listing = _plan(archive, article_store.lines_statement(trash.listed(trashed=False)))
        assert listing == "SCAN articles USING COVERING INDEX ix_articles_lines"
        with archive._read() as session:
            found = searcher.matching_ids(session, archive._index, parse("الباغوز"))
            words = searcher.matching_ids(session, archive._index, parse("دير الزور"))
            dated = searcher.matching_ids(session, archive._index, parse("date:2019-03"))
        for statement in (found, words):
            plan = _plan(archive, statement)
            assert "SEARCH articles USING COVERING INDEX ix_articles_lines (id=?" in plan, plan
        assert "ix_articles_lines" not in _plan(archive, dated)  # a filter alone: its own


def test_the_archive_is_listed_newest_first_undated_last_without_the_trash(
    archive: Archive,
) -> None:
    days = [dt.date(2015, 3, 1), None, dt.date(2016, 1, 9), dt.date(2015, 3, 1), None]
    added = [
        archive.add_article(ArticleDraft(title=f"خبر {n}", body=f"نص {n}", date=day))[0]
        for n, day in enumerate(days)
    ]
    ids = [o.article_id for o in added if o.article_id is not None]
    assert len(ids) == len(days)
    archive.trash_articles([ids[2]])
    newest = [ids[3], ids[0], ids[4], ids[1]]  # a day's later id first, the undated last
    assert archive.article_ids() == newest
    assert archive.article_ids(order="oldest") == [ids[0], ids[3], ids[1], ids[4]]
    assert archive.article_ids(trashed=True) == [ids[2]]
    if archive.location.folder is not None:  # on SQLite, read off the index in that order
        with archive._read() as session:  # the test looks inside: which index is read
            connection = session.connection()
            read = trash.newest_statement().compile(dialect=connection.dialect)
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {read}").all()
        assert [row[-1] for row in plan] == [f"SCAN articles USING INDEX {NEWEST}"]
