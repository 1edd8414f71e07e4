"""Where an archive lives."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.archive import Archive
from storage.engine import default_folder, resolve_location
from storage.errors import ArchiveNotFound


def test_default_environment_and_explicit_locations(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("ARSHIF_ARCHIVE", raising=False)
    assert resolve_location(None).folder == default_folder()
    assert default_folder().name == "archive"
    monkeypatch.setenv("ARSHIF_ARCHIVE", str(tmp_path / "env"))
    assert resolve_location(None).folder == tmp_path / "env"
    assert resolve_location(tmp_path / "given").folder == tmp_path / "given"


def test_server_urls() -> None:
    location = resolve_location("postgresql://arshif:secret@db.example/archive")
    assert location.is_server
    assert location.url.startswith("postgresql+psycopg://arshif:secret@")
    assert "secret" not in location.describe()
    with pytest.raises(ArchiveNotFound, match="only PostgreSQL"):
        resolve_location("mysql://db.example/archive")


def test_a_file_is_not_an_archive_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(ArchiveNotFound, match="is a file"):
        Archive.open(tmp_path / "notes.txt")
