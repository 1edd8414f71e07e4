"""Bytes of a file → text, or `ImportFailed` saying why the bytes are not text.

In order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32); UTF-16 without a mark (NUL bytes
in every other position); valid UTF-8; the Arabic legacy code pages (Windows-1256 first, the
encoding of old Windows machines, then ISO-8859-6 and Mac Arabic) when they give text whose
letters are mostly Arabic; then charset-normalizer's best guess for anything else. Whatever the
encoding, the decoded text must look like text: a file with NUL bytes or control characters
is rejected, never imported as mojibake.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from storage.errors import ImportFailed
from storage.text.chars import ARABIC_LETTER, LETTER, PRESENTATION_FORMS

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
ARABIC_CODE_PAGES = ("cp1256", "iso8859_6", "mac_arabic")
MIN_ARABIC_SHARE = 0.5
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# What text in an Arabic archive is made of: ASCII, Latin-1, the Arabic blocks, punctuation.
_READABLE = re.compile(
    f"[\\s!-~\u00a0-\u00ff\u0600-\u06ff\u0750-\u077f\u2000-\u206f{PRESENTATION_FORMS}]"
)


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """The text of ``data``. ``declared`` is an encoding the file names itself (a web page's
    charset), tried right after a byte-order mark."""
    if not data.strip():
        raise ImportFailed(path, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_strict(data[len(bom) :], encoding, path, "its byte-order mark"), path)
    if declared:
        try:
            return _checked(data.decode(_python_name(declared)), path)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration is common; find the real encoding below
    if b"\x00" in data:
        return _checked(_utf16_without_mark(data, path), path)
    try:
        return _checked(data.decode("utf-8"), path)
    except UnicodeDecodeError:
        pass
    for encoding in ARABIC_CODE_PAGES:
        text = _try(data, encoding)
        if (
            text is not None
            and not _CONTROL.search(text)
            and _arabic_share(text) >= MIN_ARABIC_SHARE
        ):
            return text
    import charset_normalizer  # the last resort, and slow to load: only when it is reached

    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None:
        text = _try(data, guess.encoding)
        if text is not None and not _CONTROL.search(text):
            return text
    raise ImportFailed(
        path,
        "not text in any encoding tried (UTF-8, UTF-16, Windows-1256, ISO-8859-6, and "
        "the best guess of charset-normalizer): a binary file?",
    )


def read_text(path: Path) -> str:
    """The text of the file at ``path``, decoded as `decode` does; ImportFailed says why the
    file gives none (it cannot be read, it is empty, it is not text)."""
    label = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailed(label, f"cannot be read ({error.strerror})") from None
    return decode(data, label)


def _python_name(declared: str) -> str:
    name = declared.strip().lower()
    return {"windows-1256": "cp1256", "x-mac-arabic": "mac_arabic"}.get(name, name)


def _strict(data: bytes, encoding: str, path: str, why: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportFailed(
            path, f"{why} says {encoding}, but the bytes at offset {error.start} are not {encoding}"
        ) from None


def _utf16_without_mark(data: bytes, path: str) -> str:
    """In UTF-16 text the NUL bytes are the high bytes of ASCII characters (spaces, digits,
    punctuation): in Arabic text one character in five or fewer, so their count proves
    little. Both byte orders are tried, and the one that reads as text is kept: no control
    characters, and nearly all of it Arabic, Latin, digits, spaces and punctuation. Binary
    data with NUL bytes reads as neither."""
    if len(data) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            text = _try(data, encoding)
            if text is not None and not _CONTROL.search(text) and _readable_share(text) >= 0.95:
                return text
    raise ImportFailed(path, f"not text: {data.count(0)} NUL bytes (a binary file?)")


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _readable_share(text: str) -> float:
    return len(_READABLE.findall(text)) / len(text) if text else 0.0


def _arabic_share(text: str) -> float:
    letters = len(LETTER.findall(text))
    return len(ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def _checked(text: str, path: str) -> str:
    control = _CONTROL.search(text)
    if control is not None:
        raise ImportFailed(
            path,
            f"not text: control character U+{ord(control.group()):04X} at character "
            f"{control.start()} (a binary file?)",
        )
    return text
