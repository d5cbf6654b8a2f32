"""The by-group tab: the groups of the year with the hours still without a teacher, and the chosen group's units,
given to teachers by typing a name into a teacher cell (whole group or subgroup 1 / 2), by "Assign to…" for the
selected rows, and taken back with Delete. Every change is saved at once and can be undone."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.domain import teacher_load as tl
from desktop.domain.roles import Area
from desktop.services import teacher_load as load
from desktop.services.errors import ValidationFailed
from desktop.views.access.texts import may_write
from desktop.views.action_gate import ActionGate
from desktop.views.column_fit import fit_columns, refit_on_resize
from desktop.views.grid_table import GridTable
from desktop.views.load.texts import short_name
from desktop.views.names import shown_code
from desktop.views.load.unit_model import (FIRST, KIND, OPEN, SECOND, SUBJECT, TEACHER_COLUMNS,
                                           WHOLE_COLUMN, TeacherDelegate, UnitModel)
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import remember_sizes, row_table, status_message

GROUP_COLUMNS = (
    Column("GroupTab", QT_TRANSLATE_NOOP("GroupTab", "Group"), lambda g: g.code),
    Column("GroupTab", QT_TRANSLATE_NOOP("GroupTab", "Open"), lambda g: g.unassigned, align_right=True),
    Column("GroupTab", QT_TRANSLATE_NOOP("GroupTab", "Hours"), lambda g: g.planned, align_right=True),
)


class _GroupModel(RowTableModel):
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and self.rows()[index.row()].unassigned:
            return QBrush(OPEN)
        return super().data(index, role)


class GroupTab(QWidget):
    changed = Signal(object, str, object)  # (the batch undoing the change, its name, its groups): the undo stack

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.gate = ActionGate(self)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.only_open = QCheckBox(self.tr("Only groups with open hours"))
        self.only_open.setObjectName("only_open")
        self.only_open.toggled.connect(lambda _: self.reload())
        left_layout.addWidget(self.only_open)
        self.group_model = _GroupModel(GROUP_COLUMNS, self)
        self.groups = row_table(self.group_model, single=True)
        self.groups.setObjectName("groups")
        self.groups.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.groups.selectionModel().currentRowChanged.connect(lambda *_: self.show_group())
        refit_on_resize(self.groups, lambda: fit_columns(self.groups))  # the hours stay in view as the splitter moves
        left_layout.addWidget(self.groups, 1)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("group_heading")
        self.heading.setWordWrap(True)
        right_layout.addWidget(self.heading)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text, keys, slot in (
                ("assign", self.tr("Assign to…"), "Ctrl+T", self.assign_selected),
                ("split", self.tr("Split by subgroups…"), "Ctrl+Shift+T", self.split_current),
                ("take_back", self.tr("Take back"), "Del", self.take_back),
                ("next_open", self.tr("Next open row"), "F3", self.next_open)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setToolTip(f"{text.rstrip('…')} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            button.clicked.connect(lambda _=False, s=slot: s())
            if key != "take_back":  # the table's own Delete handles it; a second shortcut would be ambiguous
                button.setShortcut(QKeySequence(keys))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        self.model = UnitModel(self)
        self.model.commit = self._typed
        self.table = GridTable(self.take_back)
        self.table.setObjectName("units")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line a unit: a long module name is read whole in its tooltip
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # a role without the load reads the rows: no teacher cell opens for typing
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed if may_write(page.db, Area.LOAD)
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.delegate = TeacherDelegate(self.table)
        self.delegate.refused = self._unknown_name
        for column in TEACHER_COLUMNS:
            self.table.setItemDelegateForColumn(column, self.delegate)
        refit_on_resize(self.table, lambda: fit_columns(self.table, (SUBJECT, KIND), SUBJECT))
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        if not remember_sizes(splitter, "load/group_splitter"):
            splitter.setSizes([262, 868])
        layout.addWidget(splitter, 1)
        self.gate.need(self.buttons["assign"], self._needs_units)
        self.gate.need(self.buttons["take_back"], self._needs_units)
        self.gate.need(self.buttons["split"], self._needs_one_unit)
        self.gate.need(self.buttons["next_open"], self._needs_open)
        self.gate.writes(page.db, Area.LOAD, *(self.buttons[key] for key in ("assign", "split", "take_back")))
        self.gate.watch_view(self.table)
        self.group_id: int | None = None

    # -- reading ---------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the groups again, keeping the one shown; its units are read again too."""
        keep = self.group_id
        summaries = self.page.state.group_summaries()
        if self.only_open.isChecked():
            summaries = [s for s in summaries if s.unassigned or s.group_id == keep]
        self.group_model.set_rows(summaries)
        rows = self.group_model.rows()
        found = next((n for n, s in enumerate(rows) if s.group_id == keep), None)
        if found is None:  # the first group with open hours: the work at hand
            found = next((n for n, s in enumerate(rows) if s.unassigned), 0 if rows else None)
        # The group's table is only repainted, never reset, when the same group stays: a reset under the teacher
        # cell's editor, still closing after the change it saved, would destroy it mid-close.
        selection = self.groups.selectionModel()
        selection.blockSignals(True)
        if found is not None:
            self.groups.selectRow(found)
        selection.blockSignals(False)
        self.show_group()
        fit_columns(self.groups)

    def _current_group(self):
        index = self.groups.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def show_group(self) -> None:
        group = self._current_group()
        same = group is not None and group.group_id == self.group_id
        self.group_id = group.group_id if group else None
        self.delegate.choices = self.page.teacher_choices()
        if group is None:
            self.model.set_lines([], self.page.names, self.page.language)
            self.heading.setText(self.tr("No group has a curriculum with semesters in this year: link the groups to "
                                         "their curricula on the Contingent page."))
        else:
            lines = self.page.state.group_lines(group.group_id)
            if same:
                self.model.names = dict(self.page.names)
                self.model.update_lines(lines)
            else:
                self.model.set_lines(lines, self.page.names, self.page.language)
                fit_columns(self.table, (SUBJECT, KIND), SUBJECT)
            open_hours = sum(line.unassigned_hours for line in lines)
            self.heading.setText(self.tr("{group}, course {course}: {hours} h to teach, {open} h without a teacher")
                                 .format(group=group.code, course=group.course,
                                         hours=sum(line.hours * (2 if line.split else 1) for line in lines),
                                         open=open_hours))
        self.gate.update()

    def choose_group(self, group_id: int, row_key: str | None = None) -> None:
        """Show a group (from the by-teacher tab or a difference), and the row asked."""
        if self.only_open.isChecked():
            self.only_open.setChecked(False)
        for row, summary in enumerate(self.group_model.rows()):
            if summary.group_id == group_id:
                self.groups.selectRow(row)
                break
        if row_key is not None:
            for row, line in enumerate(self.model.lines):
                if line.row_key == row_key:
                    self.table.setCurrentIndex(self.model.index(row, WHOLE_COLUMN))
                    break

    # -- what the buttons need ----------------------------------------------------------------------------------------

    def selected_lines(self):
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.lines[row] for row in rows if row < len(self.model.lines)]

    def _needs_units(self) -> str | None:
        return None if self.selected_lines() else self.tr("Select rows of the group's load first.")

    def _needs_one_unit(self) -> str | None:
        return None if len(self.selected_lines()) == 1 else self.tr("Select one row to split it by subgroups.")

    def _needs_open(self) -> str | None:
        return None if any(line.unassigned_hours for line in self.model.lines) else \
            self.tr("Every row of the group has its teacher.")

    # -- changes --------------------------------------------------------------------------------------------------

    def _apply(self, changes: list[load.Change], text: str) -> bool:
        try:
            undo = load.apply(self.page.db, self.page.year, changes)
        except ValidationFailed as error:
            self.page.refuse(error.problems, {line.row_key: shown_code(line.code) for line in self.model.lines})
            return False
        self.changed.emit(undo, text, {change.group_id for change in changes})
        return True

    def _typed(self, row: int, column: int, teacher_id: int | None) -> bool:
        line = self.model.lines[row]
        subgroup = TEACHER_COLUMNS[column]
        if subgroup == tl.WHOLE:
            changes = [load.Change(*line.unit_key, s, None) for s in tl.SUBGROUPS]
            changes.append(load.Change(*line.unit_key, tl.WHOLE, teacher_id))
        else:
            changes = [load.Change(*line.unit_key, tl.WHOLE, None), load.Change(*line.unit_key, subgroup, teacher_id)]
        name = self.page.names.get(teacher_id, "")
        text = self.tr("{teacher}: {code} {group}").format(teacher=short_name(name), code=shown_code(line.code),
                                                          group=line.group_code) if name else \
            self.tr("Take back {code} {group}").format(code=shown_code(line.code), group=line.group_code)
        return self._apply(changes, text)

    def _unknown_name(self, text: str) -> None:
        status_message(self, self.tr("No teacher is named “{text}”: choose one from the list (typing part of the "
                                     "name narrows it).").format(text=text))

    def assign_selected(self, teacher_id: int | None = None) -> None:
        if self.gate.refused(self.buttons["assign"], self):
            return
        lines = self.selected_lines()
        if teacher_id is None:
            teacher_id = self.page.ask_teacher(self.tr("Assign {count} rows to").format(count=len(lines)))
            if teacher_id is None:
                return
        changes = []
        for line in lines:
            changes += [load.Change(*line.unit_key, s, None) for s in tl.SUBGROUPS]
            changes.append(load.Change(*line.unit_key, tl.WHOLE, teacher_id))
        self._apply(changes, self.tr("{teacher}: {count} rows").format(
            teacher=short_name(self.page.names.get(teacher_id, "")), count=len(lines)))

    def split_current(self, first: int | None = None, second: int | None = None) -> None:
        if self.gate.refused(self.buttons["split"], self):
            return
        line = self.selected_lines()[0]
        if first is None and second is None:
            first = self.page.ask_teacher(self.tr("Subgroup 1 of {code}").format(code=shown_code(line.code)),
                                          line.teachers.get(1, line.teachers.get(tl.WHOLE)))
            if first is None:
                return
            second = self.page.ask_teacher(self.tr("Subgroup 2 of {code}").format(code=shown_code(line.code)),
                                           line.teachers.get(2))
            if second is None:
                return
        if self._apply([load.Change(*line.unit_key, tl.WHOLE, None), load.Change(*line.unit_key, 1, first),
                        load.Change(*line.unit_key, 2, second)],
                       self.tr("Split {code} {group}").format(code=shown_code(line.code), group=line.group_code)):
            status_message(self, self.tr("Each subgroup's teacher now has the {hours} h in full.")
                           .format(hours=line.hours))

    def take_back(self) -> None:
        if self.gate.refused(self.buttons["take_back"], self):
            return
        cells = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        changes = []
        for index in cells:
            line = self.model.lines[index.row()]
            if index.column() in TEACHER_COLUMNS:  # a teacher cell: that subgroup only
                changes.append(load.Change(*line.unit_key, TEACHER_COLUMNS[index.column()], None))
            else:
                changes += [load.Change(*line.unit_key, s, None) for s in (tl.WHOLE, *tl.SUBGROUPS)]
        if not changes:
            return
        if self._apply(list(dict.fromkeys(changes)), self.tr("Take back {count} rows").format(
                count=len({index.row() for index in cells}))):
            status_message(self, self.tr("The hours are open again; Ctrl+Z gives them back."))

    def next_open(self) -> None:
        """The next row with hours nobody holds, from the current one on (round to the top)."""
        lines = self.model.lines
        if not lines:
            return
        start = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        for step in range(1, len(lines) + 1):
            row = (start + step) % len(lines)
            line = lines[row]
            if line.unassigned_hours:
                column = WHOLE_COLUMN if not line.split else (FIRST if 1 not in line.teachers else SECOND)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.table.scrollTo(self.model.index(row, column))
                self.table.setFocus()  # the name is typed next, whether F3 or the button brought it here
                return

