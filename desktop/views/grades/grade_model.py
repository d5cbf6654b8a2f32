"""The grade grid as a table model: a row per student (the vertical header names them), a column per graded row of
the curriculum (its code; the name, and the module it belongs to, in the tooltip). A cell shows the percent and,
beside it, the letter the college's scale gives; a pass/fail row shows the pass word; a failing grade is marked.

Editing does not write here: setData hands the typed text to `commit` (the grid's editor), which saves it through
the grade services all or nothing and reloads the model, or refuses it saying which cell."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.grades import PASS_FAIL, GradeGrid, PlanRow
from desktop.views.grades.texts import pass_words
from desktop.views.i18n import current_language
from desktop.views.names import local_name, shown_code
from desktop.views.widgets import mark_icon

FAIL_COLOUR = QColor("#b3261e")
FAIL_BACKGROUND = QColor("#fde7e6")
# The cell's (student id, row key), for the grid and the tests
KEY_ROLE = Qt.ItemDataRole.UserRole + 1



class GradeGridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid: GradeGrid | None = None
        self.columns: list[PlanRow] = []
        self.headings: dict[str, PlanRow] = {}
        self.commit: Callable[[int, int, str], bool] | None = None

    def set_grid(self, grid: GradeGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.columns = [row for row in grid.rows if row.graded] if grid else []
        self.headings = {row.key: row for row in grid.rows if not row.graded} if grid else {}
        self.endResetModel()

    def update_cells(self, grid: GradeGrid) -> None:
        """The same students and rows with new values (after a save): the view keeps its place and selection."""
        same = (self.grid is not None and grid.students == self.grid.students
                and [r.key for r in grid.rows] == [r.key for r in self.grid.rows])
        if not same:
            self.set_grid(grid)
            return
        self.grid = grid
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- what a cell is ----------------------------------------------------------------------------------------

    def language(self) -> str:
        """The language of the pass words: the interface's, or the group's in an English interface."""
        language = current_language()
        return language if language in ("kk", "ru") else (self.grid.language if self.grid else "kk")

    def key(self, row: int, column: int) -> tuple[int, str] | None:
        if self.grid is None or not (0 <= row < len(self.grid.students) and 0 <= column < len(self.columns)):
            return None
        return self.grid.students[row].id, self.columns[column].key

    def value(self, row: int, column: int):
        key = self.key(row, column)
        return None if key is None else self.grid.cells.get(key)

    def edit_text(self, row: int, column: int) -> str:
        """The cell as it is typed back: the percent, or the pass word."""
        value = self.value(row, column)
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.grid.scale.word(self.grid.scale.pass_fail_grade(value), self.language())
        return str(value)

    def shown(self, row: int, column: int) -> str:
        value = self.value(row, column)
        if value is None or isinstance(value, bool):
            return self.edit_text(row, column)
        grade = self.grid.grade(*self.key(row, column))
        return f"{value}  {grade.letter}"

    def failing(self, row: int, column: int) -> bool:
        key = self.key(row, column)
        if key is None or key not in self.grid.cells:
            return False
        grade = self.grid.grade(*key)
        return grade is not None and not grade.passed

    def cell_name(self, row: int, column: int) -> str:
        """"Surname Name, ОН 1.1": how a message names the cell."""
        if self.grid is None or not (0 <= row < len(self.grid.students) and 0 <= column < len(self.columns)):
            return ""
        return f"{self.grid.students[row].full_name}, {self.column_code(column)}"

    def column_code(self, column: int) -> str:
        plan_row = self.columns[column]
        return shown_code(plan_row.code) if plan_row.code else local_name(plan_row.name_kk, plan_row.name_ru)

    def row_names(self) -> dict[str, str]:
        """Each graded row's code and name as the interface writes them, by key (for messages)."""
        return {row.key: f"{shown_code(row.code)} {local_name(row.name_kk, row.name_ru)}".strip()
                for row in self.columns}

    def column_tip(self, column: int) -> str:
        plan_row = self.columns[column]
        lines = []
        heading = self.headings.get(plan_row.parent or "")
        if heading is not None:
            lines.append(f"{shown_code(heading.code)} {local_name(heading.name_kk, heading.name_ru)}".strip())
        lines.append(f"{shown_code(plan_row.code)} {local_name(plan_row.name_kk, plan_row.name_ru)}".strip())
        credits = "" if plan_row.credits is None else \
            f", {plan_row.credits:g} " + QCoreApplication.translate("GradeGrid", "credits")
        lines.append(QCoreApplication.translate("GradeGrid", "{hours} hours").format(hours=plan_row.hours) + credits)
        if plan_row.kind == PASS_FAIL:
            lines.append(QCoreApplication.translate("GradeGrid", "pass/fail: {passed} (+ or -)").format(
                passed=pass_words()))
        else:
            lines.append(QCoreApplication.translate("GradeGrid", "a percent from 0 to 100"))
        if not plan_row.mandatory:
            lines.append(QCoreApplication.translate("GradeGrid", "elective: only for the students who took it"))
        return "\n".join(lines)

    def cell_tip(self, row: int, column: int) -> str:
        key = self.key(row, column)
        grade = self.grid.grade(*key) if key else None
        name = self.cell_name(row, column)
        if grade is None:
            return QCoreApplication.translate("GradeGrid", "{cell}: no grade yet").format(cell=name)
        word = self.grid.scale.word(grade, self.language())
        if grade.percent is None:
            text = f"{name}: {word}"
        else:
            text = QCoreApplication.translate(
                "GradeGrid", "{cell}: {percent}%, {letter}, {points} points, {word}").format(
                cell=name, percent=grade.percent, letter=grade.letter, points=f"{grade.points:.2f}".replace(".", ","),
                word=word)
        return text + ("\n" + QCoreApplication.translate("GradeGrid", "failing") if not grade.passed else "")

    # --- Qt's model --------------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.students)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.key(index.row(), index.column()) is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KEY_ROLE:
            return self.key(row, column)
        failing = self.failing(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and failing:
            return QBrush(FAIL_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and failing:
            return QBrush(FAIL_BACKGROUND)
        if role == Qt.ItemDataRole.DecorationRole and failing:
            return mark_icon(True)
        return None

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        return self.commit(index.row(), index.column(), "" if value is None else str(value))

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.column_code(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.column_tip(section)
        if orientation == Qt.Orientation.Vertical and self.grid is not None and 0 <= section < len(self.grid.students):
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1}. {self.grid.students[section].full_name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.grid.students[section].full_name
        return None
