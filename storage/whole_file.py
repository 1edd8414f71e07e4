"""Files that appear whole or not at all: written beside their place under a temporary name,
synced to disk, then renamed over it (atomic on one file system). A crash, a full disk or a
cancel leaves the old file (if any) and no half-written one."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """Yields the temporary path to write the whole file to (it does not exist yet: the
    writer creates it, with the user's usual permissions). On leaving without an error the
    file becomes ``target``; on an error it is removed and ``target`` is untouched."""
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        yield partial
        with partial.open("r+b") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


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
