"""Articles dragged between views (the list to a dossier): their ids, as JSON, in a MIME type
of Arshif's own so that nothing else's drop is mistaken for articles."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QMimeData

ARTICLE_IDS_MIME = "application/x-arshif-article-ids"


def encode_article_ids(ids: Iterable[int]) -> QMimeData:
    data = QMimeData()
    data.setData(ARTICLE_IDS_MIME, json.dumps([int(i) for i in ids]).encode("utf-8"))
    return data


def decode_article_ids(data: QMimeData) -> list[int] | None:
    """The ids carried, or None if ``data`` carries no article ids or malformed ones."""
    if not data.hasFormat(ARTICLE_IDS_MIME):
        return None
    try:
        ids = json.loads(bytes(data.data(ARTICLE_IDS_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(ids, list) or not all(
        isinstance(i, int) and not isinstance(i, bool) and i > 0 for i in ids
    ):
        return None
    return ids
