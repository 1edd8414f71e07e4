"""The side panel's tree: All articles, Tags (as a hierarchy), Dossiers, Saved searches and
Trash, each with its count. What it shows is read on the window's TaskRunner
(`read_contents`) and handed to `show_contents`, which touches the view only where something
changed: renamed or recounted items are updated in place, and only a section whose items came
or went is rebuilt, so the view keeps what is expanded and selected."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import count
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from storage.archive import Archive
from storage.records import DossierRecord, SavedSearchRecord, TagRecord
from ui.window.bidi_text import isolated
from ui.window.models.article_drag import ARTICLE_IDS_MIME, decode_article_ids

Index = QModelIndex | QPersistentModelIndex


class NodeKind(StrEnum):
    ALL = "all"
    TAGS = "tags"
    TAG = "tag"
    DOSSIERS = "dossiers"
    DOSSIER = "dossier"
    SEARCHES = "searches"
    SEARCH = "search"
    TRASH = "trash"


SECTIONS = (NodeKind.ALL, NodeKind.TAGS, NodeKind.DOSSIERS, NodeKind.SEARCHES, NodeKind.TRASH)
NodeKey = tuple[NodeKind, int]  # the kind, and the tag, dossier or saved search id (0: none)


@dataclass(frozen=True)
class PanelContents:
    """What the panel shows, as read from the archive (off the GUI thread)."""

    article_count: int
    trash_count: int
    tags: list[TagRecord]
    dossiers: list[DossierRecord]
    searches: list[SavedSearchRecord]


def read_contents(archive: Archive) -> PanelContents:
    """Read the names and counts the panel shows (ArchiveError if the archive cannot be read)."""
    return PanelContents(
        archive.article_count(),
        archive.article_count(trashed=True),
        archive.tags(),
        archive.dossiers(),
        archive.saved_searches(),
    )


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    item_id: int = 0
    name: str = ""
    count: int | None = None
    query: str = ""
    serial: int = 0
    row: int = 0
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    @property
    def key(self) -> NodeKey:
        return self.kind, self.item_id

    def shape(self) -> tuple[Any, ...]:
        return self.key, tuple(child.shape() for child in self.children)

    def looks(self) -> tuple[str, int | None, str]:
        return self.name, self.count, self.query


class SidePanelModel(QAbstractItemModel):
    """One column. Roles beyond Qt's: KIND_ROLE (a NodeKind's value), ITEM_ID_ROLE (the tag, dossier
    or saved search id), NAME_ROLE, COUNT_ROLE (None where nothing is counted), QUERY_ROLE."""

    KIND_ROLE = Qt.ItemDataRole.UserRole + 1
    ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2
    NAME_ROLE = Qt.ItemDataRole.UserRole + 3
    COUNT_ROLE = Qt.ItemDataRole.UserRole + 4
    QUERY_ROLE = Qt.ItemDataRole.UserRole + 5

    # articles dropped on a dossier: (dossier id, article ids); the receiver stores them
    article_ids_dropped = Signal(int, list)

    def __init__(self) -> None:
        super().__init__()
        self._serials = count(1)
        self._search_counts: dict[int, int] = {}
        self._nodes: dict[int, _Node] = {}
        self._root = _Node(NodeKind.ALL, serial=0)
        self._root.children = [self._register(_Node(kind), self._root) for kind in SECTIONS]
        for row, section in enumerate(self._root.children):
            section.row = row
        self._sections = {section.kind: section for section in self._root.children}

    # -- reading the archive -----------------------------------------------------------------

    def show_contents(self, contents: PanelContents) -> None:
        """Show names and counts as read (see read_contents)."""
        sections = self._sections
        self._update(sections[NodeKind.ALL], _Node(NodeKind.ALL, count=contents.article_count))
        self._update(sections[NodeKind.TRASH], _Node(NodeKind.TRASH, count=contents.trash_count))
        self._replace_children(sections[NodeKind.TAGS], _tag_nodes(contents.tags))
        self._replace_children(sections[NodeKind.DOSSIERS], _dossier_nodes(contents.dossiers))
        self._replace_children(
            sections[NodeKind.SEARCHES], _search_nodes(contents.searches, self._search_counts)
        )

    def set_search_counts(self, counts: dict[int, int]) -> None:
        """How many articles each saved search finds (counted off the GUI thread)."""
        self._search_counts = dict(counts)
        section = self._sections[NodeKind.SEARCHES]
        for node in section.children:
            if node.item_id in counts and node.count != counts[node.item_id]:
                node.count = counts[node.item_id]
                index = self._index_of_node(node)
                self.dataChanged.emit(index, index)

    def _register(self, node: _Node, parent: _Node) -> _Node:
        node.serial = next(self._serials)
        node.parent = parent
        self._nodes[node.serial] = node
        for row, child in enumerate(node.children):
            child.row = row
            self._register(child, node)
        return node

    def _forget(self, node: _Node) -> None:
        self._nodes.pop(node.serial, None)
        for child in node.children:
            self._forget(child)

    def _update(self, node: _Node, fresh: _Node) -> None:
        if node.looks() != fresh.looks():
            node.name, node.count, node.query = fresh.name, fresh.count, fresh.query
            index = self._index_of_node(node)
            self.dataChanged.emit(index, index)
        for child, fresh_child in zip(node.children, fresh.children, strict=True):
            self._update(child, fresh_child)

    def _replace_children(self, section: _Node, fresh: list[_Node]) -> None:
        if tuple(c.shape() for c in section.children) == tuple(c.shape() for c in fresh):
            for child, fresh_child in zip(section.children, fresh, strict=True):
                self._update(child, fresh_child)
            return
        parent = self._index_of_node(section)
        if section.children:
            self.beginRemoveRows(parent, 0, len(section.children) - 1)
            for child in section.children:
                self._forget(child)
            section.children = []
            self.endRemoveRows()
        if fresh:
            self.beginInsertRows(parent, 0, len(fresh) - 1)
            section.children = fresh
            for row, child in enumerate(fresh):
                child.row = row
                self._register(child, section)
            self.endInsertRows()

    # -- finding items -----------------------------------------------------------------------

    def index_of(self, kind: NodeKind, item_id: int = 0) -> QModelIndex:
        """The item of that kind and id (a section: id 0), or an invalid index."""
        for node in self._walk(self._root):
            if node.key == (kind, item_id) and node is not self._root:
                return self._index_of_node(node)
        return QModelIndex()

    def key_of(self, index: Index) -> NodeKey | None:
        node = self._node(index)
        return None if node is None else node.key

    def keys(self) -> Iterator[NodeKey]:
        """The key of every item, in tree order."""
        return (node.key for node in self._walk(self._root) if node is not self._root)

    def _walk(self, node: _Node) -> Iterator[_Node]:
        yield node
        for child in node.children:
            yield from self._walk(child)

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._nodes.get(index.internalId())

    def _index_of_node(self, node: _Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.serial)

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = self._node(parent) if parent.isValid() else self._root
        if owner is None or column != 0 or not 0 <= row < len(owner.children):
            return QModelIndex()
        return self.createIndex(row, 0, owner.children[row].serial)

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self._index_of_node(node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.column() > 0:
            return 0
        owner = self._node(parent) if parent.isValid() else self._root
        return 0 if owner is None else len(owner.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind is NodeKind.DOSSIER:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.query if node.kind is NodeKind.SEARCH else self._label(node)
        if role == Qt.ItemDataRole.FontRole and node.parent is self._root:
            font = QFont()
            font.setBold(True)
            return font
        return {
            self.KIND_ROLE: node.kind,
            self.ITEM_ID_ROLE: node.item_id,
            self.NAME_ROLE: node.name,
            self.COUNT_ROLE: node.count,
            self.QUERY_ROLE: node.query,
        }.get(role)

    def _label(self, node: _Node) -> str:
        titles = {
            NodeKind.ALL: self.tr("All articles"),
            NodeKind.TAGS: self.tr("Tags"),
            NodeKind.DOSSIERS: self.tr("Dossiers"),
            NodeKind.SEARCHES: self.tr("Saved searches"),
            NodeKind.TRASH: self.tr("Trash"),
        }
        name = titles.get(node.kind) or isolated(node.name)
        return name if node.count is None else f"{name} ({QLocale().toString(node.count)})"

    # -- dropping articles on a dossier ------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ARTICLE_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Articles dropped on a dossier (not between items): announced, not stored here."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        dossier_id, ids = target
        self.article_ids_dropped.emit(dossier_id, ids)
        return True

    def _drop_target(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[int, list[int]] | None:
        node = self._node(parent)
        if node is None or node.kind is not NodeKind.DOSSIER or row != -1:
            return None
        ids = decode_article_ids(data)
        return (node.item_id, ids) if ids else None


def _tag_nodes(tags: Sequence[TagRecord]) -> list[_Node]:
    """Tags as a tree by parent; a tag whose parent is unknown (or in a loop) is at the top."""
    known = {tag.id for tag in tags}
    children: dict[int | None, list[TagRecord]] = {}
    for tag in tags:
        parent = tag.parent_id if tag.parent_id in known and tag.parent_id != tag.id else None
        children.setdefault(parent, []).append(tag)
    placed: set[int] = set()

    def grow(tag: TagRecord) -> _Node:
        placed.add(tag.id)
        node = _Node(NodeKind.TAG, tag.id, tag.name, tag.article_count)
        node.children = [grow(c) for c in children.get(tag.id, []) if c.id not in placed]
        return node

    roots = [grow(tag) for tag in children.get(None, [])]
    roots += [grow(tag) for tag in tags if tag.id not in placed]  # only a loop leaves any
    return roots


def _dossier_nodes(dossiers: Sequence[DossierRecord]) -> list[_Node]:
    return [_Node(NodeKind.DOSSIER, d.id, d.name, len(d.article_ids)) for d in dossiers]


def _search_nodes(searches: Sequence[SavedSearchRecord], counts: dict[int, int]) -> list[_Node]:
    """The saved searches, each with the count last found for it (none yet: no count)."""
    return [_Node(NodeKind.SEARCH, s.id, s.name, counts.get(s.id), s.query) for s in searches]
