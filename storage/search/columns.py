"""The columns of an article's search entry (`SqliteIndex.entry`), in the order the FTS5 table
declares them, with their bm25 weights: what both of SQLite's indexes (FTS5, Tantivy) hold."""

from __future__ import annotations

COLUMNS = (
    "title",
    "text",
    "meta",
    "source",
    "author",
    "title_stem",
    "text_stem",
    "spelled",
    "near",
)
WEIGHTS = (10.0, 1.0, 1.0, 2.0, 2.0, 4.0, 0.4, 0.0, 0.0)
EXACT_COLUMNS = ("title", "text", "meta", "source", "author")  # the exact words of each part
STEM_COLUMNS = ("title_stem", "text_stem")  # their light stems, at the same positions
