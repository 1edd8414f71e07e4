"""search index: tags out of the articles' entries, a digest beside each entry

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

An article's entry held its tags' names, so renaming, merging or deleting a tag rewrote the
entry of every article that carried it (23 s for a tag on half of a 29,581-article archive).
The entries now hold the article's own text only; tag names get a small index of their own
(``search_tag_fts`` on SQLite, ``search_tag_index`` on PostgreSQL), where a query's words are
matched and reach the articles through their tag links. Each entry is kept with the digest of
the text it was made from (``search_digests`` on SQLite, a column on PostgreSQL), which
`check` compares instead of making every entry again.

The SQLite article table loses its ``tags`` column, so it is made again, empty; on both
databases the index setting is dropped, so the archive fills the index (entries, digests,
tag names) when it is opened, in one transaction.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "title, text, meta, source, author, title_stem, text_stem, spelled, near"
OLD_COLUMNS = "title, text, meta, source, author, tags, title_stem, text_stem, spelled, near"


def _articles_table(columns: str) -> None:
    op.execute("DROP TABLE search_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({columns}, content='', tokenize='ascii')"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _articles_table(COLUMNS)
        op.execute(
            "CREATE TABLE search_digests (article_id INTEGER PRIMARY KEY, digest BLOB NOT NULL)"
        )
        op.execute(
            "CREATE VIRTUAL TABLE search_tag_fts USING fts5(words, stems, spelled, "
            "tokenize='ascii')"
        )
    else:
        op.execute("ALTER TABLE search_index ADD COLUMN digest BYTEA")
        op.execute(
            "CREATE TABLE search_tag_index (tag_id INTEGER PRIMARY KEY "
            "REFERENCES tags (id) ON DELETE CASCADE, document TSVECTOR NOT NULL)"
        )
    op.execute("DELETE FROM archive_settings WHERE name = 'search_index_version'")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_tag_fts")
        op.execute("DROP TABLE search_digests")
        _articles_table(OLD_COLUMNS)
    else:
        op.execute("DROP TABLE search_tag_index")
        op.execute("ALTER TABLE search_index DROP COLUMN digest")
    op.execute("DELETE FROM archive_settings WHERE name = 'search_index_version'")
