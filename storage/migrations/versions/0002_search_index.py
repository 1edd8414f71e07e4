"""search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

The index itself (an FTS5 table on SQLite, a tsvector table on PostgreSQL) is not an ORM
model: its shape depends on the database. It is created empty here and filled when the
archive is opened, because the stored index version ("archive_settings") is missing.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, text, meta, source, author, tags, "
    "title_stem, text_stem, content='', tokenize='unicode61 remove_diacritics 2')"
)
POSTGRES_INDEX = (
    "CREATE TABLE search_index (article_id INTEGER PRIMARY KEY "
    "REFERENCES articles (id) ON DELETE CASCADE, document TSVECTOR NOT NULL)",
    "CREATE INDEX ix_search_index_document ON search_index USING GIN (document)",
)


def upgrade() -> None:
    op.create_table(
        "archive_settings",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_archive_settings")),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_INDEX)
    else:
        for statement in POSTGRES_INDEX:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    else:
        op.execute("DROP TABLE search_index")
    op.drop_table("archive_settings")
