"""The title cell of the article list: the title, and under it, when the list holds search
results, the snippet with the query's words in bold (rich text a plain cell cannot show).

The snippet is one line, moved so that its first bold word stands in the middle of the cell
(the start of a snippet is context, the hit is what the user looks for). Title and snippet
keep their own direction (an Arabic title in the English interface elides on its left), and
on a selected row they take the selection's text colour, so they stay readable."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.window.models.article_table import SNIPPET_ROLE
from ui.window.natural_direction import text_direction

Index = QModelIndex | QPersistentModelIndex
PADDING = 4
CACHED_SNIPPETS = 256  # laid-out snippets kept: a few screens of rows
_LaidOut = tuple[QTextDocument, float | None]


def snippet_document(
    snippet: str, direction: Qt.LayoutDirection, option: QStyleOptionViewItem
) -> QTextDocument:
    """The snippet laid out on one line (no wrapping), in its own direction."""
    document = QTextDocument()
    document.setDefaultFont(option.font)
    document.setDocumentMargin(0)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
    text_option.setTextDirection(direction)
    document.setDefaultTextOption(text_option)
    dir_name = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
    document.setHtml(f"<div dir='{dir_name}'>{snippet}</div>")
    document.setTextWidth(document.idealWidth())
    return document


def first_hit_x(document: QTextDocument) -> float | None:
    """Where (in the document's coordinates) the middle of the first bold word stands."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().fontWeight() > 400:
                layout = block.layout()
                line = layout.lineForTextPosition(fragment.position() - block.position())
                if not line.isValid():
                    return None
                at = fragment.position() - block.position()
                start = float(line.cursorToX(at)[0])  # type: ignore[index]
                end = float(line.cursorToX(at + fragment.length())[0])  # type: ignore[index]
                return float(layout.position().x()) + (start + end) / 2
            iterator += 1
        block = block.next()
    return None


def visible_offset(document_width: float, hit_x: float | None, width: float, rtl: bool) -> float:
    """How far to move the one-line snippet so the hit stands mid-cell, never baring an end."""
    if document_width <= width:
        return document_width - width if rtl else 0.0  # all of it shows, at its start
    if hit_x is None:
        return document_width - width if rtl else 0.0
    return min(max(hit_x - width / 2, 0.0), document_width - width)


class TitleDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, Qt.LayoutDirection, str], _LaidOut] = {}

    def row_height(self, view: QWidget, query: str) -> int:
        """Rows hold one line, or two with a snippet (the list holds search results)."""
        line = view.fontMetrics().lineSpacing()
        return (2 * line if query.strip() else line) + 2 * PADDING

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        snippet = index.data(SNIPPET_ROLE)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = option.fontMetrics.lineSpacing()
        title_area = area if not snippet else QRect(area.left(), area.top(), area.width(), line)
        direction = text_direction(title, option.direction)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(color)
        painter.setLayoutDirection(direction)
        elided = option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, area.width())
        vertical = Qt.AlignmentFlag.AlignTop if snippet else Qt.AlignmentFlag.AlignVCenter
        alignment = (
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(title_area, int(alignment | vertical), elided)
        painter.restore()
        if snippet:
            self._paint_snippet(painter, option, str(snippet), area, line, selected)

    def _paint_snippet(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        snippet: str,
        area: QRect,
        line: int,
        selected: bool,
    ) -> None:
        direction = text_direction(re.sub(r"<[^>]*>", "", snippet), option.direction)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        hit = option.palette.color(role).name()  # the hits in the text's full colour
        key = (snippet, hit, direction, option.font.key())
        laid_out = self._documents.get(key)
        if laid_out is None:  # laid out once, painted at every repaint and scroll
            document = snippet_document(
                snippet.replace("<b>", f"<b style='color:{hit}'>"), direction, option
            )
            laid_out = (document, first_hit_x(document))
            if len(self._documents) >= CACHED_SNIPPETS:
                self._documents.pop(next(iter(self._documents)))
            self._documents[key] = laid_out
        document, hit_x = laid_out
        rtl = direction == Qt.LayoutDirection.RightToLeft
        width = document.idealWidth()
        offset = visible_offset(width, hit_x, area.width(), rtl)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(option.palette)
        if selected:
            text = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            text = option.palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.Text, text)
        context.palette = palette
        painter.save()
        painter.translate(area.left() - offset, area.top() + line)
        painter.setClipRect(QRectF(offset, 0, area.width(), line))
        document.documentLayout().draw(painter, context)
        painter.restore()
