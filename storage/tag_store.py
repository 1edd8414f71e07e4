"""Session-level work on tags. Two names with the same `name_key` are one tag."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from storage.changes import Changes
from storage.errors import Conflict, ErrorCode, InvalidField, NotFound
from storage.models import Article, ArticleTag, Tag
from storage.records import ArticleId, TagId, TagRecord
from storage.search import searcher
from storage.text import name_key, names

CHUNK = 500  # ids in one IN list


def checked_name(name: str) -> tuple[str, str]:
    return names.checked_name("tag", name, names.TAG_NAME_LIMIT)


def ensure_tags(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Ids of the tags with these names, creating the missing ones; keyed by `name_key`."""
    wanted: dict[str, str] = {}
    for name in names:
        shown, key = checked_name(name)
        wanted.setdefault(key, shown)
    found = dict(session.execute(select(Tag.key, Tag.id).where(Tag.key.in_(wanted))).all())
    missing = [{"name": wanted[k], "key": k, "parent_id": None} for k in wanted if k not in found]
    if missing:
        statement = insert(Tag).returning(Tag.key, Tag.id, sort_by_parameter_order=True)
        made = dict(session.execute(statement, missing).all())
        searcher.tags_named(session, [(i, wanted[key]) for key, i in made.items()])
        found.update(made)
    return found


def get(session: Session, tag_id: int) -> Tag:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="tag", id=tag_id)
    return tag


def find(session: Session, name: str) -> Tag | None:
    return session.scalar(select(Tag).where(Tag.key == name_key(name)))


def records(session: Session) -> list[TagRecord]:
    """Every tag with the number of articles (not in the trash) that carry it, by name."""
    counts = (
        select(ArticleTag.tag_id, func.count().label("n"))
        .join(Article, Article.id == ArticleTag.article_id)
        .where(Article.trashed.is_(None))
        .group_by(ArticleTag.tag_id)
        .subquery()
    )
    rows = session.execute(
        select(Tag.id, Tag.name, Tag.parent_id, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.tag_id == Tag.id)
        .order_by(Tag.key)
    )
    return [
        TagRecord(TagId(i), name, None if parent is None else TagId(parent), count)
        for i, name, parent, count in rows
    ]


def all_names(session: Session) -> list[str]:
    """Every tag's name, in the order of `records` (without their counts, which read every
    link of every tag: a quarter of a second at 300,000 articles)."""
    return list(session.scalars(select(Tag.name).order_by(Tag.key)))


def find_record(session: Session, name: str) -> TagRecord | None:
    """The tag of this name (in any spelling `name_key` folds together), or None."""
    tag = find(session, name)
    return None if tag is None else next(t for t in records(session) if t.id == tag.id)


def articles_with(session: Session, tag_ids: Iterable[int]) -> frozenset[ArticleId]:
    """The articles that carry any of these tags."""
    chosen = select(ArticleTag.article_id).where(ArticleTag.tag_id.in_(list(tag_ids)))
    return frozenset(ArticleId(i) for i in session.scalars(chosen))


# A tag's rename, merge or delete changes its articles (what they show), not their index
# entries, which hold no tags (storage.search.document): only the index of tag names.


def rename(session: Session, tag_id: int, new_name: str) -> Changes:
    tagged = articles_with(session, [tag_id])
    tag = get(session, tag_id)
    shown, key = checked_name(new_name)
    other = session.scalar(select(Tag.id).where(Tag.key == key, Tag.id != tag_id))
    if other is not None:
        raise Conflict.of(ErrorCode.TAG_EXISTS, name=shown, other=other)
    tag.name, tag.key = shown, key
    searcher.tags_named(session, [(tag.id, shown)])
    return Changes(updated=tagged, has_tag_changes=True)


def merge(session: Session, source_ids: Iterable[int], target_id: int) -> Changes:
    """Every article of the source tags gets the target tag; the source tags are deleted and
    their sub-tags go under the target. A target under a source first takes that source's
    place, so the hierarchy never turns into a cycle. The articles of the sources change
    (they get the target); the target's own don't."""
    target = get(session, target_id)
    sources = [get(session, i) for i in set(source_ids) if i != target.id]
    tagged = articles_with(session, [source.id for source in sources])
    for source in sources:
        if source.id in _ancestors(session, target.id):
            target.parent_id = source.parent_id
            session.flush()
        has_target = select(ArticleTag.article_id).where(ArticleTag.tag_id == target.id)
        session.execute(
            update(ArticleTag)
            .where(ArticleTag.tag_id == source.id, ArticleTag.article_id.not_in(has_target))
            .values(tag_id=target.id)
        )
        session.execute(update(Tag).where(Tag.parent_id == source.id).values(parent_id=target.id))
        session.execute(delete(Tag).where(Tag.id == source.id))
    searcher.tags_gone(session, [source.id for source in sources])
    return Changes(updated=tagged, has_tag_changes=True)


def delete_tag(session: Session, tag_id: int) -> Changes:
    """The tag, its links to articles, and its place above its sub-tags (they go to the top):
    three statements, where the ORM's delete loaded every article the tag is on."""
    get(session, tag_id)
    tagged = articles_with(session, [tag_id])
    session.execute(delete(ArticleTag).where(ArticleTag.tag_id == tag_id))
    session.execute(update(Tag).where(Tag.parent_id == tag_id).values(parent_id=None))
    session.execute(delete(Tag).where(Tag.id == tag_id))
    session.expire_all()  # the session's objects knew the tag and its links
    searcher.tags_gone(session, [tag_id])
    return Changes(updated=tagged, has_tag_changes=True)


def set_parent(session: Session, tag_id: int, parent_id: int | None) -> Changes:
    tag = get(session, tag_id)
    if parent_id == tag.id:
        raise InvalidField("parent", f"tag {tag.name!r} cannot be placed under itself")
    if parent_id is not None:
        parent = get(session, parent_id)
        if tag.id in _ancestors(session, parent_id):
            raise InvalidField(
                "parent",
                f"tag {tag.name!r} cannot be placed under {parent.name!r}, which is under "
                f"{tag.name!r} already",
            )
    tag.parent_id = parent_id
    return Changes(has_tag_changes=True)


def _ancestors(session: Session, tag_id: int) -> list[int]:
    """The tags above ``tag_id``, nearest first (stopping at a cycle, if one was made)."""
    parents = dict(session.execute(select(Tag.id, Tag.parent_id)).all())
    found: list[int] = []
    current = parents.get(tag_id)
    while current is not None and current not in found and current != tag_id:
        found.append(current)
        current = parents.get(current)
    return found


def hierarchy_problems(session: Session) -> list[str]:
    """Each cycle in the tag hierarchy (a tag that is, through its parents, under itself)."""
    rows = session.execute(select(Tag.id, Tag.parent_id, Tag.name)).all()
    parents = {i: p for i, p, _ in rows}
    shown = {i: n for i, _, n in rows}
    problems, seen = [], set()
    for start in parents:
        path: list[int] = []
        current: int | None = start
        while current is not None and current not in path and current not in seen:
            path.append(current)
            current = parents.get(current)
        seen.update(path)
        if current is not None and current in path:
            loop = path[path.index(current) :]
            names = " → ".join(repr(shown[i]) for i in [*loop, current])
            problems.append(
                f"tags: the hierarchy has a cycle ({names}); "
                f"`arshif tags parent {shown[current]}` puts that tag back at the top"
            )
    return problems


def tag_article(session: Session, article_id: int, names: Iterable[str]) -> bool:
    """Give the article these tags; True if it gained any."""
    return bool(tag_articles(session, [article_id], names))


def tag_articles(session: Session, article_ids: Iterable[int], names: Iterable[str]) -> set[int]:
    """Give these articles these tags (NotFound if one is not in the archive); returns the
    ids of those that gained any. A few statements whatever the number of articles."""
    ids = list(dict.fromkeys(article_ids))
    found: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update(session.scalars(select(Article.id).where(Article.id.in_(chunk))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound.of(ErrorCode.NOT_FOUND, kind="article", id=missing[0])
    tag_ids = sorted(set(ensure_tags(session, names).values()))
    links = select(ArticleTag.article_id, ArticleTag.tag_id).where(ArticleTag.tag_id.in_(tag_ids))
    have = {(a, t) for a, t in session.execute(links)}
    new = [{"article_id": a, "tag_id": t} for a in ids for t in tag_ids if (a, t) not in have]
    if new:
        session.execute(insert(ArticleTag), new)
    return {link["article_id"] for link in new}


def untag_article(session: Session, article_id: int, names: Iterable[str]) -> bool:
    """Take these tags off the article; True if it lost any."""
    keys = {name_key(n) for n in names}
    tag_ids = select(Tag.id).where(Tag.key.in_(keys))
    result = session.execute(
        delete(ArticleTag).where(
            ArticleTag.article_id == article_id, ArticleTag.tag_id.in_(tag_ids)
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def tag(session: Session, article_ids: Iterable[int], names: Iterable[str]) -> Changes:
    """Tag the articles with ``names`` (tags made as needed): the articles that gained one."""
    tagged = tag_articles(session, article_ids, names)
    return Changes.of_articles(tagged, has_tag_changes=bool(tagged))


def untag(session: Session, article_ids: Iterable[int], names: Iterable[str]) -> Changes:
    """Take the tags ``names`` off the articles: the articles that lost one."""
    chosen = list(names)
    untagged = [a for a in article_ids if untag_article(session, a, chosen)]
    return Changes.of_articles(untagged, has_tag_changes=bool(untagged))
