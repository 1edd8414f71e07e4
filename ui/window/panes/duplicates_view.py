"""The duplicates view: pairs of articles the archive linked as similar (the same text, or the
same story from another paper), shown side by side; either can be kept and the other merged
into it (its tags, notes, files and dossier places go to the kept one, which takes the
metadata it lacks; the other goes to the trash), as one undoable step. The pairs and the two
articles of the pair shown are read on the window's TaskRunner (a newer read wins)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.calendar import Calendar
from storage.records import ArticleId, ArticleRecord, ArticleSummary
from ui.window.bidi_text import isolated
from ui.window.panes.article_pane import ArticlePane
from ui.window.tasks import TaskRunner
from ui.window.undo import UndoHistory

Pair = tuple[ArticleId, ArticleId]

PAIR_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesView(QDialog):
    """`refresh()` finds the pairs again (`refreshed` once they are listed, `pair_shown` once
    the pair's articles are shown); `article_chosen(id)` to show one in the window."""

    article_chosen = Signal(int)
    refreshed = Signal()
    pair_shown = Signal()
    failed = Signal(str, bool)  # a read failed: why, and whether it is a bug

    def __init__(
        self, archive: Archive, history: UndoHistory, runner: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._history = history
        self._runner = runner
        self._pairs_generation = 0  # only the newest read of the pairs is listed
        self._pair_generation = 0  # only the pair chosen last is shown
        self.setWindowTitle(self.tr("Duplicates and similar articles"))
        self.pairs = QListWidget(self)
        self.pairs.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.summary = QLabel(self)
        self.sides: list[ArticlePane] = []
        self.headings: list[QLabel] = []
        self.keep_buttons: list[QPushButton] = []
        # the two sides share the width equally, in a layout (a QSplitter laid out right to
        # left pushes its first pane a pixel past its edge, which cuts that pane's frame)
        sides = QHBoxLayout()
        for side in range(2):
            box = QWidget(self)
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(box)
            pane = ArticlePane(box)
            keep = QPushButton(self.tr("Keep this one, merge the other into it"), box)
            keep.clicked.connect(lambda _=False, s=side: self._on_keep_clicked(s))
            grid.addWidget(heading, 0, 0)
            grid.addWidget(pane, 1, 0)
            grid.addWidget(keep, 2, 0)
            self.headings.append(heading)
            self.sides.append(pane)
            self.keep_buttons.append(keep)
            sides.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.pairs)
        layout.addLayout(sides, 1)
        layout.addWidget(buttons)
        self.pairs.currentItemChanged.connect(self._on_pairs_current_item_changed)
        for pane in self.sides:
            pane.similar_chosen.connect(self.article_chosen)
        self._history.changed.connect(self._on_history_changed)

    def set_first_calendar(self, calendar: Calendar) -> None:
        for pane in self.sides:
            pane.set_first_calendar(calendar)

    def refresh(self) -> None:
        """List the pairs again (read on the runner), staying on the pair shown if it is
        still there."""
        self._pairs_generation += 1
        archive, generation = self._archive, self._pairs_generation

        def read(*_: object) -> tuple[int, list[Pair], dict[ArticleId, str]]:
            pairs = archive.similar_pairs()
            ids = sorted({i for pair in pairs for i in pair})
            return generation, pairs, {s.id: _label(s) for s in archive.article_summaries(ids)}

        task = self._runner.read(read)
        task.finished.connect(self._on_pairs_read)
        task.failed.connect(self.failed)

    def _on_pairs_read(self, read: tuple[int, list[Pair], dict[ArticleId, str]]) -> None:
        generation, pairs, titles = read
        if generation != self._pairs_generation:
            return
        current = self.pairs.currentItem()
        shown = current.data(PAIR_ROLE) if current is not None else None
        self.pairs.blockSignals(True)
        self.pairs.clear()
        for first, second in pairs:
            item = QListWidgetItem(f"{titles[first]}   ⟷   {titles[second]}", self.pairs)
            item.setData(PAIR_ROLE, (first, second))
        self.pairs.blockSignals(False)
        self.summary.setText(self.tr("%n pair(s) of similar articles", "", len(pairs)))
        rows = [self.pairs.item(r).data(PAIR_ROLE) for r in range(self.pairs.count())]
        self.pairs.setCurrentRow(rows.index(shown) if shown in rows else 0)
        if not pairs:
            self._show_pair(None)
        self.refreshed.emit()

    def _on_pairs_current_item_changed(self, item: QListWidgetItem | None) -> None:
        self._show_pair(None if item is None else item.data(PAIR_ROLE))

    def _show_pair(self, pair: tuple[int, int] | None) -> None:
        self._pair_generation += 1
        archive, generation = self._archive, self._pair_generation
        if pair is None:
            self._on_pair_read((generation, [None, None]))
            return
        task = self._runner.read(lambda *_: (generation, archive.article_records(list(pair))))
        task.finished.connect(self._on_pair_read)
        task.failed.connect(self.failed)

    def _on_pair_read(self, read: tuple[int, list[ArticleRecord | None]]) -> None:
        generation, records = read
        if generation != self._pair_generation:
            return
        for side, record in enumerate(records):
            self.sides[side].show_article(record)
            self.keep_buttons[side].setEnabled(record is not None)
            self.headings[side].setText("" if record is None else self._heading(record))
        self.pair_shown.emit()

    def _heading(self, record: ArticleRecord) -> str:
        text = self.tr("Article %1 · tags: %2 · notes: %3 · files: %4")
        return (
            text.replace("%1", isolated(str(record.id)))
            .replace("%2", str(len(record.tags)))
            .replace("%3", str(len(record.notes)))
            .replace("%4", str(len(record.attachments)))
        )

    def shown_pair(self) -> tuple[ArticleId, ArticleId] | None:
        item: QListWidgetItem | None = self.pairs.currentItem()
        if item is None:
            return None
        first, second = item.data(PAIR_ROLE)
        return ArticleId(first), ArticleId(second)

    def _on_keep_clicked(self, side: int) -> None:
        pair = self.shown_pair()
        if pair is None:
            return
        kept, merged = pair if side == 0 else (pair[1], pair[0])
        self._history.merge(kept, merged)

    def _on_history_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()


def _label(summary: ArticleSummary) -> str:
    """An article of a pair: its title, and what tells it from the other (paper, day)."""
    known = [p for p in (summary.source, summary.date and summary.date.isoformat()) if p]
    title = isolated(summary.title)
    return f"{title} ({'، '.join(isolated(k) for k in known)})" if known else title
