"""The message an ArchiveError shows in the window, in the interface's language.

The core names each problem by a code and its arguments (storage.errors); here each code has
its text through tr(), with the paths, URLs and database details it names kept left to right.
An error without a code of its own (ErrorCode.OTHER) shows its English message as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.errors import ArchiveError, ErrorCode
from ui.window.bidi_text import isolated, left_to_right


def _texts() -> dict[ErrorCode, str]:
    # Looked up when shown, so a language switched meanwhile is the one used.
    return {
        ErrorCode.BUSY: QCoreApplication.translate(
            "ErrorText",
            "{where}: the archive is busy (another program is writing to it); try again in a "
            "moment",
        ),
        ErrorCode.DISK_FULL: QCoreApplication.translate(
            "ErrorText", "{where}: the disk is full; free some space and try again"
        ),
        ErrorCode.DAMAGED: QCoreApplication.translate(
            "ErrorText",
            "{where}: the archive's database is damaged ({detail}); “arshif recover” saves what "
            "can be read into a new archive",
        ),
        ErrorCode.READ_ONLY: QCoreApplication.translate(
            "ErrorText", "{where}: the archive is read-only; it can be read, not changed"
        ),
        ErrorCode.CANNOT_OPEN: QCoreApplication.translate(
            "ErrorText",
            "{where}: the database file cannot be opened (check that the folder exists and that "
            "you may read and write it)",
        ),
        ErrorCode.DISK_ERROR: QCoreApplication.translate(
            "ErrorText", "{where}: the disk could not be read or written ({detail})"
        ),
        ErrorCode.OUT_OF_MEMORY: QCoreApplication.translate("ErrorText", "{where}: out of memory"),
        ErrorCode.CONSTRAINT: QCoreApplication.translate(
            "ErrorText", "{where}: the change would break a rule of the database ({detail})"
        ),
        ErrorCode.SERVER_UNREACHABLE: QCoreApplication.translate(
            "ErrorText", "{where}: the database server cannot be reached ({detail})"
        ),
        ErrorCode.SERVER_DISK_FULL: QCoreApplication.translate(
            "ErrorText", "{where}: the server's disk is full; free some space and try again"
        ),
        ErrorCode.SERVER_RESOURCES: QCoreApplication.translate(
            "ErrorText", "{where}: the server is out of resources ({detail})"
        ),
        ErrorCode.SERVER_READ_ONLY: QCoreApplication.translate(
            "ErrorText", "{where}: the archive is read-only for you ({detail})"
        ),
        ErrorCode.SERVER_REFUSED: QCoreApplication.translate(
            "ErrorText", "{where}: the server refused the connection ({detail})"
        ),
        ErrorCode.NOT_FOUND: QCoreApplication.translate(
            "ErrorText", "{kind} {id} is not in the archive"
        ),
        ErrorCode.TAG_EXISTS: QCoreApplication.translate(
            "ErrorText", "a tag named “{name}” exists already (tag {other}); merge the two instead"
        ),
        ErrorCode.DOSSIER_EXISTS: QCoreApplication.translate(
            "ErrorText", "a dossier named “{name}” exists already (dossier {other})"
        ),
        ErrorCode.REF_TAKEN: QCoreApplication.translate(
            "ErrorText", "the reference “{ref}” is already the reference of article {other}"
        ),
        ErrorCode.CHANGED_MEANWHILE: QCoreApplication.translate(
            "ErrorText",
            "the article was changed by someone else while it was being saved; open it again to "
            "see the other version",
        ),
        ErrorCode.VERSION_CONFLICT: QCoreApplication.translate(
            "ErrorText",
            "article {id} was changed by {who} since it was opened (now version {version}, "
            "opened as version {expected}); compare the two versions before saving again",
        ),
        ErrorCode.NOTE_EMPTY: QCoreApplication.translate("ErrorText", "the note is empty"),
        ErrorCode.NOT_IN_TRASH: QCoreApplication.translate(
            "ErrorText",
            "article {id} is not in the trash; only articles in the trash are deleted for good "
            "(put it in the trash first)",
        ),
    }


def _kinds() -> dict[str, str]:
    """What NotFound names, by the word the core uses."""
    return {
        "article": QCoreApplication.translate("ErrorText", "article"),
        "tag": QCoreApplication.translate("ErrorText", "tag"),
        "note": QCoreApplication.translate("ErrorText", "note"),
        "dossier": QCoreApplication.translate("ErrorText", "dossier"),
        "attachment": QCoreApplication.translate("ErrorText", "attachment"),
        "saved search": QCoreApplication.translate("ErrorText", "saved search"),
    }


LEFT_TO_RIGHT = ("where", "detail")  # paths, URLs and the database's own words


def message_for(error: ArchiveError) -> str:
    """The text to show for ``error``, in the interface's language."""
    text = _texts().get(error.code)
    if text is None:  # ErrorCode.OTHER: a message the core has not given a code yet
        return str(error)
    arguments = {name: isolated(value) for name, value in error.arguments.items()}
    for name in LEFT_TO_RIGHT:
        if name in error.arguments:
            arguments[name] = left_to_right(error.arguments[name])
    if "kind" in error.arguments:
        kind = str(error.arguments["kind"])
        arguments["kind"] = _kinds().get(kind, kind)
    if error.code is ErrorCode.VERSION_CONFLICT and not error.arguments.get("who"):
        arguments["who"] = QCoreApplication.translate("ErrorText", "someone else")
    try:
        return text.format(**arguments)
    except (KeyError, IndexError, ValueError):  # a translation that names other arguments
        return str(error)


def coded_errors() -> frozenset[ErrorCode]:
    """The codes this module has a text for (a test holds it to storage.errors.ErrorCode)."""
    return frozenset(_texts())
