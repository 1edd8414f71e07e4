"""Unsaved edits survive a crash: the editor snapshots them, a new editor (the next run) finds
and restores them, and a saved or discarded edit leaves no snapshot behind."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.errors import NotFound
from storage.records import ArticleDraft
from ui.window.edit_recovery import RecoveredEdit, read_recovery, recovery_file, write_recovery
from ui.window.panes import article_editor
from ui.window.panes.article_editor import ArticleEditor


@pytest.fixture(autouse=True)
def quick_snapshots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_editor, "SNAPSHOT_DELAY_MS", 100)


@pytest.fixture
def article_id(archive: Archive) -> int:
    outcome, _changes = archive.add_article(
        ArticleDraft(title="حلم الخلافة", body="الفقرة الأولى.\n\nالفقرة الثانية.", lead="تمهيد")
    )
    assert outcome.article_id is not None
    return outcome.article_id


def _editor(qtbot: QtBot, archive: Archive, recovery: Path | None) -> ArticleEditor:
    editor = ArticleEditor(archive, None, recovery)
    qtbot.addWidget(editor)
    return editor


def _snapshot(archive: Archive, recovery: Path) -> Path:
    return recovery_file(recovery, archive.location.describe())


def _type_in_body(editor: ArticleEditor, text: str) -> None:
    body = editor.texts["body"]
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText(text)  # as typing does: textChanged, so the editor is dirty


def test_an_edit_survives_a_crash_and_is_saved_after_restart(
    qtbot: QtBot, archive: Archive, article_id: int, tmp_path: Path
) -> None:
    recovery = tmp_path / "recovery"
    editor = _editor(qtbot, archive, recovery)
    editor.edit(archive.article(article_id))
    editor.lines["title"].setText("حلم الخلافة ينتهي")
    editor.lines["title"].textEdited.emit("حلم الخلافة ينتهي")
    _type_in_body(editor, "\n\nفقرة لم تحفظ")
    snapshot = _snapshot(archive, recovery)
    qtbot.waitUntil(snapshot.exists)
    assert archive.article(article_id).title == "حلم الخلافة"  # nothing stored yet
    del editor  # the program dies here: no save, no discard

    restarted = _editor(qtbot, archive, recovery)
    recovered = restarted.pending_recovery()
    assert recovered is not None
    assert (recovered.article_id, recovered.version) == (article_id, 1)
    assert recovered.fields["title"] == "حلم الخلافة ينتهي"
    assert recovered.fields["body"].endswith("فقرة لم تحفظ")
    restarted.restore_recovery(recovered)
    assert restarted.is_dirty
    assert restarted.article_id == article_id
    assert restarted.texts["lead"].toPlainText() == "تمهيد"
    with qtbot.waitSignal(restarted.saved):
        assert restarted.save()
    stored = archive.article(article_id)
    assert stored.title == "حلم الخلافة ينتهي"
    assert stored.body.endswith("فقرة لم تحفظ")
    assert stored.lead == "تمهيد"
    assert not snapshot.exists()
    assert restarted.pending_recovery() is None


def test_saving_or_discarding_removes_the_snapshot(
    qtbot: QtBot, archive: Archive, article_id: int, tmp_path: Path
) -> None:
    recovery = tmp_path / "recovery"
    editor = _editor(qtbot, archive, recovery)
    editor.edit(archive.article(article_id))
    snapshot = _snapshot(archive, recovery)
    _type_in_body(editor, " أ")
    qtbot.waitUntil(snapshot.exists)
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert not snapshot.exists()
    assert archive.article(article_id).body.endswith(" أ")

    _type_in_body(editor, " ب")
    qtbot.waitUntil(snapshot.exists)
    editor.discard()
    assert not snapshot.exists()
    assert not editor.is_dirty
    assert editor.texts["body"].toPlainText() == archive.article(article_id).body

    _type_in_body(editor, " ج")
    qtbot.waitUntil(snapshot.exists)
    other, _changes = archive.add_article(ArticleDraft(title="آخر", body="نص آخر"))
    assert other.article_id is not None
    editor.edit(archive.article(other.article_id))  # the window asked; the user discarded
    assert not snapshot.exists()


def test_a_restored_edit_of_an_article_changed_since_reports_the_conflict(
    qtbot: QtBot, archive: Archive, article_id: int, tmp_path: Path
) -> None:
    recovery = tmp_path / "recovery"
    editor = _editor(qtbot, archive, recovery)
    editor.edit(archive.article(article_id))
    _type_in_body(editor, " نصي")
    qtbot.waitUntil(_snapshot(archive, recovery).exists)
    del editor
    archive.update_article(article_id, title="عنوان زميل")  # someone else saved meanwhile

    restarted = _editor(qtbot, archive, recovery)
    recovered = restarted.pending_recovery()
    assert recovered is not None
    restarted.restore_recovery(recovered)
    assert restarted.texts["body"].toPlainText().endswith(" نصي")  # the text is back anyway
    with qtbot.waitSignal(restarted.version_conflicted) as conflicted:
        assert restarted.save()  # started: the writer finds the conflict
    rows, _who, version = conflicted.args  # both versions of what differs, side by side
    assert [label for label, _, _ in rows] == ["Title", "Body"]
    assert rows[0][2] == "عنوان زميل"
    assert rows[1][1].endswith(" نصي")
    assert version == archive.article(article_id).version
    assert archive.article(article_id).title == "عنوان زميل"  # not overwritten
    assert not archive.article(article_id).body.endswith(" نصي")
    assert restarted.is_dirty
    assert restarted.pending_recovery() is not None  # kept until saved or discarded


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"format": 1}',
        '{"format": 1, "archive": "%s", "article_id": "1", "version": 1,'
        ' "saved_at": "2025-01-01T00:00:00+00:00", "fields": {}}',
        '{"format": 1, "archive": "%s", "article_id": 1, "version": 1,'
        ' "saved_at": "2025-01-01T00:00:00+00:00", "fields": {"password": "x"}}',
    ],
)
def test_a_damaged_snapshot_is_ignored_and_removed(
    qtbot: QtBot, archive: Archive, tmp_path: Path, content: str
) -> None:
    recovery = tmp_path / "recovery"
    recovery.mkdir()
    snapshot = _snapshot(archive, recovery)
    described = json.dumps(archive.location.describe())[1:-1]
    snapshot.write_text(content.replace("%s", described), encoding="utf-8")
    editor = _editor(qtbot, archive, recovery)
    assert editor.pending_recovery() is None
    assert not snapshot.exists()


def test_a_snapshot_is_read_back_as_written(archive: Archive, tmp_path: Path) -> None:
    where = archive.location.describe()
    snapshot = recovery_file(tmp_path / "recovery", where)
    edit = RecoveredEdit(where, 7, 3, {"title": "عنوان", "date": "2015-7"}, dt.datetime.now(dt.UTC))
    write_recovery(snapshot, edit)
    assert read_recovery(snapshot, where) == edit
    assert [p.name for p in snapshot.parent.iterdir()] == [snapshot.name]  # no temporary left
    assert read_recovery(snapshot, "/another/archive") is None  # not this archive's: dropped
    assert not snapshot.exists()
    assert recovery_file(tmp_path, "/another/archive") != recovery_file(tmp_path, where)


def test_an_unreadable_snapshot_is_removed(archive: Archive, tmp_path: Path) -> None:
    snapshot = recovery_file(tmp_path, archive.location.describe())
    snapshot.write_bytes(b"\xff\xfe not text")
    assert read_recovery(snapshot, archive.location.describe()) is None
    assert not snapshot.exists()


def test_without_a_recovery_folder_nothing_is_written(
    qtbot: QtBot, archive: Archive, article_id: int, tmp_path: Path
) -> None:
    editor = _editor(qtbot, archive, None)
    editor.edit(archive.article(article_id))
    _type_in_body(editor, " أ")
    assert editor.pending_recovery() is None
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert list(tmp_path.iterdir()) == [tmp_path / "archive"]


def test_restoring_an_edit_of_a_purged_article_raises(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    editor = _editor(qtbot, archive, tmp_path / "recovery")
    gone = RecoveredEdit(
        archive.location.describe(), 999, 1, {"title": "x"}, dt.datetime.now(dt.UTC)
    )
    with pytest.raises(NotFound, match="999"):
        editor.restore_recovery(gone)
    assert not editor.is_dirty
