"""Attached files, kept by the SHA-256 of their content.

A folder archive keeps them under ``files/ab/abcdef…``; a server archive keeps them in the
``blobs`` table so every client of the server sees them. A file is written (and synced) before
the transaction that refers to it commits, so a crash can leave an unreferenced file, never a
reference to a missing one; `Archive.check` reports such orphans.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.errors import ArchiveError
from storage.models import Blob
from storage.whole_file import written_whole

CHUNK = 1 << 20


def sha256_of(path: Path) -> tuple[str, int]:
    """The SHA-256 (hex) and size of the file's content, read now (what a check relies on)."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# The digests of the files an import read lately, by (path, size, modification time).
_IMPORTED: dict[tuple[str, int, int], tuple[str, int]] = {}
_IMPORTED_KEPT = 64


def imported_sha256_of(path: Path) -> tuple[str, int]:
    """`sha256_of` for a file being imported: an import asks twice (has an earlier import read
    this file? then, to keep it as the attachment), and a file unchanged since (same size and
    modification time) is not read again. Checks of stored files use `sha256_of`."""
    status = path.stat()
    key = (str(path.absolute()), status.st_size, status.st_mtime_ns)
    known = _IMPORTED.get(key)
    if known is None:
        known = _IMPORTED[key] = sha256_of(path)
        while len(_IMPORTED) > _IMPORTED_KEPT:
            del _IMPORTED[next(iter(_IMPORTED))]
    return known


class FolderFiles:
    """Content-addressed files in a folder of the archive."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_of(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def store(self, session: Session, source: Path, sha256: str) -> None:
        target = self.path_of(sha256)
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            written_whole(target) as partial,
            partial.open("xb") as out,
            source.open("rb") as stream,
        ):
            while chunk := stream.read(CHUNK):
                out.write(chunk)

    def read(self, session: Session, sha256: str) -> bytes:
        try:
            return self.path_of(sha256).read_bytes()
        except FileNotFoundError:
            raise ArchiveError(f"{self.path_of(sha256)}: attached file is missing") from None

    def copy_to(self, session: Session, sha256: str, target: Path) -> None:
        try:
            source = self.path_of(sha256).open("rb")
        except FileNotFoundError:
            raise ArchiveError(f"{self.path_of(sha256)}: attached file is missing") from None
        with source, target.open("wb") as out:
            while chunk := source.read(CHUNK):
                out.write(chunk)

    def drop(self, session: Session, sha256: str) -> None:
        """Nothing to do inside the transaction: the file goes in `release`, after the commit."""

    def release(self, sha256: str) -> None:
        self.path_of(sha256).unlink(missing_ok=True)

    def stored_hashes(self, session: Session) -> set[str]:
        if not self.folder.exists():
            return set()
        return {p.name for p in self.folder.glob("??/*") if not p.name.startswith(".")}


class DatabaseFiles:
    """Content-addressed files in the ``blobs`` table of a server archive."""

    def store(self, session: Session, source: Path, sha256: str) -> None:
        if session.get(Blob, sha256) is None:
            session.add(Blob(sha256=sha256, data=source.read_bytes()))

    def read(self, session: Session, sha256: str) -> bytes:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise ArchiveError(f"attached file {sha256} is missing from the server archive")
        return blob.data

    def copy_to(self, session: Session, sha256: str, target: Path) -> None:
        target.write_bytes(self.read(session, sha256))

    def drop(self, session: Session, sha256: str) -> None:
        blob = session.get(Blob, sha256)
        if blob is not None:
            session.delete(blob)

    def release(self, sha256: str) -> None:
        """The blob went with the transaction (`drop`): nothing is left outside it."""

    def stored_hashes(self, session: Session) -> set[str]:
        return set(session.scalars(select(Blob.sha256)))


FileStore = FolderFiles | DatabaseFiles
