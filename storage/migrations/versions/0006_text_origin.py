"""where an article's text came from

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

An article read from a PDF's text layer or recognised by OCR from a scan says so
(``text_origin``: "" typed or imported text, "pdf", "ocr"), with OCR's mean word
confidence (0–100).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(
            sa.Column("text_origin", sa.String(length=16), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("ocr_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("ocr_confidence")
        batch.drop_column("text_origin")
