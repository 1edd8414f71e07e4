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
