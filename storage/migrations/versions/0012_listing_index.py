"""an index of the columns lists and searches read beside the id, on SQLite

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

`arshif list` prints each article's id, date, title and source, and a search reads, for each
article it matches, whether it is in the trash, its date (the order of a list) and, for the
facets, its source and author. On SQLite those columns sit after the body in each row, so
reading them walked every article's text: half the time of a listing, and about 4 µs for
each match of a search. The index holds them beside the id, so a listing, or a search joined
with the articles by id, reads the index alone (`storage.models.BESIDE_THE_ID`, named in
``INDEXED BY``: SQLite's planner would take the rows by their id). PostgreSQL keeps no such
index: a title can be longer than its B-tree entries allow, and its rows keep long texts
apart.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["id", "trashed", "published", "title", "source", "author"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_articles_lines", "articles", COLUMNS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_articles_lines", table_name="articles")
