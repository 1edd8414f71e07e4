"""The original of an article read from a PDF or a scan, a page at a time, to set beside the
editor: the user corrects the recognised text against the printed page. Pages are rendered
off the GUI thread (a page of a big scan takes a moment)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.ingest.page_images import is_viewable, page_image
from storage.records import ArticleRecord, AttachmentRecord, TextOrigin
from ui.window.dialogs.crash_dialog import report_background_bug
from ui.window.tasks import Progress, Task, TaskRunner

PAGE_WIDTH = 900  # pixels a page is rendered at; the label scales it to the pane
PAGE_SHARE = 45  # percent of the edit tab the page takes beside the form, when it appears
FORM_LEAST = 300  # the edit form's least width beside the page: a field shows ~20 letters
PAGE_LEAST = 260  # the page's least width beside the form
BESIDE_WINDOW = 1200  # in a window narrower than this the page goes above the form


class PageViewer(QWidget):
    """`show_article(article | None)`: shows the first attached PDF or image of the article,
    at the page where the article begins (a PDF of several articles), or hides itself when
    there is none."""

    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._attachment: AttachmentRecord | None = None
        self._article_id: int | None = None
        self._page = 0
        self.page_count = 0
        self._job: Task | None = None
        self._pixmap: QPixmap | None = None
        self.origin_label = QLabel(self)
        self.origin_label.setWordWrap(True)
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("Previous page"), self)
        self.next_button = QPushButton(self.tr("Next page"), self)
        self.page_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.hide()

    @property
    def page(self) -> int:
        return self._page

    def show_article(self, article: ArticleRecord | None) -> None:
        found = None
        if article is not None:
            found = next((a for a in article.attachments if is_viewable(a.filename)), None)
        if found is None or article is None:
            self._attachment = self._article_id = None
            self.hide()
            return
        self.origin_label.setText(self._origin_text(article))
        is_new_file = self._attachment is None or found.sha256 != self._attachment.sha256
        if is_new_file or article.id != self._article_id:
            if is_new_file:
                self.page_count = 0
            self._attachment, self._article_id = found, article.id
            self.show_page((article.original_page or 1) - 1)
        self.show()

    def _origin_text(self, article: ArticleRecord) -> str:
        if article.text_origin == TextOrigin.OCR:
            confidence = article.ocr_confidence or 0
            return self.tr(
                "The text was recognised by OCR (mean confidence %1%); correct it against the page."
            ).replace("%1", f"{confidence:.0f}")
        if article.text_origin == TextOrigin.PDF:
            return self.tr("The text was read from the PDF; the page as printed:")
        return self.tr("The attached original:")

    def show_page(self, index: int) -> None:
        if self._attachment is None:
            return
        if self.page_count:
            index = min(max(index, 0), self.page_count - 1)
        self._page = index
        attachment = self._attachment
        archive = self._archive

        def work(_progress: Progress, _is_cancelled: Callable[[], bool]) -> tuple[bytes, int]:
            data = archive.attachment_bytes(attachment.id)
            return page_image(data, attachment.filename, index, PAGE_WIDTH)

        job = self._runner.read(work)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        self._job = job
        self._update_buttons()

    def _on_job_finished(self, result: tuple[bytes, int]) -> None:
        if self.sender() is not self._job:
            return  # an older page, asked for before this one
        png, self.page_count = result
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(png, "PNG")
        self._fit()
        self._update_buttons()

    def _fit(self) -> None:
        """The page as wide as the pane (it scrolls down): the room of the vertical scroll bar
        is left aside, so that bar appearing does not bring a horizontal one."""
        if self._pixmap is not None and not self._pixmap.isNull():
            area = self.scroll_area
            room = (
                area.width() - 2 * area.frameWidth() - area.verticalScrollBar().sizeHint().width()
            )
            width = max(100, room - 4)
            self.image_label.setPixmap(
                self._pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _on_job_failed(self, message: str, is_bug: bool) -> None:
        if self.sender() is not self._job:
            return
        if is_bug:
            self.image_label.setText(self.tr("The page cannot be shown."))
            report_background_bug(message)
        else:
            self.image_label.setText(message)

    def _update_buttons(self) -> None:
        pages = max(self.page_count, 1)
        self.page_label.setText(
            self.tr("page %1 of %2").replace("%1", str(self._page + 1)).replace("%2", str(pages))
        )
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page + 1 < self.page_count)


class PageBesideForm(QSplitter):
    """The edit tab: the page viewer beside the edit form (in its scroll area). While a page
    is shown in a window wide enough (BESIDE_WINDOW), the tab asks for the width of both
    side by side, the form never less than FORM_LEAST; in a narrower window (a 1024 px
    screen) the page goes above the form. When the page appears, and on every resize until
    the user drags the handle, the page gets PAGE_SHARE of the room."""

    def __init__(self, viewer: PageViewer, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.addWidget(viewer)
        self.addWidget(form)
        self.setChildrenCollapsible(False)
        form.setMinimumWidth(FORM_LEAST)
        self._viewer = viewer
        self._is_arranged = False  # the user dragged the handle since the page appeared
        self._is_beside = True
        self.splitterMoved.connect(self._on_splitter_moved)
        self._watcher = _Appearing(self._on_viewer_shown_or_hidden)
        viewer.installEventFilter(self._watcher)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        if self._is_beside and not self._viewer.isHidden():
            hint.setWidth(max(hint.width(), FORM_LEAST + PAGE_LEAST + self.handleWidth()))
        return hint

    def share_out(self) -> None:
        """The page PAGE_SHARE of the room, the form the rest (at least FORM_LEAST)."""
        is_beside = self._is_beside and self.width() >= FORM_LEAST + PAGE_LEAST
        orientation = Qt.Orientation.Horizontal if is_beside else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)
        room = (self.width() if is_beside else self.height()) - self.handleWidth()
        page = room * PAGE_SHARE // 100
        if is_beside:
            page = min(page, room - FORM_LEAST)
        self.setSizes([page, room - page])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._follow_the_window()
        if not self._is_arranged and not self._viewer.isHidden():
            self.share_out()

    def _follow_the_window(self) -> None:
        """Side by side in a wide window, the page above the form in a narrow one."""
        is_beside = self.window().width() >= BESIDE_WINDOW
        if is_beside != self._is_beside:
            self._is_beside = is_beside
            self.updateGeometry()

    def _on_viewer_shown_or_hidden(self, is_shown: bool) -> None:
        self.updateGeometry()  # the tab asks for the width of both, or no longer
        if is_shown:
            self._is_arranged = False
            self._follow_the_window()
            self.share_out()

    def _on_splitter_moved(self, *_args: object) -> None:
        self._is_arranged = True


class _Appearing(QObject):
    """Calls back (True) when the watched widget is shown, (False) when it is hidden."""

    def __init__(self, callback: Callable[[bool], None]) -> None:
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._callback(event.type() == QEvent.Type.ShowToParent)
        return False
