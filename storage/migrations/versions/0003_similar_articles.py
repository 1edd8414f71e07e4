"""similar articles

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Articles get an opening key (a digest of the body's first normalised words) so that the same
story printed by two papers is found; pairs found so are linked in similar_articles.
Existing articles get their key here; they are not linked retroactively.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from storage.text import opening_key

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("opening_key", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_articles_opening_key"), ["opening_key"], unique=False)
    op.create_table(
        "similar_articles",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("similar_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_similar_articles_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["similar_id"],
            ["articles.id"],
            name=op.f("fk_similar_articles_similar_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "similar_id", name=op.f("pk_similar_articles")),
    )
    with op.batch_alter_table("similar_articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_similar_articles_similar_id"), ["similar_id"], unique=False
        )
    connection = op.get_bind()
    articles = sa.table("articles", sa.column("id"), sa.column("body"), sa.column("opening_key"))
    rows = connection.execute(sa.select(articles.c.id, articles.c.body)).all()
    keys = [{"key_id": i, "key": opening_key(body)} for i, body in rows]
    if keys:
        connection.execute(
            articles.update()
            .where(articles.c.id == sa.bindparam("key_id"))
            .values(opening_key=sa.bindparam("key")),
            keys,
        )


def downgrade() -> None:
    with op.batch_alter_table("similar_articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_similar_articles_similar_id"))
    op.drop_table("similar_articles")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_opening_key"))
        batch_op.drop_column("opening_key")
