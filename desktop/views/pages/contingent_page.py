"""Groups and students of the open database (read-only until the contingent module adds editing)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desktop.services import contingent
from desktop.services.contingent import GroupRow, StudentRow, study_year
from desktop.views.filtering import SearchProxy
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import empty_state, hint, page_title, row_table

G = "GroupColumns"
S = "StudentColumns"
CHOICES = {
    "kk": QT_TRANSLATE_NOOP("Choices", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Choices", "Russian"),
    "full_time": QT_TRANSLATE_NOOP("Choices", "full-time"),
    "part_time": QT_TRANSLATE_NOOP("Choices", "part-time"),
    "9": QT_TRANSLATE_NOOP("Choices", "9 grades"),
    "11": QT_TRANSLATE_NOOP("Choices", "11 grades"),
    "tvet": QT_TRANSLATE_NOOP("Choices", "TVET"),
    "M": QT_TRANSLATE_NOOP("Choices", "male"),
    "F": QT_TRANSLATE_NOOP("Choices", "female"),
    "state_republic": QT_TRANSLATE_NOOP("Choices", "state order (republican budget)"),
    "state_local": QT_TRANSLATE_NOOP("Choices", "state order (local budget)"),
    "enterprise": QT_TRANSLATE_NOOP("Choices", "enterprise order"),
    "paid": QT_TRANSLATE_NOOP("Choices", "paid"),
}


def choice(value: str) -> str:
    return QCoreApplication.translate("Choices", CHOICES[value]) if value in CHOICES else value


GROUP_COLUMNS = [
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Group"), lambda g: g.code),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Specialty"), lambda g: g.specialty_code),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Qualification"), lambda g: g.qualification_code),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Course"), lambda g: study_year(g.intake_year, date.today()),
           align_right=True),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Language"), lambda g: choice(g.language)),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Base"), lambda g: choice(g.entry_base)),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Form"), lambda g: choice(g.study_form)),
    Column(G, QT_TRANSLATE_NOOP("GroupColumns", "Students"), lambda g: g.students, align_right=True),
]
STUDENT_COLUMNS = [
    Column(S, QT_TRANSLATE_NOOP("StudentColumns", "Full name"), lambda s: s.full_name),
    Column(S, QT_TRANSLATE_NOOP("StudentColumns", "IIN"), lambda s: s.iin),
    Column(S, QT_TRANSLATE_NOOP("StudentColumns", "Birth date"), lambda s: s.birth_date),
    Column(S, QT_TRANSLATE_NOOP("StudentColumns", "Sex"), lambda s: choice(s.sex)),
    Column(S, QT_TRANSLATE_NOOP("StudentColumns", "Group"), lambda s: s.group_code),
    Column(S, QT_TRANSLATE_NOOP("StudentColumns", "Funding"), lambda s: choice(s.funding)),
]


class ContingentPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Contingent")))
        groups = contingent.list_groups(db)
        students = contingent.list_students(db)
        if not groups and not students:
            layout.addWidget(empty_state(
                self.tr("No groups or students yet"),
                self.tr("Groups and students arrive with the contingent module: import from NEDB or Excel, "
                        "or enter them by hand. It is not part of this version yet.")), 1)
            return
        layout.addWidget(hint(self.tr("Choose a group to see its students; search finds a student by name or IIN.")))
        self.group_model = RowTableModel(GROUP_COLUMNS, self)
        self.group_model.set_rows(groups)
        self.group_proxy = SearchProxy(self)
        self.group_proxy.setSourceModel(self.group_model)
        self.groups = row_table(self.group_proxy)
        self.groups.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.groups.resizeColumnsToContents()

        self.student_model = RowTableModel(STUDENT_COLUMNS, self)
        self.student_model.set_rows(students)
        self.student_proxy = StudentFilter(self)
        self.student_proxy.setSourceModel(self.student_model)
        self.students = row_table(self.student_proxy)
        self.students.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.students.resizeColumnsToContents()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or IIN (Ctrl+F)"))
        self.search.textChanged.connect(self._refilter)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.students, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.groups)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 640])
        layout.addWidget(splitter, 1)
        self.groups.selectionModel().selectionChanged.connect(self._refilter)
        self._refilter()

    def selected_group(self) -> GroupRow | None:
        rows = self.groups.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _refilter(self) -> None:
        group = self.selected_group()
        self.student_proxy.set_filter(self.search.text(), group.code if group else None)
        self.count.setText(self.tr("{shown} of {total} students").format(
            shown=self.student_proxy.rowCount(), total=self.student_model.rowCount()))


class StudentFilter(SearchProxy):
    """Search text plus the chosen group."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._group: str | None = None

    def set_filter(self, text: str, group: str | None) -> None:
        self._group = group
        self.set_search(text)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        row: StudentRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self._group is not None and row.group_code != self._group:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
