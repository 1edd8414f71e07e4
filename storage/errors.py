"""Problems of the user or the environment, as opposed to bugs.

Every message names what is wrong (a file, a field, an id) and why, in words a user can act on.
The window turns them into a translated dialog; the command line prints them on one line.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every problem that is the user's or the environment's, never a bug."""


class ArchiveNotFound(ArchiveError):
    """The location given does not hold an archive and may not be created."""


class ArchiveBusy(ArchiveError):
    """Another program holds the archive's write lock for longer than the busy timeout."""


class ArchiveTooNew(ArchiveError):
    """The archive was written by a newer Arshif whose schema this one does not know."""


class NotFound(ArchiveError):
    """An article, tag, note, dossier or attachment id that is not in the archive."""


class InvalidField(ArchiveError):
    """A value that cannot be stored in the named field."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason

    def __reduce__(self) -> tuple[type[InvalidField], tuple[str, str]]:
        return type(self), (self.field, self.reason)


class Conflict(ArchiveError):
    """The change would break a uniqueness rule (a tag name, a dossier name, a reference)."""


class VersionConflict(Conflict):
    """Someone saved the article since it was opened. ``current`` is the stored article (an
    ArticleRecord), so both versions can be shown side by side."""

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current


class ImportFailed(ArchiveError):
    """A file that cannot be turned into an article; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[ImportFailed], tuple[str, str]]:
        return type(self), (self.path, self.reason)


class ArchiveDamaged(ArchiveError):
    """The database file is damaged (not a database, or pages that cannot be read)."""


class ArchiveReadOnly(ArchiveError):
    """The archive can be read but not written (a read-only file or folder)."""


class ImportStopped(ArchiveError):
    """An import that a fault (a full disk, a busy lock, a lost server) stopped part-way.

    ``outcomes`` is what was done before the fault, every item of it committed; ``changes``
    what that changed. The message says why it stopped."""

    def __init__(self, reason: ArchiveError, outcomes: list[object], changes: object) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.outcomes = outcomes
        self.changes = changes
