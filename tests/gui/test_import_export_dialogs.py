"""Import and export from the window, on a real archive: progress, cancel, report, the PDF."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, Qt, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.errors import ArchiveBusy
from storage.records import ArticleDraft, ImportStatus
from ui.operations.exports import default_file_name
from ui.operations.imports import ImportReport
from ui.window.app import create_application
from ui.window.dialogs.export_dialog import ExportDialog
from ui.window.dialogs.file_chooser import FileChooser
from ui.window.dialogs.import_dialog import SKIPPED, ImportDialog, paths_from_mime
from ui.window.settings import Settings
from ui.window.tasks import Progress, TaskRunner

ARTICLES = {
    "a.txt": ("الحكومة تعلن موازنة جديدة", "أعلنت الحكومة اليوم موازنة العام المقبل بزيادة كبيرة."),
    "b.txt": ("افتتاح معرض الكتاب في القاهرة", "افتتح معرض الكتاب أبوابه للزوار صباح اليوم."),
    "c.txt": ("فوز المنتخب في المباراة النهائية", "فاز المنتخب الوطني بالبطولة بعد مباراة صعبة."),
}
HOLD_SECONDS = 30  # a worker held by a test gives up after this, so a failing test cannot hang


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three articles, one repeat of the first, one binary file named .txt and a picture."""
    where = tmp_path / "press"
    where.mkdir()
    for name, (title, body) in ARTICLES.items():
        (where / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (where / "d.txt").write_bytes((where / "a.txt").read_bytes())
    (where / "bad.txt").write_bytes(bytes(range(256)) * 8)
    (where / "drawing.odg").write_bytes(b"PK\x03\x04" + bytes(64))  # a type Arshif does not read
    return where


def _cell(dialog: ImportDialog, row: int, column: int, role: Qt.ItemDataRole) -> str:
    text = dialog.report_model.index(row, column).data(role)
    assert isinstance(text, str)
    return text


def _statuses(dialog: ImportDialog) -> dict[str, str]:
    """File name → status, as the report table holds them."""
    role = Qt.ItemDataRole.UserRole
    return {
        Path(_cell(dialog, row, 0, role)).name: _cell(dialog, row, 1, role)
        for row in range(dialog.report_model.rowCount())
    }


def test_import_reports_each_file(
    qtbot: QtBot, qtmodeltester: Any, archive: Archive, runner: TaskRunner, folder: Path
) -> None:
    dialog = ImportDialog(archive, [folder], runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.imported) as done:
        dialog.start()
        assert not dialog.isVisible()  # only after SHOW_AFTER_MS, or with the report
    changes = done.args[0]
    assert _statuses(dialog) == {
        "a.txt": "imported",
        "b.txt": "imported",
        "bad.txt": "failed",
        "c.txt": "imported",
        "d.txt": "duplicate",
        "drawing.odg": SKIPPED,
    }
    assert archive.article_count() == 3
    assert changes.added == frozenset(archive.article_ids())
    assert {archive.article(i).title for i in changes.added} == {t for t, _ in ARTICLES.values()}
    tip, display = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole
    bad_row = next(r for r in range(6) if _cell(dialog, r, 0, tip).endswith("bad.txt"))
    assert "binary" in _cell(dialog, bad_row, 2, display)
    assert _cell(dialog, bad_row, 0, display) == f"\u2066{folder / 'bad.txt'}\u2069"
    assert dialog.table.model() is dialog.report_model
    summary = dialog.summary_label.text()
    for number in ("3 imported", "1 duplicate", "1 failed", "1 file(s) of other types"):
        assert number in summary
    assert dialog.isVisible()
    assert dialog.close_button.isVisible()
    assert not dialog.cancel_button.isVisible()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 5
    qtmodeltester.check(dialog.report_model)


def test_cancel_keeps_what_came_before(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, folder: Path
) -> None:
    dialog = ImportDialog(archive, [folder], runner)
    qtbot.addWidget(dialog)
    reached, proceed = threading.Event(), threading.Event()

    def hold_at_second_file(done: int, _total: int, _label: str) -> None:
        if done == 2:  # on the worker thread, before b.txt goes to the archive
            reached.set()
            proceed.wait(HOLD_SECONDS)

    dialog.job.progress_reported.connect(hold_at_second_file, Qt.ConnectionType.DirectConnection)
    dialog.start()
    qtbot.waitUntil(reached.is_set)
    qtbot.waitUntil(dialog.isVisible)  # the import has run long enough to show its progress
    qtbot.waitUntil(lambda: dialog.file_label.text().endswith("b.txt\u2069"))
    assert dialog.progress_bar.maximum() == 5
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as done:
        proceed.set()
    report = dialog.report
    assert isinstance(report, ImportReport)
    assert report.was_cancelled
    imported = [o for o in report.outcomes if o.status is ImportStatus.IMPORTED]
    assert [Path(o.path).name for o in imported] == ["a.txt"]
    assert archive.article_count() == len(imported) == 1
    assert done.args[0].added == frozenset(archive.article_ids())
    assert report.files_not_read == 4
    assert "4 file(s) left unread" in dialog.summary_label.text()


def test_closing_while_it_runs_cancels(
    qtbot: QtBot, archive: Archive, runner: TaskRunner, folder: Path
) -> None:
    dialog = ImportDialog(archive, [folder], runner)
    qtbot.addWidget(dialog)
    reached, proceed = threading.Event(), threading.Event()

    def hold(done: int, _total: int, _label: str) -> None:
        if done == 1:
            reached.set()
            proceed.wait(HOLD_SECONDS)

    dialog.job.progress_reported.connect(hold, Qt.ConnectionType.DirectConnection)
    dialog.start()
    qtbot.waitUntil(reached.is_set)
    dialog.reject()  # Escape
    assert dialog.job.is_cancelled()
    with qtbot.waitSignal(dialog.imported):
        proceed.set()
    assert archive.article_count() == 0
    assert dialog.isVisible()  # the report stays until the user closes it


def test_an_archive_problem_is_shown_not_crashed(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def busy(*_args: object, **_kwargs: object) -> None:
        raise ArchiveBusy("the archive is locked by another program")

    monkeypatch.setattr(archive, "import_drafts", busy)
    shown: list[str] = []
    monkeypatch.setattr(ImportDialog, "show_problem", lambda _parent, text: shown.append(text))
    dialog = ImportDialog(archive, [folder], runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.job.failed):
        dialog.start()
    assert shown == ["the archive is locked by another program"]
    assert not dialog.is_running
    assert dialog.report is None
    assert "locked by another program" in dialog.summary_label.text()


def test_paths_from_mime_keeps_local_files(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "a.txt")),
            QUrl("https://example.com/b.html"),
            QUrl.fromLocalFile(str(tmp_path)),
        ]
    )
    assert paths_from_mime(mime) == [tmp_path / "a.txt", tmp_path]


def test_job_reports_problems_and_bugs_apart(qtbot: QtBot, runner: TaskRunner) -> None:
    def problem(*_args: object) -> None:
        raise ArchiveBusy("locked")

    def bug(*_args: object) -> None:
        raise ZeroDivisionError("a bug")

    for work, expected in ((problem, ("locked", False)), (bug, None)):
        job = runner.prepare(work, writes=False)
        with qtbot.waitSignal(job.failed) as failed:
            job.start()
        if expected is not None:
            assert failed.args == list(expected)
        else:
            message, is_bug = failed.args
            assert is_bug
            assert "ZeroDivisionError: a bug" in message
            assert "Traceback" in message

    def reports_then_looks(progress: Progress, is_cancelled: Callable[[], bool]) -> bool:
        progress(1, 1, "x")
        return is_cancelled()

    job = runner.prepare(reports_then_looks, writes=True)
    heard: list[tuple[int, int, str]] = []
    job.progressed.connect(lambda *args: heard.append(args))
    job.cancel()
    with qtbot.waitSignal(job.finished) as finished:
        job.start()
    assert heard == [(1, 1, "x")]  # delivered before the result, in order
    assert finished.args == [True]  # the work saw the cancel


# -- export -------------------------------------------------------------------------------------


@pytest.fixture
def two_articles(archive: Archive) -> list[int]:
    ids: list[int] = []
    for title, body in list(ARTICLES.values())[:2]:
        outcome, _ = archive.add_article(ArticleDraft(title=title, body=body))
        assert outcome.article_id is not None
        ids.append(outcome.article_id)
    return ids


def _text(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_export_writes_the_pdf_and_offers_to_open_it(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    two_articles: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(ExportDialog, "ask_done", lambda _parent, _path, _pages: "open")

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(ExportDialog, "open_url", open_url)
    dialog = ExportDialog(archive, two_articles, "ملف الأسبوع", runner)
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()).name == "ملف الأسبوع.pdf"  # named after the title
    assert dialog.export_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "week"))  # .pdf is added
    dialog.digits_box.setCurrentIndex(dialog.digits_box.findData("western"))
    assert dialog.options().digits == "western"
    assert dialog.options().title == "ملف الأسبوع"
    with qtbot.waitSignal(dialog.exported) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert not dialog.title_edit.isEnabled()  # the form waits while it runs
    path = tmp_path / "week.pdf"
    assert exported.args[0] == str(path)
    pages = _text(path)
    assert exported.args[1] == len(pages) >= 4  # cover, contents, an article a page
    whole = "".join(pages)
    assert "ملف الأسبوع" in pages[0]
    for article_id in two_articles:
        assert archive.article(article_id).title.split()[0] in whole
    assert "صفحة 3 من" in pages[2]  # western digits
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive", "week.pdf"]


def test_cancelled_export_leaves_no_file(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    two_articles: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ExportDialog, "ask_done", lambda *_: pytest.fail("nothing was written"))
    runner.read_pool.setMaxThreadCount(1)
    gate, reached, proceed = threading.Event(), threading.Event(), threading.Event()
    runner.read_pool.start(lambda: gate.wait(HOLD_SECONDS))  # the export waits behind it
    dialog = ExportDialog(archive, two_articles, "ملف", runner)
    qtbot.addWidget(dialog)
    dialog.show()
    path = tmp_path / "out.pdf"
    dialog.path_edit.setText(str(path))
    dialog.export()
    assert dialog.job is not None

    def hold(done: int, _total: int, _label: str) -> None:
        if done == 2:  # the second pass, the file open under its temporary name
            reached.set()
            proceed.wait(HOLD_SECONDS)

    dialog.job.progress_reported.connect(hold, Qt.ConnectionType.DirectConnection)
    gate.set()
    qtbot.waitUntil(reached.is_set)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # being written
    qtbot.waitUntil(dialog.progress_bar.isVisible)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # Cancel stops the export; it does not close the dialog yet
    proceed.set()
    qtbot.waitUntil(lambda: not dialog.is_running)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive"]
    assert dialog.isVisible()
    assert dialog.export_button.isEnabled()
    assert not dialog.progress_bar.isVisible()


def test_an_unwritable_file_is_the_users_problem(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    two_articles: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ExportDialog, "show_problem", lambda _parent, text: shown.append(text))
    chosen = tmp_path / "missing" / "out.pdf"
    monkeypatch.setattr(ExportDialog, "ask_path", lambda _parent, _suggested: chosen)
    dialog = ExportDialog(archive, two_articles, "ملف", runner)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.output_path() == chosen
    dialog.export()
    qtbot.waitUntil(lambda: bool(shown))
    assert len(shown) == 1
    assert shown[0] == f"{chosen}: the folder {chosen.parent} does not exist"
    assert dialog.job is None  # refused before any work started
    assert not dialog.is_running
    assert dialog.title_edit.isEnabled()
    assert not (tmp_path / "missing").exists()


def test_the_archive_folder_is_refused_before_any_work(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "archive"  # a folder archive (a server archive has none to protect)
    archive = Archive.open(folder)
    outcome, _ = archive.add_article(ArticleDraft(title="مقال", body="نص"))
    assert outcome.article_id is not None
    shown: list[str] = []
    monkeypatch.setattr(ExportDialog, "show_problem", lambda _parent, text: shown.append(text))
    dialog = ExportDialog(archive, [outcome.article_id], "ملف", runner)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(folder / "archive.sqlite3"))
    database = (folder / "archive.sqlite3").read_bytes()
    dialog.export()
    assert dialog.job is None
    assert shown == [
        f"{folder / 'archive.sqlite3.pdf'}: is inside the archive folder {folder.resolve()}; "
        "choose a place outside it"
    ]
    assert (folder / "archive.sqlite3").read_bytes() == database
    archive.close()


def test_an_export_remembers_its_folder_closes_and_says_when_nothing_opens_it(
    qtbot: QtBot,
    archive: Archive,
    runner: TaskRunner,
    two_articles: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    folder = tmp_path / "exports"
    folder.mkdir()
    no_viewer: list[Path] = []
    monkeypatch.setattr(ExportDialog, "ask_done", lambda _parent, _path, _pages: "open")
    monkeypatch.setattr(ExportDialog, "open_url", lambda url: False)  # no PDF viewer installed
    monkeypatch.setattr(
        ExportDialog, "show_no_viewer", lambda _parent, path: no_viewer.append(path)
    )
    dialog = ExportDialog(archive, two_articles, "نهاية داعش: 2019/03", runner, None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert Path(dialog.path_edit.text()).name == "نهاية داعش 2019 03.pdf"  # safe on every disk
    dialog.title_edit.setText("ملف الأسبوع")
    assert Path(dialog.path_edit.text()).name == "ملف الأسبوع.pdf"  # follows the title
    dialog.path_edit.setText(str(folder / "week.pdf"))
    dialog.title_edit.setText("ملف آخر")
    assert dialog.path_edit.text() == str(folder / "week.pdf")  # chosen: it stays
    with qtbot.waitSignal(dialog.finished):
        dialog.export()
    assert not dialog.isVisible()  # done: the dialog has gone
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert no_viewer == [folder / "week.pdf"]  # told, not silent
    assert settings.export_folder == str(folder)
    second = ExportDialog(archive, two_articles, "ملف ثان", runner, None, settings)
    qtbot.addWidget(second)
    assert Path(second.path_edit.text()) == folder / "ملف ثان.pdf"  # the last folder used


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("ملف الأسبوع", "ملف الأسبوع.pdf"),
        ('a/b\\c:d*e?f"g<h>i|j', "a b c d e f g h i j.pdf"),
        ("\u2067نص\u2069 ", "نص.pdf"),
        ("...", "dossier.pdf"),
        ("CON", "dossier.pdf"),
        ("ا" * 300, "ا" * 120 + ".pdf"),
    ],
)
def test_default_file_names_are_safe(title: str, name: str) -> None:
    assert default_file_name(title) == name


def test_file_dialogs_speak_arabic(qtbot: QtBot) -> None:
    """Qt's Arabic catalogue lacks «&Look in:» and «Files of &type:»: the window's own
    dialog sets every label itself."""
    create_application([], language="ar")
    dialog = FileChooser.dialog(
        None, "تصدير", Path.home() / "ملف.pdf", "PDF (*.pdf)", QFileDialog.AcceptMode.AcceptSave
    )
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    buttons = [button.text() for button in dialog.findChildren(QPushButton) if button.text()]
    assert len(labels) == 3
    for text in labels + buttons:
        assert any("\u0600" <= c <= "\u06ff" for c in text), text
    # the kind of each entry, which Qt's own Arabic catalogue lacks as well
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "مجلد"
