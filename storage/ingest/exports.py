"""Exports of other tools: JSON Lines and CSV (either optionally gzip-compressed).

One article a line (JSON Lines) or a row (CSV with a header). Keys or columns: title, body,
source, date (YYYY-MM-DD), category (a tag), url, id (the article's ref); also lead, author,
place, page, ref and tags (a JSON list, or text with tags separated by commas or semicolons).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from storage.errors import ImportFailed
from storage.ingest.decoding import decode
from storage.records import ArticleDraft, ItemOrigin
from storage.text import normalize

TEXT_KEYS = ("title", "body", "lead", "author", "source", "place", "url", "page")


def read_jsonl(path: Path) -> Iterator[tuple[ItemOrigin, ArticleDraft | ImportFailed]]:
    try:
        with _open(path) as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                origin = ItemOrigin(str(path), number)
                label = str(origin)
                try:
                    yield origin, draft_from_record(json.loads(line), label)
                except json.JSONDecodeError as error:
                    reason = f"not valid JSON ({error.msg}, column {error.colno})"
                    yield origin, ImportFailed(label, reason)
                except ImportFailed as problem:
                    yield origin, problem
    except (OSError, EOFError, UnicodeDecodeError) as error:
        reason = f"cannot be read as UTF-8 JSON Lines ({error})"
        yield ItemOrigin(str(path)), ImportFailed(str(path), reason)


def read_csv(path: Path) -> Iterator[tuple[ItemOrigin, ArticleDraft | ImportFailed]]:
    try:
        data = (
            gzip.decompress(path.read_bytes())
            if path.suffix.lower() == ".gz"
            else path.read_bytes()
        )
        text = decode(data, str(path))
    except ImportFailed as problem:
        yield ItemOrigin(str(path)), problem
        return
    except (OSError, EOFError, zlib.error) as error:
        yield ItemOrigin(str(path)), ImportFailed(str(path), f"cannot be read ({error})")
        return
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = [c.strip().lower() for c in reader.fieldnames or []]
        if "title" not in columns:
            raise ImportFailed(str(path), f"no 'title' column among {columns[:12]}")
        reader.fieldnames = columns
        for row in reader:
            origin = ItemOrigin(str(path), reader.line_num)
            record = {k: v for k, v in row.items() if isinstance(k, str) and v is not None}
            try:
                yield origin, draft_from_record(record, str(origin))
            except ImportFailed as problem:
                yield origin, problem
    except ImportFailed as problem:
        yield ItemOrigin(str(path)), problem
    except csv.Error as error:
        yield ItemOrigin(str(path)), ImportFailed(str(path), f"not valid CSV ({error})")


def _open(path: Path) -> IO[str]:
    if path.suffix.lower() == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig")
    return path.open(encoding="utf-8-sig")


def draft_from_record(record: object, label: str) -> ArticleDraft:
    if not isinstance(record, dict):
        raise ImportFailed(label, f"expected a JSON object, found {type(record).__name__}")
    values: dict[str, Any] = {}  # the text fields of TEXT_KEYS
    for key in TEXT_KEYS:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str | int | float):
            raise ImportFailed(label, f"{key}: expected text, found {type(value).__name__}")
        values[key] = str(value)
    if not values.get("title", "").strip():
        raise ImportFailed(label, "title: missing or empty")
    ref = record.get("ref", record.get("id"))
    return ArticleDraft(
        title=values.pop("title"),
        body=values.pop("body", ""),
        date=_date(record.get("date"), label),
        ref=None if ref is None or ref == "" else str(ref),
        tags=_tags(record, label),
        lead=values.get("lead", ""),
        author=values.get("author", ""),
        source=values.get("source", ""),
        place=values.get("place", ""),
        url=values.get("url", ""),
        page=values.get("page", ""),
    )


def _date(value: object, label: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(normalize(value.strip())[:10])
        except ValueError:
            pass
    raise ImportFailed(label, f"date: {value!r} is not a date (expected YYYY-MM-DD)")


def _tags(record: dict[str, object], label: str) -> tuple[str, ...]:
    tags: list[str] = []
    raw = record.get("tags")
    if isinstance(raw, str):
        tags += re.split("[,;،؛]", raw)
    elif isinstance(raw, list):
        for number, tag in enumerate(raw, start=1):
            if isinstance(tag, bool) or not isinstance(tag, str | int):
                found = "null" if tag is None else type(tag).__name__
                raise ImportFailed(label, f"tags: item {number} is {found}, not a tag name")
            tags.append(str(tag))
    elif raw is not None:
        raise ImportFailed(label, f"tags: expected a list or text, found {type(raw).__name__}")
    category = record.get("category")
    if isinstance(category, str) and category.strip():
        tags.append(category)
    return tuple(t.strip() for t in tags if t.strip())
