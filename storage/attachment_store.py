"""Session-level work on attachments: their rows and their files (storage.files). Every
function takes the caller's session and never commits: `Archive` frames the transaction.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import article_store
from storage.errors import ArchiveError, ErrorCode, NotFound
from storage.files import FileStore, imported_sha256_of, sha256_of
from storage.models import Article, Attachment, utcnow
from storage.records import ArticleId, AttachmentId, TextOrigin

PRINTED_ORIGINS = (TextOrigin.PDF.value, TextOrigin.OCR.value)

MAX_ATTACHMENT = 1 << 30  # 1 GiB: a scanned newspaper page is a few megabytes


def file_to_attach(path: Path) -> tuple[str, int]:
    """The checksum and size of a file that may be attached (read before any transaction)."""
    try:
        if path.stat().st_size > MAX_ATTACHMENT:
            raise ArchiveError(
                f"{path}: {path.stat().st_size:,} bytes; an attached file may have at most "
                f"{MAX_ATTACHMENT:,}"
            )
        return sha256_of(path)
    except OSError as error:
        raise ArchiveError(f"{path}: cannot be read ({error.strerror})") from None


def content_hash(path: Path) -> str | None:
    """The checksum of a file being imported (read before any transaction, and once for the
    import: `files.imported_sha256_of`); None if unreadable."""
    try:
        return imported_sha256_of(path)[0]
    except OSError:
        return None


def read_from(session: Session, sha256: str) -> list[ArticleId]:
    """The articles whose text was read from a file of this content (a PDF or a scan kept as
    their attachment when it was imported), in the order the file gave them."""
    chosen = (
        select(Article.id)
        .join(Attachment, Attachment.article_id == Article.id)
        .where(Attachment.sha256 == sha256, Article.text_origin.in_(PRINTED_ORIGINS))
        .order_by(Article.id)
        .distinct()
    )
    return [ArticleId(i) for i in session.scalars(chosen)]


def attach(
    session: Session, files: FileStore, article_id: int, path: Path, sha256: str, size: int
) -> AttachmentId:
    article_store.get_article(session, article_id)
    files.store(session, path, sha256)
    row = Attachment(
        article_id=article_id, filename=path.name, sha256=sha256, size=size, created=utcnow()
    )
    session.add(row)
    session.flush()
    return AttachmentId(row.id)


def get_attachment(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="attachment", id=attachment_id)
    return row


def remove(session: Session, files: FileStore, attachment_id: int) -> tuple[int, set[str]]:
    """Delete the attachment; returns its article's id and the files no longer used."""
    row = get_attachment(session, attachment_id)
    article_id, sha256 = row.article_id, row.sha256
    session.delete(row)
    session.flush()
    return article_id, drop_unused_files(session, files, {sha256})


def drop_unused_files(session: Session, files: FileStore, hashes: set[str]) -> set[str]:
    """Drop the stored files of ``hashes`` no attachment uses any more; returns them (to be
    released once the transaction has committed)."""
    still_used = set(
        session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(hashes)))
    )
    unused = hashes - still_used
    for sha256 in unused:
        files.drop(session, sha256)
    return unused


def read(session: Session, files: FileStore, attachment_id: int) -> bytes:
    return files.read(session, get_attachment(session, attachment_id).sha256)


def copy_to(session: Session, files: FileStore, attachment_id: int, target: Path) -> None:
    files.copy_to(session, get_attachment(session, attachment_id).sha256, target)


def release(files: FileStore, hashes: set[str]) -> None:
    """After the commit: let go of the files `drop_unused_files` dropped."""
    for sha256 in hashes:
        files.release(sha256)
