"""Files and folders → drafts or reasons."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.errors import ImportFailed
from storage.ingest import read_paths, skipped_under
from storage.ingest.decoding import decode
from storage.records import ArticleDraft
from tests.own_texts import ARTICLE


def test_a_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("عنوان ثان\n\nنص ثان", encoding="utf-8")
    (tmp_path / "1.txt").write_bytes(ARTICLE.read_bytes())
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (tmp_path / "notes.odt").write_bytes(b"PK\x03\x04")
    items = list(read_paths([tmp_path]))
    assert [o.path for o, _ in items] == [str(tmp_path / n) for n in ("1.txt", "b/2.txt")]
    assert all(isinstance(item, ArticleDraft) for _, item in items)
    assert skipped_under([tmp_path]) == [tmp_path / "notes.odt"]
    [(_, named)] = read_paths([tmp_path / "notes.odt"])  # named, it is an error
    assert isinstance(named, ImportFailed)
    assert "unsupported file type '.odt'" in named.reason


def test_json_lines_with_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl.gz"
    lines = [
        json.dumps(
            {
                "id": "x-1",
                "title": "عنوان",
                "body": "نص",
                "date": "2015-07-21",
                "category": "Politics",
                "source": "Okaz",
                "url": "http://okaz.com.sa/1",
            }
        ),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "بلا تاريخ", "body": "نص", "date": "21/07/2015"}),
        "",
        json.dumps({"title": "", "body": "نص"}),
    ]
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    items = list(read_paths([path]))
    assert [o.line for o, _ in items] == [1, 2, 3, 4, 6]
    first = items[0][1]
    assert isinstance(first, ArticleDraft)
    assert (first.ref, first.tags, first.source, str(first.date)) == (
        "x-1",
        ("Politics",),
        "Okaz",
        "2015-07-21",
    )
    reasons = [str(item) for _, item in items[1:]]
    assert "not valid JSON" in reasons[0]
    assert f"{path}:2" in reasons[0]
    assert "expected a JSON object" in reasons[1]
    assert "date: '21/07/2015' is not a date" in reasons[2]
    assert "title: missing or empty" in reasons[3]


def test_empty_and_missing_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (_, empty), (_, missing) = read_paths([tmp_path / "empty.txt", tmp_path / "nowhere.txt"])
    assert isinstance(empty, ImportFailed)
    assert "empty" in empty.reason
    assert isinstance(missing, ImportFailed)
    assert "no such file" in missing.reason


def test_byte_order_marks() -> None:
    text = "عنوان\n\nنص"
    assert decode(b"\xef\xbb\xbf" + text.encode(), "a") == text
    assert decode(b"\xff\xfe" + text.encode("utf-16-le"), "a") == text
    assert decode(b"\xfe\xff" + text.encode("utf-16-be"), "a") == text


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_a_draft_or_a_reason(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.txt"
    path.write_bytes(data)
    [(_, item)] = read_paths([path])
    assert isinstance(item, ArticleDraft | ImportFailed)
    if isinstance(item, ImportFailed):
        assert item.reason
    else:
        assert item.title.strip()
