"""text key: title, lead and body as one run of words

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The digest that finds the same text stored twice took the title, the lead and the body apart,
so a text file whose first paragraph was read as a lead (or a file of one long line, whose
first sentence became the title) did not match the same article stored otherwise. Every
article's key is computed again by the new rule (storage.article_store.text_key). No column
changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    from storage.article_store import text_key

    articles = sa.table(
        "articles",
        sa.column("id"),
        sa.column("title"),
        sa.column("lead"),
        sa.column("body"),
        sa.column("text_key"),
    )
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(articles.c.id, articles.c.title, articles.c.lead, articles.c.body)
            .where(articles.c.id > last)
            .order_by(articles.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        keys = [{"key_id": i, "key": text_key(t, lead or "", b)} for i, t, lead, b in rows]
        connection.execute(
            articles.update()
            .where(articles.c.id == sa.bindparam("key_id"))
            .values(text_key=sa.bindparam("key")),
            keys,
        )
        last = rows[-1][0]


def downgrade() -> None:
    """The old keys cannot be told from the new by the rows alone: the new rule is kept (it
    finds every duplicate the old one found)."""
