"""Undo and redo over the storage API: a `QUndoStack` of commands, each holding what it needs to
go back (the tags, fields or dossier order before it). A command is done once before it goes on
the stack, so a change the archive refuses never reaches it; undo and redo are archive
transactions too, and what they change goes out as `changed` like any other change.

Each step (what a command reads before it changes anything included) runs through ``submit``:
at once by default (`run_now`), or as a write of the window's task runner, off the GUI thread
(``lambda step, done, failed: ...`` around `TaskRunner.write`).

The stack lives as long as the window: it is not kept in the archive."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from storage.archive import Archive
from storage.changes import Changes
from storage.errors import ArchiveError
from storage.records import ArticleRecord
from storage.text import name_key
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.error_text import message_for
from ui.window.tasks import TaskRunner

if TYPE_CHECKING:
    from storage.merge import Merge

Step = Callable[[], Changes]
# Run a step, then done(its Changes) or failed(the ArchiveError's message), on the GUI thread.
Submit = Callable[[Step, Callable[[Changes], None], Callable[[str], None]], None]
Then = Callable[[Changes], object] | None


def run_now(step: Step, done: Callable[[Changes], None], failed: Callable[[str], None]) -> None:
    """The default `Submit`: the step at once, in the calling thread."""
    try:
        changes = step()
    except ArchiveError as problem:
        failed(message_for(problem))
        return
    done(changes)


def through(runner: TaskRunner) -> Submit:
    """The window's `Submit`: each step a write of ``runner``, off the GUI thread, in the
    order asked; a bug goes to the crash report, not to ``failed``."""

    def submit(step: Step, done: Callable[[Changes], None], failed: Callable[[str], None]) -> None:
        task = runner.prepare(lambda _progress, _is_cancelled: step(), writes=True)
        task.finished.connect(done)
        task.failed.connect(lambda message, is_bug: _failed(message, is_bug, failed))
        task.start()

    return submit


def _failed(message: str, is_bug: bool, failed: Callable[[str], None]) -> None:
    if is_bug:
        report_background_bug(message)
    else:
        failed(message)


class ArchiveCommand(QUndoCommand):
    """One undoable step: ``do`` and ``undo`` are archive calls returning their Changes."""

    def __init__(self, text: str, history: UndoHistory, do: Step, undo: Step, relist: bool) -> None:
        super().__init__(text)
        self._history = history
        self._redo = do
        self._undo = undo
        self.relist = relist  # whether the list must be found again after it
        self._is_first = True  # done already when it was pushed

    def redo(self) -> None:
        if self._is_first:
            self._is_first = False
            return
        self._history.perform(self, self._redo)

    def undo(self) -> None:
        self._history.perform(self, self._undo)


class UndoHistory(QObject):
    """The command methods (`tag`, `trash`, `merge`, …) do a change and, once it is done, put
    it on the stack and call their ``then(changes)``; `changed(Changes, relist)` after every
    do, undo and redo; `failed(message)` when the archive refuses one."""

    changed = Signal(object, bool)
    failed = Signal(str)

    def __init__(
        self, archive: Archive, parent: QObject | None = None, submit: Submit = run_now
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._submit = submit
        self.stack = QUndoStack(self)
        self._live: dict[tuple[str, int], list[int]] = {}  # (kind, id now) -> its handle
        self._kept: tempfile.TemporaryDirectory[str] | None = None  # removed files, for undo

    # -- the machinery -----------------------------------------------------------------------

    def run(
        self,
        text: str | Callable[[], str],
        do: Step,
        undo: Step,
        redo: Step | None = None,
        *,
        relist: bool = False,
        then: Then = None,
    ) -> None:
        """Do ``do``; once it worked, keep it on the stack with ``undo`` as its way back (and
        ``redo``, if given, as the way to do it again), named ``text`` (or what ``text()``
        says once ``do`` has run), and call ``then(changes)``. ``relist``: the change can take
        articles into or out of the list (the trash, a dossier)."""

        def done(changes: Changes) -> None:
            name = text() if callable(text) else text
            self.stack.push(ArchiveCommand(name, self, redo or do, undo, relist))
            self.changed.emit(changes, relist)
            if then is not None:
                then(changes)

        self._submit(do, done, self.failed.emit)

    def record(self, text: str, do: Step, undo: Step) -> None:
        """Keep a change done elsewhere (a saved edit) on the stack."""
        self.stack.push(ArchiveCommand(text, self, do, undo, False))

    def perform(self, command: ArchiveCommand, step: Step) -> None:
        def failed(message: str) -> None:
            command.setObsolete(True)  # the archive moved on (someone else's change)
            self.failed.emit(message)

        self._submit(step, lambda changes: self.changed.emit(changes, command.relist), failed)

    def install_menu(self, menus: QMenuBar, window: QWidget) -> QMenu:
        """An Edit menu with Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z), second in the bar; each
        names the step it would take back or do again."""
        menu = QMenu(self.tr("E&dit"), window)
        stack = self.stack
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.triggered.connect(stack.redo)
        stack.undoTextChanged.connect(self._name_actions)
        stack.redoTextChanged.connect(self._name_actions)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self._name_actions()
        menu.addActions([self.undo_action, self.redo_action])
        actions = menus.actions()
        menus.insertMenu(actions[1] if len(actions) > 1 else None, menu)  # type: ignore[arg-type]
        return menu

    def _name_actions(self, *_args: object) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo")
        )
        self.undo_action.setEnabled(self.stack.canUndo())
        self.redo_action.setEnabled(self.stack.canRedo())

    # -- the commands ------------------------------------------------------------------------

    def tag(self, article_ids: Sequence[int], name: str, then: Then = None) -> None:
        archive, key = self._archive, name_key(name)
        gaining: list[int] = []
        existed: list[bool] = []

        def do() -> Changes:
            had = {a.id for a in archive.article_summaries(article_ids) if _has(a.tags, key)}
            gaining[:] = [i for i in article_ids if i not in had]
            existed[:] = [archive.find_tag(name) is not None]
            return archive.tag_articles(gaining, [name])

        def undo() -> Changes:
            changes = archive.untag_articles(gaining, [name])
            tag = archive.find_tag(name)
            if not existed[0] and tag is not None and tag.article_count == 0:
                changes |= archive.delete_tag(tag.id)
            return changes

        text = self.tr("Tag %n article(s) «%1»", "", len(article_ids)).replace("%1", name)
        redo = lambda: archive.tag_articles(gaining, [name])  # noqa: E731
        self.run(text, do, undo, redo, then=then)

    def untag(self, article_ids: Sequence[int], names: Sequence[str], then: Then = None) -> None:
        archive = self._archive
        had: dict[str, list[int]] = {}

        def do() -> Changes:
            summaries = archive.article_summaries(article_ids)
            had.update({n: [a.id for a in summaries if _has(a.tags, name_key(n))] for n in names})
            return archive.untag_articles(article_ids, names)

        def undo() -> Changes:
            changes = Changes()
            for name, ids in had.items():
                changes |= archive.tag_articles(ids, [name])
            return changes

        text = self.tr("Remove «%1» from %n article(s)", "", len(article_ids))
        redo = lambda: archive.untag_articles(article_ids, names)  # noqa: E731
        self.run(text.replace("%1", "، ".join(names)), do, undo, redo, then=then)

    def set_fields(
        self, article_ids: Sequence[int], fields: Mapping[str, Any], then: Then = None
    ) -> None:
        archive = self._archive
        before: dict[int, dict[str, Any]] = {}

        def do() -> Changes:
            before.update(archive.article_field_values(article_ids, list(fields)))
            return archive.update_articles(article_ids, **fields)

        names = {
            "source": self.tr("source"),
            "date": self.tr("date"),
            "place": self.tr("place"),
            "author": self.tr("author"),
        }
        shown = "، ".join(names.get(f, f) for f in fields)
        text = self.tr("Set the %1 of %n article(s)", "", len(article_ids)).replace("%1", shown)
        self.run(
            text,
            do,
            lambda: archive.set_article_fields(before),
            lambda: archive.update_articles(article_ids, **fields),
            then=then,
        )

    def trash(self, article_ids: Sequence[int], then: Then = None) -> None:
        archive, ids = self._archive, list(article_ids)
        text = self.tr("Move %n article(s) to the trash", "", len(ids))
        self.run(
            text,
            lambda: archive.trash_articles(ids),
            lambda: archive.restore_articles(ids),
            relist=True,
            then=then,
        )

    def restore(self, article_ids: Sequence[int], then: Then = None) -> None:
        archive, ids = self._archive, list(article_ids)
        text = self.tr("Restore %n article(s) from the trash", "", len(ids))
        self.run(
            text,
            lambda: archive.restore_articles(ids),
            lambda: archive.trash_articles(ids),
            relist=True,
            then=then,
        )

    def change_dossier(self, text: str, dossier_id: int, do: Step, then: Then = None) -> None:
        """A change of one dossier's articles or order: undone by putting the order back."""
        archive = self._archive
        before: list[int] = []
        after: list[int] = []

        def first() -> Changes:
            before[:] = archive.dossier(dossier_id).article_ids
            changes = do()
            after[:] = archive.dossier(dossier_id).article_ids
            return changes

        self.run(
            text,
            first,
            lambda: archive.set_dossier_order(dossier_id, before),
            lambda: archive.set_dossier_order(dossier_id, after),
            relist=True,
            then=then,
        )

    def add_to_new_dossier(self, name: str, article_ids: Sequence[int], then: Then = None) -> None:
        archive, ids = self._archive, list(article_ids)
        made: list[int] = []

        def do() -> Changes:
            dossier_id, created = archive.create_dossier(name)
            made[:] = [dossier_id]
            return created | archive.add_to_dossier(dossier_id, ids)

        def undo() -> Changes:
            return archive.delete_dossier(made[0])

        text = self.tr("Add %n article(s) to the new dossier «%1»", "", len(ids))
        self.run(text.replace("%1", name), do, undo, relist=True, then=then)

    def merge(self, kept_id: int, merged_id: int, then: Then = None) -> None:
        """Merge two copies of an article into ``kept_id`` (storage.merge)."""
        archive = self._archive
        done: list[Merge] = []
        titles: dict[int, str] = {}

        def do() -> Changes:
            summaries = archive.article_summaries([kept_id, merged_id])
            titles.update({s.id: _short(s.title) for s in summaries})
            record, changes = archive.merge_articles(kept_id, merged_id)
            done[:] = [record]
            return changes

        def again() -> Changes:
            record, changes = archive.merge_articles(kept_id, merged_id)
            done[:] = [record]
            return changes

        def text() -> str:
            named = self.tr("Merge «%1» into «%2»").replace("%1", titles.get(merged_id, ""))
            return named.replace("%2", titles.get(kept_id, ""))

        undo = lambda: archive.unmerge_articles(done[0])  # noqa: E731
        self.run(text, do, undo, again, relist=True, then=then)

    # -- notes, attached files and tags ------------------------------------------------------
    # A note, file or tag deleted and put back by an undo has a new id (and the database may
    # give its old id to another). Every step holds a handle, [the id it has now], shared by
    # all the steps on the same object: putting it back updates the handle.

    def _handle(self, kind: str, an_id: int) -> list[int]:
        return self._live.setdefault((kind, an_id), [an_id])

    def _gone(self, kind: str, handle: list[int]) -> None:
        self._live.pop((kind, handle[0]), None)

    def _back(self, kind: str, handle: list[int], new_id: int) -> None:
        handle[0] = new_id
        self._live[(kind, new_id)] = handle

    def add_note(
        self, article_id: int, text: str, then: Callable[[int], object] | None = None
    ) -> None:
        """Add a note; ``then(its id)``. Undone by deleting it."""
        archive, note = self._archive, [0]

        def do() -> Changes:
            note_id, changes = archive.add_note(article_id, text)
            self._back("note", note, note_id)
            return changes

        def undo() -> Changes:
            self._gone("note", note)
            return archive.delete_note(note[0])

        self.run(self.tr("Add a note"), do, undo, then=_then_id(then, note))

    def edit_note(
        self, note_id: int, before: str, after: str, then: Callable[[int], object] | None = None
    ) -> None:
        archive, note = self._archive, self._handle("note", note_id)
        self.run(
            self.tr("Edit a note"),
            lambda: archive.edit_note(note[0], after),
            lambda: archive.edit_note(note[0], before),
            then=_then_id(then, note),
        )

    def delete_note(self, note_id: int, article_id: int, text: str, then: Then = None) -> None:
        """Delete a note; undone by adding its text again (as a note of now, by this user)."""
        archive, note = self._archive, self._handle("note", note_id)

        def do() -> Changes:
            self._gone("note", note)
            return archive.delete_note(note[0])

        def undo() -> Changes:
            new_id, changes = archive.add_note(article_id, text)
            self._back("note", note, new_id)
            return changes

        self.run(self.tr("Delete a note"), do, undo, then=then)

    def record_attached(self, article_id: int, attached: Sequence[tuple[int, str]]) -> None:
        """Keep files attached elsewhere (with progress, by the attachments panel) on the
        stack: undone by removing them (a copy kept for redo), redone from those copies."""
        if not attached:
            return
        files = [(self._handle("file", a), name) for a, name in attached]
        kept: list[Path] = []

        def undo() -> Changes:
            kept[:] = [self._keep(handle[0], name) for handle, name in files]
            return self._remove_files([handle for handle, _name in files])

        redo = lambda: self._attach_kept(article_id, [h for h, _n in files], kept)  # noqa: E731
        self.record(self.tr("Attach %n file(s)", "", len(files)), redo, undo)

    def remove_attachment(
        self, attachment_id: int, article_id: int, filename: str, then: Then = None
    ) -> None:
        """Remove an attached file; a copy is kept so that undo attaches it again."""
        handle, kept = self._handle("file", attachment_id), list[Path]()

        def do() -> Changes:
            kept[:] = [self._keep(handle[0], filename)]
            return self._remove_files([handle])

        undo = lambda: self._attach_kept(article_id, [handle], kept)  # noqa: E731
        text = self.tr("Remove the attached file «%1»").replace("%1", filename)
        self.run(text, do, undo, then=then)

    def _keep(self, attachment_id: int, filename: str) -> Path:
        if self._kept is None:
            self._kept = tempfile.TemporaryDirectory(prefix="arshif-undo-")
        target = Path(self._kept.name) / uuid.uuid4().hex / filename
        target.parent.mkdir()
        self._archive.copy_attachment(attachment_id, target)
        return target

    def _remove_files(self, handles: Sequence[list[int]]) -> Changes:
        changes = Changes()
        for handle in handles:
            self._gone("file", handle)
            changes |= self._archive.remove_attachment(handle[0])
        return changes

    def _attach_kept(
        self, article_id: int, handles: Sequence[list[int]], kept: Sequence[Path]
    ) -> Changes:
        changes = Changes()
        for handle, path in zip(handles, kept, strict=True):
            new_id, attached = self._archive.attach_file(article_id, path)
            self._back("file", handle, new_id)
            changes |= attached
        return changes

    def rename_tag(self, tag_id: int, before: str, after: str, then: Then = None) -> None:
        archive, tag = self._archive, self._handle("tag", tag_id)
        text = self.tr("Rename the tag «%1» to «%2»").replace("%1", before).replace("%2", after)
        self.run(
            text,
            lambda: archive.rename_tag(tag[0], after),
            lambda: archive.rename_tag(tag[0], before),
            then=then,
        )

    def delete_tag(self, tag_id: int, name: str, then: Then = None) -> None:
        """Delete a tag; undone by giving it back to the articles that had it, under its
        parent, with its sub-tags under it again. (A tag no article had does not come back.)"""
        archive, tag = self._archive, self._handle("tag", tag_id)
        had: list[int] = []
        parent: list[list[int] | None] = [None]
        children: list[list[int]] = []

        def do() -> Changes:
            tags = archive.tags()
            above = next((t.parent_id for t in tags if t.id == tag[0]), None)
            parent[:] = [None if above is None else self._handle("tag", above)]
            children[:] = [self._handle("tag", t.id) for t in tags if t.parent_id == tag[0]]
            self._gone("tag", tag)
            changes = archive.delete_tag(tag[0])
            had[:] = sorted(changes.updated)
            return changes

        def undo() -> Changes:
            changes = archive.tag_articles(had, [name])
            back = archive.find_tag(name)
            if back is None:
                return changes
            self._back("tag", tag, back.id)
            if parent[0] is not None:
                changes |= archive.set_tag_parent(back.id, parent[0][0])
            for child in children:
                changes |= archive.set_tag_parent(child[0], back.id)
            return changes

        self.run(self.tr("Delete the tag «%1»").replace("%1", name), do, undo, then=then)

    def record_edit(self, before: ArticleRecord, after: ArticleRecord) -> None:
        """An edit the editor saved: undone by saving the fields it had before (refused, as a
        version conflict, if someone saved the article since)."""
        archive = self._archive
        names = [n for n in (*EDITABLE,) if getattr(before, n) != getattr(after, n)]
        if not names:
            return
        version = [after.version]

        def put(record: ArticleRecord) -> Changes:
            fields = {n: getattr(record, n) for n in names}
            changes = archive.update_article(after.id, expected_version=version[0], **fields)
            version[0] = archive.article(after.id).version
            return changes

        text = self.tr("Edit «%1»").replace("%1", _short(after.title))
        self.record(text, lambda: put(after), lambda: put(before))


EDITABLE = ("title", "lead", "body", "author", "source", "place", "url", "page", "ref", "date")


def _then_id(then: Callable[[int], object] | None, an_id: list[int]) -> Then:
    return None if then is None else lambda _changes: then(an_id[0])


def _has(tags: Sequence[str], key: str) -> bool:
    return any(name_key(t) == key for t in tags)


def _short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"
