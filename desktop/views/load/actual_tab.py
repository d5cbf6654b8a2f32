"""The Hours taught tab of the teacher-load page (issue #18): a teacher's units of the year by month, typed like a
spreadsheet against the plan (taught, not done, over plan); the replacements both ways (who taught the teacher's
classes, whose classes the teacher taught); the fulfilment of every teacher for the year or a semester; and the
hours taught imported from a workbook, with a blank of the same layout to hand out.

Every change (a cell, a pasted block, a replacement, a whole import) is one step on the page's undo stack."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from desktop.domain.problems import FieldProblem
from desktop.domain.roles import Area
from desktop.domain.teacher_load import TeacherFulfilment
from desktop.exchange.load_actual_xlsx import year_months
from desktop.services import teacher_load as load, teacher_load_actual as actual, teachers
from desktop.services import teacher_load_import as importing
from desktop.services.errors import ValidationFailed
from desktop.services.teacher_load_actual import ActualEntry
from desktop.views.action_gate import ActionGate
from desktop.views.errors import show_validation
from desktop.views.file_dialogs import save_path
from desktop.views.load.actual_grid import HoursGrid, RecordedHours
from desktop.views.load.actual_rows import figures, hours_rows, unit_rows
from desktop.views.load.texts import component_name, short_name
from desktop.views.names import shown_code
from desktop.views.table_model import Column, RowTableModel
from desktop.views.widgets import fit_combo, fit_headers, hint, row_table, status_message, without_checked
from desktop.views.workers import run_with_progress

FULFILMENT_TAB = 2
PERIODS = ((QT_TRANSLATE_NOOP("ActualTab", "Year"), (1, 2)), (QT_TRANSLATE_NOOP("ActualTab", "Autumn semester"), (1,)),
           (QT_TRANSLATE_NOOP("ActualTab", "Spring semester"), (2,)))


@dataclass(frozen=True)
class SwapLine:
    """A replacement as the Replacements list shows it."""
    entry: ActualEntry
    month: str
    group: str
    code: str
    component: str
    taught_by: str
    instead_of: str
    hours: int


@dataclass(frozen=True)
class FulfilmentLine:
    teacher_id: int
    name: str
    planned: int
    taught: int
    not_done: int
    over: int
    replaced: int
    replacing: int


def _c(header: str, value, right: bool = False) -> Column:
    return Column("ActualTab", header, value, right)


SWAP_COLUMNS = [Column("ActualTab", QT_TRANSLATE_NOOP("ActualTab", "Month"), lambda s: s.month,
                       sort=lambda s: s.entry.month),
                _c(QT_TRANSLATE_NOOP("ActualTab", "Group"), lambda s: s.group),
                _c(QT_TRANSLATE_NOOP("ActualTab", "Code"), lambda s: s.code),
                _c(QT_TRANSLATE_NOOP("ActualTab", "Load"), lambda s: s.component),
                _c(QT_TRANSLATE_NOOP("ActualTab", "Taught by"), lambda s: s.taught_by),
                _c(QT_TRANSLATE_NOOP("ActualTab", "Instead of"), lambda s: s.instead_of),
                _c(QT_TRANSLATE_NOOP("ActualTab", "Hours"), lambda s: s.hours, True)]
FULFILMENT_COLUMNS = [_c(QT_TRANSLATE_NOOP("ActualTab", "Teacher"), lambda f: f.name),
                      _c(QT_TRANSLATE_NOOP("ActualTab", "Plan"), lambda f: f.planned, True),
                      _c(QT_TRANSLATE_NOOP("ActualTab", "Taught"), lambda f: f.taught, True),
                      _c(QT_TRANSLATE_NOOP("ActualTab", "Not done"), lambda f: f.not_done, True),
                      _c(QT_TRANSLATE_NOOP("ActualTab", "Over plan"), lambda f: f.over, True),
                      _c(QT_TRANSLATE_NOOP("ActualTab", "Taught by others"), lambda f: f.replaced, True),
                      _c(QT_TRANSLATE_NOOP("ActualTab", "Taught for others"), lambda f: f.replacing, True)]


class ActualTab(QWidget):
    def __init__(self, db, undo_stack: QUndoStack, language: str, parent=None):
        super().__init__(parent)
        self.db, self.undo_stack, self.language = db, undo_stack, language
        self.year: int | None = None  # nothing is read until the page gives the year
        self._units: tuple[tuple, list] = ((None, None), [])  # ((year, teacher), their units) while shown
        self._fulfilment_stale = True
        self.names: dict[int, str] = {}
        self.gate = ActionGate(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Teacher:")))
        self.teacher_box = QComboBox()
        self.teacher_box.setObjectName("teacher")
        fit_combo(self.teacher_box, 24)
        self.teacher_box.currentIndexChanged.connect(lambda _: self.show_teacher())
        top.addWidget(self.teacher_box)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("replacement", self.tr("Replacement…"), self.add_replacement),
                                ("import", self.tr("Import hours taught…"), self.import_hours),
                                ("blank", self.tr("Save a blank sheet…"), None)):
            button = QPushButton(text)
            button.setObjectName(key)
            if slot is not None:
                button.clicked.connect(without_checked(slot))
            top.addWidget(button)
            self.buttons[key] = button
        menu = QMenu(self.buttons["blank"])
        self.blank_one = menu.addAction(self.tr("For the chosen teacher…"))
        self.blank_one.triggered.connect(lambda _=False: self.save_blank())
        self.blank_all = menu.addAction(self.tr("For all teachers…"))
        self.blank_all.triggered.connect(lambda _=False: self.save_blank(everyone=True))
        self.buttons["blank"].setMenu(menu)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("teacher_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("actual_tabs")
        self.tabs.addTab(self._grid_page(), self.tr("By month"))
        self.tabs.addTab(self._swaps_page(), self.tr("Replacements"))
        self.tabs.addTab(self._fulfilment_page(), self.tr("Fulfilment"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
        self.gate.need(self.buttons["replacement"], self._needs_units)
        self.gate.need(self.blank_one, self._needs_units)
        self.gate.need(self.buttons["blank"], self._needs_anyone)
        self.gate.need(self.buttons["remove"], self._needs_swap)
        self.gate.watch_view(self.swaps)
        self.gate.writes(db, Area.LOAD, *(self.buttons[key] for key in ("replacement", "import", "remove")))
        self.gate.update()

    def _grid_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint(self.tr(
            "Type the hours taught in a month and press Enter (down) or Tab (right); Delete clears, Ctrl+V pastes a "
            "block copied from Excel, Ctrl+Z undoes. Each change is saved at once; a value that is not a whole number "
            "of hours is refused, naming its cell, and nothing of its block is saved. «+6»: another teacher taught 6 "
            "hours of the class that month.")))
        self.grid = HoursGrid(self.db, self.undo_stack, self)
        self.grid.saved.connect(self.after_change)
        layout.addWidget(self.grid, 1)
        return page

    def _swaps_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint(self.tr("Who taught this teacher's classes, and whose classes this teacher taught.")))
        self.swap_model = RowTableModel(SWAP_COLUMNS, self)
        self.swaps = row_table(self.swap_model)
        self.swaps.setObjectName("replacements")
        self.swaps.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.swaps, 1)
        row = QHBoxLayout()
        remove = QPushButton(self.tr("Remove the replacement"))
        remove.setObjectName("remove")
        remove.clicked.connect(without_checked(self.remove_replacements))
        self.buttons["remove"] = remove
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _fulfilment_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setObjectName("period")
        for text, terms in PERIODS:
            self.period.addItem(self.tr(text), terms)
        fit_combo(self.period)
        self.period.currentIndexChanged.connect(lambda _: (self.show_fulfilment(), self.show_summary()))
        row.addWidget(self.period)
        row.addStretch(1)
        layout.addLayout(row)
        self.fulfilment_model = RowTableModel(FULFILMENT_COLUMNS, self)
        self.fulfilment = row_table(self.fulfilment_model, single=True)
        self.fulfilment.setObjectName("fulfilment")
        self.fulfilment.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.fulfilment.doubleClicked.connect(self._open_teacher)
        layout.addWidget(self.fulfilment, 1)
        self.total = QLabel()
        self.total.setObjectName("fulfilment_total")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        return page

    # --- what the page calls --------------------------------------------------------------------------------

    def set_year(self, year: int) -> None:
        if year is not None and year != self.year:  # the first year given is always read
            self.year = year
            self.reload()

    def reload(self) -> None:
        """Read the staff and the year again (the distribution may have changed elsewhere); the teacher stays."""
        keep = self.teacher_box.currentData()
        self.names = {t.id: t.full_name for t in teachers.list_teachers(self.db, self.language)}
        held = {a.teacher_id for a in load.assignments(self.db, self.year)}
        self.teacher_box.blockSignals(True)
        self.teacher_box.clear()
        for teacher_id, name in self.names.items():
            self.teacher_box.addItem(name, teacher_id)
        found = self.teacher_box.findData(keep) if keep is not None else -1
        if found < 0:  # the first teacher with a load this year
            found = next((n for n, t in enumerate(self.names) if t in held), 0 if self.names else -1)
        self.teacher_box.setCurrentIndex(found)
        self.teacher_box.blockSignals(False)
        self.show_teacher()

    # --- showing --------------------------------------------------------------------------------------------

    def teacher_id(self) -> int | None:
        return self.teacher_box.currentData()

    def choose_teacher(self, teacher_id: int) -> None:
        found = self.teacher_box.findData(teacher_id)
        if found >= 0:
            self.teacher_box.setCurrentIndex(found)

    def show_teacher(self, keep: bool = False) -> None:
        """The chosen teacher's grid, replacements and summary; `keep` after a change of hours: the same units, the
        grid keeps its place. The fulfilment of every teacher is read when its tab is in view."""
        teacher_id = self.teacher_id()
        if not keep or self._units[0] != (self.year, teacher_id):
            units = unit_rows(self.db, self.year, teacher_id, self.language) if teacher_id is not None else []
            self._units = ((self.year, teacher_id), units)
        if teacher_id is not None:
            rows, months = hours_rows(self.db, self.year, teacher_id, self._units[1], self.names, self.language)
        else:
            rows, months = [], year_months(self.year)
        self.grid.show_rows(self.year, teacher_id, rows, months, keep)
        self.show_swaps()
        self.show_summary()
        self._fulfilment_stale = True
        if self.tabs.currentIndex() == FULFILMENT_TAB:
            self.show_fulfilment()
        self.gate.update()

    def after_change(self) -> None:
        """Hours were saved or undone: the grid keeps its place, the lists and figures are read again."""
        self.show_teacher(keep=True)

    def show_swaps(self) -> None:
        teacher_id = self.teacher_id()
        found = actual.replacements(self.db, self.year, teacher_id) if teacher_id is not None else []
        groups = {e.group_id for e in found}
        plan = load.year_plan(self.db, self.year, groups) if groups else None
        lines = []
        for e in found:
            info = plan.row(e.group_id, e.row_key)
            group = plan.groups.get(e.group_id)
            code = shown_code(info.code) if info and info.code else (info.name(self.language) if info else e.row_key)
            lines.append(SwapLine(e, f"{e.month.month:02d}.{e.month.year}", group.code if group else "", code,
                                  component_name(e.component) + (f", {e.subgroup}" if e.subgroup else ""),
                                  short_name(self.names.get(e.teacher_id, "")),
                                  short_name(self.names.get(e.replaced_id, "")), e.hours))
        self.swap_model.set_rows(lines)
        self.swaps.resizeColumnsToContents()
        fit_headers(self.swaps)

    def _tab_shown(self, index: int) -> None:
        if index == FULFILMENT_TAB and self._fulfilment_stale:
            self.show_fulfilment()

    def show_fulfilment(self) -> None:
        self._fulfilment_stale = False
        terms = self.period.currentData() or (1, 2)
        found = actual.fulfilment(self.db, self.year, tuple(terms))
        # every teacher of the staff, in the alphabet's order: one with nothing in the period shows noughts
        lines = [FulfilmentLine(t, name, f.planned, f.taught, f.not_done, f.over, f.replaced_by_others, f.replacing)
                 for t, name in self.names.items() for f in [found.teachers.get(t) or TeacherFulfilment()]]
        self.fulfilment_model.set_rows(lines)
        self.fulfilment.resizeColumnsToContents()
        fit_headers(self.fulfilment)
        total = found.total
        self.total.setText(self.tr("All teachers: plan {plan} h, taught {taught} h, not done {not_done} h, over "
                                   "plan {over} h.").format(plan=total.planned, taught=total.taught,
                                                            not_done=total.not_done, over=total.over))

    def show_summary(self) -> None:
        """The chosen teacher's figures of the period, counted from the grid's lines."""
        if self.teacher_id() is None:
            self.summary.setText(self.tr("Add the teachers first: Staff…"))
        elif not self.grid.model.rows:
            self.summary.setText(self.tr("{teacher} has no classes in the academic year {year}.").format(
                teacher=self.teacher_box.currentText(), year=f"{self.year}–{self.year + 1}"))
        else:
            f = figures(self.grid.model.rows, tuple(self.period.currentData() or (1, 2)))
            self.summary.setText(self.tr(
                "{period}: plan {plan} h, taught {taught} h, not done {not_done} h, over plan {over} h; others taught "
                "{replaced} h of theirs, they taught {replacing} h for others.").format(
                period=self.period.currentText(), plan=f.planned, taught=f.taught, not_done=f.not_done, over=f.over,
                replaced=f.replaced_by_others, replacing=f.replacing))

    def _open_teacher(self, index) -> None:
        line = self.fulfilment_model.rows()[index.row()]
        self.choose_teacher(line.teacher_id)
        self.tabs.setCurrentIndex(0)

    # --- what the buttons need ------------------------------------------------------------------------------

    def _needs_anyone(self) -> str | None:
        return None if self.teacher_box.count() else self.tr("Add the teachers first: Staff…")

    def _needs_units(self) -> str | None:
        if self.teacher_id() is None:
            return self.tr("Choose a teacher first.")
        if not any(r.plan is not None for r in self.grid.model.rows):
            return self.tr("The teacher has no classes this year: give them classes on the By group tab.")
        return None

    def _needs_swap(self) -> str | None:
        return None if self.swaps.selectionModel().hasSelection() else \
            self.tr("Select the replacements to remove first.")

    # --- changes --------------------------------------------------------------------------------------------

    def record(self, entries: list[ActualEntry], label: str) -> bool:
        """Save a batch of hours (a replacement, its removal) as one undo step; False, and why, when refused."""
        try:
            old = actual.record_hours(self.db, self.year, entries)
        except ValidationFailed as error:
            show_validation(self, self.tr("Hours not saved"), error)
            return False
        self.undo_stack.push(RecordedHours(self.db, self.year, entries, old, label, self.after_change, self))
        self.after_change()
        return True

    def add_replacement(self) -> bool:
        if self.gate.refused(self.buttons["replacement"], self):
            return False
        from desktop.views.load.actual_dialogs import ReplacementDialog  # noqa: PLC0415

        teacher_id = self.teacher_id()
        people = [(t, name) for t, name in self.names.items() if t != teacher_id]
        dialog = ReplacementDialog(self.teacher_box.currentText(), [r for r in self.grid.model.rows
                                                                    if r.plan is not None],
                                   self.year, people, self)
        if not dialog.exec():
            return False
        entry = dialog.entry(teacher_id)
        return self.record([entry], self.tr("Replacement: {who} for {teacher}").format(
            who=short_name(self.names.get(entry.teacher_id, "")), teacher=short_name(self.names[teacher_id])))

    def remove_replacements(self) -> bool:
        if self.gate.refused(self.buttons["remove"], self):
            return False
        chosen = sorted({i.row() for i in self.swaps.selectionModel().selectedRows()})
        rows = self.swap_model.rows()
        entries = [replace(rows[n].entry, hours=0) for n in chosen]
        return self.record(entries, self.tr("Remove {count} replacements").format(count=len(entries)))

    def import_hours(self, path: str | None = None) -> bool:
        from desktop.views.load.actual_dialogs import choose_import  # noqa: PLC0415

        if self.gate.refused(self.buttons["import"], self):
            return False

        chosen = choose_import(self, self.db, self.year, self.language, path)
        if chosen is None:
            return False
        preview, file_name = chosen
        outcome = run_with_progress(self, self.tr("Recording the hours taught…"),
                                    lambda: importing.apply(self.db, preview))
        if isinstance(outcome.error, ValidationFailed):  # the distribution changed since the preview
            show_validation(self, self.tr("Hours taught not imported"), outcome.error)
            return False
        if outcome.error is not None:
            raise outcome.error
        self.undo_stack.push(RecordedHours(self.db, self.year, list(preview.entries), outcome.value,
                                           self.tr("Import hours taught from {file}").format(file=file_name),
                                           self.after_change, self))
        self.after_change()
        status_message(self, self.tr("Recorded from {file}: hours: {hours}, teachers: {teachers}.").format(
            hours=preview.hours, teachers=len(preview.teachers), file=file_name))
        return True

    def save_blank(self, path: str | None = None, everyone: bool = False) -> int:
        """The workbook to fill in, for the chosen teacher or all; the number of lines written (0: nothing)."""
        if self.gate.refused(self.buttons["blank"] if everyone else self.blank_one, self):
            return 0
        teacher_id = None if everyone else self.teacher_id()
        name = self.tr("hours-taught") if everyone else self.teacher_box.currentText().split(" ")[0]
        path = path or save_path(self, self.tr("Save a blank sheet of hours taught"),
                                 f"{name} {self.year}-{self.year + 1}.xlsx", self.tr("Excel workbooks (*.xlsx)"),
                                 purpose="load-hours-blank")
        if not path:
            return 0
        language = self.language if self.language in ("kk", "ru") else "kk"
        outcome = run_with_progress(self, self.tr("Writing the blank sheet…"),
                                    lambda: importing.write_blank(self.db, self.year, Path(path), teacher_id,
                                                                  language))
        if outcome.error is not None:
            if not isinstance(outcome.error, OSError):
                raise outcome.error
            show_validation(self, self.tr("Blank sheet not saved"), ValidationFailed([
                FieldProblem("file", "file.cannot_write", {"detail": str(outcome.error)})]))
            return 0
        status_message(self, self.tr("Blank sheet of {count} lines saved to {file}.").format(
            count=outcome.value, file=Path(path).name))
        return outcome.value
