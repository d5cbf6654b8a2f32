"""The Teacher load page: for an academic year, the groups' curriculum hours given out to the teachers (by group,
with what is still open), each teacher's load against the norm, the departments' sums, the differences left by
curriculum changes, and the hours actually taught; the staff, the copy of last year's assignment and the load
documents from its top row. Every change to the distribution is saved at once and can be undone (Ctrl+Z)."""
from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.domain.roles import Area
from desktop.services import teacher_load as load
from desktop.services import teacher_load_changes as changes
from desktop.services import teachers
from desktop.services.teacher_load_state import YearState
from desktop.services.errors import ValidationFailed
from desktop.views.access.texts import refused_role
from desktop.views.load.commands import LoadBatch, refusal_text
from desktop.views.load.differences_tab import DifferencesTab
from desktop.views.load.group_tab import GroupTab
from desktop.views.load.teacher_tab import DepartmentTab, TeacherTab
from desktop.views.load.texts import current_year, hours, year_label
from desktop.views.widgets import fit_combo, named_buttons, page_title, status_message
from desktop.views.workers import busy

YEARS_BACK, YEARS_AHEAD = 4, 1  # last years' loads to look up, and next year's to plan in spring


class LoadPage(QWidget):
    def __init__(self, db, language: str = "kk", parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.undo_stack = QUndoStack(self)
        self.year = current_year()
        self.names: dict[int, str] = {}
        self.departments: dict[int, str] = {}
        self._summaries: dict[int, object] = {}
        self._stale: set[QWidget] = set()
        self.state: YearState | None = None
        self.role_refusal = refused_role(db, Area.LOAD)  # why this role may not change the load (None: it may)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Teacher load")))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Academic year:")))
        self.year_box = QComboBox()
        self.year_box.setObjectName("year")
        for year in range(self.year - YEARS_BACK, self.year + YEARS_AHEAD + 1):
            self.year_box.addItem(year_label(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(self.year))
        fit_combo(self.year_box)
        self.year_box.currentIndexChanged.connect(lambda _: self.set_year(self.year_box.currentData()))
        top.addWidget(self.year_box)
        self.copy_tip = self.tr("Each open row gets the teacher who had it last year: the same group a year on, or the "
                                "group now in that course of the same curriculum. Rows already given stay as they are.")
        actions, self.buttons = named_buttons((
            ("copy", self.tr("Copy last year's assignment"), self.copy_last_year),
            ("staff", self.tr("Staff…"), self.open_staff),
            ("print", self.tr("Print…"), lambda: self.print_documents())))
        for key, tip in (("copy", self.copy_tip),
                         ("staff", self.tr("The teachers, their tarification details and departments")),
                         ("print", self.tr("The tarification list, the load cards, the department's summary and the "
                                           "fulfilment report, in Kazakh or Russian"))):
            self.buttons[key].setToolTip(tip)
        top.addLayout(actions)
        layout.addLayout(top)
        self.norm_note = QLabel()
        self.norm_note.setObjectName("norm_note")
        self.norm_note.setWordWrap(True)
        self.norm_note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.norm_note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("load_tabs")
        self.by_group = GroupTab(self)
        self.by_teacher = TeacherTab(self)
        self.by_department = DepartmentTab(self)
        self.differences = DifferencesTab(self)
        self.tabs.addTab(self.by_group, self.tr("By group"))
        self.tabs.addTab(self.by_teacher, self.tr("By teacher"))
        self.tabs.addTab(self.by_department, self.tr("By department"))
        self.tabs.addTab(self.differences, self.tr("Curriculum changes"))
        self.actual = self._actual_tab()
        self.tabs.addTab(self.actual, self.tr("Hours taught"))
        layout.addWidget(self.tabs, 1)
        for tab in (self.by_group, self.differences):
            tab.changed.connect(self._changed)
        for tab in (self.by_teacher, self.differences):
            tab.open_group.connect(self.show_in_group)
        self.by_department.show_teachers.connect(self.show_department)
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())
        self._show_norms()
        self.refresh()

    def _actual_tab(self):
        from desktop.views.load.actual_tab import ActualTab  # noqa: PLC0415

        tab = ActualTab(self.db, self.undo_stack, self.language, self)
        tab.set_year(self.year)
        return tab

    def _show_norms(self) -> None:
        norms = load.current_norms()
        weekly = norms.figures["weekly_hours_per_rate"]
        text = self.tr("Norm of one rate: {annual} h a year ({weekly} h a week). Rates from {least} to {most}.").format(
            annual=hours(norms.annual_hours), weekly=hours(weekly.value),
            least=hours(norms.figures["min_rates"].value), most=hours(norms.figures["max_rates"].value))
        if norms.unconfirmed():
            text += " " + self.tr("These figures are not confirmed by the text of an act: check them against your "
                                  "college's order before the tarification (Help explains).")
        self.norm_note.setText(text)

    # -- reading ---------------------------------------------------------------------------------------------------

    def read_staff(self) -> None:
        summaries = self.state.teacher_summaries(self.language)
        self.names = {s.teacher_id: s.full_name for s in summaries}  # in the alphabet's order
        self._summaries = {s.teacher_id: s for s in summaries}
        self.departments = {d.id: d.name(self.language) for d in teachers.list_departments(self.db)}

    def department_name(self, department_id: int | None) -> str:
        return self.departments.get(department_id, "") if department_id is not None else \
            self.tr("(no department)")

    def teacher_choices(self) -> list[tuple[int, str, str]]:
        """(id, full name, "612 of 720 h") for the teacher cells' lists, in the alphabet's order."""
        choices = []
        for teacher_id, name in self.names.items():
            summary = self._summaries.get(teacher_id)
            words = self.tr("{total} of {norm} h").format(total=summary.total, norm=hours(summary.norm)) \
                if summary is not None else ""
            choices.append((teacher_id, name, words))
        return choices

    def refresh(self, groups: set | None = None, staff: bool = False) -> None:
        """Read the year again (or, after a change, the groups it touched, or the staff), then show every tab anew,
        the one in view at once and the others when they are opened."""
        with busy(self):
            if self.state is None or self.state.year != self.year:
                self.state = YearState(self.db, self.year)
            elif groups is not None:
                self.state.groups_changed(groups)
            elif staff:
                self.state.staff_changed()
            else:
                self.state = YearState(self.db, self.year)
            self.read_staff()
            self.by_teacher.fill_departments()
            self._stale = {self.by_group, self.by_teacher, self.by_department, self.differences, self.actual}
            self._refresh_current()
            self._count_differences()
            why = self.role_refusal()  # a role without the load reads it: the copy is off, saying why
            self.buttons["copy"].setEnabled(bool(self.names) and why is None)
            self.buttons["copy"].setToolTip(why or (self.copy_tip if self.names
                                                    else self.tr("Add the teachers first: Staff…")))

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab in self._stale:
            self._stale.discard(tab)
            tab.reload()

    def _count_differences(self) -> None:
        count = len(self.state.differences())
        index = self.tabs.indexOf(self.differences)
        title = self.tr("Curriculum changes")
        self.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def set_year(self, year: int) -> None:
        if year is None or year == self.year:
            return
        self.year = year
        if self.year_box.findData(year) < 0:  # a year far from today's, asked for by code
            at = next((n for n in range(self.year_box.count()) if self.year_box.itemData(n) > year),
                      self.year_box.count())
            self.year_box.insertItem(at, year_label(year), year)
        if self.year_box.currentData() != year:
            self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.actual.set_year(year)
        self.refresh()
        for view in (self.by_group.groups, self.by_group.table, self.by_teacher.table, self.differences.table):
            view.scrollToTop()  # another year's rows, read from their top

    def on_shown(self) -> None:
        """Back from another page: the curricula, the groups or the staff may have changed there."""
        self.refresh()

    # -- changes --------------------------------------------------------------------------------------------------

    def _changed(self, undo: list, text: str, groups: set | None = None) -> None:
        """A change saved: on the undo stack, and the groups it touched read back."""
        self.undo_stack.push(LoadBatch(self.db, self.year, undo, text, self._undone, self))
        self.refresh({change.group_id for change in undo} | set(groups or ()))

    def _undone(self, year: int, groups: set) -> None:
        """An undo or redo of a change made in `year`: that year is shown again, read back where it changed."""
        if year != self.year:
            self.set_year(year)
        else:
            self.refresh(groups)

    def refuse(self, problems, row_codes: dict[str, str] | None = None) -> None:
        QMessageBox.warning(self, self.tr("Teacher load"), refusal_text(problems, row_codes))

    def ask_teacher(self, title: str, current: int | None = None) -> int | None:
        """A teacher chosen from the staff, each shown with the load they have so far; None when cancelled."""
        choices = self.teacher_choices()
        if not choices:
            status_message(self, self.tr("Add the teachers first: Staff…"))
            return None
        labels = [f"{name} — {words}" if words else name for _, name, words in choices]
        start = next((n for n, (teacher_id, _, _) in enumerate(choices) if teacher_id == current), 0)
        label, ok = QInputDialog.getItem(self, title, self.tr("Teacher:"), labels, start, False)
        return choices[labels.index(label)][0] if ok and label in labels else None

    def copy_last_year(self) -> None:
        why = self.role_refusal()
        if why:
            status_message(self, why)
            return
        if not self.names:
            status_message(self, self.tr("Add the teachers first: Staff…"))
            return
        with busy(self, self.tr("Copying last year's assignment…")):
            try:
                result = changes.copy_last_year(self.db, self.year)
            except ValidationFailed as error:
                self.refuse(error.problems)
                return
        if not result.copied:
            QMessageBox.information(self, self.tr("Teacher load"), self.tr(
                "Nothing to copy: last year ({year}) has no assignment for the rows still open.").format(
                year=year_label(self.year - 1)))
            return
        self._changed(result.undo, self.tr("Copy last year's assignment"))
        status_message(self, self.tr("{count} assignments copied from {year}; Ctrl+Z takes them back.").format(
            count=result.copied, year=year_label(self.year - 1)))

    def show_in_group(self, group_id: int, row_key: str) -> None:
        self.tabs.setCurrentWidget(self.by_group)
        self.by_group.choose_group(group_id, row_key)

    def show_department(self, department_id) -> None:
        self.tabs.setCurrentWidget(self.by_teacher)
        box = self.by_teacher.department
        box.setCurrentIndex(max(box.findData(department_id), 0))

    # -- the staff and the documents ------------------------------------------------------------------------------

    def open_staff(self) -> None:
        from desktop.views.load.staff_dialog import StaffDialog  # noqa: PLC0415

        dialog = StaffDialog(self.db, self.language, self)
        dialog.exec()
        if dialog.changed:
            self.refresh(staff=True)

    def edit_teacher(self, teacher_id: int | None) -> None:
        from desktop.views.load.staff_dialog import edit_teacher  # noqa: PLC0415

        if edit_teacher(self, self.db, teacher_id, self.language) is not None:
            self.refresh(staff=True)

    def print_documents(self, teacher_ids: list[int] | None = None, department_id: int | None = None) -> list:
        from desktop.views.load.print_dialog import LoadPrintDialog  # noqa: PLC0415

        dialog = LoadPrintDialog(self.db, self.year, self, teacher_ids=teacher_ids, department_id=department_id)
        dialog.exec()
        return dialog.written
