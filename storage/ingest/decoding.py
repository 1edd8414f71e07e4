"""Bytes of a file → text, or `ImportFailed` saying why the bytes are not text."""

from __future__ import annotations

import codecs

from storage.errors import ImportFailed

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str) -> str:
    """Decode by byte-order mark, else as UTF-8; an empty or non-text file is an error."""
    if not data.strip():
        raise ImportFailed(path, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ImportFailed(
                    path,
                    f"starts with a {encoding} byte-order mark but is not {encoding} text "
                    f"(bad bytes at offset {error.start + len(bom)})",
                ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportFailed(path, f"not UTF-8 text (bad bytes at offset {error.start})") from None
