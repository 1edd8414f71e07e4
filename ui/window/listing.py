"""What the article list shows: the archive, a dossier or the trash, filtered by the search
field, in an order (the ids are found off the GUI thread, as reads of the window's TaskRunner)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from storage.archive import Archive
from storage.records import ArticleId, Facets, SearchResults
from storage.search.filter_terms import FilterTerm, join_filters
from storage.search.orders import Order


@dataclass(frozen=True)
class Scope:
    kind: Literal["archive", "dossier", "trash"] = "archive"
    dossier_id: int | None = None

    @property
    def is_sortable(self) -> bool:
        """A dossier keeps its own order, the one its PDF is printed in."""
        return self.kind != "dossier"


ARCHIVE = Scope()
TRASH = Scope("trash")


def dossier_scope(dossier_id: int) -> Scope:
    return Scope("dossier", dossier_id)


@dataclass(frozen=True)
class Listing:
    scope: Scope
    query: str = ""
    order: Order | None = None  # None: relevance when there are words, else newest

    def ids(self, archive: Archive) -> list[ArticleId]:
        has_words = bool(self.query.strip())
        order: Order = self.order or ("relevance" if has_words else "newest")
        if self.scope.kind == "trash":
            return archive.article_ids(order=order, trashed=True)
        if self.scope.kind == "archive" or self.scope.dossier_id is None:
            return archive.article_ids(self.query, order)
        ids = archive.dossier(self.scope.dossier_id).article_ids
        if not has_words:
            return list(ids)
        found = set(archive.article_ids(self.query))
        return [i for i in ids if i in found]

    def best(self, archive: Archive, limit: int) -> SearchResults | None:
        """For a search of the whole archive by relevance, its count and its first ``limit``
        hits (with their snippets), in the order `ids` gives: what the list shows first, read
        without ranking every match (for a common word, that costs more than the first rows).
        None for any other listing."""
        if self.scope.kind != "archive" or not self.query.strip():
            return None
        if self.order not in (None, "relevance"):
            return None
        return archive.search(self.query, limit)

    def facets(self, archive: Archive, is_stopped: Callable[[], bool] | None = None) -> Facets:
        """The facet counts of what this listing finds (none in the trash, which is not
        searched); ``is_stopped``: see `Archive.facets`."""
        if self.scope.kind == "trash":
            return Facets()
        query = self.query
        if self.scope.kind == "dossier" and self.scope.dossier_id is not None:
            name = archive.dossier(self.scope.dossier_id).name
            query = join_filters(query, [FilterTerm("in", name)])
        return archive.facets(query, is_stopped)
