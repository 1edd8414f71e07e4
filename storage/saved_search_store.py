"""Session-level work on saved searches: a query kept under a name, shared by the archive's
users. A name is unique; saving under a name already used replaces that search's query."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.changes import Changes
from storage.errors import ErrorCode, InvalidField, NotFound
from storage.models import SavedSearch
from storage.records import SavedSearchId, SavedSearchRecord
from storage.text import clean_line, names

NAME_LIMIT = 200  # the column's length
QUERY_LIMIT = 10_000


def checked_name(name: str) -> str:
    return names.checked_name("name", name, NAME_LIMIT)[0]


def checked_query(query: str) -> str:
    text = clean_line(query)
    if not text:
        raise InvalidField("query", "is empty; a saved search needs something to search for")
    if len(text) > QUERY_LIMIT:
        raise InvalidField("query", f"longer than {QUERY_LIMIT:,} characters")
    return text


def to_record(row: SavedSearch) -> SavedSearchRecord:
    return SavedSearchRecord(id=SavedSearchId(row.id), name=row.name, query=row.query)


def records(session: Session) -> list[SavedSearchRecord]:
    """Every saved search, by name."""
    rows = session.scalars(select(SavedSearch).order_by(SavedSearch.name, SavedSearch.id))
    return [to_record(row) for row in rows]


def save(
    session: Session, name: str, query: str, now: dt.datetime
) -> tuple[SavedSearchId, Changes]:
    """Keep ``query`` under ``name``, replacing the query of a search of that name."""
    shown, text = checked_name(name), checked_query(query)
    row = session.scalar(select(SavedSearch).where(SavedSearch.name == shown))
    if row is None:
        row = SavedSearch(name=shown, query=text, created=now)
        session.add(row)
        session.flush()
    else:
        row.query = text
    return SavedSearchId(row.id), Changes(has_saved_search_changes=True)


def delete(session: Session, saved_search_id: int) -> Changes:
    row = session.get(SavedSearch, saved_search_id)
    if row is None:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="saved search", id=saved_search_id)
    session.delete(row)
    return Changes(has_saved_search_changes=True)
