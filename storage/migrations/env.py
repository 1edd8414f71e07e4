"""Alembic environment: always run on a connection handed in by storage.migrations.upgrade."""

from __future__ import annotations

from alembic import context

from storage.migrations import is_search_table
from storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=lambda name, kind, _parents: not is_search_table(name, kind),
)
with context.begin_transaction():
    context.run_migrations()
