"""The hours-by-month grid typed like a spreadsheet: Enter moves down, Tab right, Delete clears the selected months,
Ctrl+V pastes a block copied from Excel, Ctrl+C copies one. Every change is saved at once through
teacher_load_actual.record_hours, all or nothing (a pasted block with one bad value writes nothing and the message
names each bad cell by its row and month), and goes on the page's undo stack with the batch that undoes it."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from desktop.domain.problems import FieldProblem
from desktop.domain.roles import Area
from desktop.services import teacher_load_actual as actual
from desktop.services.errors import ValidationFailed
from desktop.services.teacher_load_actual import ActualEntry
from desktop.views.access.texts import refused_role
from desktop.views.errors import show_validation
from desktop.views.grid_table import GridTable, copied_block, pasted_cells
from desktop.views.load.actual_model import FIXED, ActualGridModel
from desktop.views.messages import message
from desktop.views.widgets import fit_headers, status_message
from desktop.views.undo import SavedCommand

EDIT = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed)


class RecordedHours(SavedCommand):
    """A batch of hours already saved: undo saves the batch record_hours returned, redo the batch again."""

    def __init__(self, db, year: int, new: list[ActualEntry], old: list[ActualEntry], text: str,
                 after: Callable[[], None], widget: QWidget):
        super().__init__(text)
        self.db, self.year, self.new, self.old = db, year, new, old
        self.after, self.widget = after, widget

    def _write(self, entries: list[ActualEntry]) -> None:
        try:
            actual.record_hours(self.db, self.year, entries)
        except ValidationFailed as error:  # the distribution or the staff changed since: this step cannot come back
            show_validation(self.widget, QCoreApplication.translate("HoursGrid", "Hours not saved"), error)
            self.setObsolete(True)
        self.after()

    def redo_saved(self) -> None:
        self._write(self.new)

    def undo_saved(self) -> None:
        self._write(self.old)


class HoursGrid(QWidget):
    """The grid of one teacher's year; the tab gives it the rows and is told when hours were saved."""

    saved = Signal()

    def __init__(self, db, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.db, self.undo_stack = db, undo_stack
        self.year, self.teacher_id = 0, None
        self.role_refusal = refused_role(db, Area.LOAD)  # a role without the load reads the hours, types none
        self.model = ActualGridModel(self)
        self.model.commit = self.type_cell
        self.table = GridTable(self.clear_selected, self.paste, self.copy)
        self.table.setObjectName("hours_grid")
        self.table.setModel(self.model)
        self.table.setEditTriggers(EDIT if self.role_refusal() is None
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(34)
        header.setDefaultSectionSize(38)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_rows(self, year: int, teacher_id: int | None, rows, months, keep: bool = False) -> None:
        self.year, self.teacher_id = year, teacher_id
        if keep:
            self.model.update_rows(rows, months)
            return
        self.model.set_rows(rows, months)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # The subject's and the load's names are read whole on hover: the months must fit beside them at 1366 px.
        for column, widest in ((2, 150), (4, 110)):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        for column in range(len(FIXED), self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSize(column), 38))
        fit_headers(self.table)

    # --- typing ----------------------------------------------------------------------------------------------

    def type_cell(self, row: int, column: int, text: str) -> bool:
        """A value typed in a month's cell (the model's setData)."""
        if text.strip() == self.model.edit_text(row, column):
            return True
        saved = self.apply([(row, column, text)], self.tr("Hours of {cell}").format(
            cell=self.model.cell_name(row, column)))
        self.table.refused = not saved and self.table.state() == QAbstractItemView.State.EditingState
        return saved

    def _refused(self) -> bool:
        why = self.role_refusal()
        if why:
            status_message(self, why)
        return why is not None

    def clear_selected(self) -> None:
        if self._refused():
            return
        cells = [(i.row(), i.column(), "") for i in self.table.selectedIndexes()
                 if self.model.editable(i.row(), i.column()) and self.model.edit_text(i.row(), i.column())]
        if not cells:
            status_message(self, self.tr("Select the months' hours to clear first.")
                           if not self.table.selectedIndexes() else self.tr("The selected cells hold no hours."))
            return
        self.apply(cells, self.tr("Clear {count} months' hours").format(count=len(cells)))

    def paste(self, text: str | None = None) -> bool:
        """A block copied from a spreadsheet (tab between cells, a line a row), from the current cell on; the
        values that fall outside the months are left out and said."""
        if self._refused():
            return False
        text = QGuiApplication.clipboard().text() if text is None else text
        current = self.table.currentIndex()
        if not current.isValid():
            status_message(self, self.tr("Click the month's cell where the pasted block starts first."))
            return False
        cells, outside = pasted_cells(text, current.row(), current.column(), self.model.editable)
        if not cells:
            status_message(self, self.tr("Nothing to paste here: the hours go in the months' columns."))
            return False
        saved = self.apply(cells, self.tr("Paste {count} months' hours").format(count=len(cells)))
        if saved and outside:
            status_message(self, self.tr("Pasted; {count} values outside the months' columns were left out.").format(
                count=outside))
        return saved

    def copy(self) -> None:
        indexes = self.table.selectedIndexes()
        if not indexes:
            status_message(self, self.tr("Select the hours to copy first."))
            return
        QGuiApplication.clipboard().setText(copied_block(
            indexes, lambda r, c: str(self.model.data(self.model.index(r, c)) or "")))

    # --- saving ----------------------------------------------------------------------------------------------

    def _entries(self, cells) -> tuple[list[ActualEntry], list[FieldProblem]]:
        entries, problems = [], []
        for row, column, text in cells:
            value = text.strip()
            line, month = self.model.line(row), self.model.month_of(column)
            if value == "":
                hours = 0
            elif value.isdigit() and int(value) <= actual.MAX_MONTH_HOURS:
                hours = int(value)
            else:
                problems.append(self._cell_problem(row, column, "load.cell_hours",
                                                   {"value": value[:20], "limit": actual.MAX_MONTH_HOURS}))
                continue
            entries.append(ActualEntry(month, *line.unit_key, line.subgroup, self.teacher_id, hours,
                                       line.instead_id))
        return entries, problems

    def _cell_problem(self, row: int, column: int, code: str, params: dict) -> FieldProblem:
        return FieldProblem("hours", "load.cell", {"cell": self.model.cell_name(row, column),
                                                   "problem": message(code, params)})

    def apply(self, cells: list[tuple[int, int, str]], label: str) -> bool:
        """Save the cells at once, all or nothing; one undo step. False (and why, naming each bad cell) when
        refused."""
        entries, problems = self._entries(cells)
        try:
            if problems:
                raise ValidationFailed(problems)
            old = actual.record_hours(self.db, self.year, entries)
        except ValidationFailed as error:
            show_validation(self, self.tr("Hours not saved"), self._named(error, cells))
            return False
        self.undo_stack.push(RecordedHours(self.db, self.year, entries, old, label, self.saved.emit, self))
        self.saved.emit()
        return True

    def _named(self, error: ValidationFailed, cells) -> ValidationFailed:
        """The service's problems (each naming its place in the batch) put after the cell they are about."""
        named = []
        for problem in error.problems:
            if problem.code == "load.cell" or problem.row is None or not 0 <= problem.row < len(cells):
                named.append(problem)
                continue
            row, column, _text = cells[problem.row]
            named.append(self._cell_problem(row, column, problem.code, problem.params))
        return ValidationFailed(named)
