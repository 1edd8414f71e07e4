"""Commands answer at once: each imports only what it uses (bench/startup.py times them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from storage.archive import Archive
from storage.records import ArticleDraft

ROOT = Path(__file__).resolve().parents[3]
# Libraries that take a large part of a second to load, and the commands that need them.
PDF = {"reportlab", "fontTools", "uharfbuzz", "icu"}
IMPORTERS = {"trafilatura", "docx", "charset_normalizer", "lxml"}
DATABASE = {"sqlalchemy", "alembic", "psycopg"}
WINDOW = {"PySide6", "shiboken6"}


def _loaded_by(*argv: str) -> set[str]:
    """The top-level modules loaded by ``arshif ARGV`` run as its own process."""
    script = (
        "import json, sys\n"
        "import main\n"
        "try:\n"
        f"    main.main({list(argv)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_help_and_version_load_nothing_heavy() -> None:
    for argv in (["--help"], ["--version"], ["search", "--help"]):
        assert not _loaded_by(*argv) & (PDF | IMPORTERS | DATABASE | WINDOW), argv


def test_show_and_search_load_only_the_database(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        archive.add_article(ArticleDraft(title="عنوان", body="نص المقال"))
    where = str(tmp_path / "archive")
    for argv in (["show", "1"], ["search", "المقال"], ["list"]):
        loaded = _loaded_by("--archive", where, *argv)
        assert "sqlalchemy" in loaded, argv
        assert not loaded & (PDF | IMPORTERS | WINDOW | {"alembic"}), (argv, loaded)


def test_a_caller_that_catches_a_bad_arguments_exit_keeps_the_collector_running() -> None:
    """`main` holds garbage collection off while the modules load; an argument error (or
    --help) that ends it early gives collection back to an in-process caller."""
    import gc

    import pytest

    import main

    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main.main(["--no-such-option"])
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main.main(["--help"])
    assert gc.isenabled()
