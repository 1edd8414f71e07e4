"""Arshif's entry point: `arshif COMMAND …` runs the command line; no command opens the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # Loading the modules makes half a million objects and no garbage, and each of the
    # collector's full passes walks them all: about 50 ms of a command's start-up, and of its
    # first thousands of rows. So no collection runs until they are loaded (`modules_loaded`).
    gc.disable()
    args = list(sys.argv[1:] if argv is None else argv)
    from ui.cli import build_parser
    from ui.cli import main as run_command

    try:
        parsed = build_parser().parse_args(args)
    except SystemExit:  # --help, --version or a bad argument: collect again for a caller
        gc.enable()
        raise
    if parsed.command in (None, "gui"):
        if _has_no_display():
            gc.enable()
            print(
                "arshif: there is no display to open the window on (DISPLAY and "
                "WAYLAND_DISPLAY are unset); run a command instead (arshif --help), or set "
                "QT_QPA_PLATFORM (offscreen, vnc…)",
                file=sys.stderr,
            )
            return 2
        from ui.window.app import run_window

        modules_loaded()
        return run_window(parsed.archive)
    import storage.archive  # noqa: F401  (every command reads or writes through it)

    modules_loaded()
    status = run_command(args)
    # The process ends with the command: the interpreter's last collection need not walk
    # every object the command left (a third of a second after an export, under load).
    gc.freeze()
    return status


def modules_loaded() -> None:
    """The modules are loaded: what they made is kept out of every later collection, and
    collections run again, for a long command's garbage."""
    gc.freeze()
    gc.enable()


def _has_no_display() -> bool:
    """On Linux and the BSDs, Qt aborts the process (no message, status 134) without one."""
    import os

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return not any(os.environ.get(name) for name in names)


if __name__ == "__main__":
    sys.exit(main())
