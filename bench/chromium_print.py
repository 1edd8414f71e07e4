"""Headless Chromium for the benchmarks: where it is, and how it prints a page to PDF.

Started as this workplace's machines need it: no sandbox (root), no GPU, and none of the
background connections a closed network refuses; `make bench` installs Debian's `chromium`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


def executable() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("the benchmark needs Chromium (apt-get install chromium; `make bench` installs it)")


def print_command(source: Path, target: Path, profile: Path) -> list[str]:
    """The command that prints the page ``source`` to ``target``, with a fresh ``profile``."""
    return [
        executable(),
        *FLAGS,
        f"--user-data-dir={profile}",
        f"--print-to-pdf={target}",
        source.as_uri(),
    ]
