"""Alembic environment: run on a connection handed in by storage.migrations.upgrade, or, for
the `alembic` command run from the checkout, on the archive named by ``-x archive=FOLDER_OR_URL``
(README, "Adding a migration")."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.migrations import is_search_table
from storage.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=lambda name, kind, _parents: not is_search_table(name, kind),
    )
    with context.begin_transaction():
        context.run_migrations()


handed = context.config.attributes.get("connection")
if handed is not None:
    _run(handed)
else:
    from storage.engine import create_archive_engine, resolve_location

    where = context.get_x_argument(as_dictionary=True).get("archive")
    if not where:
        raise SystemExit("name the archive to compare with: alembic -x archive=FOLDER_OR_URL …")
    engine = create_archive_engine(resolve_location(where))
    with engine.begin() as connection:
        _run(connection)
    engine.dispose()
