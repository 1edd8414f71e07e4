"""search index: split on spaces only (FTS5's ascii tokenizer)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

The SQLite index stores words the project has already normalised, separated by spaces, so
its tokenizer only has to split them: FTS5's ``ascii`` tokenizer does that at about two
thirds of ``unicode61``'s cost, which an import pays for every word of every article. The
accents of Latin letters, which unicode61 took off, are taken off before the words reach the
index (storage.search.sqlite_index). An FTS5 table cannot change its tokenizer, so it is
made again, empty; the archive fills it when it is opened (its index setting is dropped).
PostgreSQL's index is not touched.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "title, text, meta, source, author, tags, title_stem, text_stem, spelled, near"


def _recreate(tokenize: str) -> None:
    op.execute("DROP TABLE search_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({COLUMNS}, content='', tokenize='{tokenize}')"
    )
    op.execute("DELETE FROM archive_settings WHERE name = 'search_index_version'")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate("ascii")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate("unicode61 remove_diacritics 2")
