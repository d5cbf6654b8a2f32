"""A table typed like a spreadsheet, shared by the grade grid, the hours taught and the teacher-load rows: Enter
moves down (after an edit too; Tab right is Qt's own), Delete or Backspace clears the selected cells, Ctrl+V and
Ctrl+C paste and copy a block, and a value the owner refused keeps the cursor on its cell to be typed again."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView


class GridTable(QTableView):
    def __init__(self, clear: Callable[[], None], paste: Callable[[], None] | None = None,
                 copy: Callable[[], None] | None = None):
        super().__init__()
        self._clear, self._paste, self._copy = clear, paste, copy
        self.refused = False  # set by the owner when it refuses a typed value

    def closeEditor(self, widget, hint) -> None:  # noqa: N802 - Qt's name
        refused, self.refused = self.refused, False
        if refused:  # stays on the refused cell, to be typed again
            super().closeEditor(widget, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter or Return
            super().closeEditor(widget, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(widget, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._clear()
                return
            if self._paste is not None and event.matches(QKeySequence.StandardKey.Paste):
                self._paste()
                return
            if self._copy is not None and event.matches(QKeySequence.StandardKey.Copy):
                self._copy()
                return
        super().keyPressEvent(event)

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))


def pasted_cells(text: str, row: int, column: int, fits: Callable[[int, int], bool]) -> tuple[list, int]:
    """A block copied from a spreadsheet (a tab between cells, a line a row) laid from (row, column) on: the
    (row, column, value) cells that fit, and how many values with something in them fell outside."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
    cells, outside = [], 0
    for down, line in enumerate(lines):
        for right, value in enumerate(line.split("\t")):
            if fits(row + down, column + right):
                cells.append((row + down, column + right, value))
            else:
                outside += int(bool(value.strip()))
    return cells, outside


def copied_block(indexes, text_of: Callable[[int, int], str]) -> str:
    """The selected cells as a spreadsheet pastes them: their rows and columns, empty where a cell is not chosen."""
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    return "\n".join("\t".join(text_of(r, c) if (r, c) in chosen else "" for c in columns) for r in rows)
