"""The archive: the one API the window and the command line use.

Each public method is one unit of work in one transaction: it happens whole or not at all.
Callers get frozen records (storage.records) and, from every mutation, the `Changes` it made.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from storage import (
    article_edit,
    article_store,
    attachment_store,
    bulk,
    dossier_store,
    health,
    import_batches,
    merge,
    migrations,
    note_store,
    opening,
    saved_search_store,
    tag_store,
    trash,
)
from storage.changes import Changes
from storage.engine import Location
from storage.errors import ArchiveBusy
from storage.files import FileStore
from storage.import_batches import Progress
from storage.merge import Merge
from storage.models import utcnow
from storage.records import (
    ArticleDraft,
    ArticleId,
    ArticleLine,
    ArticleRecord,
    ArticleSummary,
    AttachmentId,
    CheckReport,
    DossierId,
    DossierRecord,
    Facets,
    ImportOutcome,
    NoteId,
    SavedSearchId,
    SavedSearchRecord,
    SearchResults,
    TagRecord,
)
from storage.search import facets, searcher, tantivy_index
from storage.search.orders import Order
from storage.search.tantivy_index import TantivyIndex
from storage.sessions import Sessions

REBUILT_WHEN_OPENED = 2000  # articles up to which a rebuild mends Tantivy on opening (seconds)


class Archive:
    """An open archive. Use `Archive.open(location)`; close it (or use ``with``)."""

    def __init__(self, location: Location, engine: Engine, files: FileStore, user: str) -> None:
        self.location = location
        self.user = user  # recorded as who created or last changed articles and notes
        self._engine = engine
        self._files = files
        self._ranking = None
        if location.folder is not None:  # SQLite: a Tantivy index ranks in the folder
            self._ranking = TantivyIndex(location.folder / tantivy_index.FOLDER)
        self._sessions = Sessions(engine, location.describe(), self._ranking)
        self._read = self._sessions.read  # each a context manager framing one transaction
        self._write = self._sessions.write
        self._index = searcher.index_for(engine.dialect.name)

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
        where, engine, files = opening.open_database(location, create=create)
        archive = cls(where, engine, files, user or opening.default_user())
        if not archive.is_index_current():
            archive.rebuild_index()
        else:
            archive._mend_ranking()
        return archive

    def close(self) -> None:
        self._engine.dispose()
        if self._ranking is not None:
            self._ranking.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    # -- articles ----------------------------------------------------------------------------

    def add_article(self, draft: ArticleDraft) -> tuple[ImportOutcome, Changes]:
        """Store one article unless it repeats one in the archive (status DUPLICATE, with its id)
        or cannot be stored (status FAILED, with the reason)."""
        return import_batches.import_one(self.import_drafts, draft)

    def import_drafts(
        self,
        items: Iterable[import_batches.Item],
        tags: Sequence[str] = (),
        progress: Progress | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        total: int = 0,
    ) -> tuple[list[ImportOutcome], Changes]:
        """Store many drafts, ``IMPORT_BATCH`` to a transaction; items that arrive as errors are
        reported FAILED. ``is_cancelled`` is checked between items: after a cancel, every file
        is imported whole or not at all (the articles already stored from a file of many
        articles that the cancel cut short are taken out again), and what came before stays.
        A fault between two transactions raises ImportStopped with what was done."""
        cut_short = functools.partial(self._purge, trashed_only=False)  # taken back after a cancel
        writer = import_batches.Writer(
            self._write,
            self._index,
            self._files,
            self.user,
            cut_short,
            self.location,
            self._mend_ranking,
        )
        return import_batches.import_drafts(writer, items, tags, progress, is_cancelled, total)

    def articles_read_from(self, path: Path) -> list[ArticleId]:
        """The articles an earlier import read from a file of the same content as ``path`` (a
        PDF or a scan), so it need not be read again; none if it cannot be read."""
        sha256 = attachment_store.content_hash(path)
        with self._read() as session:
            return [] if sha256 is None else attachment_store.read_from(session, sha256)

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
            return article_store.listed_summaries(session, trash.listed(trashed=trashed))

    def article_line_pages(self, *, trashed: bool = False) -> Iterator[list[ArticleLine]]:
        """A line of every article in the archive (or in the trash), by id, in pages as they
        are read: what a listing prints, faster than `articles`, in one read transaction."""
        with self._read() as session:
            yield from article_store.listed_line_pages(session, trash.listed(trashed=trashed))

    def article_summaries(self, article_ids: Sequence[int]) -> list[ArticleSummary]:
        """List rows of these articles, in this order (ids not in the archive left out)."""
        with self._read() as session:
            return article_store.summaries(session, article_ids)

    def article_count(self, *, trashed: bool = False) -> int:
        with self._read() as session:
            return trash.listed_count(session, trashed=trashed)

    def update_article(
        self, article_id: int, expected_version: int | None = None, **fields: Any
    ) -> Changes:
        """Change the named fields (see ARTICLE_TEXT_FIELDS, plus ``date`` and ``language``).
        With ``expected_version``, refuse (VersionConflict) if someone saved it in between."""
        article_edit.check_field_names(fields)
        with self._write() as session, self._reindex(session, [article_id]):
            article_edit.update(session, article_id, expected_version, fields, self.user)
        return Changes.of_articles([article_id])

    def update_articles(self, article_ids: Sequence[int], **fields: Any) -> Changes:
        """Give every article the same values of fields a selection shares (storage.bulk:
        source, date, place, author, language): all of them in one transaction, or none."""
        return self.set_article_fields(dict.fromkeys(article_ids, fields))

    def set_article_fields(self, values: Mapping[int, Mapping[str, Any]]) -> Changes:
        """Give each article its own values of those fields (what an undo puts back)."""
        with self._write() as session, self._reindex(session, list(values)):
            return Changes.of_articles(bulk.set_fields(session, values, self.user, utcnow()))

    def article_field_values(
        self, article_ids: Sequence[int], names: Sequence[str]
    ) -> dict[int, dict[str, Any]]:
        """Each article's values of the fields ``names`` (see `set_article_fields`)."""
        with self._read() as session:
            return bulk.field_values(session, article_ids, names)

    def trash_articles(self, article_ids: Sequence[int]) -> Changes:
        with self._write() as session:
            return trash.set_trashed(session, article_ids, utcnow())

    def restore_articles(self, article_ids: Sequence[int]) -> Changes:
        with self._write() as session:
            return trash.set_trashed(session, article_ids, None)

    def purge_articles(self, article_ids: Sequence[int]) -> Changes:
        """Delete articles for good, with their notes, tags links, dossier places and files:
        only articles in the trash (else ArchiveError NOT_IN_TRASH, and nothing is deleted)."""
        return self._purge(article_ids, trashed_only=True)

    def _purge(self, article_ids: Sequence[int], trashed_only: bool) -> Changes:
        with self._write() as session:
            changes, unused = trash.purge(
                session, self._files, self._index, article_ids, trashed_only
            )
        attachment_store.release(self._files, unused)
        return changes

    def merge_articles(self, kept_id: int, merged_id: int) -> tuple[Merge, Changes]:
        """Make two copies of one article one (storage.merge): ``kept_id`` takes the other's
        tags, notes, files, dossier places and missing metadata; the other goes to the trash.
        The `Merge` returned is what `unmerge_articles` takes to put it all back."""
        with self._write() as session, self._reindex(session, [kept_id, merged_id]):
            done = merge.merge(session, kept_id, merged_id, self.user, utcnow())
        return done, merge.changes_of(done)

    def unmerge_articles(self, done: Merge) -> Changes:
        with self._write() as session, self._reindex(session, [done.kept_id, done.merged_id]):
            merge.unmerge(session, done, self.user, utcnow())
        return merge.changes_of(done)

    def similar_pairs(self, limit: int = 500) -> list[tuple[ArticleId, ArticleId]]:
        """Linked similar articles (the same text or story twice), neither in the trash."""
        with self._read() as session:
            return merge.similar_pairs(session, limit)

    def empty_trash(self) -> Changes:
        with self._read() as session:
            ids = trash.trashed_ids(session)
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
            return trash.listing_ids(session, self._index, query, order, trashed=trashed)

    def facets(self, query: str = "", is_stopped: Callable[[], bool] | None = None) -> Facets:
        """Counts by source, tag, author and date of what ``query`` finds (search.facets);
        empty if ``is_stopped`` said to stop before they were counted."""
        with self._read() as session:
            return facets.facets(session, self._index, query, is_stopped) or Facets()

    def snippets(self, query: str, article_ids: Sequence[int]) -> dict[ArticleId, str]:
        """The search snippet of each of these articles for ``query`` (see `search`)."""
        with self._read() as session:
            found = searcher.snippets(session, query, article_ids)
        return {ArticleId(i): text for i, text in found.items()}

    def is_index_current(self) -> bool:
        """Whether the search index was built by this version's rules."""
        with self._read() as session:
            return searcher.is_current(session)

    def rebuild_index(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Index every article again, in one transaction."""
        with self._write() as session:
            searcher.rebuild(session, self._index, progress)

    def _mend_ranking(self) -> None:
        """Mend the Tantivy index left behind by a crash before SQLite's commit: the last
        transaction's articles written again (storage.search.tantivy_index), or, if that
        transaction cleared it (a rebuild, a restore), every article in a small archive.
        A large one is searched by FTS5 until `check --repair` rebuilds it."""
        with self._read() as session:
            if not tantivy_index.is_behind(session):
                return
            if tantivy_index.is_caught_up_elsewhere(session):
                return  # an import in another process writes them: FTS5 answers meanwhile
            is_mended = tantivy_index.lost_writes(session) is not None
        # Busy: an import elsewhere holds Tantivy's writer (its catching up writes them).
        with suppress(ArchiveBusy):
            if is_mended:
                with self._write() as session:
                    searcher.mend_ranking(session, self._index)
            elif self.article_count(trashed=False) + self.article_count(trashed=True) <= (
                REBUILT_WHEN_OPENED
            ):
                self.rebuild_index()

    def _reindex(self, session: Session, article_ids: Iterable[int]) -> Any:
        return searcher.reindexing(session, self._index, article_ids)

    # -- tags --------------------------------------------------------------------------------

    def tags(self) -> list[TagRecord]:
        with self._read() as session:
            return tag_store.records(session)

    def tag_names(self) -> list[str]:
        """Every tag's name, as `tags` orders them (for completing a name as it is typed)."""
        with self._read() as session:
            return tag_store.all_names(session)

    def find_tag(self, name: str) -> TagRecord | None:
        with self._read() as session:
            return tag_store.find_record(session, name)

    def tag_articles(self, article_ids: Sequence[int], names: Sequence[str]) -> Changes:
        with self._write() as session:
            return tag_store.tag(session, article_ids, names)

    def untag_articles(self, article_ids: Sequence[int], names: Sequence[str]) -> Changes:
        with self._write() as session:
            return tag_store.untag(session, article_ids, names)

    def rename_tag(self, tag_id: int, new_name: str) -> Changes:
        with self._write() as session:
            return tag_store.rename(session, tag_id, new_name)

    def merge_tags(self, source_ids: Sequence[int], target_id: int) -> Changes:
        """The articles of the sources change (they get the target); the target's own don't."""
        with self._write() as session:
            return tag_store.merge(session, source_ids, target_id)

    def delete_tag(self, tag_id: int) -> Changes:
        with self._write() as session:
            return tag_store.delete_tag(session, tag_id)

    def set_tag_parent(self, tag_id: int, parent_id: int | None) -> Changes:
        with self._write() as session:
            return tag_store.set_parent(session, tag_id, parent_id)

    # -- notes -------------------------------------------------------------------------------

    def add_note(self, article_id: int, note: str) -> tuple[NoteId, Changes]:
        body = note_store.note_text(note)
        with self._write() as session, self._reindex(session, [article_id]):
            return note_store.add_note(session, article_id, body, self.user)

    def edit_note(self, note_id: int, note: str) -> Changes:
        body = note_store.note_text(note)
        with self._write() as session:
            return note_store.edit_note(session, self._index, note_id, body, self.user)

    def delete_note(self, note_id: int) -> Changes:
        with self._write() as session:
            return note_store.delete_note(session, self._index, note_id)

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
            return dossier_store.create(session, name, description, utcnow())

    def rename_dossier(self, dossier_id: int, name: str, description: str | None = None) -> Changes:
        with self._write() as session:
            return dossier_store.rename(session, dossier_id, name, description, utcnow())

    def delete_dossier(self, dossier_id: int) -> Changes:
        with self._write() as session:
            return dossier_store.delete(session, dossier_id)

    def add_to_dossier(
        self, dossier_id: int, article_ids: Sequence[int], position: int | None = None
    ) -> Changes:
        """Insert (or move) the articles at ``position`` (0-based, None = at the end)."""
        with self._write() as session:
            return dossier_store.place(session, dossier_id, article_ids, position, utcnow())

    def set_dossier_order(self, dossier_id: int, article_ids: Sequence[int]) -> Changes:
        """Make the dossier hold exactly these articles in this order (an undo's way back)."""
        with self._write() as session:
            return bulk.set_dossier_order(session, dossier_id, article_ids, utcnow())

    def remove_from_dossier(self, dossier_id: int, article_ids: Sequence[int]) -> Changes:
        with self._write() as session:
            return dossier_store.remove(session, dossier_id, article_ids, utcnow())

    # -- saved searches ----------------------------------------------------------------------

    def saved_searches(self) -> list[SavedSearchRecord]:
        """Every search kept under a name, by name."""
        with self._read() as session:
            return saved_search_store.records(session)

    def save_search(self, name: str, query: str) -> tuple[SavedSearchId, Changes]:
        """Keep ``query`` under ``name``; a search of that name gets this query instead.
        A blank name or query is refused (InvalidField naming ``name`` or ``query``)."""
        with self._write() as session:
            return saved_search_store.save(session, name, query, utcnow())

    def delete_saved_search(self, saved_search_id: int) -> Changes:
        with self._write() as session:
            return saved_search_store.delete(session, saved_search_id)

    # -- attachments -------------------------------------------------------------------------

    def attach_file(self, article_id: int, path: Path) -> tuple[AttachmentId, Changes]:
        """Attach a copy of the file at ``path`` (at most MAX_ATTACHMENT bytes)."""
        sha256, size = attachment_store.file_to_attach(path)
        with self._write() as session:
            attached = attachment_store.attach(session, self._files, article_id, path, sha256, size)
        return attached, Changes.of_articles([article_id])

    def attachment_bytes(self, attachment_id: int) -> bytes:
        with self._read() as session:
            return attachment_store.read(session, self._files, attachment_id)

    def copy_attachment(self, attachment_id: int, target: Path) -> None:
        """Write the attached file to ``target`` in chunks, never whole in memory (a server
        archive's file comes from its row as one value)."""
        with self._read() as session:
            attachment_store.copy_to(session, self._files, attachment_id, target)

    def remove_attachment(self, attachment_id: int) -> Changes:
        with self._write() as session:
            article_id, unused = attachment_store.remove(session, self._files, attachment_id)
        attachment_store.release(self._files, unused)
        return Changes.of_articles([article_id])

    # -- backups -----------------------------------------------------------------------------

    def backup(self, target: Path) -> dict[str, Any]:
        """Write the whole archive to ``target`` (a zip of JSON and files); returns its
        manifest. A consistent copy: it is read in one transaction. A target inside the
        archive's folder is refused (Location.writable_target)."""
        from storage import backup as backup_format  # imported when used: not at every start

        self.location.writable_target(target)
        with self._read() as session:
            return backup_format.write_backup(session, self._files, target, migrations.HEAD)

    def restore(self, source: Path) -> Changes:
        """Load a backup into this archive, which must be empty; all of it or nothing."""
        from storage import backup as backup_format

        with self._write() as session:
            return backup_format.restore_into(session, self._files, source, self._index)

    # -- health ------------------------------------------------------------------------------

    def repair(self) -> list[str]:
        """Fix what can be fixed (storage.health.repair); returns what was done."""
        return health.repair(
            self.location, self._read, self._files, self._index, self.rebuild_index
        )

    def check(self) -> CheckReport:
        """Database integrity, foreign keys, the tag hierarchy, the search index, and every
        attached file present and unchanged (storage.health)."""
        return health.check(self.location, self.dialect, self._read, self._files, self._index)
