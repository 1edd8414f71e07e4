"""Session-level work on notes. Every function takes the caller's session and never
commits: `Archive` frames the transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage import article_store
from storage.changes import Changes
from storage.errors import ArchiveError, ErrorCode, NotFound
from storage.models import Note, utcnow
from storage.records import NoteId
from storage.search import searcher
from storage.search.searcher import SearchIndex
from storage.text import clean_text


def note_text(note: str) -> str:
    """The note as stored; an empty one is refused (before any transaction starts)."""
    body = clean_text(note)
    if not body:
        raise ArchiveError.of(ErrorCode.NOTE_EMPTY)
    return body


def add_note(session: Session, article_id: int, body: str, user: str) -> tuple[NoteId, Changes]:
    article_store.get_article(session, article_id)
    now = utcnow()
    row = Note(
        article_id=article_id,
        text=body,
        created=now,
        updated=now,
        created_by=user,
        updated_by=user,
    )
    session.add(row)
    session.flush()
    return NoteId(row.id), Changes.of_articles([article_id])


def get_note(session: Session, note_id: int) -> Note:
    row = session.get(Note, note_id)
    if row is None:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="note", id=note_id)
    return row


def edit_note(session: Session, index: SearchIndex, note_id: int, body: str, user: str) -> Changes:
    """Give the note this text (its article changes)."""
    row = get_note(session, note_id)
    with searcher.reindexing(session, index, [row.article_id]):
        row.text, row.updated, row.updated_by = body, utcnow(), user
    return Changes.of_articles([row.article_id])


def delete_note(session: Session, index: SearchIndex, note_id: int) -> Changes:
    """Delete the note (its article changes)."""
    row = get_note(session, note_id)
    with searcher.reindexing(session, index, [row.article_id]):
        session.delete(row)
    return Changes.of_articles([row.article_id])
