"""Tags, dossiers and attachments through the storage API, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.archive import Archive
from storage.errors import ArchiveError, Conflict, InvalidField, NotFound
from storage.records import ArticleDraft, ArticleId


def _add(archive: Archive, title: str, tags: tuple[str, ...] = ()) -> ArticleId:
    outcome, _ = archive.add_article(ArticleDraft(title=title, body=f"نص {title}", tags=tags))
    assert outcome.article_id is not None
    return outcome.article_id


def _tag_id(archive: Archive, name: str) -> int:
    tag = archive.find_tag(name)
    assert tag is not None
    return tag.id


def test_tag_names_that_differ_only_in_spelling_are_one_tag(archive: Archive) -> None:
    first = _add(archive, "أول", ("السياسة",))
    second = _add(archive, "ثان", ("السياسه ",))
    archive.tag_articles([second], ["سياسة دولية"])
    tags = {t.name: t.article_count for t in archive.tags()}
    assert tags == {"السياسة": 2, "سياسة دولية": 1}
    archive.untag_articles([first], ["السياسة"])
    assert archive.article(first).tags == ()


def test_rename_merge_delete_and_hierarchy(archive: Archive) -> None:
    a = _add(archive, "أ", ("اقتصاد",))
    b = _add(archive, "ب", ("الاقتصاد",))
    _add(archive, "ج", ("نفط",))
    archive.merge_tags([_tag_id(archive, "الاقتصاد")], _tag_id(archive, "اقتصاد"))
    assert archive.article(b).tags == ("اقتصاد",)
    archive.rename_tag(_tag_id(archive, "اقتصاد"), "الاقتصاد")
    assert archive.article(a).tags == ("الاقتصاد",)
    with pytest.raises(Conflict, match="merge"):
        archive.rename_tag(_tag_id(archive, "نفط"), "الإقتصاد")
    archive.set_tag_parent(_tag_id(archive, "نفط"), _tag_id(archive, "الاقتصاد"))
    with pytest.raises(InvalidField, match="which is under 'الاقتصاد' already"):
        archive.set_tag_parent(_tag_id(archive, "الاقتصاد"), _tag_id(archive, "نفط"))
    archive.delete_tag(_tag_id(archive, "الاقتصاد"))
    assert [(t.name, t.parent_id) for t in archive.tags()] == [("نفط", None)]
    assert archive.article(a).tags == ()
    with pytest.raises(InvalidField):
        archive.tag_articles([a], ["..."])


def test_a_dossier_keeps_its_order(archive: Archive) -> None:
    ids = [_add(archive, str(n)) for n in range(4)]
    dossier_id, _ = archive.create_dossier("ملف سوريا", "مقالات عن الحرب")
    archive.add_to_dossier(dossier_id, ids[:3])
    archive.add_to_dossier(dossier_id, [ids[3]], position=0)
    assert archive.dossier(dossier_id).article_ids == (ids[3], ids[0], ids[1], ids[2])
    archive.add_to_dossier(dossier_id, [ids[3]], position=3)
    assert archive.dossier(dossier_id).article_ids == (ids[0], ids[1], ids[2], ids[3])
    archive.remove_from_dossier(dossier_id, [ids[1]])
    assert archive.dossier(dossier_id).article_ids == (ids[0], ids[2], ids[3])
    archive.trash_articles([ids[2]])
    archive.purge_articles([ids[2]])
    assert archive.dossier(dossier_id).article_ids == (ids[0], ids[3])
    with pytest.raises(NotFound):
        archive.add_to_dossier(dossier_id, [999])
    assert archive.dossier(dossier_id).article_ids == (ids[0], ids[3])


def test_dossier_names_are_unique_and_renamable(archive: Archive) -> None:
    dossier_id, _ = archive.create_dossier("ملف سوريا")
    with pytest.raises(Conflict):
        archive.create_dossier("مِلَفّ سوريا")
    other_id, _ = archive.create_dossier("ملف العراق")
    with pytest.raises(Conflict):
        archive.rename_dossier(other_id, "ملف سوريا")
    archive.rename_dossier(dossier_id, "ملف سوريا 2019", "وصف")
    found = archive.find_dossier("ملف سوريا ٢٠١٩")
    assert found is not None
    assert found.description == "وصف"
    archive.delete_dossier(other_id)
    assert [d.name for d in archive.dossiers()] == ["ملف سوريا 2019"]


def test_attachments_are_kept_by_content(archive: Archive, tmp_path: Path) -> None:
    article = _add(archive, "مع صورة")
    scan = tmp_path / "صفحة 5.png"
    scan.write_bytes(b"\x89PNG scan of page five")
    first, _ = archive.attach_file(article, scan)
    second, _ = archive.attach_file(article, scan)
    assert archive.attachment_bytes(first) == scan.read_bytes()
    assert [a.filename for a in archive.article(article).attachments] == ["صفحة 5.png"] * 2
    archive.remove_attachment(first)
    assert archive.attachment_bytes(second) == scan.read_bytes()
    archive.remove_attachment(second)
    assert archive.article(article).attachments == ()
    assert archive.check().is_ok


def test_an_attachment_is_copied_out_whole_in_chunks(archive: Archive, tmp_path: Path) -> None:
    article = _add(archive, "مع ملف كبير")
    scan = tmp_path / "large.pdf"
    scan.write_bytes(bytes(range(256)) * (3 * 4096 + 7))  # three chunks and a bit
    attachment, _ = archive.attach_file(article, scan)
    copy = tmp_path / "copy.pdf"
    archive.copy_attachment(attachment, copy)
    assert copy.read_bytes() == scan.read_bytes()


def test_copying_out_a_missing_file_names_it(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        article = _add(archive, "مع ملف")
        source = tmp_path / "a.pdf"
        source.write_bytes(b"%PDF-1.4 original")
        attachment, _ = archive.attach_file(article, source)
        stored = next((tmp_path / "archive" / "files").glob("??/*"))
        stored.unlink()
        with pytest.raises(ArchiveError, match=f"{stored.name}: attached file is missing"):
            archive.copy_attachment(attachment, tmp_path / "copy.pdf")


def test_check_finds_a_missing_or_changed_file(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        article = _add(archive, "مع ملف")
        source = tmp_path / "a.pdf"
        source.write_bytes(b"%PDF-1.4 original")
        archive.attach_file(article, source)
        assert archive.check().is_ok
        stored = next((tmp_path / "archive" / "files").glob("??/*"))
        stored.write_bytes(b"tampered")
        assert any("has changed" in p for p in archive.check().problems)
        stored.unlink()
        assert any("is missing" in p for p in archive.check().problems)


def test_repair_removes_orphan_files_and_leaves_what_it_cannot_fix(tmp_path: Path) -> None:
    with Archive.open(tmp_path / "archive") as archive:
        article = _add(archive, "مع ملفين")
        kept, lost = tmp_path / "kept.pdf", tmp_path / "lost.pdf"
        kept.write_bytes(b"%PDF kept")
        lost.write_bytes(b"%PDF lost")
        archive.attach_file(article, kept)
        archive.attach_file(article, lost)
        files = tmp_path / "archive" / "files"
        orphan = files / "ab" / ("ab" + "0" * 62)  # as a crash before a commit leaves one
        orphan.parent.mkdir(parents=True, exist_ok=True)
        orphan.write_bytes(b"left over")
        next(p for p in files.glob("??/*") if p.read_bytes() == b"%PDF lost").unlink()
        assert len(archive.check().problems) == 2
        done = archive.repair()
        assert any("removed" in line for line in done)
        assert not orphan.exists()
        [problem] = archive.check().problems  # a missing file cannot be made up
        assert "is missing" in problem


def test_tag_rename_merge_and_delete_name_the_articles_they_changed(archive: Archive) -> None:
    a = _add(archive, "أ", ("اقتصاد",))
    b = _add(archive, "ب", ("الاقتصاد", "نفط"))
    c = _add(archive, "ج", ("نفط",))
    _add(archive, "د")
    changes = archive.rename_tag(_tag_id(archive, "اقتصاد"), "اقتصاد عربي")
    assert (changes.updated, changes.has_tag_changes) == (frozenset({a}), True)
    changes = archive.merge_tags([_tag_id(archive, "الاقتصاد")], _tag_id(archive, "نفط"))
    assert (changes.updated, changes.has_tag_changes) == (frozenset({b}), True)
    changes = archive.delete_tag(_tag_id(archive, "نفط"))
    assert (changes.updated, changes.has_tag_changes) == (frozenset({b, c}), True)
    assert archive.article(c).tags == ()
