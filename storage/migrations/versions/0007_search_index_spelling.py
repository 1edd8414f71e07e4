"""search index: exact spelling and proximity columns

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

The SQLite index (FTS5) gains two columns: every word as spelled (hamza, ة and ى kept), for
exact-spelling terms, and one proximity key per word, for ranking words that stand together
and for NEAR. An FTS5 table cannot gain columns, so it is made again, empty; the archive
fills it when it is opened, because the stored index version is older than the code's. The
PostgreSQL index keeps its shape (a tsvector): only its lexemes change, at the same rebuild.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "title, text, meta, source, author, tags, title_stem, text_stem"
OPTIONS = "content='', tokenize='unicode61 remove_diacritics 2'"


def _recreate(columns: str) -> None:
    op.execute("DROP TABLE search_fts")
    op.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5({columns}, {OPTIONS})")
    op.execute("DELETE FROM archive_settings WHERE name = 'search_index_version'")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(f"{COLUMNS}, spelled, near")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(COLUMNS)
