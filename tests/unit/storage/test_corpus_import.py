"""The whole corpus through the command line: 29,581 articles in, and all duplicates again."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from storage.archive import Archive
from tests.conftest import CORPUS_ARTICLES
from ui import cli


def _import(where: str, path: Path) -> list[dict[str, Any]]:
    out = io.StringIO()
    assert cli.main(["--archive", where, "import", str(path), "--json"], out=out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


pytestmark = pytest.mark.corpus


@pytest.mark.slow
def test_the_whole_corpus_imports_once(
    tmp_path: Path, corpus_records: list[dict[str, Any]]
) -> None:
    where = str(tmp_path / "archive")
    first = _import(where, CORPUS_ARTICLES)
    assert len(first) == len(corpus_records) == 29_581
    assert {o["status"] for o in first} == {"imported"}
    second = _import(where, CORPUS_ARTICLES)
    assert {o["status"] for o in second} == {"duplicate"}
    assert [o["id"] for o in second] == [o["id"] for o in first]
    with Archive.open(where) as archive:
        assert archive.article_count() == 29_581
        sample = archive.article(first[12_345]["id"])
        record = corpus_records[12_345]
        assert (sample.ref, sample.title, sample.body) == (
            record["id"],
            record["title"],
            record["body"],
        )
        assert str(sample.date) == record["date"]
        tags = {t.name: t.article_count for t in archive.tags()}
        assert sum(r["category"] is not None for r in corpus_records) == sum(tags.values())
        backup = tmp_path / "corpus.zip"
        archive.backup(backup)
    with Archive.open(tmp_path / "restored") as restored:  # a backup restores the same archive
        restored.restore(backup)
        backup_again = tmp_path / "again.zip"
        restored.backup(backup_again)
        assert restored.article_count() == 29_581
    with zipfile.ZipFile(backup) as one, zipfile.ZipFile(backup_again) as two:
        for name in ("articles.jsonl", "tags.json", "dossiers.json"):
            assert one.read(name) == two.read(name), name


def test_a_corpus_sample_imports_on_postgresql(
    postgres: Any, tmp_path: Path, corpus_records: list[dict[str, Any]]
) -> None:
    sample = tmp_path / "sample.jsonl"
    sample.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records[:1500]),
        encoding="utf-8",
    )
    where = postgres.create_database()
    assert {o["status"] for o in _import(where, sample)} == {"imported"}
    assert {o["status"] for o in _import(where, sample)} == {"duplicate"}
    with Archive.open(where) as archive:
        assert archive.article_count() == 1500
