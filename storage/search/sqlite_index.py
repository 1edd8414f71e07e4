"""The search index on SQLite: a contentless FTS5 table over normalised words and stems.

The words come here normalised (storage.text) and are stored as runs separated by spaces, so
the table's tokenizer is FTS5's ``ascii`` one, which only splits (a third cheaper to import
than ``unicode61``, which would fold again what is folded); Latin accents, which unicode61
took off, are taken off here (`plain_latin`), in the stored words and a query's alike.

Columns hold the exact (normalised) words of each part and, in two more columns, their light
stems at the same positions, so a phrase matches by stems too; one more holds every word as
spelled (for ``=word``) and one its proximity key (for ranking words that stand together and
for ``NEAR``). The score is bm25 (title above body, exact words above stems) plus a bonus for
articles whose words stand together: the whole query as a phrase of exact words in the title,
then anywhere, then as a phrase of proximity keys, then within a few words of each other (the
tiers of `storage.search.ranking`).

Beside each entry, ``search_digests`` keeps the digest of the text it was made from, written
and removed with it. Tag names have a small FTS5 table of their own (``search_tag_fts``, one
row a tag, with its content, as a tag's words, stems and spellings): a query's terms are
matched there with the same expressions, and reach the articles through their tag links.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from storage.search import tantivy_index
from storage.search.columns import COLUMNS, EXACT_COLUMNS, STEM_COLUMNS, WEIGHTS
from storage.search.document import IndexDocument, TagDocument, stems, stems_and_keys
from storage.search.query import Query, Term
from storage.search.ranking import BONUS, BOOST_DISTANCE, key_pairs, pairs, together
from storage.search.variants import proximity_key, term_forms
from storage.text.normalize import plain_latin

TABLE = "search_fts"
EXACT = "{" + " ".join(EXACT_COLUMNS) + "}"
STEM = "{" + " ".join(STEM_COLUMNS) + "}"
DIGESTS = "search_digests"
TAGS = "search_tag_fts"
TAG_COLUMNS = ("words", "stems", "spelled")
TAG_EXACT = "{words}"
TAG_STEM = "{stems}"
RANK = f"bm25({TABLE}, {', '.join(str(w) for w in WEIGHTS)})"
_PLACEHOLDERS = ", ".join(f":{c}" for c in COLUMNS)
_INSERT = text(f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES (:id, {_PLACEHOLDERS})")
_DELETE = text(
    f"INSERT INTO {TABLE} ({TABLE}, rowid, {', '.join(COLUMNS)}) "
    f"VALUES ('delete', :id, {_PLACEHOLDERS})"
)
_KEEP_DIGEST = text(f"INSERT INTO {DIGESTS} (article_id, digest) VALUES (:id, :digest)")
_DROP_DIGEST = text(f"DELETE FROM {DIGESTS} WHERE article_id = :id")
_INSERT_TAG = text(f"INSERT INTO {TAGS} (rowid, words, stems, spelled) VALUES (:id, :w, :s, :p)")


def _row(article_id: int, entry: dict[str, object]) -> dict[str, object]:
    return {"id": article_id, **{column: entry[column] for column in COLUMNS}}


def tag_row(document: TagDocument) -> tuple[str, str, str]:
    """What ``search_tag_fts`` holds for a tag's name: its words, stems and spellings."""
    parts = (document.words, stems(document.words), document.spelled)
    return tuple(plain_latin(" ".join(words)) for words in parts)  # type: ignore[return-value]


def _entry(document: IndexDocument) -> dict[str, object]:
    word_stems, keys = stems_and_keys(document.all_words)
    columns = {
        "title": document.title,
        "text": document.text,
        "meta": document.meta,
        "source": document.source,
        "author": document.author,
        "title_stem": word_stems[: len(document.title)],
        "text_stem": word_stems[len(document.title) :],
        "spelled": document.spelled,
        "near": keys,
    }
    joined = {n: " ".join(w) for n, w in columns.items()}
    # Every other column's words come from the spelled ones (folded, stemmed, clitics taken
    # off: only Arabic letters change or go), so a text whose spelling has no accented Latin
    # letter has none in any column.
    if plain_latin(joined["spelled"]) is not joined["spelled"]:
        joined = {n: plain_latin(words) for n, words in joined.items()}
    return {**joined, "digest": document.digest}


class SqliteIndex:
    def entry(self, document: IndexDocument) -> dict[str, object]:
        """What `insert` stores for a document; computed apart so an import can prepare it."""
        return _entry(document)

    def insert(self, session: Session, entries: Sequence[tuple[int, dict[str, object]]]) -> None:
        if entries:
            # Tantivy first: its thread indexes them while SQLite's inserts run.
            tantivy_index.added(session, entries)
            session.execute(_INSERT, [_row(i, entry) for i, entry in entries])
            session.execute(_KEEP_DIGEST, [{"id": i, "digest": e["digest"]} for i, e in entries])

    def add(self, session: Session, documents: Iterable[tuple[int, IndexDocument]]) -> None:
        self.insert(session, [(i, _entry(d)) for i, d in documents])

    def remove(self, session: Session, documents: Iterable[tuple[int, IndexDocument]]) -> None:
        """Remove entries; each must be the document that was added (the index keeps none)."""
        chosen = list(documents)
        if chosen:
            session.execute(_DELETE, [_row(i, _entry(d)) for i, d in chosen])
            session.execute(_DROP_DIGEST, [{"id": i} for i, _ in chosen])
            tantivy_index.removed(session, [i for i, _ in chosen])

    def clear(self, session: Session) -> None:
        session.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')"))
        session.execute(text(f"DELETE FROM {DIGESTS}"))
        tantivy_index.cleared(session)

    def match(self, query: Query, apart: Sequence[bool] = ()) -> str | None:
        """The FTS5 expression for the query's words and field filters, or None; the groups
        marked in ``apart`` are left out (the caller matches them with the tags)."""
        return " AND ".join(self._parts(query, apart)) or None

    def match_any(self, query: Query) -> str | None:
        """The expression matching any of the query's words or filters: what a search whose
        words are also tag names ranks by (bm25 sums over the same phrases either way)."""
        return " OR ".join(self._parts(query, ())) or None

    def _parts(self, query: Query, apart: Sequence[bool]) -> list[str]:
        groups = [g for n, g in enumerate(query.groups) if n >= len(apart) or not apart[n]]
        parts = [self.group(group) for group in groups]
        parts += [_near(pair, near.distance) for near in query.nears for pair in pairs(near)]
        parts += ["{source}: " + _quoted(words) for words in query.filters.sources]
        parts += ["{author}: " + _quoted(words) for words in query.filters.authors]
        return parts

    def group(self, group: Sequence[Term]) -> str:
        return "(" + " OR ".join(_term(t) for t in group) + ")"

    def kept_digests(self, session: Session) -> dict[int, bytes]:
        """The digest kept beside each entry, by article id."""
        rows = session.execute(text(f"SELECT article_id, digest FROM {DIGESTS}"))
        return {row[0]: bytes(row[1]) for row in rows}

    def is_whole(self, session: Session) -> bool:
        """FTS5's own integrity check of the articles' table (its structure: a contentless
        table has no text to check its words against)."""
        try:
            with session.begin_nested():
                session.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('integrity-check')"))
        except DBAPIError:
            return False
        return True

    def entry_ids(self, session: Session) -> set[int]:
        """The ids of the articles the FTS5 table holds an entry of (its size records)."""
        return set(session.scalars(text(f"SELECT id FROM {TABLE}_docsize")))

    def add_tags(self, session: Session, documents: Sequence[tuple[int, TagDocument]]) -> None:
        rows = [
            dict(zip(("id", "w", "s", "p"), (i, *tag_row(d)), strict=True)) for i, d in documents
        ]
        if rows:
            session.execute(_INSERT_TAG, rows)

    def remove_tags(self, session: Session, tag_ids: Sequence[int]) -> None:
        if tag_ids:
            session.execute(
                text(f"DELETE FROM {TAGS} WHERE rowid = :id"), [{"id": i} for i in tag_ids]
            )

    def clear_tags(self, session: Session) -> None:
        session.execute(text(f"DELETE FROM {TAGS}"))

    def stale_tags(self, session: Session, expected: dict[int, TagDocument]) -> int:
        """How many tags the tag table holds otherwise than their names give (or not at all)."""
        rows = session.execute(text(f"SELECT rowid, words, stems, spelled FROM {TAGS}"))
        stored = {row[0]: tuple(row[1:]) for row in rows}
        wrong = sum(stored.pop(i, None) != tag_row(d) for i, d in expected.items())
        try:  # and the table's own index agrees with what it holds (it keeps its content)
            with session.begin_nested():
                session.execute(text(f"INSERT INTO {TAGS} ({TAGS}) VALUES ('integrity-check')"))
        except DBAPIError:
            wrong += 1
        return wrong + len(stored)

    def tags_matching(self, session: Session, group: Sequence[Term]) -> set[int]:
        """The ids of the tags whose names hold any of these terms."""
        expression = " OR ".join(_term(t, TAG_EXACT, TAG_STEM) for t in group)
        statement = text(f"SELECT rowid FROM {TAGS} WHERE {TAGS} MATCH :match")
        return set(session.scalars(statement, {"match": expression}))

    def term(self, term: Term) -> str:
        return _term(term)

    def boosts(self, query: Query) -> list[str]:
        """Expressions for articles whose words stand together, best first (see `ranking`)."""
        words = together(query)
        if words is None:
            return []
        title = "{title}: " + _quoted(words)
        if len(words) == 1:
            return [title]
        keys = [proximity_key(w) for w in words]
        near = " AND ".join(_near(pair, BOOST_DISTANCE) for pair in key_pairs(keys))
        return [
            title,
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


def _term(term: Term, exact_columns: str = EXACT, stem_columns: str = STEM) -> str:
    forms = term_forms(term)
    if forms.spelled is not None:
        star = "*" if term.is_prefix else ""
        spelled = "{spelled}: " + _quoted(forms.spelled) + star
        return f"({spelled} AND {exact_columns}: {_quoted(term.words)}{star})"
    suffix = "*" if term.is_prefix else ""
    exact = " OR ".join(_quoted(f) + suffix for f in forms.exact)
    if not forms.stems:
        return f"{exact_columns}: ({exact})"
    stemmed = " OR ".join(_quoted(s) for s in forms.stems)
    return f"({exact_columns}: ({exact}) OR {stem_columns}: ({stemmed}))"
