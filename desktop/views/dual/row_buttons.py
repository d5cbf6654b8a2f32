"""A button that removes the current row of a table: disabled, saying why, while no row is current.

The appendix's rows are all cell widgets (a date field, a spin box, the modules' menu): typing in one does not
make its row the table's current row, so "Remove" removed nothing or another row. The row whose widget takes the
focus becomes current here."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QPushButton, QTableWidget

from desktop.views.widgets import without_checked


class RowRemover(QObject):
    """Keeps the button's state with the table's current row; a child of the table, so it goes with it."""

    def __init__(self, table: QTableWidget, button: QPushButton, hint: str):
        super().__init__(table)
        self.table, self.button, self.hint = table, button, hint
        button.clicked.connect(without_checked(self.remove))
        table.currentCellChanged.connect(self._update)
        table.model().rowsRemoved.connect(self._update)
        table.model().rowsInserted.connect(self._update)
        QApplication.instance().focusChanged.connect(self._focused)
        self._update()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return  # the button is disabled then; a shortcut or a test may still press it
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._update()

    def _update(self, *_) -> None:
        current = 0 <= self.table.currentRow() < self.table.rowCount()
        self.button.setEnabled(current)
        self.button.setToolTip("" if current else self.hint)

    def _focused(self, _old, new) -> None:
        """A cell widget (or a part of it, as a date field's text) took the focus: its row becomes current."""
        viewport = self.table.viewport()
        widget = new
        while widget is not None and widget.parentWidget() is not viewport:
            widget = widget.parentWidget()
        if widget is None:
            return
        row = self.table.indexAt(widget.geometry().center()).row()
        if row >= 0 and row != self.table.currentRow():
            self.table.setCurrentCell(row, max(self.table.columnAt(widget.geometry().center().x()), 0))


def remove_row_button(table: QTableWidget, text: str, hint: str) -> QPushButton:
    """The button, disabled with `hint` as its tooltip while no row of `table` is current."""
    button = QPushButton(text)
    button._remover = RowRemover(table, button, hint)  # kept with the button as long as it shows
    return button
