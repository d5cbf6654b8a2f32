"""The by-teacher and by-department tabs: each teacher's hours per semester and for the year against the norm of
their rate, over or under highlighted, with the units the chosen teacher holds below; each department's sum."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.views.action_gate import ActionGate, search_box
from desktop.views.column_fit import fit_columns, refit_on_resize
from desktop.views.filtering import SearchProxy
from desktop.views.load.texts import component_name, hours, limit_words, rate_text, status_words
from desktop.views.names import shown_code
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import named_buttons, remember_sizes, row_table

OVER = QColor(248, 204, 204)  # more than the norm: the pay is more, and so is the teacher's week
UNDER = QColor(255, 236, 196)
CONTEXT = "TeacherTab"


def _department(tab):
    return lambda s: tab.page.department_name(s.department_id)


def _against_norm(summary) -> str:
    beyond = limit_words(summary.limit)
    words = status_words(summary.status, summary.balance)
    return f"{words}; {beyond}" if beyond else words


def _teacher_columns(tab):
    return (
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Teacher"), lambda s: s.full_name),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Department"), _department(tab)),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Rate"), lambda s: rate_text(s.rate), align_right=True,
               sort=lambda s: s.rate),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Autumn"), lambda s: s.autumn, align_right=True),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Spring"), lambda s: s.spring, align_right=True),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Year"), lambda s: s.total, align_right=True),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Norm"), lambda s: hours(s.norm), align_right=True,
               sort=lambda s: s.norm),
        Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Against the norm"), _against_norm, sort=lambda s: s.balance),
    )


LINE_COLUMNS = (
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Group"), lambda line: line.group_code),
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Sem."), lambda line: line.semester, align_right=True),
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Index"), lambda line: shown_code(line.code)),
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Subject or module"), lambda line: line.shown_name),
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Kind of hours"), lambda line: component_name(line.component)),
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Subgroup"), lambda line: line.subgroup_words),
    Column(CONTEXT, QT_TRANSLATE_NOOP("TeacherTab", "Hours"), lambda line: line.hours, align_right=True),
)


class _Shown:
    """A unit line with the words the teacher's list shows for it (the name in the interface's language, the
    subgroup the teacher takes)."""

    def __init__(self, line, teacher_id: int, language: str, subgroup_words):
        self.line = line
        self.group_code, self.semester, self.code = line.group_code, line.semester, line.code
        self.component, self.hours = line.component, line.hours
        self.shown_name = line.name(language)
        mine = sorted(s for s, holder in line.teachers.items() if holder == teacher_id)
        self.subgroup_words = subgroup_words(mine)


class _SummaryModel(RowTableModel):
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            status = self.rows()[index.row()].status
            return QBrush(OVER) if status == "over" else QBrush(UNDER) if status == "under" and \
                self.rows()[index.row()].total else None
        return super().data(index, role)


class TeacherTab(QWidget):
    open_group = Signal(int, str)  # (group id, row key): a line double-clicked, to be seen in the by-group tab

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.gate = ActionGate(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = search_box(self, self.tr("Find a teacher (Ctrl+F)"))
        top.addWidget(self.search, 1)
        top.addWidget(QLabel(self.tr("Department:")))
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.currentIndexChanged.connect(lambda _: self.reload())
        top.addWidget(self.department)
        actions, self.buttons = named_buttons((("edit", self.tr("Teacher's card…"), self.edit_teacher),
                                               ("card", self.tr("Print the load card…"), self.print_card)), False)
        top.addLayout(actions)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = _SummaryModel(_teacher_columns(self), self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table = row_table(self.proxy, single=True)
        self.table.setObjectName("teachers")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_lines())
        self.table.doubleClicked.connect(lambda _: self.edit_teacher())
        splitter.addWidget(self.table)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self.lines_title = QLabel()
        self.lines_title.setObjectName("lines_title")
        below_layout.addWidget(self.lines_title)
        self.lines = RowTableModel(LINE_COLUMNS, self)
        self.lines_table = row_table(self.lines)
        self.lines_table.setObjectName("teacher_lines")
        self.lines_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.lines_table.setWordWrap(False)
        self.lines_table.doubleClicked.connect(self._line_chosen)
        below_layout.addWidget(self.lines_table, 1)
        splitter.addWidget(below)
        if not remember_sizes(splitter, "load/teacher_splitter"):
            splitter.setSizes([330, 250])
        layout.addWidget(splitter, 1)
        refit_on_resize(self.table, self._fit_teachers)
        refit_on_resize(self.lines_table, self._fit_lines)
        for key in ("edit", "card"):
            self.gate.need(self.buttons[key], self._needs_teacher)
        self.gate.watch_view(self.table)

    def _fit_teachers(self) -> None:
        fit_columns(self.table, (1, 7), 7)  # the department's and the norm's words give way to the figures

    def _fit_lines(self) -> None:
        fit_columns(self.lines_table, (3, 4), 3)

    def _needs_teacher(self) -> str | None:
        return None if self.current() is not None else self.tr("Select a teacher in the list first.")

    def current(self):
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def fill_departments(self) -> None:
        keep = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All"), None)
        for department_id, name in self.page.departments.items():
            self.department.addItem(name, department_id)
        self.department.setCurrentIndex(max(self.department.findData(keep), 0))
        self.department.blockSignals(False)

    def reload(self) -> None:
        keep = self.current().teacher_id if self.current() is not None else None
        summaries = self.page.state.teacher_summaries(self.page.language)
        wanted = self.department.currentData()
        if wanted is not None:
            summaries = [s for s in summaries if s.department_id == wanted]
        self.model.set_rows(summaries)
        self._fit_teachers()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).teacher_id == keep:
                self.table.selectRow(row)
                break
        self.show_lines()
        self.gate.update()

    def show_lines(self) -> None:
        summary = self.current()
        if summary is None:
            self.lines.set_rows([])
            self._fit_lines()  # the titles whole over the empty list
            self.lines_title.setText(self.tr("Select a teacher to see the groups and subjects they teach."))
            return
        lines = self.page.state.teacher_lines(summary.teacher_id)
        self.lines.set_rows([_Shown(line, summary.teacher_id, self.page.language, self._subgroups) for line in lines])
        self._fit_lines()
        self.lines_title.setText(self.tr("{name}: {total} h in the year, norm {norm} h for the rate {rate} — "
                                         "{status}").format(name=summary.full_name, total=summary.total,
                                                            norm=hours(summary.norm), rate=rate_text(summary.rate),
                                                            status=status_words(summary.status, summary.balance)))

    def _subgroups(self, mine: list[int]) -> str:
        if mine == [0] or not mine:
            return self.tr("whole group")
        return ", ".join(str(s) for s in mine)

    def _line_chosen(self, index) -> None:
        shown = index.data(ROW_ROLE)
        if shown is not None:
            self.open_group.emit(shown.line.group_id, shown.line.row_key)

    def edit_teacher(self) -> None:
        if not self.gate.refused(self.buttons["edit"], self):
            self.page.edit_teacher(self.current().teacher_id)

    def print_card(self) -> None:
        if not self.gate.refused(self.buttons["card"], self):
            self.page.print_documents(teacher_ids=[self.current().teacher_id])


DEPARTMENT_COLUMNS = (
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Department"), lambda d: d.shown_name),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Teachers"), lambda d: d.teachers, align_right=True),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Rates"), lambda d: rate_text(d.rates),
           align_right=True, sort=lambda d: d.rates),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Autumn"), lambda d: d.autumn, align_right=True),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Spring"), lambda d: d.spring, align_right=True),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Year"), lambda d: d.total, align_right=True),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Norm"), lambda d: hours(d.norm), align_right=True,
           sort=lambda d: d.norm),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Over the norm"), lambda d: d.over, align_right=True),
    Column("DepartmentTab", QT_TRANSLATE_NOOP("DepartmentTab", "Under the norm"), lambda d: d.under,
           align_right=True),
)


class _Department:
    def __init__(self, summary, name: str):
        self.summary, self.shown_name = summary, name
        for attribute in ("department_id", "teachers", "rates", "autumn", "spring", "total", "norm", "over", "under"):
            setattr(self, attribute, getattr(summary, attribute))


class DepartmentTab(QWidget):
    show_teachers = Signal(object)  # a department's id (None: no department) to list in the by-teacher tab

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.gate = ActionGate(self)
        layout = QVBoxLayout(self)
        top, self.buttons = named_buttons((("teachers", self.tr("Show its teachers"), self.show_its_teachers),
                                           ("summary", self.tr("Print the department's summary…"),
                                            self.print_summary)))
        layout.addLayout(top)
        self.model = RowTableModel(DEPARTMENT_COLUMNS, self)
        self.table = row_table(self.model, single=True)
        self.table.setObjectName("departments")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.show_its_teachers())
        layout.addWidget(self.table, 1)
        self.gate.need(self.buttons["teachers"], self._needs_department)
        self.gate.need(self.buttons["summary"], self._needs_named_department)
        self.gate.watch_view(self.table)

    def current(self):
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _needs_department(self) -> str | None:
        return None if self.current() is not None else self.tr("Select a department in the list first.")

    def _needs_named_department(self) -> str | None:
        current = self.current()
        if current is None:
            return self.tr("Select a department in the list first.")
        return None if current.department_id is not None else \
            self.tr("The teachers of no department have no summary: give them a department (Staff…).")

    def reload(self) -> None:
        rows = [_Department(s, self.page.department_name(s.department_id))
                for s in self.page.state.department_summaries(self.page.language)]
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.gate.update()

    def show_its_teachers(self) -> None:
        if not self.gate.refused(self.buttons["teachers"], self):
            self.show_teachers.emit(self.current().department_id)

    def print_summary(self) -> None:
        if not self.gate.refused(self.buttons["summary"], self):
            self.page.print_documents(department_id=self.current().department_id)
