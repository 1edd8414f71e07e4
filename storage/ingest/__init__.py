"""Files → article drafts, or the reason a file cannot be one. No database here."""

from storage.ingest.sources import (
    FILE_TYPES,
    FileType,
    IngestItem,
    Survey,
    count_files,
    read_files,
    read_paths,
    skipped_under,
    survey,
)

__all__ = [
    "FILE_TYPES",
    "FileType",
    "IngestItem",
    "Survey",
    "count_files",
    "read_files",
    "read_paths",
    "skipped_under",
    "survey",
]
