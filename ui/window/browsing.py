"""Browsing without query syntax: the facets pane and the timeline beside the results, wired
to the search bar's chips. A facet clicked toggles its filter; a range dragged on the timeline
sets the date filter; Escape on the timeline takes it off. Each listing shown is counted again
(off the GUI thread, by the facets pane), and the timeline draws the same counts. A dossier's
chip shows its name once it is read on the window's TaskRunner."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from storage.archive import Archive
from storage.records import DossierRecord
from storage.search.filter_terms import FilterTerm
from ui.window.listing import Listing, Scope
from ui.window.panes.facets_pane import FacetsPane
from ui.window.panes.search_bar import SearchBar
from ui.window.panes.timeline import Timeline
from ui.window.tasks import TaskRunner


def date_term(first: dt.date, last: dt.date) -> FilterTerm:
    """The ``date:`` filter of a range of days."""
    if first == last:
        return FilterTerm("date", first.isoformat())
    return FilterTerm("date", f"{first.isoformat()}..{last.isoformat()}")


class Browsing(QObject):
    # a bug reading a dossier's name (a dossier gone is the listing's to tell: it reads it too)
    failed = Signal(str, bool)

    def __init__(
        self,
        archive: Archive,
        runner: TaskRunner,
        search_bar: SearchBar,
        facets: FacetsPane,
        timeline: Timeline,
    ) -> None:
        super().__init__(search_bar)
        self._archive = archive
        self._runner = runner
        self._scope_generation = 0  # only the newest scope's chip is shown
        self._panel_tag: FilterTerm | None = None  # the chip of the tag chosen in the side panel
        self._search_bar = search_bar
        self._facets = facets
        self._timeline = timeline
        facets.term_toggled.connect(self._on_facets_term_toggled)
        facets.counted.connect(timeline.show_facets)
        timeline.range_chosen.connect(self._on_timeline_range_chosen)
        timeline.range_cleared.connect(self._on_timeline_range_cleared)

    def enter_scope(self, scope: Scope, panel_tag: str | None = None) -> None:
        """Show ``scope``'s chip, keeping the words and filters; ``panel_tag``: the tag chosen
        in the side panel, whose chip replaces the one chosen there before."""
        bar = self._search_bar
        terms = tuple(t for t in bar.terms() if t != self._panel_tag)
        self._panel_tag = FilterTerm("tag", panel_tag) if panel_tag else None
        if self._panel_tag is not None and self._panel_tag not in terms:
            terms += (self._panel_tag,)
        bar.chips.set_terms(terms)
        self._scope_generation += 1
        bar.chips.set_scope(self.tr("Trash") if scope.kind == "trash" else "")
        bar.set_searchable(scope.kind != "trash")
        if scope.kind == "dossier" and scope.dossier_id is not None:
            self._show_dossier_chip(scope.dossier_id)

    def _show_dossier_chip(self, dossier_id: int) -> None:
        archive, generation = self._archive, self._scope_generation
        task = self._runner.read(lambda *_: (generation, archive.dossier(dossier_id)))
        task.finished.connect(self._on_dossier_read)
        task.failed.connect(self._on_dossier_failed)

    def _on_dossier_read(self, read: tuple[int, DossierRecord]) -> None:
        generation, dossier = read
        if generation == self._scope_generation:
            chip = self.tr("Dossier: {name}").format(name=dossier.name)
            self._search_bar.chips.set_scope(chip)

    def _on_dossier_failed(self, message: str, is_bug: bool) -> None:
        if is_bug:
            self.failed.emit(message, True)

    def forget_panel_tag(self) -> None:
        """A saved search replaces the whole query: no chip is the side panel's any more."""
        self._panel_tag = None

    def count(self, listing: Listing) -> None:
        """Count (facets and timeline) what ``listing`` finds."""
        self._facets.count(listing, self._search_bar.terms())

    def _on_facets_term_toggled(self, term: object) -> None:
        if isinstance(term, FilterTerm):
            self._search_bar.toggle_term(term)

    def _on_timeline_range_chosen(self, first: object, last: object) -> None:
        if isinstance(first, dt.date) and isinstance(last, dt.date):
            self._search_bar.add_term(date_term(first, last))

    def _on_timeline_range_cleared(self) -> None:
        for term in self._search_bar.terms():
            if term.field in ("date", "hijri"):
                self._search_bar.remove_term(term)
