"""`arshif cite`, the Hijri date in `show`, `hijri:` searches and the import report's
«date read from» — run as a user runs them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from ui import cli

SPA = (
    "برنامج تعريفي لطلاب الجامعة\n\n"
    "الباحة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n"
    "تنظم جامعة الباحة غداً برنامجاً تعريفياً لطلابها المستجدين في قاعة المحاضرات.\n"
)
UNDATED = "مقال بلا تاريخ\n\nكتب الكاتب عن أشياء كثيرة في 12 أغسطس 2015 وما بعده من أيام.\n"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = cli.main(list(argv), out=out)
    return status, out.getvalue()


@pytest.fixture
def where(tmp_path: Path) -> str:
    (tmp_path / "spa.txt").write_text(SPA, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    where = str(tmp_path / "archive")
    status, output = run("--archive", where, "import", str(tmp_path / "spa.txt"))
    assert status == 0, output
    assert output.endswith(
        "  (date 2015-08-11 read from «الباحة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م»)\n"
    )
    status, output = run("--archive", where, "import", "--json", str(tmp_path / "undated.txt"))
    line = json.loads(output)
    assert (line["status"], "date" in line) == ("imported", False)  # undated, not guessed
    return where


def test_show_gives_both_calendars_and_where_the_date_was_read(where: str) -> None:
    status, output = run("--archive", where, "show", "1")
    assert status == 0
    assert "date: 2015-08-11 (26 شوال 1436 هـ)" in output
    assert "date read from: «الباحة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م»" in output
    assert "place: الباحة" in output
    status, output = run("--archive", where, "show", "1", "--json")
    shown = json.loads(output)
    assert (shown["date"], shown["hijri"]) == ("2015-08-11", "1436-10-26")
    status, output = run("--archive", where, "show", "2", "--json")
    assert (json.loads(output)["date"], json.loads(output)["hijri"]) == (None, None)


def test_hijri_search_from_the_command_line(where: str) -> None:
    status, output = run("--archive", where, "search", "hijri:1436-10", "--json")
    assert [hit["id"] for hit in json.loads(output)["hits"]] == [1]
    status, output = run("--archive", where, "search", "hijri:1436-11", "--json")
    assert (status, json.loads(output)["total"]) == (0, 0)


def test_cite_in_each_format(where: str, tmp_path: Path) -> None:
    status, output = run("--archive", where, "cite", "--format", "csl-json", "--ids", "1,2")
    assert status == 0
    items = json.loads(output)
    assert [i["id"] for i in items] == ["arshif-1", "arshif-2"]
    assert items[0]["issued"] == {"date-parts": [[2015, 8, 11]]}
    status, output = run("--archive", where, "cite", "--format", "ris", "--query", "الباحة")
    assert output.startswith("TY  - NEWS\r\nTI  - برنامج تعريفي لطلاب الجامعة\r\n")
    assert "DA  - 2015/08/11/\r\n" in output
    run("--archive", where, "dossier", "create", "ملف")
    run("--archive", where, "dossier", "add", "ملف", "2", "1")
    out = tmp_path / "cites.bib"
    status, output = run(
        "--archive", where, "cite", "--format", "bibtex", "--dossier", "ملف", "--out", str(out)
    )
    assert (status, output) == (0, f"{out}: 2 citation(s), bibtex\n")
    keys = [entry.key for entry in parse_string(out.read_text(encoding="utf-8")).entries]
    assert keys == ["arshif2", "arshif1"]  # in the dossier's order


def test_cite_with_nothing_chosen_says_so(where: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, output = run("--archive", where, "cite", "--format", "ris", "--query", "لاشيءهنا")
    assert (status, output) == (2, "")
    assert "cite: no article was chosen" in capsys.readouterr().err
