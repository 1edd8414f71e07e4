"""Backups: restored into an empty archive, an archive gives back exactly itself."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.errors import ArchiveError
from storage.ingest import read_paths
from storage.records import ArticleDraft
from tests.own_texts import ARTICLE, write_messy_folder


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as backup:
        return {name: backup.read(name) for name in backup.namelist() if name != "manifest.json"}


@pytest.fixture
def full_archive(tmp_path: Path) -> Archive:
    archive = Archive.open(tmp_path / "original")
    write_messy_folder(tmp_path / "messy")
    archive.import_drafts(read_paths([ARTICLE, tmp_path / "messy"]), tags=["مستورد"])
    story = " ".join(f"كلمة{n}" for n in range(50))
    archive.add_article(ArticleDraft(title="نسخة أ", body=story, source="الرياض"))
    archive.add_article(ArticleDraft(title="نسخة ب", body=story + " زيادة", source="عكاظ"))
    ids = [s.id for s in archive.articles()]
    archive.tag_articles(ids[:3], ["سياسة"])
    archive.set_tag_parent(archive.find_tag("سياسة").id, archive.find_tag("مستورد").id)  # type: ignore[union-attr]
    archive.add_note(ids[0], "تعليق المؤرشف على المصدر")
    dossier, _ = archive.create_dossier("ملف", "وصف")
    archive.add_to_dossier(dossier, [ids[2], ids[0], ids[1]])
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG page five")
    archive.attach_file(ids[0], scan)
    archive.trash_articles([ids[4]])
    archive.save_search("نسخ", "نسخة source:عكاظ")
    archive.save_search("Drafts", "مسودة")
    return archive


def test_a_restored_backup_is_the_same_archive(
    full_archive: Archive, archive_location: str, tmp_path: Path
) -> None:
    first = tmp_path / "first.zip"
    manifest = full_archive.backup(first)
    assert manifest["counts"]["articles"] == full_archive.article_count() + 1  # and the trashed
    assert manifest["counts"]["files"] == 1
    assert manifest["counts"]["saved_searches"] == 2
    with Archive.open(archive_location) as restored:
        restored.restore(first)
        second = tmp_path / "second.zip"
        restored.backup(second)
        assert _members(first) == _members(second)
        assert restored.saved_searches() == full_archive.saved_searches()
        assert restored.check().is_ok
        [hit] = restored.search('"تعليق المؤرشف"').hits
        assert (
            restored.attachment_bytes(restored.article(hit.id).attachments[0].id)
            == b"\x89PNG page five"
        )
        outcome, _ = restored.add_article(ArticleDraft(title="جديد", body="مقال بعد الاستعادة"))
        assert outcome.article_id is not None
        saved, _ = restored.save_search("بعد الاستعادة", "جديد")  # ids go on after the restored
        assert saved > max(s.id for s in full_archive.saved_searches())
        with pytest.raises(ArchiveError, match="not empty"):
            restored.restore(first)
    full_archive.close()


def test_a_damaged_backup_is_refused(full_archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    full_archive.backup(path)
    members = _members(path)
    manifest = json.loads(zipfile.ZipFile(path).read("manifest.json"))
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(damaged, "w") as out:
        for name, data in members.items():
            out.writestr(name, data.replace("تعليق".encode(), "تلاعب".encode()))
        out.writestr("manifest.json", json.dumps(manifest))
    with Archive.open(tmp_path / "new") as fresh:
        with pytest.raises(ArchiveError, match="damaged"):
            fresh.restore(damaged)
        assert fresh.article_count() == 0
        (tmp_path / "junk.zip").write_bytes(b"not a zip")
        with pytest.raises(ArchiveError, match="zip"):
            fresh.restore(tmp_path / "junk.zip")
    full_archive.close()


def test_a_backup_from_before_saved_searches_restores(
    full_archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "b.zip"
    full_archive.backup(path)
    manifest = json.loads(zipfile.ZipFile(path).read("manifest.json"))
    del manifest["sha256"]["saved_searches.json"]
    del manifest["counts"]["saved_searches"]
    older = tmp_path / "older.zip"
    with zipfile.ZipFile(older, "w") as out:
        for name, data in _members(path).items():
            if name != "saved_searches.json":
                out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    with Archive.open(tmp_path / "new") as fresh:
        fresh.restore(older)
        assert fresh.saved_searches() == []
        assert fresh.article_count() == full_archive.article_count()
        saved, _ = fresh.save_search("بعد الاستعادة", "نسخة")
        assert [s.id for s in fresh.saved_searches()] == [saved]
    full_archive.close()


def test_a_restore_into_an_archive_with_saved_searches_is_refused(
    full_archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "b.zip"
    full_archive.backup(path)
    with Archive.open(tmp_path / "new") as fresh:
        fresh.save_search("موجود", "نسخة")
        with pytest.raises(ArchiveError, match="not empty"):
            fresh.restore(path)
        assert [s.name for s in fresh.saved_searches()] == ["موجود"]
    full_archive.close()
