"""Importing what the archive holds already: the items that repeat stored articles are found
before their index entries are made (most of an import's preparing work), so a second import
costs a fraction of the first, and an item found so that turns out to be new after all (the
article it repeated was deleted in between) is still stored whole and found by search."""

from __future__ import annotations

from storage import import_store
from storage.archive import Archive
from storage.import_batches import Item
from storage.models import utcnow
from storage.records import ArticleDraft, ImportStatus, ItemOrigin, StoredAlready
from storage.search import searcher

WORDS = ["المكتبة", "الوطنية", "تفتح", "قاعة", "جديدة", "للمخطوطات", "النادرة", "في", "المدينة"]


def _items(first: int, count: int) -> list[Item]:
    """Articles of distinct texts: each names its own number in words of its own."""
    drafts = []
    for number in range(first, first + count):
        own = f"الرقم {number} بين المجموعات"
        body = " ".join(WORDS[number % len(WORDS) :] + WORDS[: number % len(WORDS)])
        drafts.append(ArticleDraft(title=f"خبر {own}", body=f"{body} {own}. {body}."))
    return [(ItemOrigin("batch.jsonl", line), d) for line, d in enumerate(drafts, start=1)]


def test_items_that_repeat_stored_articles_get_no_index_entry(archive: Archive) -> None:
    size = import_store.LOOKUP_FROM
    outcomes, _ = archive.import_drafts(_items(0, size))
    assert {o.status for o in outcomes} == {ImportStatus.IMPORTED}
    index = searcher.index_for(archive.dialect)
    again = _items(size // 2, size)  # half stored already, half new
    prepared = import_store.prepare_batch(again, index, archive.location)
    has_entry = [p.index_entry is not None for p in prepared]
    assert has_entry == [False] * (size - size // 2) + [True] * (size // 2)
    # Without the archive to compare with, every item is prepared whole, as before.
    unchecked = import_store.prepare_batch(again, index)
    assert all(p.index_entry is not None for p in unchecked)
    # And a small batch (one article added in the window) is not compared before it is written.
    assert import_store.prepare_batch(again[:1], index, archive.location)[0].index_entry


def test_a_second_import_reports_every_item_a_duplicate(archive: Archive) -> None:
    items = _items(0, import_store.LOOKUP_FROM * 3)
    first, _ = archive.import_drafts(items)
    second, changes = archive.import_drafts(items)
    assert [o.status for o in second] == [ImportStatus.DUPLICATE] * len(items)
    assert [o.article_id for o in second] == [o.article_id for o in first]
    assert changes.added == frozenset()
    assert archive.article_count() == len(items)


def test_an_item_whose_stored_copy_went_away_is_stored_and_indexed(archive: Archive) -> None:
    size = import_store.LOOKUP_FROM
    outcomes, _ = archive.import_drafts(_items(0, size))
    index = searcher.index_for(archive.dialect)
    prepared = import_store.prepare_batch(_items(0, size), index, archive.location)
    assert all(p.index_entry is None for p in prepared)
    gone = outcomes[7].article_id
    assert gone is not None
    archive.trash_articles([gone])
    archive.purge_articles([gone])  # deleted after the batch was prepared, before it is written
    with archive._write() as session:
        written = import_store.write_batch(session, prepared, [], utcnow(), index)
    imported = [o for o in written if o.status is ImportStatus.IMPORTED]
    assert [o.line for o in imported] == [8]
    found = archive.search("الرقم 7 بين المجموعات")
    assert [hit.id for hit in found.hits] == [imported[0].article_id]


def test_an_item_stored_already_is_a_duplicate_unless_its_article_went_away(
    archive: Archive,
) -> None:
    outcomes, _ = archive.import_drafts(_items(0, 2))
    kept, gone = (o.article_id for o in outcomes)
    assert kept is not None
    assert gone is not None
    archive.trash_articles([gone])
    archive.purge_articles([gone])  # after the file was found imported, before the write
    items = [(ItemOrigin("scan.pdf", n), StoredAlready(i)) for n, i in ((1, kept), (2, gone))]
    written, _ = archive.import_drafts(items)
    assert [(o.status, o.article_id) for o in written] == [
        (ImportStatus.DUPLICATE, kept),
        (ImportStatus.FAILED, None),
    ]
    assert written[1].reason == f"read before as article {gone}, deleted since; import it again"
    assert archive.article_count() == 1
