"""an index holding what a listing prints, on SQLite

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

`arshif list` prints each article's id, date, title and source. On SQLite those columns sit
after the body in each row, so reading them walked every article's text: half the time of a
listing of the corpus. The index holds them, in the order a listing reads them (articles not
in the trash by id), so a listing reads the index alone. PostgreSQL keeps no such index: a
title can be longer than its B-tree entries allow, and it reads only the columns it needs.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["trashed", "id", "published", "title", "source"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_articles_lines", "articles", COLUMNS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_articles_lines", table_name="articles")
