"""The archive: the one API the window and the command line use.

Each public method is one unit of work in one transaction: it happens whole or not at all.
Callers get frozen records (storage.records) and, from every mutation, the `Changes` it made.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from storage import (
    article_store,
    dossier_store,
    migrations,
    saved_search_store,
    stop_points,
    tag_store,
)
from storage.changes import Changes
from storage.db_errors import damaged, environment_error
from storage.engine import (
    DATABASE_NAME,
    FILES_FOLDER,
    WRITE_OPTION,
    Location,
    create_archive_engine,
    is_read_only,
    resolve_location,
)
from storage.errors import (
    ArchiveDamaged,
    ArchiveError,
    ArchiveNotFound,
    Conflict,
    ImportStopped,
    NotFound,
    VersionConflict,
)
from storage.files import DatabaseFiles, FileStore, FolderFiles, sha256_of
from storage.models import ArchiveSetting, Article, ArticleTag, Attachment, Note, utcnow
from storage.records import (
    ARTICLE_TEXT_FIELDS,
    ArticleDraft,
    ArticleId,
    ArticleRecord,
    ArticleSummary,
    AttachmentId,
    CheckReport,
    DossierId,
    DossierRecord,
    ImportOutcome,
    ImportStatus,
    ItemOrigin,
    NoteId,
    SavedSearchId,
    SavedSearchRecord,
    SearchResults,
    TagRecord,
)
from storage.search import searcher
from storage.search.document import INDEX_VERSION
from storage.search.orders import Order
from storage.text import clean_text, opening_key
from storage.whole_file import writable_file

if TYPE_CHECKING:
    from storage.merge import Merge

Progress = Callable[[int, int, str], None]
INDEX_SETTING = "search_index_version"
MAX_ATTACHMENT = 1 << 30  # 1 GiB: a scanned newspaper page is a few megabytes
IMPORT_BATCH = 500
PART_AGE_SECONDS = 3600  # a .part file untouched this long is a killed write's leftover


class Archive:
    """An open archive. Use `Archive.open(location)`; close it (or use ``with``)."""

    def __init__(self, location: Location, engine: Engine, files: FileStore, user: str) -> None:
        self.location = location
        self.user = user  # recorded as who created or last changed articles and notes
        self._engine = engine
        self._files = files
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._index = searcher.index_for(engine.dialect.name)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str] | Location | None = None,
        user: str | None = None,
        *,
        create: bool = True,
    ) -> Self:
        """Open (upgrading it if needed) the archive at ``location``: a folder, a PostgreSQL
        URL, or None for ``$ARSHIF_ARCHIVE`` or the default folder. A missing archive is made
        there, unless ``create`` is false (then ArchiveNotFound). ``user`` names who makes the
        changes (default: ``$ARSHIF_USER``, else the login name)."""
        where = location if isinstance(location, Location) else resolve_location(location)
        if where.folder is not None:
            try:
                exists = (where.folder / DATABASE_NAME).exists()
            except OSError as error:
                raise ArchiveError(f"{where.folder}: cannot be read ({error.strerror})") from None
            if not create and not exists:
                raise ArchiveNotFound(
                    f"{where.folder}: there is no archive here; "
                    f"`arshif --archive {where.folder} init` makes a new one"
                )
            _prepare_folder(where.folder)
        engine = create_archive_engine(where, read_only=is_read_only(where))
        try:
            if not create and migrations.current_revision(engine) is None:
                raise ArchiveNotFound(
                    f"{where.describe()}: this database holds no archive yet; "
                    "`arshif --archive URL init` makes one"
                )
            migrations.upgrade(engine, where.database_path)
        except DBAPIError as error:
            engine.dispose()
            raise _environment_error(error, where) from None
        except BaseException:
            engine.dispose()
            raise
        files: FileStore = (
            DatabaseFiles() if where.folder is None else FolderFiles(where.folder / FILES_FOLDER)
        )
        archive = cls(where, engine, files, user or _default_user())
        if not archive.is_index_current():
            archive.rebuild_index()
        return archive

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with self._read_sessions.begin() as session:
                yield session
        except DBAPIError as error:
            raise _environment_error(error, self.location) from None

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with self._write_sessions.begin() as session:
                yield session
        except IntegrityError as error:
            raise Conflict(f"{self.location.describe()}: {error.orig}") from None
        except StaleDataError:
            raise Conflict(
                "the article was changed by someone else while it was being saved; "
                "open it again to see the other version"
            ) from None
        except DBAPIError as error:
            raise _environment_error(error, self.location) from None

    # -- articles ----------------------------------------------------------------------------

    def add_article(self, draft: ArticleDraft) -> tuple[ImportOutcome, Changes]:
        """Store one article unless it repeats one in the archive (status DUPLICATE, with its id)
        or cannot be stored (status FAILED, with the reason)."""
        try:
            outcomes, changes = self.import_drafts([(ItemOrigin("article"), draft)])
        except ImportStopped as stopped:  # one article: nothing was done, for that reason
            raise stopped.reason from None
        return outcomes[0], changes

    def import_drafts(
        self,
        items: Iterable[tuple[ItemOrigin, ArticleDraft | ArchiveError]],
        tags: Sequence[str] = (),
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        total: int = 0,
    ) -> tuple[list[ImportOutcome], Changes]:
        """Store many drafts, ``IMPORT_BATCH`` to a transaction; items that arrive as errors are
        reported FAILED. ``is_cancelled`` is checked between items: after a cancel, every file
        is imported whole or not at all (the articles already stored from a file of many
        articles that the cancel cut short are taken out again), and what came before stays."""
        # Importing, backing up and restoring load their modules when they run: a command
        # that only reads (show, search) starts without them.
        from storage import import_store
        from storage.background import prepared_in_worker

        tags = [tag_store.checked_name(t)[0] for t in tags]
        outcomes: list[ImportOutcome] = []
        batches = _Batches(items, IMPORT_BATCH, is_cancelled)
        prepared = prepared_in_worker(iter(batches), import_store.prepare_batch, tags, self._index)
        try:
            for batch in prepared:
                with self._write() as session:
                    outcomes += import_store.write_batch(
                        session, batch, tags, utcnow(), self._index, self.user, self._files
                    )
                    stop_points.reached("import-batch-written")  # not committed yet
                stop_points.reached("import-batch-committed")
                if progress is not None:
                    progress(len(outcomes), total, outcomes[-1].path)
        except ArchiveError as problem:
            # A fault (a full disk, a busy lock, a lost server) stopped it between two
            # transactions: every batch before is committed whole, this one not at all.
            prepared.close()
            raise ImportStopped(problem, list(outcomes), _import_changes(outcomes)) from None
        if batches.cut_path is not None:
            outcomes = self._take_back(outcomes, batches.cut_path)
        return outcomes, _import_changes(outcomes)

    def _take_back(self, outcomes: list[ImportOutcome], path: str) -> list[ImportOutcome]:
        """Undo what this import stored from ``path`` and report the file as not imported."""
        stored = [
            o.article_id for o in outcomes if o.path == path and o.status is ImportStatus.IMPORTED
        ]
        if stored:
            self.purge_articles([i for i in stored if i is not None])
        kept = [o for o in outcomes if o.path != path]
        reason = "import cancelled: nothing of this file was imported"
        return [*kept, ImportOutcome(path, ImportStatus.FAILED, reason=reason)]

    def article(self, article_id: int) -> ArticleRecord:
        with self._read() as session:
            article = article_store.get_article(session, article_id)
            return article_store.to_record(article, article_store.similar_ids(session, article_id))

    def article_records(self, article_ids: Sequence[int]) -> list[ArticleRecord]:
        """The articles ``article_ids``, in that order, read together (what an export
        reads); NotFound names the first that is not in the archive."""
        with self._read() as session:
            return article_store.get_records(session, article_ids)

    def articles(self, *, trashed: bool = False) -> list[ArticleSummary]:
        """Every article in the archive (or in the trash), by id."""
        with self._read() as session:
            condition = Article.trashed.is_not(None) if trashed else Article.trashed.is_(None)
            ids = session.scalars(select(Article.id).where(condition).order_by(Article.id))
            return article_store.summaries(session, ids)

    def article_summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """List rows of these articles, in this order (ids not in the archive left out)."""
        with self._read() as session:
            return article_store.summaries(session, article_ids)

    def article_count(self, *, trashed: bool = False) -> int:
        with self._read() as session:
            condition = Article.trashed.is_not(None) if trashed else Article.trashed.is_(None)
            return session.scalar(select(func.count()).select_from(Article).where(condition)) or 0

    def update_article(
        self, article_id: int, expected_version: int | None = None, **fields: Any
    ) -> Changes:
        """Change the named fields (see ARTICLE_TEXT_FIELDS, plus ``date``). With
        ``expected_version``, refuse (Conflict) if someone saved the article in between."""
        unknown = set(fields) - {*ARTICLE_TEXT_FIELDS, "date", "language"}
        if unknown:
            raise ArchiveError(f"unknown article field {sorted(unknown)[0]!r}")
        with self._write() as session, self._reindexing(session, [article_id]):
            article = article_store.get_article(session, article_id)
            if expected_version is not None and article.version != expected_version:
                raise VersionConflict(
                    f"article {article_id} was changed by {article.updated_by or 'someone else'} "
                    f"since it was opened (now version {article.version}, opened as version "
                    f"{expected_version}); compare the two versions before saving again",
                    current=article_store.to_record(article),
                )
            current = article_store.to_record(article)
            draft = ArticleDraft(
                **{
                    name: fields.get(name, getattr(current, name))
                    for name in (*ARTICLE_TEXT_FIELDS, "date", "language")
                }
            )
            draft = article_store.clean_draft(draft)
            if draft.ref and draft.ref != article.ref:
                other = session.scalar(select(Article.id).where(Article.ref == draft.ref))
                if other is not None:
                    raise Conflict(
                        f"ref: {draft.ref!r} is already the reference of article {other}"
                    )
            for name in ARTICLE_TEXT_FIELDS:
                setattr(article, name, getattr(draft, name))
            article.published = draft.date
            article.language = draft.language
            article.text_key = article_store.text_key(draft.title, draft.lead, draft.body)
            article.opening_key = opening_key(draft.body)
            article.updated_by = self.user
            article.updated = utcnow()
        return Changes(updated=frozenset({ArticleId(article_id)}))

    def update_articles(self, article_ids: Sequence[int], **fields: Any) -> Changes:
        """Give every article the same values of fields a selection shares (storage.bulk:
        source, date, place, author, language): all of them in one transaction, or none."""
        return self.set_article_fields(dict.fromkeys(article_ids, fields))

    def set_article_fields(self, values: Mapping[int, Mapping[str, Any]]) -> Changes:
        """Give each article its own values of those fields (what an undo puts back)."""
        from storage import bulk

        with self._write() as session, self._reindexing(session, list(values)):
            changed = bulk.set_fields(session, values, self.user, utcnow())
        return Changes(updated=frozenset(ArticleId(i) for i in changed))

    def article_field_values(
        self, article_ids: Sequence[int], names: Sequence[str]
    ) -> dict[int, dict[str, Any]]:
        """Each article's values of the fields ``names`` (see `set_article_fields`)."""
        from storage import bulk

        with self._read() as session:
            return bulk.field_values(session, article_ids, names)

    def trash_articles(self, article_ids: Sequence[int]) -> Changes:
        return self._set_trashed(article_ids, utcnow())

    def restore_articles(self, article_ids: Sequence[int]) -> Changes:
        return self._set_trashed(article_ids, None)

    def _set_trashed(self, article_ids: Sequence[int], when: dt.datetime | None) -> Changes:
        with self._write() as session:
            for article_id in article_ids:
                article = article_store.get_article(session, article_id)
                article.trashed = when
            dossiers = dossier_store.dossiers_of(session, article_ids)
        ids = frozenset(ArticleId(i) for i in article_ids)
        return Changes(
            updated=ids, dossiers=frozenset(DossierId(i) for i in dossiers), has_tag_changes=True
        )

    def purge_articles(self, article_ids: Sequence[int]) -> Changes:
        """Delete articles for good, with their notes, tags links, dossier places and files."""
        with self._write() as session:
            dossiers = dossier_store.dossiers_of(session, article_ids)
            hashes: set[str] = set()
            with self._reindexing(session, article_ids):
                for article_id in article_ids:
                    article = article_store.get_article(session, article_id)
                    hashes.update(a.sha256 for a in article.attachments)
                    session.delete(article)
            unused = self._drop_unused_files(session, hashes)
        self._release(unused)
        return Changes(
            removed=frozenset(ArticleId(i) for i in article_ids),
            dossiers=frozenset(DossierId(i) for i in dossiers),
            has_tag_changes=True,
        )

    def merge_articles(self, kept_id: int, merged_id: int) -> tuple[Merge, Changes]:
        """Make two copies of one article one (storage.merge): ``kept_id`` takes the other's
        tags, notes, files, dossier places and missing metadata; the other goes to the trash.
        The `Merge` returned is what `unmerge_articles` takes to put it all back."""
        from storage import merge

        ids = [kept_id, merged_id]
        with self._write() as session, self._reindexing(session, ids):
            done = merge.merge(session, kept_id, merged_id, self.user, utcnow())
        return done, _merge_changes(done)

    def unmerge_articles(self, done: Merge) -> Changes:
        from storage import merge

        ids = [done.kept_id, done.merged_id]
        with self._write() as session, self._reindexing(session, ids):
            merge.unmerge(session, done, self.user, utcnow())
        return _merge_changes(done)

    def similar_pairs(self, limit: int = 500) -> list[tuple[ArticleId, ArticleId]]:
        """Linked similar articles (the same text or story twice), neither in the trash."""
        from storage import merge

        with self._read() as session:
            return merge.similar_pairs(session, limit)

    def empty_trash(self) -> Changes:
        with self._read() as session:
            ids = list(session.scalars(select(Article.id).where(Article.trashed.is_not(None))))
        return self.purge_articles(ids) if ids else Changes()

    # -- search ------------------------------------------------------------------------------

    def search(
        self, query: str, limit: int = 20, offset: int = 0, order: Order = "relevance"
    ) -> SearchResults:
        """Articles (not in the trash) matching ``query`` (storage.search.query), best first or
        by date, with a snippet of each. Any string is a valid query."""
        with self._read() as session:
            return searcher.search(session, self._index, query, limit, offset, order)

    def article_ids(
        self, query: str = "", order: Order = "newest", *, trashed: bool = False
    ) -> list[ArticleId]:
        """The ids of every article ``query`` finds (every article if it is blank, or of the
        trash), in ``order``: what a list of articles holds, loading its rows as they show."""
        with self._read() as session:
            if query.strip() and not trashed:
                ids = searcher.search_ids(session, self._index, query, order)
            else:
                condition = Article.trashed.is_not(None) if trashed else Article.trashed.is_(None)
                ordered = select(Article.id).where(condition).order_by(*searcher.ordering(order))
                ids = list(session.scalars(ordered))
            return [ArticleId(i) for i in ids]

    def snippets(self, query: str, article_ids: Sequence[int]) -> dict[ArticleId, str]:
        """The search snippet of each of these articles for ``query`` (see `search`)."""
        with self._read() as session:
            found = searcher.snippets(session, query, article_ids)
        return {ArticleId(i): text for i, text in found.items()}

    def is_index_current(self) -> bool:
        """Whether the search index was built by this version's rules."""
        with self._read() as session:
            setting = session.get(ArchiveSetting, INDEX_SETTING)
            return setting is not None and setting.value == INDEX_VERSION

    def rebuild_index(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Index every article again, in one transaction."""
        with self._write() as session:
            searcher.rebuild(session, self._index, progress)
            session.merge(ArchiveSetting(name=INDEX_SETTING, value=INDEX_VERSION))

    @contextmanager
    def _reindexing(self, session: Session, article_ids: Iterable[int]) -> Iterator[None]:
        with searcher.reindexing(session, self._index, article_ids):
            yield

    @contextmanager
    def _retagging(self, session: Session, tag_ids: Iterable[int]) -> Iterator[None]:
        tagged = session.scalars(
            select(ArticleTag.article_id).where(ArticleTag.tag_id.in_(tag_ids))
        )
        with self._reindexing(session, set(tagged)):
            yield

    # -- tags --------------------------------------------------------------------------------

    def tags(self) -> list[TagRecord]:
        with self._read() as session:
            return tag_store.records(session)

    def find_tag(self, name: str) -> TagRecord | None:
        tag_id = self._tag_id(name)
        return next((t for t in self.tags() if t.id == tag_id), None) if tag_id else None

    def _tag_id(self, name: str) -> int | None:
        with self._read() as session:
            tag = tag_store.find(session, name)
            return None if tag is None else tag.id

    def tag_articles(self, article_ids: Sequence[int], names: Sequence[str]) -> Changes:
        with self._write() as session, self._reindexing(session, article_ids):
            changed = {
                ArticleId(a)
                for a in article_ids
                if article_store.get_article(session, a)
                and tag_store.tag_article(session, a, names)
            }
        return Changes(updated=frozenset(changed), has_tag_changes=bool(changed))

    def untag_articles(self, article_ids: Sequence[int], names: Sequence[str]) -> Changes:
        with self._write() as session, self._reindexing(session, article_ids):
            changed = {
                ArticleId(a) for a in article_ids if tag_store.untag_article(session, a, names)
            }
        return Changes(updated=frozenset(changed), has_tag_changes=bool(changed))

    def rename_tag(self, tag_id: int, new_name: str) -> Changes:
        with self._write() as session, self._retagging(session, [tag_id]):
            tag_store.rename(session, tag_id, new_name)
        return Changes(has_tag_changes=True)

    def merge_tags(self, source_ids: Sequence[int], target_id: int) -> Changes:
        with self._write() as session, self._retagging(session, [*source_ids, target_id]):
            tag_store.merge(session, source_ids, target_id)
        return Changes(has_tag_changes=True)

    def delete_tag(self, tag_id: int) -> Changes:
        with self._write() as session, self._retagging(session, [tag_id]):
            tag_store.delete_tag(session, tag_id)
        return Changes(has_tag_changes=True)

    def set_tag_parent(self, tag_id: int, parent_id: int | None) -> Changes:
        with self._write() as session:
            tag_store.set_parent(session, tag_id, parent_id)
        return Changes(has_tag_changes=True)

    # -- notes -------------------------------------------------------------------------------

    def add_note(self, article_id: int, note: str) -> tuple[NoteId, Changes]:
        body = _note_text(note)
        with self._write() as session, self._reindexing(session, [article_id]):
            article_store.get_article(session, article_id)
            now = utcnow()
            row = Note(
                article_id=article_id,
                text=body,
                created=now,
                updated=now,
                created_by=self.user,
                updated_by=self.user,
            )
            session.add(row)
            session.flush()
            note_id = NoteId(row.id)
        return note_id, Changes(updated=frozenset({ArticleId(article_id)}))

    def edit_note(self, note_id: int, note: str) -> Changes:
        body = _note_text(note)
        with self._write() as session:
            row = _get_note(session, note_id)
            article_id = row.article_id
            with self._reindexing(session, [article_id]):
                row.text, row.updated, row.updated_by = body, utcnow(), self.user
        return Changes(updated=frozenset({ArticleId(article_id)}))

    def delete_note(self, note_id: int) -> Changes:
        with self._write() as session:
            row = _get_note(session, note_id)
            article_id = row.article_id
            with self._reindexing(session, [article_id]):
                session.delete(row)
        return Changes(updated=frozenset({ArticleId(article_id)}))

    # -- dossiers ----------------------------------------------------------------------------

    def dossiers(self) -> list[DossierRecord]:
        with self._read() as session:
            return dossier_store.records(session)

    def dossier(self, dossier_id: int) -> DossierRecord:
        with self._read() as session:
            return dossier_store.to_record(dossier_store.get(session, dossier_id))

    def find_dossier(self, name: str) -> DossierRecord | None:
        with self._read() as session:
            found = dossier_store.find(session, name)
            return None if found is None else dossier_store.to_record(found)

    def create_dossier(self, name: str, description: str = "") -> tuple[DossierId, Changes]:
        with self._write() as session:
            dossier_id = DossierId(dossier_store.create(session, name, description, utcnow()))
        return dossier_id, Changes(dossiers=frozenset({dossier_id}))

    def rename_dossier(self, dossier_id: int, name: str, description: str | None = None) -> Changes:
        with self._write() as session:
            dossier_store.rename(session, dossier_id, name, description, utcnow())
        return Changes(dossiers=frozenset({DossierId(dossier_id)}))

    def delete_dossier(self, dossier_id: int) -> Changes:
        with self._write() as session:
            session.delete(dossier_store.get(session, dossier_id))
        return Changes(dossiers=frozenset({DossierId(dossier_id)}))

    def add_to_dossier(
        self, dossier_id: int, article_ids: Sequence[int], position: int | None = None
    ) -> Changes:
        """Insert (or move) the articles at ``position`` (0-based, None = at the end)."""
        with self._write() as session:
            dossier_store.place(session, dossier_id, article_ids, position, utcnow())
        return Changes(dossiers=frozenset({DossierId(dossier_id)}))

    def set_dossier_order(self, dossier_id: int, article_ids: Sequence[int]) -> Changes:
        """Make the dossier hold exactly these articles in this order (an undo's way back)."""
        from storage import bulk

        with self._write() as session:
            bulk.set_dossier_order(session, dossier_id, article_ids, utcnow())
        return Changes(dossiers=frozenset({DossierId(dossier_id)}))

    def remove_from_dossier(self, dossier_id: int, article_ids: Sequence[int]) -> Changes:
        with self._write() as session:
            dossier_store.remove(session, dossier_id, article_ids, utcnow())
        return Changes(dossiers=frozenset({DossierId(dossier_id)}))

    # -- saved searches ----------------------------------------------------------------------

    def saved_searches(self) -> list[SavedSearchRecord]:
        """Every search kept under a name, by name."""
        with self._read() as session:
            return saved_search_store.records(session)

    def save_search(self, name: str, query: str) -> tuple[SavedSearchId, Changes]:
        """Keep ``query`` under ``name``; a search of that name gets this query instead.
        A blank name or query is refused (InvalidField naming ``name`` or ``query``)."""
        with self._write() as session:
            saved_id = saved_search_store.save(session, name, query, utcnow())
        return saved_id, Changes(has_saved_search_changes=True)

    def delete_saved_search(self, saved_search_id: int) -> Changes:
        with self._write() as session:
            saved_search_store.delete(session, saved_search_id)
        return Changes(has_saved_search_changes=True)

    # -- attachments -------------------------------------------------------------------------

    def attach_file(self, article_id: int, path: Path) -> tuple[AttachmentId, Changes]:
        try:
            if path.stat().st_size > MAX_ATTACHMENT:
                raise ArchiveError(
                    f"{path}: {path.stat().st_size:,} bytes; an attached file may have at most "
                    f"{MAX_ATTACHMENT:,}"
                )
            sha256, size = sha256_of(path)
        except OSError as error:
            raise ArchiveError(f"{path}: cannot be read ({error.strerror})") from None
        with self._write() as session:
            article_store.get_article(session, article_id)
            self._files.store(session, path, sha256)
            row = Attachment(
                article_id=article_id,
                filename=path.name,
                sha256=sha256,
                size=size,
                created=utcnow(),
            )
            session.add(row)
            session.flush()
            attachment_id = AttachmentId(row.id)
        return attachment_id, Changes(updated=frozenset({ArticleId(article_id)}))

    def attachment_bytes(self, attachment_id: int) -> bytes:
        with self._read() as session:
            return self._files.read(session, _get_attachment(session, attachment_id).sha256)

    def remove_attachment(self, attachment_id: int) -> Changes:
        with self._write() as session:
            row = _get_attachment(session, attachment_id)
            article_id, sha256 = row.article_id, row.sha256
            session.delete(row)
            session.flush()
            unused = self._drop_unused_files(session, {sha256})
        self._release(unused)
        return Changes(updated=frozenset({ArticleId(article_id)}))

    def _drop_unused_files(self, session: Session, hashes: set[str]) -> set[str]:
        still_used = set(
            session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(hashes)))
        )
        unused = hashes - still_used
        for sha256 in unused:
            self._files.drop(session, sha256)
        return unused

    def _release(self, hashes: set[str]) -> None:
        for sha256 in hashes:
            self._files.release(sha256)

    # -- backups -----------------------------------------------------------------------------

    def refuse_to_overwrite(self, path: Path) -> Path:
        """Check that a file may be written at ``path`` by a command (a backup, an export)
        before any work starts: never inside this archive's folder (its database, WAL,
        attached files), never a folder, never a blank name. Returns the path to write;
        raises ArchiveError naming the path otherwise."""
        if os.fspath(path).strip():
            self.location.refuse_writing_into(path)  # first: the archive's own folders exist
        try:
            return writable_file(path)
        except ValueError as problem:
            raise ArchiveError(str(problem)) from None

    def backup(self, target: Path) -> dict[str, Any]:
        """Write the whole archive to ``target`` (a zip of JSON and files); returns its
        manifest. A consistent copy: it is read in one transaction. A target inside the
        archive's folder is refused (see `refuse_to_overwrite`)."""
        from storage import backup as backup_format

        self.refuse_to_overwrite(target)
        try:
            with self._read() as session:
                return backup_format.write_backup(session, self._files, target, migrations.HEAD)
        except OSError as error:
            raise ArchiveError(f"{target}: cannot be written ({error.strerror})") from None

    def restore(self, source: Path) -> Changes:
        """Load a backup into this archive, which must be empty; all of it or nothing."""
        from storage import backup as backup_format

        with (
            tempfile.TemporaryDirectory(prefix="arshif-restore-") as scratch,
            self._write() as session,
        ):
            backup_format.restore_backup(session, self._files, source, Path(scratch))
            session.flush()
            searcher.rebuild(session, self._index, None)
            session.merge(ArchiveSetting(name=INDEX_SETTING, value=INDEX_VERSION))
            ids = frozenset(ArticleId(i) for i in session.scalars(select(Article.id)))
        return Changes(added=ids, has_tag_changes=True, has_saved_search_changes=True)

    # -- health ------------------------------------------------------------------------------

    def repair(self) -> list[str]:
        """Fix what can be fixed: rebuild the search index and remove attached files no
        attachment refers to (left by a crash before a commit). Returns what was done; what
        cannot be fixed (a missing or changed attached file, a damaged database) is what
        `check` still reports afterwards."""
        self.rebuild_index()
        done = ["search index rebuilt"]
        for part in self._leftover_parts():
            part.unlink(missing_ok=True)
            done.append(f"{part} removed: a partial file left by an interrupted write")
        if isinstance(self._files, FolderFiles):
            with self._read() as session:
                referenced = set(session.scalars(select(Attachment.sha256)))
                orphans = self._files.stored_hashes(session) - referenced
            for sha256 in sorted(orphans):
                self._files.release(sha256)
                done.append(f"file {sha256} removed: no attachment refers to it")
        return done

    def check(self) -> CheckReport:
        """Database integrity, foreign keys, and every attached file present and unchanged."""
        problems: list[str] = []
        damage = self._check_database() if self.dialect == "sqlite" else None
        if damage is not None:  # nothing else can be trusted: say so, and how to save the rest
            return CheckReport(articles=0, attachments=0, problems=(damage,))
        with self._read() as session:
            if self.dialect == "sqlite":
                for row in session.execute(text("PRAGMA foreign_key_check")):
                    problems.append(
                        f"database: row {row[1]} of {row[0]} points to a missing {row[2]}"
                    )
            problems += tag_store.hierarchy_problems(session)
            articles = session.scalar(select(func.count()).select_from(Article)) or 0
            attachments = list(session.execute(select(Attachment.id, Attachment.sha256)))
            stored = self._files.stored_hashes(session)
            problems += self._check_files(session, attachments, stored)
        problems += self._check_index()
        problems += [
            f"{part}: a partial file left by an interrupted write; `arshif check --repair` "
            "removes it"
            for part in self._leftover_parts()
        ]
        return CheckReport(
            articles=articles, attachments=len(attachments), problems=tuple(problems)
        )

    def _check_database(self) -> str | None:
        """SQLite's integrity check, in plain words: None when the database is sound."""
        try:
            with self._read() as session:
                rows = session.execute(text("PRAGMA integrity_check(20)"))
                damage = [line for (line,) in rows if line != "ok"]
        except ArchiveDamaged as error:
            return str(error)
        if not damage:
            return None
        detail = f"SQLite's integrity check: {damage[0]}".replace("\n", " ")
        return str(damaged(self.location.describe(), detail))

    def _leftover_parts(self) -> list[Path]:
        """The hidden ``.part`` files (storage.whole_file) in the archive's folder that a killed
        write left behind: those not written to for an hour, so a write under way is spared."""
        if self.location.folder is None:
            return []
        found = []
        cutoff = time.time() - PART_AGE_SECONDS
        for part in sorted(self.location.folder.rglob(".*.part")):
            try:
                if part.is_file() and part.stat().st_mtime < cutoff:
                    found.append(part)
            except OSError:
                continue
        return found

    def _check_index(self) -> list[str]:
        """The search index holds exactly what the articles say (checked, then rolled back)."""
        session = self._write_sessions()
        try:
            ids = list(session.scalars(select(Article.id)))
            documents = list(searcher.documents_for(session, ids).items())
            wrong = self._index.leftover_words(session, documents)
        except DBAPIError as error:
            fault = environment_error(error, self.location.describe())
            if fault is not None and not isinstance(fault, ArchiveDamaged):
                raise fault from None  # a full disk or a busy lock says nothing of the index
            wrong = -1
            problem = str(error.orig)
        finally:
            session.rollback()
            session.close()
        if wrong == 0:
            return []
        detail = f"cannot be read ({problem})" if wrong < 0 else "differs from the articles"
        return [f"search index: {detail}; `arshif check --repair` rebuilds it"]

    def _check_files(
        self, session: Session, attachments: Sequence[Any], stored: set[str]
    ) -> list[str]:
        problems = []
        referenced = {sha for _, sha in attachments}
        for attachment_id, sha256 in attachments:
            if sha256 not in stored:
                problems.append(f"attachment {attachment_id}: file {sha256} is missing")
            elif isinstance(self._files, FolderFiles):
                actual, _ = sha256_of(self._files.path_of(sha256))
                if actual != sha256:
                    problems.append(f"attachment {attachment_id}: file {sha256} has changed")
        for orphan in sorted(stored - referenced):
            problems.append(f"file {orphan} is kept but no attachment refers to it")
        return problems


class _Batches:
    """Items in batches. A cancel stops the batches between two items; ``cut_path`` then names
    the file of many articles that the cancel cut in two, if it did."""

    def __init__(
        self,
        items: Iterable[tuple[ItemOrigin, ArticleDraft | ArchiveError]],
        size: int,
        is_cancelled: Callable[[], bool] | None,
    ) -> None:
        self._items = items
        self._size = size
        self._is_cancelled = is_cancelled
        self.cut_path: str | None = None

    def __iter__(self) -> Iterator[list[tuple[ItemOrigin, ArticleDraft | ArchiveError]]]:
        batch: list[tuple[ItemOrigin, ArticleDraft | ArchiveError]] = []
        last: ItemOrigin | None = None
        for origin, item in self._items:
            if self._is_cancelled is not None and self._is_cancelled():
                if last is not None and last.line is not None and origin.path == last.path:
                    self.cut_path = origin.path
                break
            batch.append((origin, item))
            last = origin
            if len(batch) == self._size:
                yield batch
                batch = []
        if batch:
            yield batch


def _import_changes(outcomes: Sequence[ImportOutcome]) -> Changes:
    added = frozenset(
        o.article_id for o in outcomes if o.status is ImportStatus.IMPORTED and o.article_id
    )
    return Changes(added=added, has_tag_changes=bool(added))


def _merge_changes(done: Merge) -> Changes:
    return Changes(
        updated=frozenset({done.kept_id, done.merged_id}),
        dossiers=frozenset(DossierId(d) for d, _ in done.dossier_orders),
        has_tag_changes=True,
    )


def _default_user() -> str:
    try:
        return os.environ.get("ARSHIF_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return ""


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ArchiveNotFound(f"{folder}: is a file, not an archive folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ArchiveNotFound(
            f"{folder}: cannot create the archive folder ({error.strerror})"
        ) from None


def _environment_error(error: DBAPIError, location: Location) -> ArchiveError:
    """The ArchiveError a database error stands for (storage.db_errors); a database error
    that is not the environment's is a bug and is raised as it is."""
    problem = environment_error(error, location.describe())
    if problem is None:
        raise error
    return problem


def _note_text(note: str) -> str:
    body = clean_text(note)
    if not body:
        raise ArchiveError("note: is empty")
    return body


def _get_note(session: Session, note_id: int) -> Note:
    row = session.get(Note, note_id)
    if row is None:
        raise NotFound(f"note {note_id} is not in the archive")
    return row


def _get_attachment(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(f"attachment {attachment_id} is not in the archive")
    return row
