"""Session-level search: keeping the index in step with the articles, and running queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from storage.models import (
    INDEXED_BY,
    ArchiveSetting,
    Article,
    ArticleTag,
    Attachment,
    Dossier,
    DossierItem,
    Note,
    Tag,
)
from storage.records import ArticleId, SearchHit, SearchResults
from storage.search import tantivy_index, tantivy_search, top_k
from storage.search.document import (
    INDEX_VERSION,
    IndexDocument,
    build_document,
    digest_of,
    tag_document,
)
from storage.search.orders import Order
from storage.search.postgres_index import PostgresIndex
from storage.search.query import Filters, Query, Term, parse
from storage.search.ranking import TAG_SCORE
from storage.search.snippets import Highlighter, snippet
from storage.search.spelling import holding_marks, marked_terms
from storage.search.sqlite_index import SqliteIndex
from storage.text import name_key

SearchIndex = SqliteIndex | PostgresIndex
REBUILD_BATCH = 1000
INDEX_SETTING = "search_index_version"  # an archive setting: the INDEX_VERSION it was built by


def index_for(dialect: str) -> SearchIndex:
    return SqliteIndex() if dialect == "sqlite" else PostgresIndex()


def documents_for(session: Session, article_ids: Iterable[int]) -> dict[int, IndexDocument]:
    """The index documents of these articles as they are stored now."""
    ids = list(article_ids)
    documents: dict[int, IndexDocument] = {}
    for start in range(0, len(ids), 500):
        for stored in _stored_texts(session, ids[start : start + 500]):
            documents[stored[0]] = _document_of(stored)
    return documents


# An article's text as the index reads it: id, title, lead, body, place, source, author, notes.
# Plain values, so a worker process can take it.
_StoredText = tuple[int, str, str, str, str, str, str, tuple[str, ...]]


def _stored_texts(session: Session, article_ids: Sequence[int]) -> list[_StoredText]:
    notes = _notes(session, Note.article_id.in_(article_ids))
    rows = session.execute(select(*_TEXT).where(Article.id.in_(article_ids)))
    return [(*row, tuple(notes[row.id])) for row in rows]


def _document_of(stored: _StoredText) -> IndexDocument:
    _id, title, lead, body, place, source, author, notes = stored
    return build_document(
        title=title, lead=lead, body=body, place=place, source=source, author=author, notes=notes
    )


def _entries_of(
    texts: Sequence[_StoredText], index: SearchIndex
) -> list[tuple[int, dict[str, object]]]:
    """What the index stores for these articles: made in a worker process while the batch
    before is written (`rebuild`)."""
    return [(stored[0], index.entry(_document_of(stored))) for stored in texts]


_TEXT = (
    Article.id,
    Article.title,
    Article.lead,
    Article.body,
    Article.place,
    Article.source,
    Article.author,
)


def _notes(session: Session, which: ColumnElement[bool]) -> defaultdict[int, list[str]]:
    notes: defaultdict[int, list[str]] = defaultdict(list)
    statement = select(Note.article_id, Note.text).where(which).order_by(Note.id)
    for article_id, note in session.execute(statement):
        notes[article_id].append(note)
    return notes


def digests(session: Session) -> dict[int, bytes]:
    """The digest (`document.digest_of`) of every article's stored text, as its index entry
    must have been made from: the text is read and hashed, not normalised (rows by position,
    through the connection: the ORM's row handling cost as much as the hashing)."""
    notes = _notes(session, Note.article_id.is_not(None))
    rows: Iterable[tuple[int, str, str, str, str, str, str]] = session.connection().execute(
        select(*_TEXT)
    )
    return {
        i: digest_of(title, lead, body, place, source, author, notes[i])
        for i, title, lead, body, place, source, author in rows
    }


def stale_entries(session: Session, index: SearchIndex) -> int:
    """How many index entries (of articles and of tag names) differ from what the archive
    holds now: 0 when the index agrees with it. See `health` for what this relies on."""
    expected = digests(session)
    kept = index.kept_digests(session)
    wrong = sum(kept.pop(i, None) != digest for i, digest in expected.items()) + len(kept)
    wrong += len(index.entry_ids(session) ^ expected.keys())
    names = session.execute(select(Tag.id, Tag.name))
    return wrong + index.stale_tags(session, {i: tag_document(n) for i, n in names})


def tags_named(session: Session, tags: Iterable[tuple[int, str]]) -> None:
    """Index the names of these tags, new or renamed (what their tag links are found by)."""
    index = index_for(session.get_bind().dialect.name)
    chosen = list(tags)
    index.remove_tags(session, [i for i, _ in chosen])
    index.add_tags(session, [(i, tag_document(name)) for i, name in chosen])


def tags_gone(session: Session, tag_ids: Sequence[int]) -> None:
    """Take these tags (deleted or merged) out of the index of tag names."""
    index_for(session.get_bind().dialect.name).remove_tags(session, tag_ids)


@contextmanager
def reindexing(session: Session, index: SearchIndex, article_ids: Iterable[int]) -> Iterator[None]:
    """Bring the index entries of these articles in step with what the block changes."""
    ids = set(article_ids)
    before = documents_for(session, ids)
    is_dated = tantivy_index.index_of(session) is not None  # only Tantivy keeps the day
    days_before = tantivy_index.days(session, sorted(ids)) if is_dated else {}
    yield
    session.flush()
    after = documents_for(session, ids)
    # A new date alone writes the entry again too: Tantivy keeps the day beside the words.
    days_after = tantivy_index.days(session, sorted(ids)) if is_dated else {}
    changed = {
        i for i in ids if after.get(i) != before.get(i) or days_after.get(i) != days_before.get(i)
    }
    index.remove(session, [(i, d) for i, d in before.items() if i in changed])
    index.add(session, [(i, d) for i, d in after.items() if i in changed])


def mend_ranking(
    session: Session, index: SearchIndex, held: tantivy_index.Held | None = None
) -> None:
    """Mend the archive's Tantivy index if the last transaction that wrote it did not commit
    in SQLite, or transactions recorded their articles instead (`tantivy_index.lost_writes`),
    in this write transaction: with ``held``, an import catching it up, whose kept entries
    are written where they are the articles' still, the others made from the database."""
    article_ids = tantivy_index.lost_writes(session)
    if article_ids is not None:
        kept, fed = ({}, set()) if held is None else tantivy_index.cached(session, held)
        documents = documents_for(
            session, [i for i in article_ids if i not in kept and i not in fed]
        )
        entries = [(i, index.entry(d)) for i, d in documents.items()]
        tantivy_index.mend(session, article_ids, [*entries, *kept.items()], held, fed)
    elif held is not None:
        held.roll_back()  # what it was fed is not to be written (the index is rebuilt)
    if held is not None:
        held.caught_up()


def is_current(session: Session) -> bool:
    """Whether the search index was built by this version's rules (`INDEX_VERSION`) and, in
    an archive folder, its Tantivy index was made (current or not: see `tantivy_index`)."""
    setting = session.get(ArchiveSetting, INDEX_SETTING)
    if setting is None or setting.value != INDEX_VERSION:
        return False
    return tantivy_index.index_of(session) is None or tantivy_index.was_built(session)


def rebuild(
    session: Session, index: SearchIndex, progress: Callable[[int, int], None] | None
) -> None:
    """Index every article again, and record that this version's rules built the index."""
    session.merge(ArchiveSetting(name=INDEX_SETTING, value=INDEX_VERSION))
    index.clear(session)
    index.clear_tags(session)
    index.add_tags(
        session, [(i, tag_document(n)) for i, n in session.execute(select(Tag.id, Tag.name))]
    )
    ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    # The entries of each batch are made in a worker process while the one before is written
    # (building entries is Python, writing is the database: on two free cores they overlap).
    from storage.background import prepared_in_worker

    chunks = (
        _stored_texts(session, ids[start : start + REBUILD_BATCH])
        for start in range(0, len(ids), REBUILD_BATCH)
    )
    done = 0
    for entries in prepared_in_worker(chunks, _entries_of, index):
        index.insert(session, entries)
        done += len(entries)
        if progress is not None:
            progress(done, len(ids))


def search(
    session: Session,
    index: SearchIndex,
    query_text: str,
    limit: int = 20,
    offset: int = 0,
    order: Order = "relevance",
) -> SearchResults:
    query = parse(query_text)
    if query.is_empty or query.is_impossible:
        return SearchResults(0, ())
    prefer_the_index(session)
    if order == "relevance":
        ranked = _by_tantivy(session, index, query, max(0, offset) + max(0, limit))
        if ranked is not None:
            best, total = ranked
            return SearchResults(total, tuple(_hits(session, query, best[max(0, offset) :])))
    plan = _index_only(session, index, query)
    if plan is not None and plan[1] is not None and order != "relevance":
        plan = None  # another order reads its page by the full statement: let it count too
    more = False
    if plan is not None:  # SQLite, and every condition in its index (`top_k`)
        expression, tagged = plan
        conditions = top_k.Conditions(session, query)
        if tagged is not None:  # those articles are ranked apart (`_held_by_tags`)
            conditions.leave_out(tagged)
        total = top_k.count(session, expression, conditions)
        more = total > top_k.COUNTED  # then "more than COUNTED" (see `top_k.count`)
        if order == "relevance":
            k = max(0, offset) + max(0, limit)
            boosts = index.boosts(query)
            best = top_k.top(session, expression, boosts, conditions, k, total) if total else []
            if tagged is not None:
                held = _held_by_tags(session, index, query, tagged)
                total += len(held)
                best = top_k.in_order(session, best[:k] + held[:k])[:k]
            hits = tuple(_hits(session, query, best[max(0, offset) :]))
            return SearchResults(top_k.COUNTED if more else total, hits, more)
        if total == 0:
            return SearchResults(0, ())
        if more:
            total = top_k.COUNTED
    else:
        counted = _matching(session, index, query, is_ranked=False)  # no scores to count
        total = session.scalar(select(func.count()).select_from(counted.subquery())) or 0
    statement = _matching(session, index, query, is_ranked=order == "relevance")
    ordered = _ordered(statement, order)
    page = session.execute(ordered.limit(max(0, limit)).offset(max(0, offset)))
    hits = tuple(_hits(session, query, [(i, s) for i, s in page]))
    return SearchResults(total, hits, more)


def _index_only(
    session: Session, index: SearchIndex, query: Query
) -> tuple[str, str | None] | None:
    """How `top_k` answers the query from the SQLite index alone, or None: its full-text
    expression (every word), and the articles that carry a tag whose name holds a group of the
    query's words (SQL of their ids), or None if no tag's name does. Those few hold a group by
    their tag, not their words: they are ranked apart, by the full ranking (`_held_by_tags`),
    and every other match holds every word. No condition but the index's, dates and exact
    sources."""
    if not isinstance(index, SqliteIndex) or not top_k.eligible(query):
        return None
    expression = index.match(query)
    if expression is None:
        return None
    tag_ids = set().union(*_tags_of(session, index, query.groups))
    if not tag_ids:
        return expression, None
    listed = ", ".join(str(i) for i in sorted(tag_ids))  # ids read from the archive: integers
    return (
        expression,
        f"SELECT article_id FROM {ArticleTag.__tablename__} WHERE tag_id IN ({listed})",
    )


def _held_by_tags(
    session: Session, index: SearchIndex, query: Query, tagged: str
) -> list[tuple[int, float]]:
    """Every match among the articles ``tagged`` selects, with its score, best first: the full
    ranking of those alone. Each full-text match in it is read only for them (``+rowid IN``),
    so no word's whole set of matches is scored or held."""
    statement = _matching(session, index, query, is_ranked=True, within=tagged)
    return [(i, s) for i, s in session.execute(_ordered(statement, "relevance"))]


def search_ids(session: Session, index: SearchIndex, query_text: str, order: Order) -> list[int]:
    """Every article the query finds, in order: what a list holds, to load rows as shown."""
    query = parse(query_text)
    if query.is_empty or query.is_impossible:
        return []
    prefer_the_index(session)
    if order == "relevance":
        plan = _tantivy_plan(session, index, query)
        if plan is not None:
            with suppress(OSError, ValueError):  # a damaged index: FTS5 answers
                return tantivy_search.every(plan[0], query, plan[1])
    statement = _matching(session, index, query, is_ranked=order == "relevance")
    return [row[0] for row in session.execute(_ordered(statement, order))]


def _by_tantivy(
    session: Session, index: SearchIndex, query: Query, k: int
) -> tuple[list[tuple[int, float]], int] | None:
    """The first ``k`` (id, score) and the count, ranked by the archive's Tantivy index; None
    if it does not serve the query or is behind (`tantivy_index`)."""
    plan = _tantivy_plan(session, index, query)
    if plan is None:
        return None
    try:
        return tantivy_search.top(plan[0], query, k, plan[1])
    except (OSError, ValueError):  # a damaged index: FTS5 answers (`check` reports it)
        return None


def _tantivy_plan(
    session: Session, index: SearchIndex, query: Query
) -> tuple[Any, tantivy_search.Articles] | None:
    """Tantivy's searcher, if it serves the query and holds what this transaction's FTS5
    index holds, with what the database says of the articles besides (else None)."""
    ranking = tantivy_index.index_of(session)
    if ranking is None or not tantivy_search.is_served(query):
        return None
    searcher = ranking.searcher(session)
    if searcher is None:
        return None
    tagged = [
        list(session.scalars(_tagged(tag_ids))) if tag_ids else []
        for tag_ids in _tags_of(session, index, query.groups)
    ]
    trashed = list(session.scalars(select(Article.id).where(Article.trashed.is_not(None))))
    highest = session.scalar(select(func.max(Article.id))) or 0
    return searcher, tantivy_search.Articles(trashed, tagged, highest)


def matching_ids(session: Session, index: SearchIndex, query: Query) -> Select[int, float]:
    """The ids (and a 0 score) of the articles ``query`` finds, unordered and unranked: what
    counts are taken over. An empty query finds every article not in the trash."""
    prefer_the_index(session)
    return _matching(session, index, query, is_ranked=False)


def prefer_the_index(session: Session) -> None:
    """On PostgreSQL, keep the search on the GIN index for this transaction. The planner
    prices a scan of the index table (whole, or along its primary key) below the GIN index,
    because the table's own pages are few (the tsvectors live in TOAST); but reading every
    tsvector back costs a hundred times more (1.6 s against 20 ms for a rare word on the
    corpus). Bitmap scans stay allowed: they are how GIN is read."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))


def _ordered(statement: Select[int, float], order: Order) -> Select[int, float]:
    score = statement.selected_columns.score
    return statement.order_by(*ordering(order, score))


def ordering(order: Order, score: ColumnElement[float] | None = None) -> tuple[Any, ...]:
    """ORDER BY terms; undated articles come last either way (SQLite 3.30+ and PostgreSQL)."""
    newest = (Article.published.desc().nulls_last(), Article.id.desc())
    if order == "oldest":
        return (Article.published.asc().nulls_last(), Article.id.asc())
    if order in ("title", "title-desc"):
        title = Article.title.desc() if order == "title-desc" else Article.title.asc()
        return (title, *newest)
    if order in ("source", "source-desc"):
        source = Article.source.desc() if order == "source-desc" else Article.source.asc()
        return (source, *newest)
    return (score.desc(), *newest) if order == "relevance" and score is not None else newest


def _matching(
    session: Session,
    index: SearchIndex,
    query: Query,
    is_ranked: bool = True,
    within: str | None = None,
) -> Select[int, float]:
    """What the query finds (scored if ``is_ranked``). ``within`` (SQLite, tags in the query):
    only among the articles this SQL selects the ids of, every full-text match read for them
    alone."""
    tags = _tags_of(session, index, query.groups)
    if any(tags):
        statement = _matching_with_tags(index, query, tags, is_ranked, within)
    else:
        statement = _matching_words(index, query, is_ranked)
    conditions = [Article.trashed.is_(None), *_filter_conditions(session, query.filters)]
    if within is not None:
        conditions.append(Article.id.in_(text(within).columns(id=Integer)))
    left_out = _tags_of(session, index, [(term,) for term in query.excluded])
    for number, (term, tag_ids) in enumerate(zip(query.excluded, left_out, strict=True)):
        name = f"excluded_{number}"
        excluded = text(index.matching(name)).bindparams(**{name: index.term(term)})
        conditions.append(Article.id.not_in(excluded.columns(id=Integer)))
        if tag_ids:
            conditions.append(Article.id.not_in(_tagged(tag_ids)))
    statement = statement.where(and_(*conditions))
    marked = marked_terms(query)
    if marked:
        candidates = select(statement.subquery().c.id)
        statement = statement.where(Article.id.in_(holding_marks(session, candidates, marked)))
    return statement


def _tags_of(
    session: Session, index: SearchIndex, groups: Sequence[Sequence[Term]]
) -> list[set[int]]:
    """For each group of terms, the tags whose names hold one of them (an article that
    carries one holds the group)."""
    if not groups or session.scalar(select(Tag.id).limit(1)) is None:
        return [set() for _ in groups]
    return [index.tags_matching(session, group) for group in groups]


def _tagged(tag_ids: Iterable[int]) -> Select[int]:
    return select(ArticleTag.article_id).where(ArticleTag.tag_id.in_(sorted(tag_ids)))


def _matching_words(index: SearchIndex, query: Query, is_ranked: bool) -> Select[int, float]:
    """The articles whose words hold the query's words (none of them a tag's name). Joined
    with the index's matches by id, the articles' trash, dates, sources and authors are read
    from the index beside the id, not the rows (`models.INDEXED_BY`); a filter alone, without
    words, reads its own index (of the dates, of the sources). Not in `_matching_with_tags`:
    there it would have SQLite scan the ranked matches once for each article."""
    expression = index.match(query)
    if expression is not None and not is_ranked:
        matched = (
            text(index.matched("match")).bindparams(match=expression).columns(id=Integer)
        ).subquery("matched")
        statement = select(Article.id, literal(0.0, Float).label("score")).join(
            matched, matched.c.id == Article.id
        )
    elif expression is not None:
        ranked = _ranked(index, expression, index.boosts(query))
        statement = select(Article.id, ranked.c.score).join(ranked, ranked.c.id == Article.id)
    else:
        return select(Article.id, literal(0.0, Float).label("score"))
    return statement.with_hint(Article.__table__, INDEXED_BY, "sqlite")


def _ranked(
    index: SearchIndex, expression: str, boosts: list[str], within: str | None = None
) -> Any:
    return (
        text(_among(index.ranked("match", len(boosts)), within))
        .bindparams(match=expression, **{f"boost_{n}": b for n, b in enumerate(boosts)})
        .columns(id=Integer, score=Float)
        .subquery("ranked")
    )


def _among(sql: str, within: str | None) -> str:
    """A full-text statement of SQLite's (`SqliteIndex.matching`, `ranked`) read only for the
    articles ``within`` selects: FTS5 reads the matches once, keeping those (with ``+``, it is
    not handed one rowid at a time, each a new search)."""
    return sql if within is None else f"{sql} AND +rowid IN ({within})"


def _matching_with_tags(
    index: SearchIndex,
    query: Query,
    tags: list[set[int]],
    is_ranked: bool,
    within: str | None = None,
) -> Select[int, float]:
    """The articles that hold each group of the query in their words or (for the groups in
    tag names) in their tags. Ranked by the word score of whatever they hold of the query
    (bm25 and ts_rank sum over the query's phrases) plus `TAG_SCORE` for each group a tag of
    theirs holds."""
    conditions: list[ColumnElement[bool]] = []
    rest = index.match(query, [bool(t) for t in tags])
    if rest is not None:
        rest_sql = _among(index.matching("rest"), within)
        words = text(rest_sql).bindparams(rest=rest).columns(id=Integer)
        conditions.append(Article.id.in_(words))
    held_by_tags = []
    for number, (group, tag_ids) in enumerate(zip(query.groups, tags, strict=True)):
        if tag_ids:
            name = f"group_{number}"
            group_match = index.group(group)
            bound = text(_among(index.matching(name), within)).bindparams(**{name: group_match})
            held_by_tags.append(Article.id.in_(_tagged(tag_ids)))
            conditions.append(or_(Article.id.in_(bound.columns(id=Integer)), held_by_tags[-1]))
    if not is_ranked:
        return select(Article.id, literal(0.0, Float).label("score")).where(*conditions)
    expression = index.match_any(query)
    assert expression is not None  # the query has groups
    ranked = _ranked(index, expression, index.boosts(query), within)
    score: ColumnElement[float] = func.coalesce(ranked.c.score, 0.0)
    for held in held_by_tags:
        score = score + case((held, TAG_SCORE), else_=0.0)
    return (
        select(Article.id, score.label("score"))
        .outerjoin(ranked, ranked.c.id == Article.id)
        .where(*conditions)
    )


def _filter_conditions(session: Session, filters: Filters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    for tag in filters.tags:
        tag_ids = _tag_and_descendants(session, name_key(tag))
        conditions.append(
            Article.id.in_(select(ArticleTag.article_id).where(ArticleTag.tag_id.in_(tag_ids)))
        )
    for dossier in filters.dossiers:
        conditions.append(
            Article.id.in_(
                select(DossierItem.article_id)
                .join(Dossier, Dossier.id == DossierItem.dossier_id)
                .where(Dossier.key == name_key(dossier))
            )
        )
    related = {
        "note": Note.article_id,
        "attachment": Attachment.article_id,
        "tag": ArticleTag.article_id,
    }
    for kind in filters.has:
        column = related.get(kind.rstrip("s"))
        conditions.append(exists().where(column == Article.id) if column is not None else false())
    conditions += [Article.source == name for name in filters.exact_sources]
    conditions += [Article.author == name for name in filters.exact_authors]
    if filters.date_from is not None:
        conditions.append(Article.published >= filters.date_from)
    if filters.date_to is not None:
        conditions.append(Article.published <= filters.date_to)
    return conditions


def _tag_and_descendants(session: Session, key: str) -> set[int]:
    tags = session.execute(select(Tag.id, Tag.key, Tag.parent_id)).all()
    children: defaultdict[int | None, list[int]] = defaultdict(list)
    for tag_id, _, parent in tags:
        children[parent].append(tag_id)
    found = [tag_id for tag_id, tag_key, _ in tags if tag_key == key]
    result: set[int] = set()
    while found:
        tag_id = found.pop()
        if tag_id not in result:
            result.add(tag_id)
            found += children[tag_id]
    return result


def snippets(session: Session, query_text: str, article_ids: Sequence[int]) -> dict[int, str]:
    """The snippet of each article (HTML, the query's words in <b>), as a search shows it:
    for a list that holds search results and loads its rows a page at a time."""
    highlighter = Highlighter.for_query(parse(query_text))
    statement = select(Article.id, Article.lead, Article.body).where(Article.id.in_(article_ids))
    return {
        row.id: snippet(_snippet_source(row.lead, row.body), highlighter)
        for row in session.execute(statement)
    }


def _snippet_source(lead: str, body: str) -> str:
    return f"{lead}\n\n{body}" if lead else body


def _hits(session: Session, query: Query, page: Sequence[tuple[int, float]]) -> list[SearchHit]:
    ids = [row[0] for row in page]
    columns = (
        Article.id,
        Article.ref,
        Article.title,
        Article.source,
        Article.published,
        Article.lead,
        Article.body,
    )
    rows = {r.id: r for r in session.execute(select(*columns).where(Article.id.in_(ids)))}
    highlighter = Highlighter.for_query(query)
    hits = []
    for article_id, score in page:
        row = rows[article_id]
        text_ = _snippet_source(row.lead, row.body)
        hits.append(
            SearchHit(
                id=ArticleId(article_id),
                ref=row.ref,
                title=row.title,
                source=row.source,
                date=row.published,
                score=round(float(score), 6),
                snippet=snippet(text_, highlighter),
            )
        )
    return hits
