"""the page of its original where an article begins

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

An article read from a PDF of several articles (or from one page of a multi-page scan)
records the page of that original, its attachment, where it begins (from 1), so the
window's page viewer opens there. Articles imported before are left without one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("original_page", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("original_page")
