"""The search index on SQLite: a contentless FTS5 table over normalised words and stems.

The words come here normalised (storage.text) and are stored as runs separated by spaces, so
the table's tokenizer is FTS5's ``ascii`` one, which only splits (a third cheaper to import
than ``unicode61``, which would fold again what is folded); Latin accents, which unicode61
took off, are taken off here (`plain_latin`), in the stored words and a query's alike.

Columns hold the exact (normalised) words of each part and, in two more columns, their light
stems at the same positions, so a phrase matches by stems too; one more holds every word as
spelled (for ``=word``) and one its proximity key (for ranking words that stand together and
for ``NEAR``). The score is bm25 (title above body, exact words above stems) plus a bonus for
articles whose words stand together: the whole query as a phrase of exact words, then as a
phrase of proximity keys, then within a few words of each other (`storage.search.ranking`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from storage.search.document import IndexDocument, near_keys, stems
from storage.search.query import Query, Term
from storage.search.ranking import BONUS, BOOST_DISTANCE, key_pairs, pairs, together
from storage.search.variants import proximity_key, term_forms
from storage.text.normalize import plain_latin

TABLE = "search_fts"
COLUMNS = (
    "title",
    "text",
    "meta",
    "source",
    "author",
    "tags",
    "title_stem",
    "text_stem",
    "spelled",
    "near",
)
WEIGHTS = (10.0, 1.0, 1.0, 2.0, 2.0, 2.0, 4.0, 0.4, 0.0, 0.0)
EXACT = "{title text meta source author tags}"
STEM = "{title_stem text_stem}"
RANK = f"bm25({TABLE}, {', '.join(str(w) for w in WEIGHTS)})"
_PLACEHOLDERS = ", ".join(f":{c}" for c in COLUMNS)
_INSERT = text(f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES (:id, {_PLACEHOLDERS})")
_DELETE = text(
    f"INSERT INTO {TABLE} ({TABLE}, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', :id, {_PLACEHOLDERS})"
)


def _row(article_id: int, document: IndexDocument) -> dict[str, object]:
    return {"id": article_id, **_entry(document)}


def _entry(document: IndexDocument) -> dict[str, object]:
    columns = {
        "title": document.title,
        "text": document.text,
        "meta": document.meta,
        "source": document.source,
        "author": document.author,
        "tags": document.tags,
        "title_stem": stems(document.title),
        "text_stem": stems(document.other_words),
        "spelled": document.spelled,
        "near": near_keys(document.all_words),
    }
    return {name: plain_latin(" ".join(words)) for name, words in columns.items()}


class SqliteIndex:
    def entry(self, document: IndexDocument) -> dict[str, object]:
        """What `insert` stores for a document; computed apart so an import can prepare it."""
        return _entry(document)

    def insert(self, session: Session, entries: Sequence[tuple[int, dict[str, object]]]) -> None:
        if entries:
            session.execute(_INSERT, [{"id": i, **entry} for i, entry in entries])

    def add(self, session: Session, documents: Iterable[tuple[int, IndexDocument]]) -> None:
        self.insert(session, [(i, _entry(d)) for i, d in documents])

    def remove(self, session: Session, documents: Iterable[tuple[int, IndexDocument]]) -> None:
        """Remove entries; each must be the document that was added (the index keeps none)."""
        rows = [_row(i, d) for i, d in documents]
        if rows:
            session.execute(_DELETE, rows)

    def clear(self, session: Session) -> None:
        session.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')"))

    def match(self, query: Query) -> str | None:
        """The FTS5 expression for the query's words and field filters, or None."""
        parts = ["(" + " OR ".join(_term(t) for t in group) + ")" for group in query.groups]
        parts += [_near(pair, near.distance) for near in query.nears for pair in pairs(near)]
        parts += ["{source}: " + _quoted(words) for words in query.filters.sources]
        parts += ["{author}: " + _quoted(words) for words in query.filters.authors]
        return " AND ".join(parts) if parts else None

    def leftover_words(self, session: Session, documents: list[tuple[int, IndexDocument]]) -> int:
        """Remove every entry as recomputed from the articles and count the words left over:
        0 when the index holds exactly these documents. The caller rolls the removal back."""
        self.remove(session, documents)
        session.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary "
                f"USING fts5vocab(main, {TABLE}, 'row')"
            )
        )
        left = session.scalar(text("SELECT count(*) FROM temp.search_vocabulary"))
        session.execute(text("DROP TABLE temp.search_vocabulary"))
        return int(left or 0)

    def term(self, term: Term) -> str:
        return _term(term)

    def boosts(self, query: Query) -> list[str]:
        """Expressions for articles whose words stand together, best first (see `ranking`)."""
        words = together(query)
        if words is None:
            return []
        keys = [proximity_key(w) for w in words]
        near = " AND ".join(_near(pair, BOOST_DISTANCE) for pair in key_pairs(keys))
        return [
            f"{EXACT}: " + _quoted(words),
            "{near}: " + _quoted(keys),
            *([near] if near else []),
        ]

    def ranked(self, parameter: str, boosts: int = 0) -> str:
        """SQL giving (id, score) of the articles matching the expression in ``:parameter``,
        with a bonus for those matching each of ``boosts`` more expressions ``:boost_N``."""
        bonus = "".join(
            f" + {BONUS} * (rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :boost_{n}))"
            for n in range(boosts)
        )
        return (
            f"SELECT rowid AS id, -{RANK}{bonus} AS score "
            f"FROM {TABLE} WHERE {TABLE} MATCH :{parameter}"
        )

    def matched(self, parameter: str) -> str:
        """SQL giving the ids (``id``) of the articles matching, unscored: for counting."""
        return f"SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH :{parameter}"

    def matching(self, parameter: str) -> str:
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :{parameter}"


def _quoted(words: Sequence[str]) -> str:
    # Words are runs of letters and digits (storage.text.words_of): no quote can occur in them.
    return '"' + plain_latin(" ".join(words)) + '"'


def _near(pair: tuple[str, str], distance: int) -> str:
    """The two proximity keys within ``distance`` words of each other, in either order."""
    return "{near}: NEAR(" + _quoted([pair[0]]) + " " + _quoted([pair[1]]) + f", {distance})"


def _term(term: Term) -> str:
    forms = term_forms(term)
    if forms.spelled is not None:
        star = "*" if term.is_prefix else ""
        spelled = "{spelled}: " + _quoted(forms.spelled) + star
        return f"({spelled} AND {EXACT}: {_quoted(term.words)}{star})"
    suffix = "*" if term.is_prefix else ""
    exact = " OR ".join(_quoted(f) + suffix for f in forms.exact)
    if not forms.stems:
        return f"{EXACT}: ({exact})"
    stemmed = " OR ".join(_quoted(s) for s in forms.stems)
    return f"({EXACT}: ({exact}) OR {STEM}: ({stemmed}))"
