"""Citations from the window: "Copy citation" puts the selected articles' citations (Arabic,
both calendars) on the clipboard; "Export citations…" writes the selected articles, or the
whole list when none is selected, as CSL JSON, RIS or BibTeX (ui.operations.cite). The
archive is read by the window's TaskRunner, never on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from storage.archive import Archive
from storage.records import ArticleId
from ui.operations.cite import SUFFIXES, CitationFormat, citation_of, write_citations
from ui.window.bidi_text import left_to_right
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.panes.article_list import ArticleList
from ui.window.tasks import Progress, TaskRunner, Work
from ui.window.window_actions import WindowActions

MESSAGE_MS = 5000


class CitationCommands(QObject):
    message = Signal(str, int)  # for the status bar, and for how long (ms)
    failed = Signal(str)
    done = Signal()  # a copy or an export finished (or failed): for whoever waits on it

    def __init__(
        self,
        archive: Archive,
        article_list: ArticleList,
        actions: WindowActions,
        runner: TaskRunner,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._archive = archive
        self._list = article_list
        self._runner = runner
        self._window = window
        actions.copy_citation.triggered.connect(self.copy_citation)
        actions.export_citations.triggered.connect(self.export_citations)

    def _chosen(self, *, whole_list: bool) -> list[ArticleId]:
        selected = self._list.selected_ids()
        if selected:
            return selected
        current = self._list.current_id()
        if whole_list:
            return self._list.article_model.ids()
        return [] if current is None else [current]

    def copy_citation(self) -> None:
        ids = self._chosen(whole_list=False)
        if not ids:
            return
        archive = self._archive

        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> str:
            return "\n\n".join(citation_of(archive, i) for i in ids)

        def copied(text: object) -> None:
            QGuiApplication.clipboard().setText(str(text))
            self.message.emit(self.tr("%n citation(s) copied", "", len(ids)), MESSAGE_MS)

        self._start(work, copied)

    def export_citations(self) -> None:
        ids = self._chosen(whole_list=True)
        if not ids:
            return
        chosen = self.ask_target(self._window)
        if chosen is None:
            return
        target, format = chosen
        archive = self._archive

        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> int:
            return write_citations(archive, ids, format, target)

        def written(count: object) -> None:
            text = self.tr("%n citation(s) written to %1", "", int(str(count)))
            self.message.emit(text.replace("%1", left_to_right(target)), MESSAGE_MS)

        self._start(work, written)

    def _start(self, work: Work, then: Callable[[object], None]) -> None:
        task = self._runner.read(work)  # citations only read the archive
        task.finished.connect(lambda result: self._ended(then, result))
        task.failed.connect(self._on_task_failed)

    def _ended(self, then: Callable[[object], None], result: object) -> None:
        then(result)
        self.done.emit()

    def _on_task_failed(self, message: str, is_bug: bool) -> None:
        if is_bug:
            report_background_bug(message)
        else:
            self.failed.emit(message)
        self.done.emit()

    @classmethod
    def ask_target(cls, parent: QWidget) -> tuple[Path, CitationFormat] | None:
        """Tests patch this: the file to write and its format, or None when cancelled."""
        filters: dict[str, CitationFormat] = {
            QCoreApplication.translate(
                "CitationCommands", "CSL JSON (Zotero, Pandoc) (*.json)"
            ): "csl-json",
            QCoreApplication.translate("CitationCommands", "RIS (Zotero, EndNote) (*.ris)"): "ris",
            QCoreApplication.translate("CitationCommands", "BibTeX (*.bib)"): "bibtex",
        }
        chosen = FileChooser.save_path(
            parent,
            QCoreApplication.translate("CitationCommands", "Export citations"),
            Path.home() / "citations.json",
            ";;".join(filters),
        )
        if chosen is None:
            return None
        target, chosen_filter = chosen
        format = filters.get(chosen_filter, "csl-json")
        if not target.suffix:
            target = target.with_suffix(SUFFIXES[format])
        return target, format
