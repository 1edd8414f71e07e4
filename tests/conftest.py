"""Shared fixtures: archives on SQLite and on a real PostgreSQL server, and the corpus.

The unit tests run on material the project owns (`tests/own_texts.py`, `tests/data/`). Tests
marked ``corpus`` (and every test that uses ``corpus_records``) read the real articles in
`../shared/corpus/`, whose licence keeps them out of the project: they run when it is there
and are skipped, saying so, when it is not. The last line of the run says which set ran."""

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


HAS_CORPUS = CORPUS_ARTICLES.is_file()
_NO_CORPUS = f"corpus-scale test: no corpus at {CORPUS}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "corpus_records" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.corpus)
        if not HAS_CORPUS and item.get_closest_marker("corpus"):
            item.add_marker(pytest.mark.skip(reason=_NO_CORPUS))


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run's last line: which set of tests ran, and how it went."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or not hasattr(reporter, "stats"):
        return
    counts = {key: len(reporter.stats.get(key, [])) for key in ("passed", "failed", "error")}
    skipped = len(reporter.stats.get("skipped", []))
    failed = counts["failed"] + counts["error"]
    if HAS_CORPUS:
        summary = f"corpus: {counts['passed']} passed, {failed} failed"
        where = f"unit tests and corpus-scale tests ran (corpus: {CORPUS})"
    else:
        summary = f"unit: {counts['passed']} passed, {failed} failed, {skipped} skipped"
        where = f"unit tests only: no corpus at {CORPUS}, corpus-scale tests skipped"
    reporter.write_line(where)
    reporter.write_line(summary)


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
