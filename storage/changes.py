"""What a mutation touched, so that views refresh exactly that and nothing more."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from storage.records import ArticleId, DossierId


@dataclass(frozen=True)
class Changes:
    """Returned by every mutating Archive method. Combine two with ``|``."""

    added: frozenset[ArticleId] = field(default_factory=frozenset)
    updated: frozenset[ArticleId] = field(default_factory=frozenset)
    removed: frozenset[ArticleId] = field(default_factory=frozenset)
    dossiers: frozenset[DossierId] = field(default_factory=frozenset)
    has_tag_changes: bool = False
    has_saved_search_changes: bool = False

    @classmethod
    def of_articles(cls, article_ids: Iterable[int], *, has_tag_changes: bool = False) -> Changes:
        """These articles changed (and, with ``has_tag_changes``, the tags may have)."""
        return cls(
            updated=frozenset(ArticleId(i) for i in article_ids), has_tag_changes=has_tag_changes
        )

    @classmethod
    def of_dossier(cls, dossier_id: int) -> Changes:
        return cls(dossiers=frozenset({DossierId(dossier_id)}))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            added=self.added | other.added,
            updated=(self.updated | other.updated) - (self.added | other.added),
            removed=self.removed | other.removed,
            dossiers=self.dossiers | other.dossiers,
            has_tag_changes=self.has_tag_changes or other.has_tag_changes,
            has_saved_search_changes=(
                self.has_saved_search_changes or other.has_saved_search_changes
            ),
        )

    @property
    def is_empty(self) -> bool:
        return not (
            self.added
            or self.updated
            or self.removed
            or self.dossiers
            or self.has_tag_changes
            or self.has_saved_search_changes
        )
