"""Browsing without query syntax: the facets pane and the timeline beside the results, wired
to the search bar's chips. A facet clicked toggles its filter; a range dragged on the timeline
sets the date filter; Escape on the timeline takes it off. Each listing shown is counted again
(off the GUI thread, by the facets pane), and the timeline draws the same counts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from storage.archive import Archive
from storage.search.filter_terms import FilterTerm
from ui.window.listing import Listing, Scope
from ui.window.panes.facets_pane import FacetsPane
from ui.window.panes.search_bar import SearchBar
from ui.window.panes.timeline import Timeline


def date_term(first: dt.date, last: dt.date) -> FilterTerm:
    """The ``date:`` filter of a range of days."""
    if first == last:
        return FilterTerm("date", first.isoformat())
    return FilterTerm("date", f"{first.isoformat()}..{last.isoformat()}")


class Browsing(QObject):
    def __init__(
        self, archive: Archive, search_bar: SearchBar, facets: FacetsPane, timeline: Timeline
    ) -> None:
        super().__init__(search_bar)
        self._archive = archive
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
        label = ""
        if scope.kind == "trash":
            label = self.tr("Trash")
        elif scope.dossier_id is not None:
            name = self._archive.dossier(scope.dossier_id).name
            label = self.tr("Dossier: {name}").format(name=name)
        bar.chips.set_scope(label)
        bar.set_searchable(scope.kind != "trash")

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
