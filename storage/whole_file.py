"""Files that appear whole or not at all: written beside their place under a temporary name,
synced to disk, then renamed over it (atomic on one file system). A crash, a full disk or a
cancel leaves the old file (if any) and no half-written one."""

from __future__ import annotations

import glob
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage import stop_points


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """Yields the temporary path to write the whole file to (it does not exist yet: the
    writer creates it, with the user's usual permissions). On leaving without an error the
    file becomes ``target``; on an error it is removed and ``target`` is untouched. The
    temporary name holds the writer's process id: the partial files of ``target`` left by a
    writer that was killed (its process is gone) are removed first."""
    remove_orphans(target)
    partial = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        yield partial
        stop_points.reached("file-written")  # whole, not yet synced nor in its place
        with partial.open("r+b") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def writer_of(part: Path) -> int | None:
    """The process id in a partial file's name (None for a name without one)."""
    pieces = part.name.split(".")
    return int(pieces[-3]) if len(pieces) >= 5 and pieces[-3].isdigit() else None


def is_orphan(part: Path) -> bool:
    """Whether a partial file's writer has ended without finishing it (its process is gone)."""
    pid = writer_of(part)
    if pid is None or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # another user's process that is alive
        return False
    return False


def remove_orphans(target: Path) -> None:
    """Remove the partial files of ``target`` whose writers were killed."""
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        if is_orphan(part):
            try:
                part.unlink(missing_ok=True)
            except OSError:  # not ours to remove: it stays, and the write goes on
                continue


def writable_file(place: str | os.PathLike[str], what: str = "file") -> Path:
    """The file a command may write at ``place``, checked before any work starts: ValueError
    says why none can be written there (a blank name, a folder, a folder that does not exist
    or cannot be written to). Whether it lies inside an archive is the archive's to say
    (`Location.refuse_writing_into`)."""
    text = os.fspath(place)
    if not text.strip():
        raise ValueError(f"the {what}'s name is empty")
    path = Path(text).expanduser()
    if path.is_dir() or text.endswith(("/", os.sep)) or path.name in ("", ".", ".."):
        raise ValueError(f"{text}: is a folder; name the {what} to write in it")
    folder = path.absolute().parent
    if not folder.is_dir():
        raise ValueError(f"{text}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValueError(f"{text}: the folder {folder} cannot be written to")
    return path
