"""Backups: the whole archive in one zip of JSON files and attached files, readable by any
tool, and restored into an empty archive as the same archive (same ids, times and order).

    manifest.json         format, version, schema, creation time, counts, SHA-256 of each member
    articles.jsonl        one article a line: every field, tags, notes, attachments, similar ids
    tags.json             every tag with its parent
    dossiers.json         every dossier with its articles in order
    saved_searches.json   every saved search (backups from before saved searches lack it and
                          restore with none)
    files/SHA256          the attached files
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session, selectinload

from storage import article_store
from storage.changes import Changes
from storage.errors import ArchiveError
from storage.files import FileStore
from storage.models import (
    Article,
    ArticleTag,
    Attachment,
    Dossier,
    DossierItem,
    Note,
    SavedSearch,
    SimilarArticle,
    Tag,
)
from storage.records import ARTICLE_ORIGIN_FIELDS, ArticleDraft, ArticleId
from storage.search import searcher
from storage.search.searcher import SearchIndex
from storage.text import name_key
from storage.whole_file import written_whole

FORMAT = "arshif-backup"
VERSION = 1
SAVED_SEARCHES = "saved_searches.json"
_ORIGIN_DEFAULTS = {
    f.name: f.default for f in dataclasses.fields(ArticleDraft) if f.name in ARTICLE_ORIGIN_FIELDS
}


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_time(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def article_entries(session: Session) -> Iterator[dict[str, Any]]:
    similar: dict[int, list[int]] = {}
    for article_id, other in session.execute(
        select(SimilarArticle.article_id, SimilarArticle.similar_id)
    ):
        similar.setdefault(article_id, []).append(other)
    query = (
        select(Article)
        .options(
            selectinload(Article.tags),
            selectinload(Article.notes),
            selectinload(Article.attachments),
        )
        .order_by(Article.id)
        .execution_options(yield_per=500)
    )
    for article in session.scalars(query):
        yield {
            "id": article.id,
            "ref": article.ref,
            "title": article.title,
            "lead": article.lead,
            "body": article.body,
            "author": article.author,
            "source": article.source,
            "date": None if article.published is None else article.published.isoformat(),
            "place": article.place,
            "url": article.url,
            "page": article.page,
            "language": article.language,
            "created": _time(article.created),
            "updated": _time(article.updated),
            "trashed": _time(article.trashed),
            "version": article.version,
            "created_by": article.created_by,
            "updated_by": article.updated_by,
            "text_key": article.text_key,
            "opening_key": article.opening_key,
            **{name: getattr(article, name) for name in ARTICLE_ORIGIN_FIELDS},
            "tags": sorted(tag.id for tag in article.tags),
            "notes": [
                {
                    "id": n.id,
                    "text": n.text,
                    "created": _time(n.created),
                    "updated": _time(n.updated),
                    "created_by": n.created_by,
                    "updated_by": n.updated_by,
                }
                for n in article.notes
            ],
            "attachments": [
                {
                    "id": a.id,
                    "filename": a.filename,
                    "sha256": a.sha256,
                    "size": a.size,
                    "created": _time(a.created),
                }
                for a in article.attachments
            ],
            "similar": sorted(similar.get(article.id, [])),
        }


def write_backup(session: Session, files: FileStore, target: Path, schema: str) -> dict[str, Any]:
    """Write the archive as seen by ``session`` (one read transaction: a consistent copy);
    a target that cannot be written is an ArchiveError naming it."""
    try:
        return _write_backup(session, files, target, schema)
    except OSError as error:
        raise ArchiveError(f"{target}: cannot be written ({error.strerror})") from None


def _write_backup(session: Session, files: FileStore, target: Path, schema: str) -> dict[str, Any]:
    with written_whole(target) as partial:
        checksums: dict[str, str] = {}
        counts = {"articles": 0, "notes": 0, "attachments": 0}
        hashes: set[str] = set()
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive_zip:
            digest = hashlib.sha256()
            with archive_zip.open("articles.jsonl", "w") as stream:
                for entry in article_entries(session):
                    line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
                    stream.write(line)
                    digest.update(line)
                    counts["articles"] += 1
                    counts["notes"] += len(entry["notes"])
                    counts["attachments"] += len(entry["attachments"])
                    hashes.update(a["sha256"] for a in entry["attachments"])
            checksums["articles.jsonl"] = digest.hexdigest()
            tags = [
                {"id": t.id, "name": t.name, "parent": t.parent_id}
                for t in session.scalars(select(Tag).order_by(Tag.id))
            ]
            dossiers = [
                {
                    "id": d.id,
                    "name": d.name,
                    "description": d.description,
                    "created": _time(d.created),
                    "updated": _time(d.updated),
                    "articles": [item.article_id for item in d.items],
                }
                for d in session.scalars(select(Dossier).order_by(Dossier.id))
            ]
            saved = [
                {"id": s.id, "name": s.name, "query": s.query, "created": _time(s.created)}
                for s in session.scalars(select(SavedSearch).order_by(SavedSearch.id))
            ]
            counts |= {
                "tags": len(tags),
                "dossiers": len(dossiers),
                "saved_searches": len(saved),
                "files": len(hashes),
            }
            members = (("tags.json", tags), ("dossiers.json", dossiers), (SAVED_SEARCHES, saved))
            for name, value in members:
                data = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")
                archive_zip.writestr(name, data)
                checksums[name] = hashlib.sha256(data).hexdigest()
            for sha256 in sorted(hashes):
                archive_zip.writestr(f"files/{sha256}", files.read(session, sha256))
                checksums[f"files/{sha256}"] = sha256
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "schema": schema,
                "created": dt.datetime.now(dt.UTC).isoformat(),
                "counts": counts,
                "sha256": checksums,
            }
            archive_zip.writestr(
                "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1)
            )
    return manifest


def read_manifest(archive_zip: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads(archive_zip.read("manifest.json"))
    except (KeyError, ValueError) as error:
        raise ArchiveError(
            f"{path}: not an Arshif backup (no readable manifest: {error})"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"{path}: not an Arshif backup")
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise ArchiveError(f"{path}: made by a newer Arshif (backup version {manifest['version']})")
    checksums = manifest.get("sha256")
    if not isinstance(checksums, dict) or not isinstance(manifest.get("counts"), dict):
        raise ArchiveError(f"{path}: the manifest lacks its checksums or counts")
    for name in ("articles.jsonl", "tags.json", "dossiers.json"):
        if name not in checksums:
            raise ArchiveError(f"{path}: the manifest has no checksum of {name}")
    for name, expected in checksums.items():
        if hashlib.sha256(archive_zip.read(name)).hexdigest() != expected:
            raise ArchiveError(f"{path}: {name} is damaged (its checksum does not match)")
    return manifest


def restore_into(session: Session, files: FileStore, source: Path, index: SearchIndex) -> Changes:
    """`restore_backup` with a scratch folder of its own, then the search index built;
    returns what changed: the articles restored, the tags and saved searches."""
    with tempfile.TemporaryDirectory(prefix="arshif-restore-") as scratch:
        restore_backup(session, files, source, Path(scratch))
        session.flush()
        searcher.rebuild(session, index, None)
    added = frozenset(ArticleId(i) for i in session.scalars(select(Article.id)))
    return Changes(added=added, has_tag_changes=True, has_saved_search_changes=True)


def restore_backup(
    session: Session, files: FileStore, source: Path, scratch: Path
) -> dict[str, Any]:
    """Load a backup into the (empty) archive of ``session``; the caller commits or not.
    A damaged or edited backup is refused (ArchiveError naming the file and what is wrong)."""
    if any(
        session.scalar(select(column).limit(1)) is not None
        for column in (Article.id, Tag.id, SavedSearch.id, Dossier.id)
    ):
        raise ArchiveError("restore: the archive is not empty; restore into a new archive folder")
    try:
        archive_zip = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as error:
        raise ArchiveError(f"{source}: cannot be read as a zip file ({error})") from None
    try:
        with archive_zip:
            manifest = _restore_members(session, files, archive_zip, source, scratch)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise ArchiveError(f"{source}: is damaged and cannot be read ({error})") from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ArchiveError(
            f"{source}: is not a backup this Arshif can read (a missing or wrong field: "
            f"{type(error).__name__} {error})"
        ) from None
    _check_counts(session, manifest, source)
    return manifest


def _check_counts(session: Session, manifest: dict[str, Any], source: Path) -> None:
    """What was restored is what the manifest says the backup holds."""
    session.flush()
    tables = {
        "articles": Article,
        "notes": Note,
        "attachments": Attachment,
        "tags": Tag,
        "dossiers": Dossier,
        "saved_searches": SavedSearch,
    }
    for name, model in tables.items():
        expected = manifest["counts"].get(name)
        found = session.scalar(select(func.count()).select_from(model))
        if expected is not None and expected != found:
            raise ArchiveError(
                f"{source}: the manifest counts {expected:,} {name} but the backup holds "
                f"{found:,}; it was edited or is damaged, and nothing was restored"
            )


def _restore_members(
    session: Session, files: FileStore, archive_zip: zipfile.ZipFile, source: Path, scratch: Path
) -> dict[str, Any]:
    manifest = read_manifest(archive_zip, source)
    tags = json.loads(archive_zip.read("tags.json"))
    if tags:
        session.execute(
            insert(Tag),
            [
                {
                    "id": t["id"],
                    "name": t["name"],
                    "key": name_key(t["name"]),
                    "parent_id": None,
                }
                for t in tags
            ],
        )
        for tag in tags:
            if tag["parent"] is not None:
                session.get(Tag, tag["id"]).parent_id = tag["parent"]  # type: ignore[union-attr]
    similar: list[dict[str, int]] = []
    with archive_zip.open("articles.jsonl") as stream:
        batch: list[dict[str, Any]] = []
        for line in stream:
            batch.append(json.loads(line))
            if len(batch) == 500:
                similar += _restore_articles(session, files, archive_zip, batch, scratch)
                batch = []
        similar += _restore_articles(session, files, archive_zip, batch, scratch)
    if similar:
        session.execute(insert(SimilarArticle), similar)
    for dossier in json.loads(archive_zip.read("dossiers.json")):
        session.add(
            Dossier(
                id=dossier["id"],
                name=dossier["name"],
                key=name_key(dossier["name"]),
                description=dossier["description"],
                created=_parse_time(dossier["created"]),
                updated=_parse_time(dossier["updated"]),
            )
        )
        session.flush()
        if dossier["articles"]:
            session.execute(
                insert(DossierItem),
                [
                    {"dossier_id": dossier["id"], "article_id": a, "position": n}
                    for n, a in enumerate(dossier["articles"])
                ],
            )
    if SAVED_SEARCHES in archive_zip.namelist():
        _restore_saved_searches(session, json.loads(archive_zip.read(SAVED_SEARCHES)))
    if session.get_bind().dialect.name == "postgresql":
        tables = ("articles", "tags", "notes", "dossiers", "attachments", "saved_searches")
        for table in tables:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
            )
    return manifest


def _restore_saved_searches(session: Session, entries: list[dict[str, Any]]) -> None:
    if entries:
        rows = [
            {
                "id": e["id"],
                "name": e["name"],
                "query": e["query"],
                "created": _parse_time(e["created"]),
            }
            for e in entries
        ]
        session.execute(insert(SavedSearch), rows)


def _restore_articles(
    session: Session,
    files: FileStore,
    archive_zip: zipfile.ZipFile,
    batch: list[dict[str, Any]],
    scratch: Path,
) -> list[dict[str, int]]:
    if not batch:
        return []
    rows = []
    for e in batch:
        rows.append(
            {
                "id": e["id"],
                "ref": e["ref"],
                "title": e["title"],
                "lead": e["lead"],
                "body": e["body"],
                "author": e["author"],
                "source": e["source"],
                "published": None if e["date"] is None else dt.date.fromisoformat(e["date"]),
                "place": e["place"],
                "url": e["url"],
                "page": e["page"],
                "language": e["language"],
                "text_key": article_store.text_key(e["title"], e["lead"], e["body"]),
                "opening_key": e["opening_key"],
                "created": _parse_time(e["created"]),
                "updated": _parse_time(e["updated"]),
                "trashed": _parse_time(e["trashed"]),
                "version": e["version"],
                "created_by": e.get("created_by", ""),
                "updated_by": e.get("updated_by", ""),
                # a backup from before the text's origin was kept: typed text
                **{name: e.get(name, _ORIGIN_DEFAULTS[name]) for name in ARTICLE_ORIGIN_FIELDS},
            }
        )
    session.execute(insert(Article.metadata.tables["articles"]), rows)  # ORM would reset `version`
    links = [{"article_id": e["id"], "tag_id": t} for e in batch for t in e["tags"]]
    if links:
        session.execute(insert(ArticleTag), links)
    notes = [
        {
            "id": n["id"],
            "article_id": e["id"],
            "text": n["text"],
            "created": _parse_time(n["created"]),
            "updated": _parse_time(n["updated"]),
            "created_by": n.get("created_by", ""),
            "updated_by": n.get("updated_by", ""),
        }
        for e in batch
        for n in e["notes"]
    ]
    if notes:
        session.execute(insert(Note), notes)
    for e in batch:
        for a in e["attachments"]:
            member = scratch / a["sha256"]
            member.write_bytes(archive_zip.read(f"files/{a['sha256']}"))
            files.store(session, member, a["sha256"])
            member.unlink()
            session.add(
                Attachment(
                    id=a["id"],
                    article_id=e["id"],
                    filename=a["filename"],
                    sha256=a["sha256"],
                    size=a["size"],
                    created=_parse_time(a["created"]),
                )
            )
    return [{"article_id": e["id"], "similar_id": s} for e in batch for s in e["similar"]]
