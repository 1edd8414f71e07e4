"""Names users give to tags and dossiers."""

from __future__ import annotations

from storage.errors import InvalidField
from storage.text.clean import clean_line
from storage.text.normalize import name_key

TAG_NAME_LIMIT = 200
DOSSIER_NAME_LIMIT = 300


def checked_name(kind: str, name: str, limit: int) -> tuple[str, str]:
    """(name as shown, key that makes it unique), or `InvalidField` naming ``kind``."""
    shown = clean_line(name)
    key = name_key(shown)
    if not any(ch.isalnum() for ch in key):
        raise InvalidField(kind, f"{shown!r}: a name needs at least one letter or digit")
    if len(shown) > limit:
        raise InvalidField(kind, f"{shown[:40]}…: longer than {limit} characters")
    return shown, key
