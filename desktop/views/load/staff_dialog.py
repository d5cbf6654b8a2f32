"""The teachers' staff list (issue #18): who teaches, in which department, on what post, category and rate, with
the card that keeps what the tarification list needs, and the departments (cycle commissions)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, \
    QVBoxLayout

from desktop.domain.roles import Area
from desktop.reports.load_labels import position_name
from desktop.services import teachers
from desktop.services.errors import ValidationFailed
from desktop.services.teachers import TeacherRecord
from desktop.views.action_gate import ActionGate, search_box, with_keys
from desktop.views.column_fit import fit_columns, refit_on_resize
from desktop.views.filtering import SearchProxy
from desktop.views.load.department_dialog import DepartmentDialog
from desktop.views.load.teacher_form import category_text, edit_teacher, rate_text
from desktop.views.messages import message
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel, display
from desktop.views.widgets import fit_to_screen, row_table, without_checked

C = "StaffColumns"
ALL, NONE = "all", "none"  # the department filter's first two choices; the others hold a department's id


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def position_text(position: str, language: str) -> str:
    """The post in the interface's language when it is one the documents know («оқытушы» reads «преподаватель» in
    Russian and back), else as written; English shows it as stored."""
    return position_name(position, language) if language in ("kk", "ru") else position


def diploma_text(record: TeacherRecord) -> str:
    return ", ".join(part for part in (record.diploma_number, display(record.diploma_on)) if part)


def columns(language: str) -> list[Column]:
    today = date.today()
    return [
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Full name"), lambda t: t.full_name),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Department"), lambda t: t.department),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Position"), lambda t: position_text(t.position, language)),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Category"), lambda t: category_text(t.category, language),
               sort=lambda t: (teachers.CATEGORIES.index(t.category) + 1) if t.category else 0),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Rate"), lambda t: rate_text(t.rate, language), align_right=True,
               sort=lambda t: float(t.rate)),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Experience, years"), lambda t: t.experience(today),
               align_right=True),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Diploma"), diploma_text),
        Column(C, QT_TRANSLATE_NOOP("StaffColumns", "Last upgrade"), lambda t: t.last_upgrade_on),
    ]


SHRINKABLE = (1, 2, 6)  # words that may end in "…" on a narrow screen: department, position, diploma


class StaffProxy(SearchProxy):
    """The teachers whose name holds every word typed, of the department chosen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.department = ALL

    def set_department(self, department) -> None:
        self.beginFilterChange()
        self.department = department
        self.endFilterChange(SearchProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        record = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if record is None:
            return False
        if self.department == NONE and record.department_id is not None:
            return False
        if self.department not in (ALL, NONE) and record.department_id != self.department:
            return False
        name = record.full_name.casefold()
        return all(word in name for word in self._words)


def refused_deletion(parent, db, teacher_id: int) -> bool:
    """True, having said why, when the teacher may not be deleted: a teacher holding load is refused at once, not
    asked "Delete?" first and refused after (the staff list and the Reports page's teacher list alike)."""
    refusal = teachers.deletion_refusal(db, teacher_id)
    if refusal is not None:
        refuse_deletion(parent, [refusal])
    return refusal is not None


def refuse_deletion(parent, problems) -> None:
    """In words naming the teacher and what to do first ("... give them to another teacher first"); the messages
    are written to follow a field's name ("за педагогом ..."), so each is made a sentence here."""
    QMessageBox.warning(parent, QCoreApplication.translate("StaffDialog", "The teacher was not deleted"),
                        "\n".join(sentence(message(p.code, p.params)) for p in problems))


class StaffDialog(QDialog):
    """changed: whether anything was saved while it was open (the caller then reads the load again)."""

    def __init__(self, db, language: str, parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.changed = False
        self.setWindowTitle(self.tr("Teaching staff"))
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = search_box(self, self.tr("Search by name (Ctrl+F)"))
        filters.addWidget(self.search, 1)
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters.addWidget(self.department)
        self.count = QLabel()
        self.count.setObjectName("count")
        filters.addWidget(self.count)
        layout.addLayout(filters)

        self.model = RowTableModel(columns(language), self)
        self.proxy = StaffProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy, single=True)
        self.table.setObjectName("staff")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        self._make_actions()
        buttons = QHBoxLayout()
        for key in ("new", "edit", "delete", "departments"):
            action = self.actions[key]
            button = QPushButton(action.text())
            button.setObjectName(key)
            button.setAutoDefault(False)  # Enter in the search field must not press New or Edit
            button.clicked.connect(without_checked(action.trigger))
            self.gate.follow_action(button, action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self._search)
        self.department.currentIndexChanged.connect(self._department_chosen)
        self.gate.watch_view(self.table)
        fit_to_screen(self, 1180, 640)
        self._fill_departments()
        self.reload()
        refit_on_resize(self.table, self._fit)

    def _make_actions(self) -> None:
        """Edit (Enter) and Delete (Del) act on the chosen teacher and belong to the list: Del typed in the search
        field deletes a letter, not a teacher. Both off with nothing chosen, their tooltips saying so."""
        self.actions: dict[str, QAction] = {}
        for key, text, keys, slot, owner in (
                ("new", self.tr("New teacher…"), [QKeySequence("Ctrl+N")], self.add, self),
                ("edit", self.tr("Edit…"), [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
                 self.edit, self.table),
                ("delete", self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete, self.table),
                ("departments", self.tr("Departments…"), [], self.edit_departments, self)):
            action = QAction(text, owner)
            action.setObjectName(key)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if owner is self.table
                                      else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # "Edit… (Return, Enter)" would name the one key twice
            action.setToolTip(f"{text.replace('…', '')} (Enter)" if key == "edit" else with_keys(action))
            action.triggered.connect(without_checked(slot))
            owner.addAction(action)
            self.actions[key] = action
        self.gate = ActionGate(self)
        for key in ("edit", "delete"):
            self.gate.need(self.actions[key], self._why_nobody_chosen, keys_on=self.table)
        # a role without the teachers reads the list and the cards (Edit… opens them read-only), changes nothing
        self.gate.writes(self.db, Area.LOAD, *(self.actions[key] for key in ("new", "delete", "departments")))

    # --- the list --------------------------------------------------------------------------------

    def _fill_departments(self) -> None:
        chosen = self.department.currentData() if self.department.count() else ALL
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), ALL)
        self.department.addItem(self.tr("Without a department"), NONE)
        for record in teachers.list_departments(self.db):
            self.department.addItem(record.name(self.language), record.id)
        index = self.department.findData(chosen)
        self.department.setCurrentIndex(max(index, 0))
        self.department.blockSignals(False)
        self.proxy.set_department(self.department.currentData())

    def reload(self, chosen: int | None = None) -> None:
        """Read the teachers again, keeping (or choosing) a teacher."""
        if chosen is None and self.selected() is not None:
            chosen = self.selected().id
        self.model.set_rows(teachers.list_teachers(self.db, self.language))
        self._fit()
        if chosen is not None:
            self.select(chosen)
        self._count()
        self.gate.update()

    def _fit(self) -> None:
        fit_columns(self.table, SHRINKABLE, grow=0)

    def _count(self) -> None:
        self.count.setText(self.tr("{shown} of {count} teachers").format(shown=self.proxy.rowCount(),
                                                                        count=self.model.rowCount()))

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._count()

    def _department_chosen(self) -> None:
        self.proxy.set_department(self.department.currentData())
        self._count()

    def select(self, teacher_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == teacher_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return

    def selected(self) -> TeacherRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _why_nobody_chosen(self) -> str | None:
        return None if self.selected() is not None else self.tr("Select a teacher in the list first.")

    # --- the actions -----------------------------------------------------------------------------

    def add(self) -> None:
        if self.gate.refused(self.actions["new"], self):
            return
        saved = edit_teacher(self, self.db, None, self.language)
        if saved is not None:
            self.changed = True
            # a new teacher hidden by the filters would look lost: shown with them cleared
            self.search.clear()
            self.department.setCurrentIndex(0)
            self.reload(saved)

    def edit(self) -> None:
        if self.gate.refused(self.actions["edit"], self):
            return
        if edit_teacher(self, self.db, self.selected().id, self.language) is not None:
            self.changed = True
            self.reload()

    def delete(self) -> None:
        if self.gate.refused(self.actions["delete"], self):
            return
        teacher = self.selected()
        if refused_deletion(self, self.db, teacher.id):
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete the teacher {name}?").format(
            name=teacher.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            teachers.delete_teacher(self.db, teacher.id)
        except ValidationFailed as error:  # load given to the teacher meanwhile (another window, another user)
            refuse_deletion(self, error.problems)
            return
        self.changed = True
        self.reload()

    def edit_departments(self) -> None:
        if self.gate.refused(self.actions["departments"], self):
            return
        dialog = DepartmentDialog(self.db, self.language, self)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self._fill_departments()
            self.reload()
