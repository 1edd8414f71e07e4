"""The archive's tables as typed SQLAlchemy 2 models. Changed only together with a migration."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.functions import FunctionElement

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str | None] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(500), default="")
    source: Mapped[str] = mapped_column(String(500), default="", index=True)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    page: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(16), default="ar")
    # sha256 of the normalised title, lead and body: finds the same text imported twice.
    text_key: Mapped[str] = mapped_column(String(64), index=True)
    # sha256 of the body's first normalised words: finds the same story printed elsewhere.
    opening_key: Mapped[str] = mapped_column(String(64), index=True, default="")
    created: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    trashed: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    # "" typed or imported as text, "pdf" a PDF's text layer, "ocr" recognised from a scan.
    text_origin: Mapped[str] = mapped_column(String(16), default="", server_default="")
    ocr_confidence: Mapped[float | None] = mapped_column(Float)  # mean word confidence, 0–100
    # The page (from 1) of its original, the attached PDF or scan, where the article begins.
    original_page: Mapped[int | None] = mapped_column(Integer)

    tags: Mapped[list[Tag]] = relationship(secondary="article_tags", back_populates="articles")
    notes: Mapped[list[Note]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Note.id"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Attachment.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it once)


Index("ix_articles_url", Article.url)
# The columns lists and searches read beside the id, in an index of their own (migration
# 0012; SQLite only): the rows hold them after the body. Named in the statements that read
# them (`INDEXED_BY`), for SQLite's planner would read the rows by their id.
BESIDE_THE_ID = "ix_articles_lines"
INDEXED_BY = f"INDEXED BY {BESIDE_THE_ID}"


@compiles(Table, "sqlite")
def _table_with_its_hint(table: Table, compiler: Any, fromhints: Any = None, **kw: Any) -> str:
    """SQLite's own compiler drops a statement's hints (`Select.with_hint`): a hint given for
    SQLite (``INDEXED BY …``) is written after the table's name in the FROM clause."""
    sql: str = compiler.visit_table(table, fromhints=None, **kw)
    hint = (fromhints or {}).get(table)
    return f"{sql} {hint}" if hint and kw.get("asfrom") else sql


class iso_day(FunctionElement[str]):  # noqa: N801 (an SQL function, named as SQL names them)
    """A date column as ISO text (YYYY-MM-DD) on either back end: what a listing of every
    article prints, read without making a date object a row (a third of the listing's read).
    SQLite stores dates as that text (read as it is), PostgreSQL formats them (`to_char`)."""

    type = String()
    inherit_cache = True


@compiles(iso_day, "sqlite")
def _iso_day_on_sqlite(element: iso_day, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(iso_day, "postgresql")
def _iso_day_on_postgresql(element: iso_day, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


Index(
    BESIDE_THE_ID,
    Article.id,
    Article.trashed,
    Article.published,
    Article.title,
    Article.source,
    Article.author,
).ddl_if(dialect="sqlite")


# The articles outside the trash, newest first (migration 0013; SQLite only): the order a
# window opens on, read off this index rather than sorted (`NEWEST`, named in ``INDEXED BY``).
NEWEST = "ix_articles_newest"
Index(
    NEWEST,
    Article.published.desc(),
    Article.id.desc(),
    sqlite_where=Article.trashed.is_(None),
).ddl_if(dialect="sqlite")


class SimilarArticle(Base):
    """Two articles that tell the same story (a wire story in two papers). Kept both ways."""

    __tablename__ = "similar_articles"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    similar_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), index=True
    )

    articles: Mapped[list[Article]] = relationship(secondary="article_tags", back_populates="tags")


class ArticleTag(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")

    article: Mapped[Article] = relationship(back_populates="notes")


class Dossier(Base):
    __tablename__ = "dossiers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    items: Mapped[list[DossierItem]] = relationship(
        cascade="all, delete-orphan", order_by="DossierItem.position"
    )


class DossierItem(Base):
    __tablename__ = "dossier_items"

    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    article: Mapped[Article] = relationship(back_populates="attachments")


class Blob(Base):
    """Attachment contents of a server archive, which has no folder of its own."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ArchiveSetting(Base):
    """Facts about the archive itself, such as the version of the rules its index was built by."""

    __tablename__ = "archive_settings"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SavedSearch(Base):
    """A search the user named: it belongs to the archive, so a team archive shares it."""

    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)
    created: Mapped[dt.datetime] = mapped_column(UtcDateTime)
