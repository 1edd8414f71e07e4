"""storage's public surface: every name it offers resolves, and importing it loads nothing."""

from __future__ import annotations

import subprocess
import sys

import storage


def test_every_public_name_resolves() -> None:
    assert sorted(storage.__all__) == sorted(storage._EXPORTS)
    for name in storage.__all__:
        assert getattr(storage, name) is not None, name


def test_importing_the_surface_loads_no_database_code() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", "import storage, sys; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "'sqlalchemy'" not in loaded
    assert "'storage.archive'" not in loaded


def test_a_location_keeps_no_password_in_the_settings() -> None:
    url = "postgresql+psycopg://reader:secret@db.example:5432/arshif"
    assert storage.without_password(url) == "postgresql+psycopg://reader@db.example:5432/arshif"
    assert storage.without_password("/home/me/archive") == "/home/me/archive"
    assert storage.without_password("postgresql://[bad") == "postgresql://[bad"
