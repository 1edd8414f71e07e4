"""Arshif's entry point: `arshif COMMAND …` runs the command line; no command opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from ui.cli import build_parser
    from ui.cli import main as run_command

    parsed = build_parser().parse_args(args)
    if parsed.command in (None, "gui"):
        from ui.window.app import run_window

        return run_window(parsed.archive)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
