"""SQLite FTS5 beside Tantivy (block-max top-k, through tantivy-py) on the same archive and the
same query log (issue 12: "if FTS5 cannot get there with a top-k strategy, measure an existing
engine with block-max top-k retrieval side by side").

    .venv/bin/python bench/tantivy_side_by_side.py --archive FOLDER [--index DIR]

Builds a Tantivy index (in DIR, by default a folder beside the archive's, its name with
``-tantivy`` added) of the archive's articles from the very words the SQLite index holds
(`SqliteIndex.entry`: normalised words, their stems and proximity keys, column by column,
made in a worker process as `check --repair` makes them), unless that folder already holds
one. Each query of bench/search_log.py's log is then translated to Tantivy from the same parsed
query and the same forms (`term_forms`): each group must match, a group matches by any exact
form in the exact columns or any stem in the stem columns, with the columns' bm25 weights as
boosts, and the tiers (the words in the title, together, by their keys, near) as optional
clauses boosted by `BONUS`; ``source:`` is a phrase in the source column and ``date:`` a range
on the day. Both engines answer ten hits with snippets (the snippets read from SQLite alike),
one query at a time in this process; Tantivy's is timed with and without an exact count (a
count makes it visit every match; without one it may skip blocks). The orders are close, not
identical: bm25's parameters and column statistics differ, and the tiers are boosts here, so
the bench says how far the engine's speed could take the search, not that it is a drop-in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import tantivy
from search_corpus import load_records, percentile
from search_log import query_log
from sqlalchemy import select

from storage.archive import Archive
from storage.background import prepared_in_worker
from storage.models import Article
from storage.search.query import Query, Term, parse
from storage.search.ranking import BONUS, BOOST_DISTANCE, key_pairs, together
from storage.search.searcher import _entries_of, _stored_texts
from storage.search.sqlite_index import COLUMNS, WEIGHTS, SqliteIndex
from storage.search.variants import proximity_key, term_forms

EXACT = ("title", "text", "meta", "source", "author")
STEMS = ("title_stem", "text_stem")
WEIGHT = dict(zip(COLUMNS, WEIGHTS, strict=True))
BATCH = 1000
EPOCH = dt.date(1970, 1, 1)


def schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True, fast=True)
    builder.add_integer_field("day", indexed=True, fast=True)  # days since 1970, or absent
    for column in COLUMNS:
        builder.add_text_field(column, tokenizer_name="whitespace", index_option="position")
    return builder.build()


def build(archive: Archive, folder: Path, the_schema: tantivy.Schema) -> None:
    started = time.perf_counter()
    index = tantivy.Index(the_schema, path=str(folder))
    writer = index.writer(heap_size=512_000_000, num_threads=2)
    with archive._read() as session:  # the bench reads the archive's texts as `rebuild` does
        ids = list(session.scalars(select(Article.id).order_by(Article.id)))
        days = dict(session.execute(select(Article.id, Article.published)))
        chunks: Iterator[Any] = (
            _stored_texts(session, ids[start : start + BATCH])
            for start in range(0, len(ids), BATCH)
        )
        for entries in prepared_in_worker(chunks, _entries_of, SqliteIndex()):
            for article_id, entry in entries:
                fields: dict[str, Any] = {"id": article_id}
                day = days.get(article_id)
                if day is not None:
                    fields["day"] = (day - EPOCH).days
                fields.update({column: str(entry[column]) for column in COLUMNS})
                writer.add_document(tantivy.Document(**fields))
    writer.commit()
    writer.wait_merging_threads()
    print(f"Tantivy index of {len(ids):,} articles: {time.perf_counter() - started:.0f} s")


def _words(the_schema: tantivy.Schema, column: str, words: tuple[str, ...]) -> tantivy.Query:
    if len(words) == 1:
        return tantivy.Query.term_query(the_schema, column, words[0])
    return tantivy.Query.phrase_query(the_schema, column, list(words))


def _should(queries: list[tantivy.Query]) -> tantivy.Query:
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, q) for q in queries])


def _term(the_schema: tantivy.Schema, term: Term) -> tantivy.Query:
    forms = term_forms(term)
    clauses = []
    for columns, found in ((EXACT, forms.exact), (STEMS, forms.stems)):
        for column in columns:
            for words in found:
                query = _words(the_schema, column, words)
                clauses.append(tantivy.Query.boost_query(query, WEIGHT[column]))
    return _should(clauses)


def translated(the_schema: tantivy.Schema, query: Query) -> tantivy.Query:
    must = [_should([_term(the_schema, t) for t in group]) for group in query.groups]
    must += [_words(the_schema, "source", words) for words in query.filters.sources]
    must += [_words(the_schema, "author", words) for words in query.filters.authors]
    filters = query.filters
    if filters.date_from is not None or filters.date_to is not None:
        low = (filters.date_from or dt.date(1, 1, 1)) - EPOCH
        high = (filters.date_to or dt.date(9999, 12, 31)) - EPOCH
        must.append(
            tantivy.Query.range_query(
                the_schema, "day", tantivy.FieldType.Integer, low.days, high.days
            )
        )
    clauses = [(tantivy.Occur.Must, q) for q in must]
    words = together(query)
    if words:  # the tiers, as boosts
        tiers = [_words(the_schema, "title", tuple(words))]
        if len(words) > 1:
            keys = [proximity_key(w) for w in words]
            tiers += [_should([_words(the_schema, c, tuple(words)) for c in EXACT])]
            tiers += [_words(the_schema, "near", tuple(keys))]
            tiers += [
                tantivy.Query.phrase_query(the_schema, "near", [a, b], slop=BOOST_DISTANCE)
                for a, b in key_pairs(keys)
            ]
        clauses += [(tantivy.Occur.Should, tantivy.Query.boost_query(t, BONUS)) for t in tiers]
    return tantivy.Query.boolean_query(clauses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", required=True, help="an archive (SQLite folder)")
    parser.add_argument("--index", type=Path, help="the Tantivy index's folder (built if empty)")
    args = parser.parse_args()
    records = load_records()
    log = query_log(records, random.Random(12))
    the_schema = schema()
    folder = args.index or Path(args.archive) / ".." / (Path(args.archive).name + "-tantivy")
    with Archive.open(args.archive) as archive:
        if not folder.exists() or not any(folder.iterdir()):
            folder.mkdir(parents=True, exist_ok=True)
            build(archive, folder, the_schema)
        index = tantivy.Index.open(str(folder))
        index.reload()
        searcher = index.searcher()
        print(f"{archive.article_count():,} articles; Tantivy holds {searcher.num_docs:,}")
        timings: dict[str, dict[str, list[float]]] = {}
        for kind, queries in log.items():
            found = timings.setdefault(kind, {"fts5": [], "tantivy": [], "tantivy, no count": []})
            for text in queries:
                start = time.perf_counter()
                archive.search(text, limit=10)
                found["fts5"].append(time.perf_counter() - start)
                for label, count in (("tantivy", True), ("tantivy, no count", False)):
                    start = time.perf_counter()
                    query = parse(text)
                    result = searcher.search(translated(the_schema, query), 10, count=count)
                    ids = [searcher.doc(address)["id"][0] for _score, address in result.hits]
                    archive.snippets(text, ids)
                    found[label].append(time.perf_counter() - start)
    print(f"{'kind':<14} {'FTS5 p50/p95 ms':>16} {'Tantivy':>14} {'Tantivy, no count':>18}")
    every: dict[str, list[float]] = {}
    for kind, found in timings.items():
        cells = []
        for label, seconds in found.items():
            every.setdefault(label, []).extend(seconds)
            cells.append(
                f"{statistics.median(seconds) * 1000:.0f} / {percentile(seconds, 0.95):.0f}"
            )
        print(f"{kind:<14} {cells[0]:>16} {cells[1]:>14} {cells[2]:>18}")
    for label, seconds in every.items():
        print(
            f"all {len(seconds)} queries, {label}: p50 {percentile(seconds, 0.5):.1f} ms, "
            f"p95 {percentile(seconds, 0.95):.1f} ms, max {max(seconds) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
