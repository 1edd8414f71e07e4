"""The title cell of the article list: the title, and under it, when the list holds search
results, the snippet with the query's words in bold (rich text a plain cell cannot show)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.window.models.article_table import SNIPPET_ROLE

Index = QModelIndex | QPersistentModelIndex
PADDING = 4


class TitleDelegate(QStyledItemDelegate):
    def row_height(self, view: QWidget, query: str) -> int:
        """Rows hold one line, or two with a snippet (the list holds search results)."""
        line = view.fontMetrics().lineSpacing()
        return (2 * line if query.strip() else line) + 2 * PADDING

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = option.fontMetrics.lineSpacing()
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(option.palette.color(role))
        elided = option.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, area.width())
        alignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, int(alignment), elided)
        # the snippet wraps to the cell's width, and its first line shows
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        direction = "rtl" if option.direction == Qt.LayoutDirection.RightToLeft else "ltr"
        document.setHtml(f"<div dir='{direction}' style='color: gray'>{snippet}</div>")
        document.setTextWidth(area.width())
        painter.translate(area.left(), area.top() + line)
        painter.setClipRect(QRectF(0, 0, area.width(), line))
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()
