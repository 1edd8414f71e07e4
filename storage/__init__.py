"""The archive's public surface: what the front ends (ui.cli, ui.window) use of storage.

    from storage import Archive, Changes, ArchiveError, ErrorCode, ArticleRecord, Order

Names are loaded when first used (module ``__getattr__``), so ``import storage`` costs
nothing and a command that only reads (``arshif show``, ``search``) loads what it needs and no
more. Besides these names, the front ends may import these modules, which are public as a
whole: storage.records (frozen records and ids), storage.errors (ArchiveError and its codes),
storage.changes, storage.calendar (Hijri and Gregorian dates), storage.text (Arabic text rules),
storage.ingest (reading files into drafts), storage.search.orders and storage.search.query (the
query language's switches). Everything else (sessions, models, stores, the index) is internal:
the import-linter contracts in pyproject.toml hold the front ends to this.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "Archive": "storage.archive",
    "Changes": "storage.changes",
    "Order": "storage.search.orders",
    "ORDERS": "storage.search.orders",
    "Location": "storage.engine",
    "resolve_location": "storage.engine",
    "without_password": "storage.engine",
    "ENVIRONMENT_VARIABLE": "storage.engine",
    "ArchiveError": "storage.errors",
    "ErrorCode": "storage.errors",
    "ArchiveBusy": "storage.errors",
    "ArchiveDamaged": "storage.errors",
    "ArchiveNotFound": "storage.errors",
    "Conflict": "storage.errors",
    "ImportStopped": "storage.errors",
    "InvalidField": "storage.errors",
    "NotFound": "storage.errors",
    "VersionConflict": "storage.errors",
    "ArticleDraft": "storage.records",
    "ArticleId": "storage.records",
    "ArticleRecord": "storage.records",
    "ArticleLine": "storage.records",
    "ArticleSummary": "storage.records",
    "AttachmentRecord": "storage.records",
    "CheckReport": "storage.records",
    "DossierRecord": "storage.records",
    "ImportOutcome": "storage.records",
    "ImportStatus": "storage.records",
    "ItemOrigin": "storage.records",
    "NoteRecord": "storage.records",
    "SavedSearchRecord": "storage.records",
    "SearchResults": "storage.records",
    "TagRecord": "storage.records",
}

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "ORDERS",
    "Archive",
    "ArchiveBusy",
    "ArchiveDamaged",
    "ArchiveError",
    "ArchiveNotFound",
    "ArticleDraft",
    "ArticleId",
    "ArticleLine",
    "ArticleRecord",
    "ArticleSummary",
    "AttachmentRecord",
    "Changes",
    "CheckReport",
    "Conflict",
    "DossierRecord",
    "ErrorCode",
    "ImportOutcome",
    "ImportStatus",
    "ImportStopped",
    "InvalidField",
    "ItemOrigin",
    "Location",
    "NotFound",
    "NoteRecord",
    "Order",
    "SavedSearchRecord",
    "SearchResults",
    "TagRecord",
    "VersionConflict",
    "resolve_location",
    "without_password",
]

if TYPE_CHECKING:
    from storage.archive import Archive
    from storage.changes import Changes
    from storage.engine import ENVIRONMENT_VARIABLE, Location, resolve_location, without_password
    from storage.errors import (
        ArchiveBusy,
        ArchiveDamaged,
        ArchiveError,
        ArchiveNotFound,
        Conflict,
        ErrorCode,
        ImportStopped,
        InvalidField,
        NotFound,
        VersionConflict,
    )
    from storage.records import (
        ArticleDraft,
        ArticleId,
        ArticleLine,
        ArticleRecord,
        ArticleSummary,
        AttachmentRecord,
        CheckReport,
        DossierRecord,
        ImportOutcome,
        ImportStatus,
        ItemOrigin,
        NoteRecord,
        SavedSearchRecord,
        SearchResults,
        TagRecord,
    )
    from storage.search.orders import ORDERS, Order


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next use is a plain attribute
    return value
