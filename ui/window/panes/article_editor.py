"""Edit mode: every field of an article, saved explicitly; unsaved changes are never lost
silently (the window asks before leaving them, and a snapshot survives a crash)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from storage.archive import Archive
from storage.calendar import Calendar, both_dates, editable_date, parse_day
from storage.changes import Changes
from storage.errors import VersionConflict
from storage.ingest.dates import stated_date
from storage.records import ArticleDraft, ArticleRecord, ImportStatus
from ui.window.edit_recovery import (
    RecoveredEdit,
    read_recovery,
    recovery_file,
    remove_recovery,
    write_recovery,
)
from ui.window.keyboard import chain_focus
from ui.window.tasks import TaskRunner

LINE_FIELDS = ("title", "author", "source", "place", "url", "page", "ref", "date")
TEXT_FIELDS = ("lead", "body")
# (field, row, column, columns spanned) in the grid of label + field pairs, two pairs a row
GRID = (
    ("title", 0, 0, 3),
    ("author", 1, 0, 1),
    ("source", 1, 2, 1),
    ("date", 2, 0, 1),
    ("place", 2, 2, 1),
    ("page", 3, 0, 1),
    ("ref", 3, 2, 1),
    ("url", 4, 0, 3),
)
# One column of fields below this width (a 1024 px screen), two above it.
NARROW = 440
# In one column the fields go in this order, and those after MORE wait behind the "More
# fields" button, so the body keeps its lines on a 700 px screen (one to a row, every field
# would push it below the fold). The button names those that hold something.
MORE = "more"
ONE_COLUMN = ("title", "source", "date", MORE, "author", "place", "page", "ref", "url")
RARE = ONE_COLUMN[ONE_COLUMN.index(MORE) + 1 :]
LEAD_LINES = 2
BODY_LINES = 3  # the body is never shorter: on a short screen the editor scrolls instead
SNAPSHOT_DELAY_MS = 1500  # after the last keystroke
UNBROKEN_RUN = re.compile(r"\S{2000}")

log = logging.getLogger(__name__)


class ArticleEditor(QWidget):
    """Signals: `saved(article id, changes)`, `dirty_changed(is dirty)`, `save_failed(reason)`.

    With a ``recovery_dir``, unsaved edits are snapshotted there (one file per archive) shortly
    after typing stops; after a crash, a new editor finds them with `pending_recovery()` —
    call it before the first `edit()` — and puts them back with `restore_recovery()`."""

    saved = Signal(int, object)  # the article id, and the storage Changes
    edited = Signal(object, object)  # a stored article's record before and after a save
    # someone saved the article since it was opened: (label, yours, saved) per differing
    # field, who saved it, its version now
    version_conflicted = Signal(list, str, int)
    dirty_changed = Signal(bool)
    save_failed = Signal(str)  # the user's problem, in the interface's language
    failed = Signal(str, bool)  # a bug in a save: (its traceback, True)
    save_ended = Signal(bool)  # after every save started: whether it was stored

    def __init__(
        self,
        archive: Archive,
        parent: QWidget | None = None,
        recovery_dir: Path | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner or TaskRunner(parent=self)  # saves run on its writer
        self._saving: _Saving | None = None  # the save under way
        self._edits = 0  # keystrokes so far: a save tells whether any came while it ran
        self._article: ArticleRecord | None = None
        self._is_dirty = False
        self._is_new = False
        self._recovery_path = (
            None if recovery_dir is None else recovery_file(recovery_dir, self._archive_name)
        )
        self._has_snapshot = False  # this editor wrote the snapshot file for its current edit
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(SNAPSHOT_DELAY_MS)
        self._snapshot_timer.timeout.connect(self._on_snapshot_timer_timeout)
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self._first_calendar: Calendar = "gregorian"
        self.date_hint = QLabel(self)  # the date in both calendars, and where it was read
        self.date_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.date_hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.more_button = QToolButton(self)  # the RARE fields, in one column
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.toggled.connect(self._show_rare_fields)
        self._lay_out()
        self.save_button.setEnabled(False)

    def _labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "author": self.tr("Author"),
            "source": self.tr("Source"),
            "place": self.tr("Place"),
            "url": self.tr("URL"),
            "page": self.tr("Page"),
            "ref": self.tr("Reference"),
            "date": self.tr("Date"),
            "lead": self.tr("Lead"),
            "body": self.tr("Body"),
        }

    def _lay_out(self) -> None:
        """The fields in a grid, each label beside its field (the lead and the body too: a
        label above them would cost the body a line each); the date hint and the Save button
        share one row. The body takes all the height the rest leaves."""
        labels = self._labels()
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self._grid = grid
        self._field_labels: dict[str, QLabel] = {}
        for name, _row, _column, _span in GRID:
            field = QLineEdit(self)
            field.textEdited.connect(self._on_field_edited)
            label = QLabel(labels[name], self)
            label.setBuddy(field)
            self._field_labels[name] = label
            self.lines[name] = field
        for name in TEXT_FIELDS:
            text = _TakingTheRest(self) if name == "body" else QPlainTextEdit(self)
            text.textChanged.connect(self._on_field_edited)
            label = QLabel(labels[name], self)
            label.setBuddy(text)
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            self._field_labels[name] = label
            self.texts[name] = text
        self._columns = 0
        self._place_fields(2)
        for name in ("url", "date", "page"):  # Latin text and numbers read left to right
            self.lines[name].setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.lines["date"].textEdited.connect(self._show_date_hint)
        # the forms a date is typed in, inside the field: the label stays short, so the
        # editor fits beside the list on a 1024 px screen
        self.lines["date"].setPlaceholderText("2015-08-11 · 1436-10-26 هـ")
        lead = self.texts["lead"]
        frame = lead.contentsMargins().top() + lead.contentsMargins().bottom()
        margin = 2 * round(lead.document().documentMargin())
        lead.setFixedHeight(LEAD_LINES * lead.fontMetrics().lineSpacing() + frame + margin)
        body = self.texts["body"]
        body.setMinimumHeight(BODY_LINES * body.fontMetrics().lineSpacing() + frame + margin)
        self.setMinimumWidth(240)  # the fields go one to a row rather than off the side
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.date_hint, 1)
        hint_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(grid, 1)
        layout.addLayout(hint_row)

    def _place_fields(self, columns: int) -> None:
        """The fields two to a row (GRID), or one to a row on a narrow pane (ONE_COLUMN, the
        RARE ones behind "More fields"); then the lead and the body, each as wide as all the
        fields, the body taking the spare height. Tab follows the order they show in."""
        if columns == self._columns:
            return
        self._columns = columns
        if columns == 1:
            places = [(name, row, 0, 1) for row, name in enumerate(ONE_COLUMN) if name != MORE]
            self._grid.addWidget(self.more_button, ONE_COLUMN.index(MORE), 1)
            order = [self.more_button if n == MORE else self.lines[n] for n in ONE_COLUMN]
        else:
            places = list(GRID)
            self._grid.removeWidget(self.more_button)
            order = [self.lines[name] for name, *_ in GRID]
        self.more_button.setVisible(columns == 1)
        for name, row, column, span in places:
            self._grid.addWidget(self._field_labels[name], row, column)
            self._grid.addWidget(self.lines[name], row, column + 1, 1, span)
        below = 1 + max(row for _n, row, _c, _s in places)
        span = 1 if columns == 1 else 3
        for row, name in enumerate(TEXT_FIELDS, start=below):
            self._grid.addWidget(self._field_labels[name], row, 0)
            self._grid.addWidget(self.texts[name], row, 1, 1, span)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 1 if row == below + 1 else 0)  # the body's row
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1 if columns == 2 else 0)
        chain_focus([*order, *(self.texts[n] for n in TEXT_FIELDS), self.save_button])
        self._show_rare_fields(self.more_button.isChecked())

    def _show_rare_fields(self, shown: bool) -> None:
        shown = shown or self._columns == 2
        for name in RARE:
            self._field_labels[name].setVisible(shown)
            self.lines[name].setVisible(shown)
        self._name_more_button()

    def _name_more_button(self) -> None:
        """ "More fields", and which of them hold something while they are hidden."""
        shown = self.more_button.isChecked()
        arrow = Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow
        self.more_button.setArrowType(arrow)
        labels = self._labels()
        filled = [labels[n] for n in RARE if self.lines[n].text().strip()]
        text = self.tr("More fields")
        if filled and not shown:
            text = self.tr("More fields: %1").replace("%1", QLocale().createSeparatedList(filled))
        self.more_button.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._place_fields(1 if event.size().width() < NARROW else 2)
        super().resizeEvent(event)

    @property
    def is_dirty(self) -> bool:
        return self._is_dirty

    @property
    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    def edit(self, article: ArticleRecord) -> None:
        """Show ``article``'s stored fields; unsaved edits of the previous one are dropped (the
        window asks first), and so is their snapshot."""
        self._snapshot_timer.stop()
        if self._has_snapshot:
            self.drop_recovery()
        is_same = self._article is not None and self._article.id == article.id
        cursors = {name: field.cursorPosition() for name, field in self.lines.items()}
        self._article = article
        self._is_new = False
        self._fill(self._stored_values(article))
        if is_same:  # the same article saved or changed: the cursor stays where it was
            for name, field in self.lines.items():
                field.setCursorPosition(cursors[name])
        self._set_dirty(False)

    @staticmethod
    def _stored_values(article: ArticleRecord) -> dict[str, object]:
        return {n: getattr(article, n) for n in (*LINE_FIELDS, *TEXT_FIELDS)}

    def _fill(self, values: dict[str, object]) -> None:
        for name, field in self.lines.items():
            value = values.get(name)
            if isinstance(value, dt.date):
                value = editable_date(value, self._first_calendar)
            field.setText("" if value is None else str(value))
            field.setCursorPosition(0)  # a long title or URL shows its beginning
        self._name_more_button()
        self._show_date_hint()
        for name, text in self.texts.items():
            value = str(values.get(name) or "")
            # Qt wraps a word of a million letters in minutes; such text scrolls sideways
            wrap = QPlainTextEdit.LineWrapMode
            text.setLineWrapMode(wrap.NoWrap if UNBROKEN_RUN.search(value) else wrap.WidgetWidth)
            text.blockSignals(True)
            text.setPlainText(value)
            text.blockSignals(False)

    def discard(self) -> None:
        """Put the stored fields back and forget the unsaved edits and their snapshot."""
        if self._article is not None:
            self.edit(self._article)
            return
        self.drop_recovery()
        self._is_new = False
        self._fill({})
        self._set_dirty(False)

    def new_article(self) -> None:
        """Empty fields for an article not yet in the archive; `save` adds it."""
        self._snapshot_timer.stop()
        if self._has_snapshot:
            self.drop_recovery()
        self._article = None
        self._is_new = True
        self._fill({})
        self._set_dirty(False)
        self.lines["title"].setFocus()

    @property
    def is_new(self) -> bool:
        return self._is_new

    def save(self) -> bool:
        """Start storing the edited fields on the window's writer: False (and `save_failed`) if
        they are refused at once. Then `saved`, or `save_failed`, `version_conflicted` or
        `failed` (a bug); `save_ended(stored)` in every case."""
        if (self._article is None and not self._is_new) or self._saving is not None:
            return False
        fields: dict[str, object] = {n: f.text() for n, f in self.lines.items() if n != "date"}
        fields |= {n: t.toPlainText() for n, t in self.texts.items()}
        fields["ref"] = fields["ref"] or None
        date_text = self.lines["date"].text().strip()
        try:
            fields["date"] = parse_day(date_text, self._first_calendar)
        except ValueError:
            self.save_failed.emit(
                self.tr("Date: %1 is not a date like 2015-07-21 or 1436-10-26 هـ").replace(
                    "%1", date_text
                )
            )
            return False
        before, archive = self._article, self._archive
        task = self._runner.prepare(lambda *_: _store(archive, before, fields), writes=True)
        self._saving = _Saving(before, fields, self._edits)
        task.finished.connect(self._on_stored)
        task.failed.connect(self._on_store_failed)
        self.save_button.setEnabled(False)
        task.start()
        return True

    def save_and_wait(self) -> bool:
        """`save`, and wait (the window still answering) for its end: True if it was stored.
        What the window asks before leaving edits saved."""
        if not self.save():
            return False
        loop = QEventLoop()
        stored: list[bool] = []

        def ended(ok: bool) -> None:
            stored.append(ok)
            loop.quit()

        self.save_ended.connect(ended)
        try:
            if self._saving is not None:
                loop.exec()
        finally:
            self.save_ended.disconnect(ended)
        return bool(stored and stored[0])

    def _on_stored(self, result: object) -> None:
        saving, self._saving = self._saving, None
        assert saving is not None
        if saving.before is None:
            is_shown = self._article is None and self._is_new
        else:
            is_shown = self._article is not None and self._article.id == saving.before.id
        if isinstance(result, _Stored):
            if is_shown:
                self.drop_recovery()
                if self._edits == saving.edits:
                    self.edit(result.after)
                else:  # typed on while it was saved: those edits stay, on the new version
                    self._article, self._is_new = result.after, False
                    self.save_button.setEnabled(True)
            if saving.before is not None:
                self.edited.emit(saving.before, result.after)
            self.saved.emit(result.after.id, result.changes)
            self.save_ended.emit(True)
            return
        self.save_button.setEnabled(self._is_dirty)
        if isinstance(result, _Conflict):
            self._tell_conflict(saving.fields, result.current)
        elif isinstance(result, _Duplicate):
            self.save_failed.emit(
                self.tr("The archive already holds this article: «%1».").replace("%1", result.title)
            )
        else:
            self.save_failed.emit(str(result))
        self.save_ended.emit(False)

    def _on_store_failed(self, message: str, is_bug: bool) -> None:
        self._saving = None
        self.save_button.setEnabled(self._is_dirty)
        if is_bug:
            self.failed.emit(message, True)
        else:
            self.save_failed.emit(message)
        self.save_ended.emit(False)

    def _tell_conflict(self, fields: dict[str, object], saved: ArticleRecord) -> None:
        """Both versions of each field that differs, for the window to show side by side."""
        labels = self._labels()
        labels["date"] = labels["date"].split(" (")[0]

        def shown(value: object) -> str:
            if isinstance(value, dt.date):
                return editable_date(value, self._first_calendar)
            return "" if value is None else str(value)

        rows = [
            (labels[name], shown(fields.get(name)), shown(getattr(saved, name)))
            for name in (*LINE_FIELDS, *TEXT_FIELDS)
            if shown(fields.get(name)) != shown(getattr(saved, name))
        ]
        self.version_conflicted.emit(rows, saved.updated_by, saved.version)

    # -- the date, in either calendar ----------------------------------------------------------

    def set_first_calendar(self, calendar: Calendar) -> None:
        """Dates are shown, and read when typed without «هـ» or «م», in this calendar first."""
        self._first_calendar = calendar
        if self._article is not None and not self._is_dirty:
            self._fill(self._stored_values(self._article))

    def _show_date_hint(self, *_args: object) -> None:
        """Under the date: the day it names in both calendars, and where the article's text
        states it (its dateline), or why the typed text is no date."""
        text = self.lines["date"].text()
        try:
            day = parse_day(text, self._first_calendar)
        except ValueError:
            self.date_hint.setText(self.tr("Not a date: type 2015-08-11, or 1436-10-26 هـ"))
            return
        if day is None:
            self.date_hint.setText("")
            return
        hint = both_dates(day, self._first_calendar, style="long")
        article = self._article
        found = None if article is None else stated_date(article.title, article.lead, article.body)
        if found is not None and found.date == day:
            hint += " — " + self.tr("read from the text: «%1»").replace("%1", found.evidence)
        self.date_hint.setText(hint)

    # -- recovery after a crash --------------------------------------------------------------

    @property
    def _archive_name(self) -> str:
        return self._archive.location.describe()

    def pending_recovery(self) -> RecoveredEdit | None:
        """Edits a previous run left unsaved in this archive (it crashed), if any."""
        if self._recovery_path is None:
            return None
        return read_recovery(self._recovery_path, self._archive_name)

    def restore_recovery(
        self, recovered: RecoveredEdit, article: ArticleRecord | None = None
    ) -> None:
        """Open the recovered article (``article``, its stored record, read here if not given)
        with the recovered text in its fields, unsaved. If someone saved the article since,
        saving reports the version conflict instead of overwriting it. Raises NotFound (an
        ArchiveError) if the article is no longer in the archive."""
        if article is None:
            article = self._archive.article(recovered.article_id)
        self.edit(article)
        # the version the edits were made on, so a save can tell if the article changed since
        self._article = dataclasses.replace(article, version=recovered.version)
        self._fill({**self._stored_values(article), **recovered.fields})
        self._has_snapshot = self._recovery_path is not None
        self._set_dirty(True)

    def drop_recovery(self) -> None:
        """Remove the snapshot of unsaved edits (after a save, a discard, or a refusal)."""
        self._snapshot_timer.stop()
        self._has_snapshot = False
        if self._recovery_path is not None:
            remove_recovery(self._recovery_path)

    def _on_snapshot_timer_timeout(self) -> None:
        if self._recovery_path is None or self._article is None or not self._is_dirty:
            return
        snapshot = RecoveredEdit(
            archive=self._archive_name,
            article_id=self._article.id,
            version=self._article.version,
            fields={
                **{n: f.text() for n, f in self.lines.items()},
                **{n: t.toPlainText() for n, t in self.texts.items()},
            },
            saved_at=dt.datetime.now(dt.UTC),
        )
        try:
            write_recovery(self._recovery_path, snapshot)
        except OSError as error:  # recovery is a safety net; typing goes on without it
            log.warning("%s: edit snapshot not written (%s)", self._recovery_path, error)
            return
        self._has_snapshot = True

    def _on_field_edited(self, *_args: object) -> None:
        self._edits += 1
        self._set_dirty(True)
        if self._recovery_path is not None:
            self._snapshot_timer.start()

    def _set_dirty(self, is_dirty: bool) -> None:
        self.save_button.setEnabled(is_dirty)
        if is_dirty != self._is_dirty:
            self._is_dirty = is_dirty
            self.dirty_changed.emit(is_dirty)


class _TakingTheRest(QPlainTextEdit):
    """The body box: it asks for no more height than its least. The editor sits in a scroll
    area, which lays it out by preferred heights (its date hint wraps); a box asking for
    more than its least would make the form scroll on a 768 px screen instead of the body
    taking the height the fields leave."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.minimumHeight())


@dataclasses.dataclass(frozen=True)
class _Saving:
    before: ArticleRecord | None  # None: a new article
    fields: dict[str, object]
    edits: int


@dataclasses.dataclass(frozen=True)
class _Stored:
    after: ArticleRecord
    changes: Changes


@dataclasses.dataclass(frozen=True)
class _Conflict:
    current: ArticleRecord


@dataclasses.dataclass(frozen=True)
class _Duplicate:
    title: str


def _store(
    archive: Archive, before: ArticleRecord | None, fields: dict[str, object]
) -> _Stored | _Conflict | _Duplicate | str:
    """On the writer: add or update the article; what came of it (a str: why it was not)."""
    if before is None:
        outcome, changes = archive.add_article(ArticleDraft(**fields))  # type: ignore[arg-type]
        if outcome.status is ImportStatus.DUPLICATE and outcome.article_id is not None:
            return _Duplicate(archive.article(outcome.article_id).title)
        if outcome.status is not ImportStatus.IMPORTED or outcome.article_id is None:
            return outcome.reason or ""
        article_id = outcome.article_id
    else:
        article_id = before.id
        try:
            changes = archive.update_article(article_id, expected_version=before.version, **fields)
        except VersionConflict as conflict:
            if not isinstance(conflict.current, ArticleRecord):
                raise
            return _Conflict(conflict.current)
    return _Stored(archive.article(article_id), changes)
