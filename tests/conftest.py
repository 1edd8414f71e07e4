"""Shared fixtures: archives on SQLite and on a real PostgreSQL server, and the corpus."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from storage.archive import Archive
from tests.postgres_server import PostgresServer, running_server

# `make test` runs every property test with Hypothesis's default budget; a longer hunt:
#     .venv/bin/pytest -m fuzz --hypothesis-profile=long
settings.register_profile("long", max_examples=5_000, deadline=None)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SEED_ARTICLE = CORPUS / "seed-article.txt"
CORPUS_ARTICLES = CORPUS / "articles.jsonl.gz"
MESSY = CORPUS / "messy"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    with running_server() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An archive location on each back end: a new folder, or a new server database."""
    if request.param == "sqlite":
        return str(tmp_path / "archive")
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture
def archive(archive_location: str) -> Iterator[Archive]:
    with Archive.open(archive_location) as opened:
        yield opened


@pytest.fixture(scope="session")
def corpus_records() -> list[dict[str, Any]]:
    with gzip.open(CORPUS_ARTICLES, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]
