"""The window in two calendars: the list, the reading pane and the editor show the Hijri date
beside the Gregorian one, a setting picks which leads, the editor takes a date in either;
"Copy citation" and "Export citations…" write what the command line writes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import ArticleDraft
from tests.gui.untranslated import untranslated
from ui.window.app import create_application
from ui.window.citation_commands import CitationCommands
from ui.window.dialogs.import_dialog import ImportDialog
from ui.window.dialogs.settings_dialog import SettingsDialog
from ui.window.main_window import MainWindow
from ui.window.settings import Settings
from ui.window.tasks import TaskRunner, single_writer

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SPA = (
    "برنامج تعريفي لطلاب جامعة الباحة\n\n"
    "الباحة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\n"
    "تنظم جامعة الباحة غداً برنامجاً تعريفياً لطلابها المستجدين في قاعة المحاضرات الكبرى.\n"
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    (tmp_path / "spa.txt").write_text(SPA, encoding="utf-8")
    with Archive.open(tmp_path / "archive") as opened:
        opened.import_drafts(read_paths([tmp_path / "spa.txt"]))
        opened.add_article(
            ArticleDraft(
                title="مقال رأي عن الاقتصاد",
                body="نص المقال.",
                author="كاتب",
                source="الرياض",
                date=dt.date(2015, 10, 13),
            )
        )
        yield opened
        QThreadPool.globalInstance().waitForDone()
        single_writer().waitForDone()


@pytest.fixture
def window(qtbot: QtBot, archive: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    """The window in Arabic; afterwards the application has no translator again (the other
    tests read the source strings)."""
    create_application([], language="ar")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    shown = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.model.rowCount() == 2)
    yield shown
    untranslated()  # as the other tests expect to find the application


def _row_of(window: MainWindow, article_id: int) -> int:
    row = window.model.row_of(article_id)
    assert row is not None
    return row


def test_both_calendars_in_the_list_pane_and_editor(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    row = _row_of(window, 1)
    date_column = window.model.COLUMNS.index("date")
    assert (
        window.model.data(window.model.index(row, date_column))
        == "\u20662015-08-11\u2069 · \u20661436-10-26\u2069 هـ"
    )
    window._select_row(row)
    qtbot.waitUntil(lambda: window.pane.article_id == 1)
    assert "11 أغسطس 2015 (26 شوال 1436 هـ)" in window.pane.toPlainText()
    editor = window.editor
    qtbot.waitUntil(lambda: editor.article_id == 1)
    assert editor.lines["date"].text() == "2015-08-11"
    assert editor.date_hint.text() == (
        "11 أغسطس 2015 (26 شوال 1436 هـ) — من نص المقال: "
        "«الباحة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م»"
    )
    window.tabs.setCurrentWidget(editor)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "dates-editor.png"))

    # the setting: Hijri first, everywhere, at once
    dialog = SettingsDialog(window._settings, window)
    dialog.first_calendar_changed.connect(window.commands.first_calendar_changed)
    dialog.calendar_combo.setCurrentIndex(dialog.calendar_combo.findData("hijri"))
    dialog._on_buttons_accepted()
    assert window._settings.first_calendar == "hijri"
    assert (
        window.model.data(window.model.index(row, date_column))
        == "\u20661436-10-26\u2069 هـ · \u20662015-08-11\u2069"
    )
    assert "26 شوال 1436 هـ (11 أغسطس 2015)" in window.pane.toPlainText()
    assert editor.lines["date"].text() == "1436-10-26 هـ"
    window.tabs.setCurrentWidget(window.pane)
    assert window.grab().save(str(SCREENSHOTS / "dates-list-hijri-first.png"))


def test_the_editor_takes_a_date_in_either_calendar(
    qtbot: QtBot, window: MainWindow, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, caption, text: warnings.append(text))
    window._select_row(_row_of(window, 2))
    editor = window.editor
    qtbot.waitUntil(lambda: editor.article_id == 2)
    date = editor.lines["date"]

    def type_date(text: str) -> None:
        date.setText(text)
        date.textEdited.emit(text)

    type_date("1436-12-30 هـ")  # the last day of 1436 (a 30-day Dhu al-Hijja)
    assert editor.date_hint.text() == "13 أكتوبر 2015 (30 ذو الحجة 1436 هـ)"
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert archive.article(2).date == dt.date(2015, 10, 13)
    type_date("١٤٣٧/٠١/٠١ هـ")  # Arabic-Indic digits, the first day of 1437
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert archive.article(2).date == dt.date(2015, 10, 14)
    type_date("2015-08-16 م")
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert archive.article(2).date == dt.date(2015, 8, 16)
    type_date("1436-09-30 هـ")  # Ramadan 1436 has 29 days
    assert editor.date_hint.text() == "ليس تاريخاً: اكتب 2015-08-11 أو 1436-10-26 هـ"
    assert not editor.save()
    assert "1436-09-30" in warnings[0]
    assert archive.article(2).date == dt.date(2015, 8, 16)  # nothing half-saved
    window._settings.first_calendar = "hijri"
    window._set_first_calendar("hijri")
    type_date("1436-11-01")  # with Hijri first, a date without «هـ» is Hijri
    assert editor.date_hint.text().startswith("1 ذو القعدة 1436 هـ (16 أغسطس 2015)")
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    assert archive.article(2).date == dt.date(2015, 8, 16)


def test_copy_and_export_citations(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window._select_row(_row_of(window, 1))
    qtbot.waitUntil(lambda: window.pane.article_id == 1)
    assert window.actions_.copy_citation.isEnabled()
    with qtbot.waitSignal(window.citations.done):
        window.actions_.copy_citation.trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("«برنامج تعريفي لطلاب جامعة الباحة»، الباحة، 11 أغسطس 2015")
    assert "(26 شوال 1436 هـ)" in copied

    target = tmp_path / "out" / "citations"
    target.parent.mkdir()
    monkeypatch.setattr(
        CitationCommands, "ask_target", classmethod(lambda cls, parent: (target, "csl-json"))
    )
    window.article_list.clearSelection()
    with qtbot.waitSignal(window.citations.done):
        window.actions_.export_citations.trigger()  # nothing selected: the whole list
    items = json.loads(target.read_text(encoding="utf-8"))
    assert sorted(item["id"] for item in items) == ["arshif-1", "arshif-2"]
    assert window.statusBar().currentMessage().startswith("كُتبت إحالتان في")  # two, in Arabic


def test_the_import_report_says_where_a_date_was_read(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "spa.txt").write_text(SPA, encoding="utf-8")
    (folder / "undated.txt").write_text("مقال بلا تاريخ\n\nنص لا يذكر يوماً.\n", encoding="utf-8")
    with Archive.open(tmp_path / "fresh") as archive:
        dialog = ImportDialog(archive, [folder], TaskRunner())
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.imported):
            dialog.start()
        model = dialog.report_model
        notes = {
            Path(model.data(model.index(row, 0), Qt.ItemDataRole.UserRole)).name: model.data(
                model.index(row, 2)
            )
            for row in range(model.rowCount())
        }
        QThreadPool.globalInstance().waitForDone()
        single_writer().waitForDone()
    assert notes["spa.txt"].endswith(
        ", dated \u20662015-08-11\u2069 by its text: "
        "«الباحة 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م»"
    )
    assert "dated" not in notes["undated.txt"]
