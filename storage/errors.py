"""Problems of the user or the environment, as opposed to bugs.

Every message names what is wrong (a file, a field, an id) and why, in words a user can act on.
The window turns them into a translated dialog; the command line prints them on one line.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class ErrorCode(StrEnum):
    """What kind of problem an ArchiveError is: the window turns the code and the error's
    ``arguments`` into a message in the interface's language (ui/window/error_text.py)."""

    OTHER = "other"  # a message with no code of its own yet: shown as it is (in English)
    BUSY = "busy"
    DISK_FULL = "disk_full"
    DAMAGED = "damaged"
    READ_ONLY = "read_only"
    CANNOT_OPEN = "cannot_open"
    DISK_ERROR = "disk_error"
    OUT_OF_MEMORY = "out_of_memory"
    CONSTRAINT = "constraint"
    SERVER_UNREACHABLE = "server_unreachable"
    SERVER_DISK_FULL = "server_disk_full"
    SERVER_RESOURCES = "server_resources"
    SERVER_READ_ONLY = "server_read_only"
    SERVER_REFUSED = "server_refused"
    NOT_FOUND = "not_found"
    TAG_EXISTS = "tag_exists"
    DOSSIER_EXISTS = "dossier_exists"
    REF_TAKEN = "ref_taken"
    CHANGED_MEANWHILE = "changed_meanwhile"
    VERSION_CONFLICT = "version_conflict"
    NOTE_EMPTY = "note_empty"
    NOT_IN_TRASH = "not_in_trash"


RECOVER_HINT = "`arshif recover {where} NEW-FOLDER` saves what can be read into a new archive"

# The English text of each code, as the command line prints it; ``{name}`` are the error's
# arguments. The window's own texts, through tr(), are in ui/window/error_text.py.
ENGLISH: dict[ErrorCode, str] = {
    ErrorCode.OTHER: "{message}",
    ErrorCode.BUSY: "{where}: the archive is busy (another program is writing to it); "
    "try again in a moment",
    ErrorCode.DISK_FULL: "{where}: the disk is full; free some space and try again",
    ErrorCode.DAMAGED: "{where}: the archive's database is damaged ({detail}); " + RECOVER_HINT,
    ErrorCode.READ_ONLY: "{where}: the archive is read-only; it can be read, not changed",
    ErrorCode.CANNOT_OPEN: "{where}: the database file cannot be opened (check that the folder "
    "exists and that you may read and write it)",
    ErrorCode.DISK_ERROR: "{where}: the disk could not be read or written ({detail})",
    ErrorCode.OUT_OF_MEMORY: "{where}: out of memory",
    ErrorCode.CONSTRAINT: "{where}: {detail}",
    ErrorCode.SERVER_UNREACHABLE: "{where}: the database server cannot be reached ({detail})",
    ErrorCode.SERVER_DISK_FULL: "{where}: the server's disk is full; free some space and try again",
    ErrorCode.SERVER_RESOURCES: "{where}: the server is out of resources ({detail})",
    ErrorCode.SERVER_READ_ONLY: "{where}: the archive is read-only for you ({detail})",
    ErrorCode.SERVER_REFUSED: "{where}: {detail}",
    ErrorCode.NOT_FOUND: "{kind} {id} is not in the archive",
    ErrorCode.TAG_EXISTS: "a tag named {name!r} exists already (tag {other}); merge the two "
    "instead",
    ErrorCode.DOSSIER_EXISTS: "a dossier named {name!r} exists already (dossier {other})",
    ErrorCode.REF_TAKEN: "ref: {ref!r} is already the reference of article {other}",
    ErrorCode.CHANGED_MEANWHILE: "the article was changed by someone else while it was being "
    "saved; open it again to see the other version",
    ErrorCode.VERSION_CONFLICT: "article {id} was changed by {who} since it was opened (now "
    "version {version}, opened as version {expected}); compare the two versions before "
    "saving again",
    ErrorCode.NOTE_EMPTY: "note: is empty",
    ErrorCode.NOT_IN_TRASH: "article {id} is not in the trash; only articles in the trash are "
    "deleted for good (put it in the trash first)",
}


class ArchiveError(Exception):
    """Base of every problem that is the user's or the environment's, never a bug.

    ``code`` says what kind of problem it is and ``arguments`` (a dict, not Python's own
    ``args`` tuple, which pickling and str() use) what it names; ``str(error)`` is the English
    message the command line prints. Made with a code: ``ArchiveBusy.of(ErrorCode.BUSY,
    where=...)``; a plain message is code OTHER."""

    def __init__(
        self, message: str, code: ErrorCode = ErrorCode.OTHER, **arguments: object
    ) -> None:
        super().__init__(message)
        self.code = code
        self.arguments: dict[str, object] = arguments or {"message": message}

    @classmethod
    def of(cls, code: ErrorCode, **arguments: object) -> Self:
        error = cls(ENGLISH[code].format(**arguments))
        error.code, error.arguments = code, arguments
        return error


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

    def __init__(self, message: str, current: object, **arguments: object) -> None:
        super().__init__(message, ErrorCode.VERSION_CONFLICT if arguments else ErrorCode.OTHER)
        self.arguments = arguments or self.arguments
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
        super().__init__(str(reason), reason.code, **reason.arguments)
        self.reason = reason
        self.outcomes = outcomes
        self.changes = changes
