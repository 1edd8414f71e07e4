"""Many articles read together are the same records as read one by one."""

from __future__ import annotations

import pytest

from storage.archive import Archive
from storage.errors import NotFound
from storage.records import ArticleDraft


def test_articles_read_together_are_the_records_in_the_order_asked(archive: Archive) -> None:
    ids = []
    for n in range(7):
        outcome, _ = archive.add_article(ArticleDraft(title=f"مقال {n}", body=f"نص المقال {n}"))
        assert outcome.article_id is not None
        ids.append(outcome.article_id)
    archive.tag_articles(ids[:3], ["سوريا", "تقارير"])
    archive.add_note(ids[1], "ملاحظة أولى")
    archive.add_note(ids[1], "ملاحظة ثانية")
    wanted = [ids[5], ids[1], ids[0], ids[6], ids[1]]
    assert archive.article_records(wanted) == [archive.article(i) for i in wanted]
    assert archive.article_records([]) == []
    with pytest.raises(NotFound, match=f"article {ids[-1] + 10} is not in the archive"):
        archive.article_records([ids[0], ids[-1] + 10])
