"""The archive's transactions: a read session or a write session (one writer at a time on
SQLite, storage.engine), each framed whole, with the database's errors turned into the
ArchiveError they stand for (storage.db_errors) and bugs raised as they are."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from storage import stop_points
from storage.db_errors import classified
from storage.engine import WRITE_OPTION
from storage.errors import Conflict, ErrorCode
from storage.search import tantivy_index
from storage.search.tantivy_index import TantivyIndex


class Sessions:
    def __init__(self, engine: Engine, where: str, ranking: TantivyIndex | None = None) -> None:
        self._where = where  # how messages name the archive
        self._ranking = ranking  # the Tantivy index beside the database's (SQLite folders)
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self.writes = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reads.begin() as session:
                session.info[tantivy_index.SESSION_KEY] = self._ranking
                yield session
        except DBAPIError as error:
            raise classified(error, self._where) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        try:
            with self.writes.begin() as session:
                session.info[tantivy_index.SESSION_KEY] = self._ranking
                try:
                    yield session
                    tantivy_index.before_commit(session)  # Tantivy commits before SQLite
                except BaseException:
                    tantivy_index.abandoned(session)
                    raise
                stop_points.reached("commit")  # the transaction's work done, not committed
            tantivy_index.committed(session)
        except IntegrityError as error:
            raise Conflict.of(
                ErrorCode.CONSTRAINT, where=self._where, detail=str(error.orig)
            ) from None
        except StaleDataError:
            raise Conflict.of(ErrorCode.CHANGED_MEANWHILE) from None
        except DBAPIError as error:
            raise classified(error, self._where) from None
