"""The tags of the shown article, as chips: type a name (existing names are offered, matched
the way the archive matches names: hamza, yeh, teh marbuta and tashkeel do not count) and press
Enter to add it; select chips and press Delete or Remove to take them off. Tags are stored at
once, outside the edit/save cycle of the article's fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.changes import Changes
from storage.records import ArticleRecord
from storage.text import name_key
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.tasks import TaskRunner

MAX_COMPLETIONS = 30
CHIP_STYLE = (
    "QListWidget { background: transparent; border: none; }"
    "QListWidget::item { border: 1px solid palette(mid); border-radius: 9px;"
    " padding: 1px 8px; margin: 2px; }"
    "QListWidget::item:selected { background: palette(highlight);"
    " color: palette(highlighted-text); }"
)


class Tagger(Protocol):
    """Who stores a tag change instead of the editor (the window's bulk commands: the whole
    selection, as one undoable step); True if it was stored, else the user was told why."""

    def add_tag(self, article_id: int, name: str) -> bool: ...

    def remove_tags(self, article_id: int, names: Sequence[str]) -> bool: ...


class TagEditor(QWidget):
    """`show_article(article)`; `tags_changed(changes)` after a tag was added or removed (a
    write of the window's TaskRunner; the window shows the article again from the Changes)."""

    tags_changed = Signal(object)  # storage Changes
    names_read = Signal()  # the archive's tag names, read on the runner, complete what is typed

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._archive = archive
        self._article: ArticleRecord | None = None
        self._names: list[tuple[str, str]] = []  # (name, key) of every tag, read on the runner
        self._names_generation = 0  # only the newest read of the names is kept
        self.tagger: Tagger | None = None
        self.tag_list = QListWidget(self)
        self.tag_list.setFlow(QListView.Flow.LeftToRight)
        self.tag_list.setWrapping(True)
        self.tag_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.tag_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tag_list.setStyleSheet(CHIP_STYLE)
        chip_row = self.fontMetrics().lineSpacing() + 12
        self.tag_list.setMinimumHeight(chip_row + 4)
        self.tag_list.setMaximumHeight(2 * chip_row + 4)  # more tags than that scroll
        self.tag_field = QLineEdit(self)
        self.tag_field.setPlaceholderText(self.tr("Add a tag, then Enter"))
        self.completion_model = QStringListModel(self)
        self.completer = QCompleter(self.completion_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.tag_field.setCompleter(self.completer)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected tags from the article"))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tag_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout()
        row.addWidget(self.tag_field, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tag_list)
        layout.addLayout(row)
        self.tag_field.textEdited.connect(self._on_tag_field_text_edited)
        self.tag_field.returnPressed.connect(self._on_tag_field_return_pressed)
        self.completer.activated.connect(self._on_completer_activated)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        delete.activated.connect(self._on_remove_button_clicked)
        self.tag_list.itemSelectionChanged.connect(self._update_actions)
        self.show_article(None)

    @property
    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    @property
    def completion_popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter makes one
        return popup

    def show_article(self, article: ArticleRecord | None) -> None:
        self._article = article
        if article is not None:
            self._read_names()  # tags may have been added, renamed or merged elsewhere
        self.tag_list.clear()
        self.tag_list.addItems(list(article.tags) if article is not None else [])
        self.tag_field.clear()
        self.completion_popup.hide()
        self.setEnabled(article is not None)
        self._update_actions()

    def set_selection_size(self, count: int) -> None:
        """How many articles are selected: a tag typed here goes on all of them (the tagger
        sees to it), and the field says so."""
        self.tag_field.setPlaceholderText(
            self.tr("Add a tag to the %n selected articles, then Enter", "", count)
            if count > 1
            else self.tr("Add a tag, then Enter")
        )

    def completions(self, text: str) -> list[str]:
        """Existing tag names that contain ``text`` as the archive compares names (names that
        begin with it first), leaving out the article's own tags (the names as last read)."""
        key = name_key(text)
        if not key:
            return []
        own = {name_key(t) for t in self._article.tags} if self._article else set()
        found = [(not k.startswith(key), n) for n, k in self._names if key in k and k not in own]
        return [name for _, name in sorted(found)[:MAX_COMPLETIONS]]

    def _read_names(self) -> None:
        self._names_generation += 1
        archive, generation = self._archive, self._names_generation
        task = self._runner.read(
            lambda *_: (generation, [(n, name_key(n)) for n in archive.tag_names()])
        )
        task.finished.connect(self._on_names_read)  # a method: nothing arrives once it is gone
        task.failed.connect(self._on_names_failed)

    def _on_names_read(self, read: tuple[int, list[tuple[str, str]]]) -> None:
        generation, names = read
        if generation == self._names_generation:
            self._names = names
            if self.tag_field.hasFocus() and self.tag_field.text():
                self._on_tag_field_text_edited(self.tag_field.text())
            self.names_read.emit()

    def _on_names_failed(self, message: str, is_bug: bool) -> None:
        if is_bug:  # else completion offers the names read before; nothing else is lost
            report_background_bug(message)

    def add_tag(self, name: str) -> bool:
        """Tag the article with ``name`` (a new tag, or the existing one of that name). False
        if nothing was added: no article, an empty name, or an invalid one (the user is told)."""
        if self._article is None or not name.strip():
            return False
        if self.tagger is not None:  # the whole selection, one undoable step
            self.tag_field.setFocus()
            return self.tagger.add_tag(self._article.id, name)
        ids, archive = [self._article.id], self._archive
        self._change(lambda: archive.tag_articles(ids, [name]), self.tr("The tag was not added"))
        return True

    def remove_tags(self, names: Sequence[str]) -> bool:
        if self._article is None or not names:
            return False
        if self.tagger is not None:
            self.tag_field.setFocus()
            return self.tagger.remove_tags(self._article.id, names)
        ids, archive, chosen = [self._article.id], self._archive, list(names)
        self._change(
            lambda: archive.untag_articles(ids, chosen), self.tr("The tag was not removed")
        )
        return True

    def _change(self, change: Callable[[], Changes], failure_title: str) -> None:
        task = self._runner.write(lambda _progress, _is_cancelled: change())
        task.finished.connect(self._on_task_finished)
        task.failed.connect(
            lambda message, is_bug: self._on_task_failed(failure_title, message, is_bug)
        )

    def _on_task_finished(self, changes: Changes) -> None:
        self.tag_field.setFocus()
        self.tags_changed.emit(changes)

    def _on_task_failed(self, title: str, message: str, is_bug: bool) -> None:
        if is_bug:
            report_background_bug(message)
        else:
            QMessageBox.warning(self, title, message)

    def _on_tag_field_text_edited(self, text: str) -> None:
        self.completion_model.setStringList(self.completions(text))
        if self.completion_model.rowCount():
            self.completer.complete()
        else:
            self.completion_popup.hide()

    def _on_tag_field_return_pressed(self) -> None:
        popup = self.completion_popup
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # Enter on a highlighted name: the completer's `activated` adds that name
        self.add_tag(self.tag_field.text())

    def _on_completer_activated(self, name: str) -> None:
        self.add_tag(name)

    def _on_remove_button_clicked(self) -> None:
        self.remove_tags([item.text() for item in self.tag_list.selectedItems()])

    def _update_actions(self) -> None:
        self.remove_button.setEnabled(bool(self.tag_list.selectedItems()))
