"""Content keeps its own direction whatever the interface's: an Arabic title or note in the
English interface is laid out right to left (and elided at its end, on the left), a Latin
source in the Arabic interface left to right. Item views lay a cell out in the view's
direction; `NaturalDirectionDelegate` lays each cell out in its text's."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


def text_direction(text: str, default: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction of ``text``'s first strong letter (Unicode's rule P2), else ``default``."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return default


def natural_alignment(text: str, default: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """Left for Latin text, right for Arabic, whatever the interface's direction."""
    if text_direction(text, default) == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignRight
    return Qt.AlignmentFlag.AlignLeft


class NaturalDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        direction = text_direction(option.text, option.direction)
        if direction != option.direction:
            option.direction = direction
            vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
            option.displayAlignment = vertical | Qt.AlignmentFlag.AlignLeading


class BothDatesDelegate(NaturalDirectionDelegate):
    """«2015-08-11 · 1436-10-26 هـ» where the column has room for both calendars, the first
    alone where it has not (the tooltip keeps both): a narrow list gives its room to titles."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        room = option.rect.width() - 12  # the cell's margins
        text = option.text
        if " · " in text and option.fontMetrics.horizontalAdvance(text) > room:
            option.text = text.split(" · ", 1)[0]
