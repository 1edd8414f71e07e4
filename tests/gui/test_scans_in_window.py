"""Scans and PDFs in the window: dropped on it they are imported (OCR off the GUI thread), the
page image sits beside the recognised text in the edit tab, a correction is an ordinary save,
and the kept original opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from storage.archive import Archive
from storage.ingest import read_paths
from storage.records import TextOrigin
from tests.printed_pages import PARAGRAPHS, TITLE, arshif_pdf, rendered, visual_order_pdf
from ui.window.app import create_application
from ui.window.dialogs.import_dialog import ImportDialog
from ui.window.main_window import MainWindow
from ui.window.panes.attachments_panel import AttachmentsPanel
from ui.window.panes.page_viewer import FORM_LEAST
from ui.window.settings import Settings
from ui.window.tasks import single_writer

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, Archive]]:
    create_application([], language="ar")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    with Archive.open(tmp_path / "archive") as archive:
        shown = MainWindow(archive, settings=settings, recovery_dir=tmp_path / "recovery")
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown, archive
        shown.release()
        QThreadPool.globalInstance().waitForDone()
        single_writer().waitForDone()


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_a_dropped_scan_is_shown_beside_its_text(
    qtbot: QtBot,
    window: tuple[MainWindow, Archive],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main, archive = window
    scan = tmp_path / "clipping.png"
    rendered(visual_order_pdf(tmp_path / "source.pdf", [TITLE, *PARAGRAPHS]))[0].save(scan)
    pdf = arshif_pdf(tmp_path / "dossier.pdf")
    _drop(main, [scan, pdf])
    qtbot.waitUntil(lambda: archive.article_count() == 2)
    (dialog,) = [d for d in main.commands.running if isinstance(d, ImportDialog)]
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.accept()
    [scanned] = [s for s in archive.articles() if archive.article(s.id).text_origin == "ocr"]
    qtbot.waitUntil(lambda: main.model.rowCount() == 2)
    main.article_list.select_article(scanned.id)
    main.tabs.setCurrentWidget(main.edit_splitter)
    viewer = main.page_viewer
    qtbot.waitUntil(lambda: viewer.isVisible() and viewer.page_count == 1)
    pixmap = viewer.image_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() > 100
    assert "%" in viewer.origin_label.text()
    body = main.editor.texts["body"]
    assert "مخطوطات" in body.toPlainText()
    main.resize(1400, 820)
    beside = Qt.Orientation.Horizontal  # a wide window: the reading pane widens to hold both
    qtbot.waitUntil(lambda: main.edit_splitter.orientation() == beside)
    for _ in range(3):  # the panes' own layouts follow (posted layout requests)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    form = main.edit_splitter.widget(1)
    assert form is not None
    assert form.width() >= FORM_LEAST
    SCREENSHOTS.mkdir(exist_ok=True)
    main.grab().save(str(SCREENSHOTS / "scan-beside-text.png"))

    body.setPlainText(body.toPlainText().replace("مخطوطات", "مخطوطات نادرة"))
    with qtbot.waitSignal(main.editor.saved):
        assert main.editor.save()
    corrected = archive.article(scanned.id)
    assert "مخطوطات نادرة" in corrected.body
    assert corrected.text_origin == TextOrigin.OCR

    opened: list[Path] = []

    def open_externally(cls: type, path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(AttachmentsPanel, "open_externally", classmethod(open_externally))
    panel = main.details.attachments
    panel.select_attachment(corrected.attachments[0].id)
    with qtbot.waitSignal(panel.opened):  # copied out off the GUI thread
        panel.open_selected()
    assert opened
    assert opened[0].read_bytes() == scan.read_bytes()


def test_each_article_of_a_pdf_opens_its_original_at_its_own_page(
    qtbot: QtBot, window: tuple[MainWindow, Archive], tmp_path: Path
) -> None:
    main, archive = window
    pdf = arshif_pdf(tmp_path / "two.pdf", articles=2)  # cover, contents, then one a page
    outcomes, changes = archive.import_drafts(read_paths([pdf]))
    main._apply(changes)
    ids = [o.article_id or 0 for o in outcomes]
    assert [archive.article(i).original_page for i in ids] == [3, 4]
    qtbot.waitUntil(lambda: main.model.rowCount() == 2)
    main.tabs.setCurrentWidget(main.edit_splitter)
    viewer = main.page_viewer
    for article_id, page in zip(ids, (3, 4), strict=True):
        with qtbot.waitSignal(main.shown.shown):  # the article is read off the GUI thread
            main.article_list.select_article(article_id)
        qtbot.waitUntil(lambda: viewer.isVisible() and viewer.page_count == 4)
        assert viewer.page == page - 1
