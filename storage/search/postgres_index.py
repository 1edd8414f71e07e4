"""The search index on PostgreSQL: one tsvector per article, with a GIN index.

The tsvector is written lexeme by lexeme from the same normalised words as the SQLite index
(no text search configuration folds them again): exact words weighted A (title), B (body) or
C (place, notes, source, author); stems as ``~stem``, words as spelled (``=word``, for
exact-spelling terms) and proximity keys (``^key``) at the same positions, weighted D; source
and author words once more as ``s>word`` and ``a>word`` for the field filters. The rank is
ts_rank plus the bonuses of `storage.search.ranking`, tested with phrase queries. Each row
keeps, beside its tsvector, the digest of the text it was made from. Tag names have a table
of their own (``search_tag_index``, a tsvector of each name written the same way), where a
query's terms are matched to reach the articles through their tag links.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from storage.search.document import IndexDocument, TagDocument, near_keys
from storage.search.query import Query, Term
from storage.search.ranking import BONUS, BOOST_DISTANCE, key_pairs, pairs, together
from storage.search.variants import proximity_key, term_forms
from storage.text.stem import stem

TABLE = "search_index"
TAGS = "search_tag_index"
MAX_POSITION = 16_383  # PostgreSQL keeps positions up to this
MAX_LEXEME = 500
RANK = "ts_rank('{0.1, 0.2, 0.4, 1.0}', s.document, q.query)"
_UPSERT = text(
    f"INSERT INTO {TABLE} (article_id, document, digest) "
    "VALUES (:id, CAST(:document AS tsvector), :digest) ON CONFLICT (article_id) "
    "DO UPDATE SET document = EXCLUDED.document, digest = EXCLUDED.digest"
)
_INSERT_TAG = text(
    f"INSERT INTO {TAGS} (tag_id, document) VALUES (:id, CAST(:document AS tsvector))"
)
_AS_TEXT = text(
    "SELECT CAST(x AS tsvector)::text FROM unnest(CAST(:documents AS text[])) "
    "WITH ORDINALITY AS t(x, n) ORDER BY n"
)


def _lexeme(word: str) -> str:
    return "'" + word[:MAX_LEXEME].replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(document: IndexDocument) -> str:
    parts = (
        (document.title, "A"),
        (document.text, "B"),
        (document.meta + document.source + document.author, "C"),
    )
    lexemes = _lexemes(parts, document.spelled)
    lexemes += [_lexeme("s>" + w) for w in set(document.source)]
    lexemes += [_lexeme("a>" + w) for w in set(document.author)]
    return " ".join(lexemes)


def tag_literal(document: TagDocument) -> str:
    """A tag name's tsvector: its words as an article's place or notes are written."""
    return " ".join(_lexemes(((document.words, "C"),), document.spelled))


def _lexemes(parts: Sequence[tuple[Sequence[str], str]], spelled: Sequence[str]) -> list[str]:
    positions: defaultdict[str, list[str]] = defaultdict(list)
    position = 0
    spelling = iter(spelled)
    for words, weight in parts:
        for word, key in zip(words, near_keys(words), strict=True):
            position = min(position + 1, MAX_POSITION)
            at = f"{position}D"
            positions[word].append(f"{position}{weight}")
            positions["~" + stem(word)].append(at)
            positions["^" + key].append(at)
            positions["=" + next(spelling, word)].append(at)
    return [f"{_lexeme(w)}:{','.join(p[:256])}" for w, p in positions.items()]


class PostgresIndex:
    def entry(self, document: IndexDocument) -> dict[str, object]:
        """What `insert` stores for a document; computed apart so an import can prepare it."""
        return {"document": tsvector_literal(document), "digest": document.digest}

    def insert(self, session: Session, entries: Sequence[tuple[int, dict[str, object]]]) -> None:
        if entries:
            session.execute(_UPSERT, [{"id": i, **entry} for i, entry in entries])

    def add(self, session: Session, documents: Iterable[tuple[int, IndexDocument]]) -> None:
        self.insert(session, [(i, self.entry(d)) for i, d in documents])

    def remove(self, session: Session, documents: Iterable[tuple[int, IndexDocument]]) -> None:
        ids = [i for i, _ in documents]
        if ids:
            session.execute(text(f"DELETE FROM {TABLE} WHERE article_id = ANY(:ids)"), {"ids": ids})

    def clear(self, session: Session) -> None:
        session.execute(text(f"DELETE FROM {TABLE}"))

    def match(self, query: Query, apart: Sequence[bool] = ()) -> str | None:
        """The tsquery for the query's words and field filters, or None; the groups marked in
        ``apart`` are left out (the caller matches them with the tags)."""
        return " & ".join(self._parts(query, apart)) or None

    def match_any(self, query: Query) -> str | None:
        """The tsquery matching any of the query's words or filters (see SqliteIndex)."""
        return " | ".join(self._parts(query, ())) or None

    def _parts(self, query: Query, apart: Sequence[bool]) -> list[str]:
        groups = [g for n, g in enumerate(query.groups) if n >= len(apart) or not apart[n]]
        parts = [self.group(group) for group in groups]
        parts += [_near(pair, near.distance) for near in query.nears for pair in pairs(near)]
        parts += [_all("s>", words) for words in query.filters.sources]
        parts += [_all("a>", words) for words in query.filters.authors]
        return parts

    def group(self, group: Sequence[Term]) -> str:
        return "(" + " | ".join(_term(t) for t in group) + ")"

    def kept_digests(self, session: Session) -> dict[int, bytes]:
        rows = session.execute(text(f"SELECT article_id, digest FROM {TABLE}"))
        return {row[0]: bytes(row[1] or b"") for row in rows}

    def is_whole(self, session: Session) -> bool:
        """PostgreSQL keeps its GIN index whole itself (its WAL); nothing more to check."""
        return True

    def entry_ids(self, session: Session) -> set[int]:
        """One row holds an article's tsvector and its digest: the ids are the digests'."""
        return set(session.scalars(text(f"SELECT article_id FROM {TABLE}")))

    def add_tags(self, session: Session, documents: Sequence[tuple[int, TagDocument]]) -> None:
        if documents:
            rows = [{"id": i, "document": tag_literal(d)} for i, d in documents]
            session.execute(_INSERT_TAG, rows)

    def remove_tags(self, session: Session, tag_ids: Sequence[int]) -> None:
        if tag_ids:
            statement = text(f"DELETE FROM {TAGS} WHERE tag_id = ANY(:ids)")
            session.execute(statement, {"ids": list(tag_ids)})

    def clear_tags(self, session: Session) -> None:
        session.execute(text(f"DELETE FROM {TAGS}"))

    def stale_tags(self, session: Session, expected: dict[int, TagDocument]) -> int:
        """How many tags the tag table holds otherwise than their names give (or not at all)."""
        rows = session.execute(text(f"SELECT tag_id, document::text FROM {TAGS}"))
        stored: dict[int, str] = {row[0]: row[1] for row in rows}
        ids = list(expected)
        literals = [tag_literal(expected[i]) for i in ids]
        vectors: list[str] = list(session.scalars(_AS_TEXT, {"documents": literals})) if ids else []
        wrong = sum(stored.pop(i, None) != v for i, v in zip(ids, vectors, strict=True))
        return int(wrong) + len(stored)

    def tags_matching(self, session: Session, group: Sequence[Term]) -> set[int]:
        """The ids of the tags whose names hold any of these terms."""
        statement = text(f"SELECT tag_id FROM {TAGS} WHERE document @@ CAST(:match AS tsquery)")
        return set(session.scalars(statement, {"match": self.group(group)}))

    def term(self, term: Term) -> str:
        return _term(term)

    def boosts(self, query: Query) -> list[str]:
        """tsqueries for articles whose words stand together, best first (see `ranking`)."""
        words = together(query)
        if words is None:
            return []
        title = "(" + " <-> ".join(_lexeme(w) + ":A" for w in words) + ")"
        if len(words) == 1:
            return [title]
        keys = [proximity_key(w) for w in words]
        near = " & ".join(_near(pair, BOOST_DISTANCE) for pair in key_pairs(keys))
        return [title, _sequence(words), _sequence(keys, "^"), *([near] if near else [])]

    def ranked(self, parameter: str, boosts: int = 0) -> str:
        """SQL giving (id, score) of the articles matching the tsquery in ``:parameter``,
        with a bonus for those matching each of ``boosts`` more tsqueries ``:boost_N``."""
        bonus = "".join(
            f" + {BONUS} * (s.document @@ CAST(:boost_{n} AS tsquery))::int" for n in range(boosts)
        )
        return (
            f"SELECT s.article_id AS id, {RANK}{bonus} AS score FROM {TABLE} s, "
            f"CAST(:{parameter} AS tsquery) AS q(query) WHERE s.document @@ q.query"
        )

    def matched(self, parameter: str) -> str:
        """SQL giving the ids (``id``) of the articles matching, unscored: for counting."""
        return (
            f"SELECT article_id AS id FROM {TABLE} WHERE document @@ CAST(:{parameter} AS tsquery)"
        )

    def matching(self, parameter: str) -> str:
        return f"SELECT article_id FROM {TABLE} WHERE document @@ CAST(:{parameter} AS tsquery)"


def _all(prefix: str, words: Sequence[str]) -> str:
    return "(" + " & ".join(_lexeme(prefix + w) for w in words) + ")"


def _sequence(words: Sequence[str], marker: str = "", is_prefix: bool = False) -> str:
    lexemes = [_lexeme(marker + w) for w in words]
    if is_prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


def _near(pair: tuple[str, str], distance: int) -> str:
    """The two proximity keys within ``distance`` words of each other, in either order."""
    a, b = _lexeme("^" + pair[0]), _lexeme("^" + pair[1])
    steps = range(1, distance + 2)
    return "(" + " | ".join(f"{x} <{n}> {y}" for n in steps for x, y in ((a, b), (b, a))) + ")"


def _term(term: Term) -> str:
    forms = term_forms(term)
    if forms.spelled is not None:
        spelled = _sequence(forms.spelled, "=", term.is_prefix)
        return f"({spelled} & {_sequence(term.words, is_prefix=term.is_prefix)})"
    alternatives = [_sequence(f, is_prefix=term.is_prefix) for f in forms.exact]
    alternatives += [_sequence(s, "~") for s in forms.stems]
    return "(" + " | ".join(alternatives) + ")"
