"""A teacher's hours taught as a table model: a row per unit (and subgroup) they hold in the year, then the lines they
taught instead of others, then the totals; the columns say what the unit is and its plan, then a column per month
(September to June, July and August when anything was taught then), then the hours taught and the balance against
the plan (not done, over plan, each highlighted).

A month's cell shows the teacher's own hours, and "+6" when someone else taught 6 of this line's hours that month
(the tooltip names who). Editing does not write here: setData hands the typed text to `commit` (the tab), which saves
it through the service and reloads the model, or refuses it naming the cell."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, \
    QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.services import teacher_load_actual as actual
from desktop.views.load.actual_texts import month_name, month_short
from desktop.views.load.texts import component_name
from desktop.views.names import shown_code

CONTEXT = "ActualGrid"
FIXED = (QT_TRANSLATE_NOOP("ActualGrid", "Group"), QT_TRANSLATE_NOOP("ActualGrid", "Code"),
         QT_TRANSLATE_NOOP("ActualGrid", "Subject"), QT_TRANSLATE_NOOP("ActualGrid", "Sem."),
         QT_TRANSLATE_NOOP("ActualGrid", "Load"), QT_TRANSLATE_NOOP("ActualGrid", "Subgr."),
         QT_TRANSLATE_NOOP("ActualGrid", "Plan"))
TOTALS = (QT_TRANSLATE_NOOP("ActualGrid", "Taught"), QT_TRANSLATE_NOOP("ActualGrid", "Balance"))
PLAN_COLUMN = 6
SUBJECT_COLUMN = 2
NOT_DONE = QColor("#fff4d6")  # amber: hours still to give
OVER = QColor("#fde7e6")  # red: more than the plan
REPLACED = QColor("#e6f0fb")  # blue: someone else taught here that month
OUTSIDE = QColor("#eeeeee")  # grey: a month the line's semester is not taught in
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a month cell's (row index, month), for the tab and the tests


def _words(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass
class GridRow:
    group_id: int
    group_code: str
    row_key: str
    code: str
    name: str
    semester: int
    component: str
    subgroup: int
    plan: int | None  # None: a line the teacher taught instead of its teacher of record
    own: dict[date, int] = field(default_factory=dict)
    others: dict[date, list[tuple[str, int]]] = field(default_factory=dict)  # month -> (who, hours) on this line
    instead_of: str = ""
    instead_id: int | None = None

    @property
    def unit_key(self) -> tuple:
        return (self.group_id, self.row_key, self.semester, self.component)

    @property
    def taught(self) -> int:
        """The line's hours by anyone: a replacement keeps a class done."""
        return sum(self.own.values()) + sum(h for parts in self.others.values() for _, h in parts)

    @property
    def balance(self) -> int | None:
        return None if self.plan is None else self.taught - self.plan

    def label(self) -> str:
        """"26ПО-11к ЖБП 01, Theory": how a message or a list names the line."""
        code = shown_code(self.code) if self.code else self.name
        text = f"{self.group_code} {code}, {component_name(self.component)}"
        return text + (f", {self.subgroup}" if self.subgroup else "")


class ActualGridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.months: list[date] = []
        self.commit: Callable[[int, int, str], bool] | None = None

    def set_rows(self, rows: list[GridRow], months: list[date]) -> None:
        self.beginResetModel()
        self.rows, self.months = rows, months
        self.endResetModel()

    def update_rows(self, rows: list[GridRow], months: list[date]) -> None:
        """The same lines with new hours (after a save): the view keeps its place and selection."""
        same = months == self.months and [r.unit_key + (r.subgroup, r.plan is None) for r in rows] == \
            [r.unit_key + (r.subgroup, r.plan is None) for r in self.rows]
        if not same:
            self.set_rows(rows, months)
            return
        self.rows = rows
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- what a cell is ----------------------------------------------------------------------------------------

    def month_of(self, column: int) -> date | None:
        offset = column - len(FIXED)
        return self.months[offset] if 0 <= offset < len(self.months) else None

    def column_of(self, month: date) -> int | None:
        return len(FIXED) + self.months.index(month) if month in self.months else None

    def line(self, row: int) -> GridRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def editable(self, row: int, column: int) -> bool:
        """A month of the line's semester; another month only to clear hours kept there before the rule."""
        line, month = self.line(row), self.month_of(column)
        return line is not None and month is not None and (actual.month_fits(month, line.semester)
                                                            or bool(line.own.get(month)))

    def outside(self, row: int, column: int) -> bool:
        """A month the line's semester is not taught in (teacher_load_actual.TERM_MONTHS)."""
        line, month = self.line(row), self.month_of(column)
        return line is not None and month is not None and not actual.month_fits(month, line.semester)

    def edit_text(self, row: int, column: int) -> str:
        line, month = self.line(row), self.month_of(column)
        hours = line.own.get(month) if line is not None and month is not None else None
        return str(hours) if hours else ""

    def cell_name(self, row: int, column: int) -> str:
        """"Row 3 (26ПО-11к ЖБП 01, Theory), October 2026": the cell a message is about."""
        line, month = self.line(row), self.month_of(column)
        if line is None or month is None:
            return ""
        return QCoreApplication.translate("ActualGrid", "Row {row} ({line}), {month}").format(
            row=row + 1, line=line.label(), month=month_name(month))

    def _totals(self) -> tuple[int, dict[date, int], int, int]:
        plan = sum(r.plan or 0 for r in self.rows)
        months = {m: sum(r.own.get(m, 0) for r in self.rows) for m in self.months}
        taught = sum(r.taught for r in self.rows if r.plan is not None)
        own = sum(months.values())
        return plan, months, taught, own

    def _shown(self, row: int, column: int):
        months_end = len(FIXED) + len(self.months)
        if row == len(self.rows):  # the totals
            plan, months, taught, _own = self._totals()
            if column == 0:
                return QCoreApplication.translate("ActualGrid", "Total")
            if column == PLAN_COLUMN:
                return plan
            if column < len(FIXED):
                return ""
            if column < months_end:
                return months[self.month_of(column)] or ""
            return taught if column == months_end else taught - plan
        line = self.rows[row]
        values = (line.group_code, shown_code(line.code) if line.code else "", line.name, line.semester,
                  component_name(line.component), line.subgroup or "", "—" if line.plan is None else line.plan)
        if column < len(FIXED):
            return values[column]
        if column < months_end:
            month = self.month_of(column)
            own = line.own.get(month, 0)
            others = sum(h for _, h in line.others.get(month, ()))
            return (f"{own or ''} +{others}".strip() if others else own) or ""
        if column == months_end:
            return line.taught
        balance = line.balance
        return "" if balance is None else (f"+{balance}" if balance > 0 else balance)

    def _tip(self, row: int, column: int) -> str | None:
        if row == len(self.rows):
            return None
        line = self.rows[row]
        month = self.month_of(column)
        if month is not None:
            parts = [self.cell_name(row, column)]
            if self.outside(row, column):
                months = actual.semester_months(month.year - (month.month < 9), line.semester)
                parts.append(QCoreApplication.translate(
                    "ActualGrid", "Semester {semester}'s hours go in {first} to {last}").format(
                    semester=line.semester, first=month_name(months[0]), last=month_name(months[-1])))
            parts += [QCoreApplication.translate("ActualGrid", "{who} taught {hours} h instead").format(
                who=who, hours=hours) for who, hours in line.others.get(month, ())]
            if line.instead_of:
                parts.append(self._instead(line))
            return "\n".join(parts)
        if column == 4:
            return component_name(line.component)
        if column == SUBJECT_COLUMN or (column < len(FIXED) and line.instead_of):
            return line.name + ("\n" + self._instead(line) if line.instead_of else "")
        balance = line.balance
        if column == len(FIXED) + len(self.months) + 1 and balance:
            text = QCoreApplication.translate("ActualGrid", "not done: {hours} h") if balance < 0 else \
                QCoreApplication.translate("ActualGrid", "over plan: {hours} h")
            return text.format(hours=abs(balance))
        return None

    @staticmethod
    def _instead(line: GridRow) -> str:
        return QCoreApplication.translate("ActualGrid", "taught instead of {who}").format(who=line.instead_of)

    def _background(self, row: int, column: int):
        months_end = len(FIXED) + len(self.months)
        if row == len(self.rows):
            if column == months_end + 1:
                plan, _months, taught, _own = self._totals()
                return OVER if taught > plan else None
            return None
        line = self.rows[row]
        month = self.month_of(column)
        if month is not None:
            return REPLACED if line.others.get(month) else OUTSIDE if self.outside(row, column) else None
        if column == months_end + 1 and line.balance:
            return OVER if line.balance > 0 else NOT_DONE
        return None

    # --- Qt's model --------------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.rows else len(self.rows) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(FIXED) + len(self.months) + len(TOTALS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= PLAN_COLUMN or column in (3, 5):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._background(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and (row == len(self.rows) or self.rows[row].plan is None):
            font = QFont()
            font.setBold(row == len(self.rows))
            font.setItalic(row < len(self.rows))
            return font
        if role == KEY_ROLE and self.editable(row, column):
            return (row, self.month_of(column))
        return None

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None \
                or not self.editable(index.row(), index.column()):
            return False
        return self.commit(index.row(), index.column(), "" if value is None else str(value))

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        month = self.month_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(FIXED):
                return _words(FIXED[section])
            if month is not None:
                return month_short(month)
            return _words(TOTALS[section - len(FIXED) - len(self.months)])
        if role == Qt.ItemDataRole.ToolTipRole:
            if month is not None:
                return month_name(month)
            if section == len(FIXED) + len(self.months) + 1:
                return QCoreApplication.translate("ActualGrid", "Taught less the plan: below 0 not done yet, above 0 "
                                                                "over plan")
            if section == len(FIXED) + len(self.months):
                return QCoreApplication.translate("ActualGrid", "Hours taught on the line, by the teacher and by those "
                                                                "who replaced them")
        return None
