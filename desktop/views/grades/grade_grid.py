"""The grade grid typed like a spreadsheet: Enter moves down, Tab right, Delete clears the selected cells, Ctrl+V
pastes a block copied from Excel, Ctrl+C copies one; every change is saved at once, all or nothing (a pasted block
with one bad value writes nothing and the message names each bad cell), and Ctrl+Z / Ctrl+Y undo and redo it by
saving back the values the service returned as they were before."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from desktop.domain.roles import Area
from desktop.services import grades
from desktop.services.errors import ValidationFailed
from desktop.services.grades import PASS_FAIL, CellChange
from desktop.views.access.texts import may_write, refused_role
from desktop.views.errors import show_validation
from desktop.views.grid_table import GridTable, copied_block, pasted_cells
from desktop.views.grades.grade_model import GradeGridModel
from desktop.views.grades.texts import cell_problems
from desktop.views.widgets import HEADER_MARGIN, fit_headers, status_message
from desktop.views.undo import SavedCommand

EDIT = (QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed)
# Shorthands for a pass/fail row besides the scale's words (сынақ, зачтено, сынақ емес, не зачтено)
PASS_MARKS = {"+": True, "-": False, "–": False}



class _SavedCells(SavedCommand):
    """A batch already saved: undo saves back the values it replaced, redo saves it again."""

    def __init__(self, editor: "GradeGridEditor", new: list[CellChange], old: list[CellChange], text: str):
        super().__init__(text)
        self.editor, self.new, self.old = editor, new, old

    def redo_saved(self) -> None:
        self.editor.write(self.new)

    def undo_saved(self) -> None:
        self.editor.write(list(reversed(self.old)))


class GradeGridEditor(QWidget):
    """The grid of one group, saving through services.grades."""

    changed = Signal()  # grades were written (the reconciliation is read again)

    def __init__(self, db, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.db, self.undo_stack = db, undo_stack
        self.group_id: int | None = None
        self.model = GradeGridModel(self)
        self.model.commit = self.type_cell
        self.table = GridTable(self.clear_selected, self.paste, self.copy)
        self.table.setObjectName("grade_grid")
        self.table.setModel(self.model)
        # A role that may not change grades reads the grid: nothing opens an editor, pasting and clearing say why.
        self.read_only = not may_write(db, Area.GRADES)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if self.read_only else EDIT)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setDefaultSectionSize(70)
        self.table.horizontalHeader().setMinimumSectionSize(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        # Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) are the window's Edit › Undo and Redo, acting on this page's stack

    # --- loading ---------------------------------------------------------------------------------------------

    def show_group(self, group_id: int | None, grid=None) -> None:
        """The group's grid (None: empty); a group of another grid forgets the undo history of the last one."""
        if group_id != self.group_id:
            self.undo_stack.clear()
        self.group_id = group_id
        self.model.set_grid(grid)
        fit_headers(self.table)
        self._fit_bold_headers()
        if grid is not None and grid.students and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _fit_bold_headers(self) -> None:
        """The current column's title is drawn bold and the style adds its own padding: a title measured in the
        plain font was cut («ООД 0») with a larger system font. Each column gets what the header itself asks for."""
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for section in range(header.count()):
            text = str(self.model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = max(header.sectionSizeHint(section), metrics.horizontalAdvance(text) + HEADER_MARGIN)
            if header.sectionSize(section) < need:
                header.resizeSection(section, need)

    def reload(self) -> None:
        if self.group_id is not None:
            self.model.update_cells(grades.grade_grid(self.db, self.group_id))

    def go_to(self, student_id: int, row_key: str) -> bool:
        """Put the cursor on a student's cell of a row (a line of the reconciliation clicked)."""
        grid = self.model.grid
        if grid is None:
            return False
        row = next((n for n, s in enumerate(grid.students) if s.id == student_id), None)
        column = next((n for n, r in enumerate(self.model.columns) if r.key == row_key), None)
        if row is None:
            return False
        index = self.model.index(row, column if column is not None else 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        return column is not None

    # --- typing ----------------------------------------------------------------------------------------------

    def _change(self, row: int, column: int, text: str) -> CellChange:
        student_id, row_key = self.model.key(row, column)
        value: object = text.strip()
        if self.model.columns[column].kind == PASS_FAIL and value in PASS_MARKS:
            value = PASS_MARKS[value]
        return CellChange(student_id, row_key, value)

    def type_cell(self, row: int, column: int, text: str) -> bool:
        """A value typed in a cell (the model's setData)."""
        if self.model.key(row, column) is None or text.strip() == self.model.edit_text(row, column):
            return True
        saved = self.apply([(row, column, text)], self.tr("Grade of {cell}").format(
            cell=self.model.cell_name(row, column)))
        # Typed in the cell's editor: a refused value keeps the cursor there (a value set by code has no editor)
        self.table.refused = not saved and self.table.state() == QAbstractItemView.State.EditingState
        return saved

    def clear_selected(self) -> None:
        cells = [(i.row(), i.column(), "") for i in self.table.selectedIndexes()
                 if self.model.value(i.row(), i.column()) is not None]
        if not cells:
            status_message(self, self.tr("Select the grades to clear first.") if not self.table.selectedIndexes()
                           else self.tr("The selected cells have no grade to clear."))
            return
        self.apply(cells, self.tr("Clear {count} grades").format(count=len(cells)))

    def paste(self, text: str | None = None) -> bool:
        """A block copied from a spreadsheet (tab between cells, a line a row), from the current cell on."""
        text = QGuiApplication.clipboard().text() if text is None else text
        current = self.table.currentIndex()
        if not current.isValid():
            status_message(self, self.tr("Click the cell where the pasted block starts first."))
            return False
        cells, outside = pasted_cells(text, current.row(), current.column(), lambda row, column: (
            row < self.model.rowCount() and column < self.model.columnCount()))
        if not cells:
            status_message(self, self.tr("The clipboard holds no grades to paste."))
            return False
        saved = self.apply(cells, self.tr("Paste {count} grades").format(count=len(cells)))
        if saved and outside:
            status_message(self, self.tr("Pasted; {count} values beyond the grid's last student or row were left "
                                            "out.").format(count=outside))
        return saved

    def copy(self) -> None:
        indexes = self.table.selectedIndexes()
        if not indexes:
            status_message(self, self.tr("Select the grades to copy first."))
            return
        text = copied_block(indexes, self.model.edit_text)
        QGuiApplication.clipboard().setText(text)

    # --- saving ----------------------------------------------------------------------------------------------

    def apply(self, cells: list[tuple[int, int, str]], label: str) -> bool:
        """Save the cells at once, all or nothing; undoable as one step. False (and why, naming each bad cell)
        when refused."""
        if self.read_only:
            status_message(self, refused_role(self.db, Area.GRADES)())
            return False
        changes = [self._change(row, column, text) for row, column, text in cells]
        try:
            old = grades.save_cells(self.db, self.group_id, changes)
        except ValidationFailed as error:
            show_validation(self, self.tr("Grades not saved"), cell_problems(error, self.model.row_names()))
            return False
        self.undo_stack.push(_SavedCells(self, changes, old, label))
        self._saved()
        return True

    def write(self, changes: list[CellChange]) -> None:
        """Undo or redo: the values saved back (a refusal is said; the grid shows what is stored)."""
        try:
            grades.save_cells(self.db, self.group_id, changes)
        except ValidationFailed as error:
            show_validation(self, self.tr("Grades not saved"), cell_problems(error, self.model.row_names()))
        self._saved()

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()
