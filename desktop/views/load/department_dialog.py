"""The departments (cycle commissions) the teachers belong to: added, renamed, deleted and put in order, their names
in Kazakh and Russian (the documents print the one of their language)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout

from desktop.services import teachers
from desktop.views.action_gate import ActionGate, keyed_actions
from desktop.views.dual.form import Field, FormDialog
from desktop.views.errors import confirm_and_delete
from desktop.views.messages import field_name
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import hint, without_checked

C = "DepartmentColumns"
COLUMNS = [
    Column(C, QT_TRANSLATE_NOOP("DepartmentColumns", "Name in Kazakh"), lambda d: d.name_kk),
    Column(C, QT_TRANSLATE_NOOP("DepartmentColumns", "Name in Russian"), lambda d: d.name_ru),
    Column(C, QT_TRANSLATE_NOOP("DepartmentColumns", "Teachers"), lambda d: len(d.teacher_ids), align_right=True),
]


class DepartmentDialog(QDialog):
    """changed: whether anything was written (the staff list then reads its departments again)."""

    def __init__(self, db, language: str, parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.changed = False
        self.setWindowTitle(self.tr("Departments (cycle commissions)"))
        self.resize(720, 440)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Each teacher belongs to one department; the load documents group the "
                                      "teachers by department, in this order.")))
        self.model = RowTableModel(COLUMNS, self)
        # The order is the departments' own (the documents list them so): not sorted by a header click.
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("departments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.rename())
        layout.addWidget(self.table, 1)
        self.actions: dict[str, QAction] = {}
        bar = QHBoxLayout()
        specs = [("add", self.tr("New department…"), [QKeySequence("Ctrl+N")], self.add),
                 ("rename", self.tr("Rename…"), [QKeySequence("F2")], self.rename),
                 ("delete", self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete),
                 ("up", self.tr("Move up"), [QKeySequence("Alt+Up")], lambda: self.move(-1)),
                 ("down", self.tr("Move down"), [QKeySequence("Alt+Down")], lambda: self.move(1))]
        self.actions.update(keyed_actions(self, specs))
        # Enter on a chosen department renames it, as a double click does.
        rename_keys = QAction(self.table)
        rename_keys.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        rename_keys.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        rename_keys.triggered.connect(without_checked(self.rename))
        self.table.addAction(rename_keys)
        self.gate = ActionGate(self)
        for key in ("rename", "delete"):
            self.gate.need(self.actions[key], self._why_nothing_chosen, keys_on=self)
        self.gate.need(self.actions["up"], lambda: self._why_not_moved(-1), keys_on=self)
        self.gate.need(self.actions["down"], lambda: self._why_not_moved(1), keys_on=self)
        for key, action in self.actions.items():
            button = QPushButton(action.text())
            button.setObjectName(key)
            button.setAutoDefault(False)
            button.clicked.connect(without_checked(action.trigger))
            self.gate.follow_action(button, action)
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.gate.watch_view(self.table)
        self.reload()

    def reload(self, chosen: int | None = None) -> None:
        self.model.set_rows(teachers.list_departments(self.db))
        self.table.resizeColumnsToContents()
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ROW_ROLE).id == chosen:
                self.table.selectRow(row)
        self.gate.update()

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _why_nothing_chosen(self) -> str | None:
        return None if self.chosen() is not None else self.tr("Select a department in the list first.")

    def _why_not_moved(self, offset: int) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return self._why_nothing_chosen()
        if rows[0].row() + offset < 0:
            return self.tr("The department is first already.")
        if rows[0].row() + offset >= self.model.rowCount():
            return self.tr("The department is last already.")
        return None

    def _form(self, department) -> FormDialog:
        fields = [Field("name_kk", field_name("name_kk"), value=department.name_kk if department else "",
                        required=True, placeholder="Информатика пәндерінің циклдік комиссиясы"),
                  Field("name_ru", field_name("name_ru"), value=department.name_ru if department else "",
                        placeholder="Цикловая комиссия информатики"),
                  Field("head", self.tr("Chair (signs the load cards and the summary)"),
                        value=department.head if department else "")]

        def save(values: dict):
            if department is None:
                return teachers.add_department(self.db, values["name_kk"], values["name_ru"], values["head"])
            teachers.rename_department(self.db, department.id, values["name_kk"], values["name_ru"], values["head"])
            return department.id
        title = self.tr("Department") if department else self.tr("New department")
        return FormDialog(title, fields, save, self)

    def add(self) -> None:
        form = self._form(None)
        if form.exec():
            self.changed = True
            self.reload(form.result_value)

    def rename(self) -> None:
        if self.gate.refused(self.actions["rename"], self):
            return
        form = self._form(self.chosen())
        if form.exec():
            self.changed = True
            self.reload(form.result_value)

    def delete(self) -> None:
        department = self.chosen()
        if department is None:
            return
        name = department.name(self.language)
        if department.teacher_ids:
            question = self.tr("Delete the department “{name}”? Its teachers ({count}) stay, without a department."
                               ).format(name=name, count=len(department.teacher_ids))
        else:
            question = self.tr("Delete the department “{name}”?").format(name=name)
        if confirm_and_delete(self, question, lambda: teachers.delete_department(self.db, department.id)):
            self.changed = True
            self.reload()

    def move(self, offset: int) -> None:
        """One place up (-1) or down (1): the order the load documents list the departments in."""
        if self.gate.refused(self.actions["up" if offset < 0 else "down"], self):
            return
        department = self.chosen()
        teachers.move_department(self.db, department.id, offset)
        self.changed = True
        self.reload(department.id)
