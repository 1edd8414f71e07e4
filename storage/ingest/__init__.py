"""Files → article drafts, or the reason a file cannot be one. No database here."""

from storage.ingest.sources import IngestItem, count_files, read_paths, skipped_under

__all__ = ["IngestItem", "count_files", "read_paths", "skipped_under"]
