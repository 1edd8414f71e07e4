"""The side panel on a real archive, offscreen: sections and counts, choices, context menus,
dropping articles on a dossier, the trash and saved searches; results checked in the archive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.records import ArticleDraft, ArticleId
from ui.window.app import create_application
from ui.window.bidi_text import FIRST_STRONG_ISOLATE as FSI
from ui.window.bidi_text import POP_DIRECTIONAL_ISOLATE as PDI
from ui.window.dialogs.confirm_delete import ConfirmDeleteDialog
from ui.window.dialogs.name_prompt import NamePrompt
from ui.window.models.article_drag import (
    ARTICLE_IDS_MIME,
    decode_article_ids,
    encode_article_ids,
)
from ui.window.models.side_panel_model import NodeKind, SidePanelModel, read_contents
from ui.window.panes.side_panel import SidePanel
from ui.window.tasks import TaskRunner

M = SidePanelModel


def _add(archive: Archive, title: str, tags: tuple[str, ...] = ()) -> ArticleId:
    outcome, _ = archive.add_article(ArticleDraft(title=title, body=f"نص عن {title}", tags=tags))
    assert outcome.article_id is not None
    return outcome.article_id


def _tag_id(archive: Archive, name: str) -> int:
    tag = archive.find_tag(name)
    assert tag is not None
    return tag.id


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """Four articles (one in the trash), a tag under another, a dossier, a saved search."""
    with Archive.open(tmp_path / "archive") as opened:
        first = _add(opened, "الانتخابات", ("سياسة",))
        second = _add(opened, "الموازنة", ("سياسة", "اقتصاد"))
        _add(opened, "أسعار الخام", ("نفط",))
        trashed = _add(opened, "مسودة", ("سياسة",))
        opened.trash_articles([trashed])
        opened.set_tag_parent(_tag_id(opened, "نفط"), _tag_id(opened, "اقتصاد"))
        dossier, _ = opened.create_dossier("ملف الانتخابات")
        opened.add_to_dossier(dossier, [first, second])
        opened.save_search("النفط", "نفط -سياسة")
        yield opened


@pytest.fixture
def panel(qtbot: QtBot, archive: Archive, runner: TaskRunner) -> SidePanel:
    create_application([], language="ar")
    panel = SidePanel(archive, runner)
    first_read = qtbot.waitSignal(panel.refreshed)  # names and counts are read on the runner
    panel.archive_changed.connect(lambda _changes: panel.refresh())  # as the window's _apply
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    first_read.wait()
    return panel


def _answer(monkeypatch: pytest.MonkeyPatch, name: str | None = None, confirm: bool = True) -> None:
    monkeypatch.setattr(NamePrompt, "ask", classmethod(lambda cls, *args: name))
    monkeypatch.setattr(ConfirmDeleteDialog, "ask", classmethod(lambda cls, *args: confirm))


def _action(panel: SidePanel, index: QModelIndex, name: str) -> QAction:
    action = panel.menu_for(index).findChild(QAction, name)
    assert isinstance(action, QAction), f"no {name} in the menu"
    return action


def _children(model: SidePanelModel, parent: QModelIndex) -> list[tuple[str, int | None]]:
    rows = (model.index(r, 0, parent) for r in range(model.rowCount(parent)))
    return [(i.data(M.NAME_ROLE), i.data(M.COUNT_ROLE)) for i in rows]


def test_the_model_is_a_proper_model(qtmodeltester: Any, archive: Archive) -> None:
    model = SidePanelModel()
    model.show_contents(read_contents(archive))
    qtmodeltester.check(model)
    archive.tag_articles([_add(archive, "جديد")], ["رياضة"])  # a section's rows change
    archive.rename_dossier(archive.dossiers()[0].id, "ملف 2014")  # an item changes in place
    archive.delete_tag(_tag_id(archive, "اقتصاد"))
    model.show_contents(read_contents(archive))
    tags = model.index_of(NodeKind.TAGS)
    assert _children(model, tags) == [("رياضة", 1), ("سياسة", 2), ("نفط", 1)]
    qtmodeltester.check(model)


def test_sections_counts_and_the_tag_hierarchy(panel: SidePanel, archive: Archive) -> None:
    model = panel.side_model
    kinds = [model.index(r, 0).data(M.KIND_ROLE) for r in range(model.rowCount())]
    assert kinds == [
        NodeKind.ALL,
        NodeKind.TAGS,
        NodeKind.DOSSIERS,
        NodeKind.SEARCHES,
        NodeKind.TRASH,
    ]
    assert model.index_of(NodeKind.ALL).data(M.COUNT_ROLE) == archive.article_count() == 3
    assert model.index_of(NodeKind.TRASH).data(M.COUNT_ROLE) == 1
    tags = model.index_of(NodeKind.TAGS)
    assert _children(model, tags) == [("اقتصاد", 1), ("سياسة", 2)]  # the trashed one uncounted
    economy = model.index_of(NodeKind.TAG, _tag_id(archive, "اقتصاد"))
    assert _children(model, economy) == [("نفط", 1)]
    assert economy.parent() == tags
    assert economy.data() == f"{FSI}اقتصاد{PDI} (1)"  # the name keeps its own direction
    dossiers = model.index_of(NodeKind.DOSSIERS)
    assert _children(model, dossiers) == [("ملف الانتخابات", 2)]
    searches = model.index_of(NodeKind.SEARCHES)
    assert _children(model, searches) == [("النفط", None)]
    assert model.index(0, 0, searches).data(Qt.ItemDataRole.ToolTipRole) == "نفط -سياسة"
    assert all(panel.isExpanded(i) for i in (tags, dossiers, searches))
    assert panel.currentIndex() == model.index_of(NodeKind.ALL)
    assert panel.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the application's


def test_choosing_an_item_announces_it(qtbot: QtBot, panel: SidePanel, archive: Archive) -> None:
    model = panel.side_model
    tag = model.index_of(NodeKind.TAG, _tag_id(archive, "سياسة"))
    with qtbot.waitSignal(panel.tag_chosen) as chosen:
        panel.setCurrentIndex(tag)
    assert chosen.args == ["سياسة"]
    dossier_id = archive.dossiers()[0].id
    with qtbot.waitSignal(panel.dossier_chosen) as chosen:
        panel.setCurrentIndex(model.index_of(NodeKind.DOSSIER, dossier_id))
    assert chosen.args == [dossier_id]
    search = model.index(0, 0, model.index_of(NodeKind.SEARCHES))
    with qtbot.waitSignal(panel.saved_search_chosen) as chosen:
        panel.setCurrentIndex(search)
    assert chosen.args == ["نفط -سياسة"]
    with qtbot.waitSignal(panel.trash_chosen):
        panel.setCurrentIndex(model.index_of(NodeKind.TRASH))
    with qtbot.waitSignal(panel.all_chosen):
        qtbot.keyClick(panel, Qt.Key.Key_Home)
    with qtbot.assertNotEmitted(panel.all_chosen), qtbot.assertNotEmitted(panel.tag_chosen):
        panel.setCurrentIndex(model.index_of(NodeKind.TAGS))  # a heading shows nothing
        panel.select_all_articles()
    assert panel.currentIndex() == model.index_of(NodeKind.ALL)


def test_clicking_the_chosen_item_again_announces_it_again(
    qtbot: QtBot, panel: SidePanel, archive: Archive
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    tag = panel.side_model.index_of(NodeKind.TAG, _tag_id(archive, "سياسة"))
    where = panel.visualRect(tag).center()
    for _ in range(2):
        with qtbot.waitSignal(panel.tag_chosen) as chosen:
            qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert chosen.args == ["سياسة"]
    with qtbot.assertNotEmitted(panel.all_chosen), qtbot.assertNotEmitted(panel.tag_chosen):
        qtbot.mousePress(panel.viewport(), Qt.MouseButton.RightButton, pos=where)
    assert panel.currentIndex() == tag


def test_rename_and_delete_a_tag(
    qtbot: QtBot,
    panel: SidePanel,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    politics = _tag_id(archive, "سياسة")
    index = panel.side_model.index_of(NodeKind.TAG, politics)
    panel.setCurrentIndex(index)
    _answer(monkeypatch, name="سياسة محلية")
    with qtbot.waitSignal(panel.tag_chosen) as chosen:  # the chosen tag, by its new name
        _action(panel, index, "rename_tag").trigger()
    assert chosen.args == ["سياسة محلية"]
    assert archive.find_tag("سياسة محلية") is not None
    assert archive.find_tag("سياسة") is None
    assert index.data(M.NAME_ROLE) == "سياسة محلية"

    _answer(monkeypatch, name="اقتصاد")  # the name of another tag
    _action(panel, index, "rename_tag").trigger()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "يوجد وسم اسمه" in warnings[0]  # the core's Conflict, in the window's language
    assert archive.find_tag("سياسة محلية") is not None

    _answer(monkeypatch, confirm=False)
    _action(panel, index, "delete_tag").trigger()
    assert archive.find_tag("سياسة محلية") is not None
    _answer(monkeypatch, confirm=True)
    with qtbot.waitSignal(panel.all_chosen):  # what was shown is gone
        _action(panel, index, "delete_tag").trigger()
    assert archive.find_tag("سياسة محلية") is None
    assert panel.currentIndex() == panel.side_model.index_of(NodeKind.ALL)
    assert panel.side_model.index_of(NodeKind.TAG, politics) == QModelIndex()


def test_new_rename_export_and_delete_a_dossier(
    qtbot: QtBot,
    panel: SidePanel,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    model = panel.side_model
    _answer(monkeypatch, name="ملف النفط")
    with qtbot.waitSignal(panel.refreshed), qtbot.waitSignal(panel.archive_changed) as changed:
        _action(panel, model.index_of(NodeKind.DOSSIERS), "new_dossier").trigger()
    new = archive.find_dossier("ملف النفط")
    assert new is not None
    assert changed.args[0].dossiers == {new.id}
    index = model.index_of(NodeKind.DOSSIER, new.id)
    assert index.data(M.COUNT_ROLE) == 0
    assert not _action(panel, index, "export_dossier").isEnabled()  # nothing to export

    _answer(monkeypatch, name="ملف الانتخابات")
    _action(panel, index, "rename_dossier").trigger()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    _answer(monkeypatch, name="ملف الخام")
    with qtbot.waitSignal(panel.archive_changed):
        _action(panel, index, "rename_dossier").trigger()
    assert archive.dossier(new.id).name == "ملف الخام"

    elections = archive.find_dossier("ملف الانتخابات")
    assert elections is not None
    export = _action(panel, model.index_of(NodeKind.DOSSIER, elections.id), "export_dossier")
    with qtbot.waitSignal(panel.dossier_export_requested) as requested:
        export.trigger()
    assert requested.args == [elections.id]

    _answer(monkeypatch, confirm=False)
    _action(panel, index, "delete_dossier").trigger()
    assert archive.find_dossier("ملف الخام") is not None
    _answer(monkeypatch, confirm=True)
    with qtbot.waitSignal(panel.archive_changed):
        _action(panel, model.index_of(NodeKind.DOSSIER, new.id), "delete_dossier").trigger()
    assert [d.name for d in archive.dossiers()] == ["ملف الانتخابات"]


def test_articles_dropped_on_a_dossier_are_added(
    qtbot: QtBot, panel: SidePanel, archive: Archive
) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    dossier_id, _ = archive.create_dossier("ملف جديد")
    with qtbot.waitSignal(panel.refreshed):
        panel.refresh()
    target = panel.side_model.index_of(NodeKind.DOSSIER, dossier_id)
    ids = archive.article_ids(order="oldest")[:2]
    where = panel.visualRect(target).center()
    data = encode_article_ids(ids)
    with qtbot.waitSignal(panel.articles_dropped_on_dossier) as dropped:
        _drop(panel, data, where)
    assert dropped.args == [dossier_id, ids]  # the window adds them (ListCommands)

    model = panel.side_model
    heading = model.index_of(NodeKind.DOSSIERS)
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, heading)
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, heading)  # between
    text = QMimeData()
    text.setText("[1, 2]")
    assert not model.canDropMimeData(text, Qt.DropAction.CopyAction, -1, -1, target)
    assert model.mimeTypes() == [ARTICLE_IDS_MIME]


def _drop(panel: SidePanel, data: QMimeData, where: QPoint) -> None:
    """Drag onto the viewport and drop, as Qt delivers a drag from the article list."""
    copy, button, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    viewport = panel.viewport()
    enter = QDragEnterEvent(where, copy, data, button, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(where, copy, data, button, none)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(where.toPointF(), copy, data, button, none))


def test_article_ids_survive_a_drag_and_anything_else_is_refused() -> None:
    assert decode_article_ids(encode_article_ids([3, 1, 2])) == [3, 1, 2]
    for payload in (b"not json", b'{"ids": [1]}', b'[1, "2"]', b"[true]", b"[0]", b"\xff"):
        data = QMimeData()
        data.setData(ARTICLE_IDS_MIME, payload)
        assert decode_article_ids(data) is None, payload
    assert decode_article_ids(QMimeData()) is None


def test_empty_the_trash_after_a_confirmation(
    qtbot: QtBot, panel: SidePanel, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    trash = panel.side_model.index_of(NodeKind.TRASH)
    _answer(monkeypatch, confirm=False)
    _action(panel, trash, "empty_trash").trigger()
    assert archive.article_count(trashed=True) == 1
    _answer(monkeypatch, confirm=True)
    with qtbot.waitSignal(panel.refreshed), qtbot.waitSignal(panel.archive_changed) as changed:
        _action(panel, trash, "empty_trash").trigger()
    assert archive.article_count(trashed=True) == 0
    assert len(changed.args[0].removed) == 1
    assert trash.data(M.COUNT_ROLE) == 0
    assert not _action(panel, trash, "empty_trash").isEnabled()
    assert archive.article_count() == 3


def test_save_choose_replace_and_delete_a_saved_search(
    qtbot: QtBot,
    panel: SidePanel,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    _answer(monkeypatch, name="الموازنة")
    with qtbot.waitSignal(panel.refreshed), qtbot.waitSignal(panel.archive_changed):
        panel.save_search("موازنة سياسة")
    saved = {s.name: s for s in archive.saved_searches()}
    assert saved["الموازنة"].query == "موازنة سياسة"
    model = panel.side_model
    index = model.index_of(NodeKind.SEARCH, saved["الموازنة"].id)
    with qtbot.waitSignal(panel.saved_search_chosen) as chosen:
        panel.setCurrentIndex(index)
    assert chosen.args == ["موازنة سياسة"]

    _answer(monkeypatch, name="الموازنة", confirm=False)  # the name is taken: keep the old one
    panel.save_search("موازنة")
    assert archive.saved_searches() == list(saved.values())
    _answer(monkeypatch, name="الموازنة", confirm=True)
    with qtbot.waitSignal(panel.saved_search_chosen) as chosen:
        panel.save_search("موازنة")  # the chosen search's new query is shown
    assert chosen.args == ["موازنة"]

    panel.save_search("   ")
    assert len(warnings) == 1
    with qtbot.waitSignal(panel.all_chosen):
        _action(panel, index, "delete_saved_search").trigger()
    assert [s.name for s in archive.saved_searches()] == ["النفط"]


def test_menus_open_from_the_keyboard(qtbot: QtBot, panel: SidePanel, archive: Archive) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    dossier = panel.side_model.index_of(NodeKind.DOSSIER, archive.dossiers()[0].id)
    panel.setCurrentIndex(dossier)
    qtbot.keyClick(panel, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(panel.context_menu.isVisible)
    names = [a.objectName() for a in panel.context_menu.actions() if not a.isSeparator()]
    assert names == ["new_dossier", "rename_dossier", "delete_dossier", "export_dossier"]
    panel.context_menu.close()
    panel.setCurrentIndex(panel.side_model.index_of(NodeKind.TRASH))
    menu_key = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), QPoint())
    QApplication.sendEvent(panel, menu_key)
    qtbot.waitUntil(panel.context_menu.isVisible)
    assert [a.objectName() for a in panel.context_menu.actions()] == ["empty_trash"]
    panel.context_menu.close()
    assert panel.menu_for(panel.side_model.index_of(NodeKind.ALL)).isEmpty()


def test_a_refresh_keeps_what_is_expanded_and_chosen(
    qtbot: QtBot, panel: SidePanel, archive: Archive
) -> None:
    model = panel.side_model
    economy = model.index_of(NodeKind.TAG, _tag_id(archive, "اقتصاد"))
    panel.expand(economy)
    oil = model.index_of(NodeKind.TAG, _tag_id(archive, "نفط"))
    with qtbot.waitSignal(panel.tag_chosen):
        panel.setCurrentIndex(oil)
    _add(archive, "مقال آخر", ("أخبار",))  # the Tags section is rebuilt
    chosen, everything = panel.tag_chosen, panel.all_chosen
    with (
        qtbot.assertNotEmitted(chosen),
        qtbot.assertNotEmitted(everything),
        qtbot.waitSignal(panel.refreshed),
    ):
        panel.refresh()
    assert panel.isExpanded(model.index_of(NodeKind.TAG, _tag_id(archive, "اقتصاد")))
    assert panel.currentIndex() == model.index_of(NodeKind.TAG, _tag_id(archive, "نفط"))
    assert model.index_of(NodeKind.ALL).data(M.COUNT_ROLE) == 4
