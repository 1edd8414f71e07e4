"""What an import read from the articles' text: the dates found in datelines, per item.

The import report (``arshif import`` and the window's import dialog) says for each article
whose date came from its text where the date was found. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from storage.errors import ArchiveError
from storage.records import ArticleDraft, ImportOutcome, ImportStatus, ItemOrigin, StoredAlready

Item = tuple[ItemOrigin, ArticleDraft | ArchiveError | StoredAlready]


@dataclass
class DatesRead:
    """Pass an import's items through ``watch``; then ``of(outcome)`` tells the date an
    imported article took from its text, and the words it was read from."""

    found: dict[str, tuple[dt.date, str]] = field(default_factory=dict)

    def watch(self, items: Iterable[Item]) -> Iterator[Item]:
        for origin, item in items:
            if isinstance(item, ArticleDraft) and item.date is not None and item.date_found:
                self.found[str(origin)] = (item.date, item.date_found)
            yield origin, item

    def of(self, outcome: ImportOutcome) -> tuple[dt.date, str] | None:
        if outcome.status is not ImportStatus.IMPORTED:
            return None
        return self.found.get(outcome.label)
