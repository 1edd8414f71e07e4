"""Both interface languages are complete: every string the window code passes through tr()
is in the .ts files (lupdate finds nothing new) and translated (nothing unfinished)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from ui.window.app import create_application, set_language

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ["ui/window", "ui/window/models", "ui/window/panes", "ui/window/dialogs"]


def _messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    tree = ElementTree.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_string_is_translated(language: str, tmp_path: Path) -> None:
    ts = TRANSLATIONS / f"arshif_{language}.ts"
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for folder in SOURCES for p in (ROOT / folder).glob("*.py"))
    subprocess.run(
        [lupdate, "-no-obsolete", *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    messages = _messages(fresh)
    assert set(messages) == set(_messages(ts)), "run lupdate: the .ts file is behind the code"
    for key, message in messages.items():
        translation = message.find("translation")
        assert translation is not None, key
        assert translation.get("type") != "unfinished", key
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(form and form.strip() for form in forms), key


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_compiled_translations_match_their_sources(language: str, tmp_path: Path) -> None:
    """The .qm files are committed so that a wheel carries them: `make translations` after
    editing a .ts file."""
    ts = TRANSLATIONS / f"arshif_{language}.ts"
    fresh = tmp_path / f"arshif_{language}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", ts, "-qm", fresh], check=True, capture_output=True)
    committed = TRANSLATIONS / fresh.name
    assert committed.read_bytes() == fresh.read_bytes(), "run `make translations`"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_count_is_written_in_the_interfaces_locale(language: str) -> None:
    """A plural form writes its number as %Ln (the locale's «29,581», as the side panel's
    counts), never as a bare %n («29581», hard to read in an archive of a million)."""
    for key, message in _messages(TRANSLATIONS / f"arshif_{language}.ts").items():
        for form in message.iter("numerusform"):
            assert "%n" not in (form.text or "").replace("%Ln", ""), key


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "29,581 مقالًا في الأرشيف"), ("en", "29,581 articles in the archive")],
)
def test_a_large_count_is_grouped_in_thousands(language: str, expected: str) -> None:
    app = create_application([], language=language)
    try:
        shown = app.translate("MainWindow", "%n article(s) in the archive", "", 29_581)
    finally:
        set_language(app, "ar")  # as the other tests have it
    assert shown == expected
