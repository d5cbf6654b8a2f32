"""A group's units of the year as the by-group tab shows them: one row a unit (a curriculum row's component in a
semester), its hours and who holds it, whole or by subgroup. The teacher cells are typed into (a teacher's name,
completed from the staff); the tab turns an edit into the service's change through `commit`."""
from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
                            QT_TRANSLATE_NOOP, QTimer)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QCompleter, QStyledItemDelegate

from desktop.domain import teacher_load as tl
from desktop.domain.collation import search_key
from desktop.services.teacher_load import UnitLine
from desktop.views.load.texts import component_name, short_name
from desktop.views.names import shown_code

HEADERS = (QT_TRANSLATE_NOOP("UnitModel", "Sem."), QT_TRANSLATE_NOOP("UnitModel", "Index"),
           QT_TRANSLATE_NOOP("UnitModel", "Subject or module"), QT_TRANSLATE_NOOP("UnitModel", "Kind of hours"),
           QT_TRANSLATE_NOOP("UnitModel", "Hours"), QT_TRANSLATE_NOOP("UnitModel", "Teacher"),
           QT_TRANSLATE_NOOP("UnitModel", "Subgroup 1"), QT_TRANSLATE_NOOP("UnitModel", "Subgroup 2"))
SEMESTER, CODE, SUBJECT, KIND, HOURS, WHOLE_COLUMN, FIRST, SECOND = range(8)
TEACHER_COLUMNS = {WHOLE_COLUMN: tl.WHOLE, FIRST: 1, SECOND: 2}
OPEN = QColor(255, 236, 196)  # hours nobody holds yet: what the deputy still has to give out
TEACHER_ROLE = Qt.ItemDataRole.UserRole + 10


class UnitModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[UnitLine] = []
        self.names: dict[int, str] = {}  # teacher id -> full name
        self.language = "kk"
        self.commit: Callable[[int, int, int | None], bool] | None = None  # (row, column, teacher id or None)

    def set_lines(self, lines: list[UnitLine], names: dict[int, str], language: str) -> None:
        self.beginResetModel()
        self.lines, self.names, self.language = list(lines), dict(names), language
        self.endResetModel()

    def update_lines(self, lines: list[UnitLine]) -> None:
        """The same units read again after a change: the cells repaint, the selection and the current cell stay."""
        if [line.unit_key for line in lines] != [line.unit_key for line in self.lines]:
            self.set_lines(lines, self.names, self.language)
            return
        self.lines = list(lines)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(HEADERS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def teacher_at(self, row: int, column: int) -> int | None:
        return self.lines[row].teachers.get(TEACHER_COLUMNS[column]) if column in TEACHER_COLUMNS else None

    def _text(self, line: UnitLine, column: int) -> str:
        if column == SEMESTER:
            return str(line.semester)
        if column == CODE:
            return shown_code(line.code)
        if column == SUBJECT:
            return line.name(self.language)
        if column == KIND:
            return component_name(line.component)
        if column == HOURS:
            return str(line.hours)
        holder = line.teachers.get(TEACHER_COLUMNS[column])
        if holder is None and column == WHOLE_COLUMN and line.split:
            return QCoreApplication.translate("UnitModel", "by subgroups")  # an empty cell looked like no teacher
        return short_name(self.names.get(holder, "?")) if holder is not None else ""

    def _open_here(self, line: UnitLine, column: int) -> bool:
        if column not in TEACHER_COLUMNS:
            return line.unassigned_hours > 0
        if line.split:
            return column != WHOLE_COLUMN and TEACHER_COLUMNS[column] not in line.teachers
        return column == WHOLE_COLUMN and tl.WHOLE not in line.teachers

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.EditRole:
            holder = self.teacher_at(index.row(), column)
            return self.names.get(holder, "") if holder is not None else ""
        if role == TEACHER_ROLE:
            return self.teacher_at(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and self._open_here(line, column):
            return QBrush(OPEN)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEMESTER, HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(line, column)
        return None

    def _tip(self, line: UnitLine, column: int) -> str | None:
        if column == SUBJECT:
            return line.name(self.language)
        if column not in TEACHER_COLUMNS:
            return None
        holder = line.teachers.get(TEACHER_COLUMNS[column])
        name = self.names.get(holder, "") if holder is not None else ""
        if column == WHOLE_COLUMN:
            how = QCoreApplication.translate("UnitModel", "The whole group. Type a teacher's name; Delete takes the "
                                                          "hours back.")
        else:
            how = QCoreApplication.translate("UnitModel", "A subgroup: each subgroup's teacher gets the unit's hours "
                                                          "in full. Typing here splits the class.")
        return f"{name}\n{how}" if name else how

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in TEACHER_COLUMNS or self.commit is None:
            return False
        return self.commit(index.row(), index.column(), value)

    def flags(self, index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in TEACHER_COLUMNS else flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("UnitModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == SEMESTER:
            return QCoreApplication.translate("UnitModel", "The curriculum's semester")
        return None


class TeacherDelegate(QStyledItemDelegate):
    """A teacher cell's editor: the staff's names, narrowed to those containing what is typed (from a Kazakh or a
    Russian keyboard: "Абен" finds Әбенов), each with the load the teacher already has (hours of the year against
    the norm) so the deputy sees who still has room. Enter takes the name, also straight from the list."""

    POPUP_WIDTH = 360  # the name with its "612 of 720 h" whole

    def __init__(self, parent=None):
        super().__init__(parent)
        self.choices: list[tuple[int, str, str]] = []  # (teacher id, full name, load words)
        self.refused: Callable[[str], None] | None = None

    @staticmethod
    def label(name: str, load: str) -> str:
        return f"{name} — {load}" if load else name

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)
        for teacher_id, name, load in self.choices:
            combo.addItem(self.label(name, load), teacher_id)
        names = QStandardItemModel(combo)
        completer = QCompleter(names, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.popup().setMinimumWidth(self.POPUP_WIDTH)
        combo.setCompleter(completer)
        combo.lineEdit().textEdited.connect(lambda text: self._narrow(completer, names, text))
        # The list's Enter only fills the text in; the name is taken at once, not at a second Enter.
        completer.activated.connect(lambda _text: QTimer.singleShot(0, lambda: self._take(combo)))
        combo.lineEdit().returnPressed.connect(lambda: QTimer.singleShot(0, lambda: self._take(combo)))
        return combo

    def _narrow(self, completer: QCompleter, names: QStandardItemModel, text: str) -> None:
        wanted = search_key(text)
        names.clear()
        for _, name, load in self.choices:
            if wanted and wanted in search_key(name):
                names.appendRow(QStandardItem(self.label(name, load)))
        if names.rowCount():
            completer.complete()
        else:
            completer.popup().hide()

    def _take(self, combo: QComboBox) -> None:
        """Commit and close the editor, unless it was closed already (the view's own Enter got there first)."""
        if shiboken6.isValid(combo) and combo.isVisible():
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.SubmitModelCache)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        holder = index.data(TEACHER_ROLE)
        found = editor.findData(holder) if holder is not None else 0
        editor.setCurrentIndex(max(found, 0))
        editor.lineEdit().selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt's name
        text = editor.currentText().strip()
        if not text:
            model.setData(index, None)
            return
        teacher_id = self.match(text)
        if teacher_id is None:
            if self.refused is not None:
                self.refused(text)
            return
        if teacher_id != index.data(TEACHER_ROLE):
            model.setData(index, teacher_id)

    def match(self, text: str) -> int | None:
        """The teacher a typed text names: the item chosen, else the only name containing what was typed."""
        wanted = search_key(text)
        for teacher_id, name, load in self.choices:
            if wanted in (search_key(name), search_key(self.label(name, load))):
                return teacher_id
        found = [teacher_id for teacher_id, name, _ in self.choices if wanted in search_key(name)]
        return found[0] if len(found) == 1 else None
