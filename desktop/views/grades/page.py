"""The Final grades page: a group's grade grid beside what stops its supplements, the grading scale, the import of
the college's grade sheet, printing the supplements; and, on its second tab, the register of issued diplomas and
supplements."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.roles import Area
from desktop.services import contingent, grades
from desktop.services.errors import ValidationFailed
from desktop.views.action_gate import ActionGate
from desktop.views.grades.grade_grid import GradeGridEditor
from desktop.views.grades.reconcile_panel import ReconcilePanel
from desktop.views.grades.texts import pass_words
from desktop.views.messages import message
from desktop.views.widgets import fit_combo, hint, page_title, remember_sizes, status_message, without_checked


def group_order(groups, today: date | None = None) -> list[tuple[object, str]]:
    """(group, state) with the groups graduating this year first, then those graduated, then the rest, each by
    code; state is "graduating", "graduated" or ""."""
    today = today or date.today()
    ordered = []
    for group in groups:
        years = max(1, -(-(group.duration_months or 12) // 12))
        course = group.course(today)
        state = "graduating" if course == years else "graduated" if course > years else ""
        rank = {"graduating": 0, "graduated": 1}.get(state, 2)
        ordered.append((rank, group.code, group, state))
    return [(group, state) for _, _, group, state in sorted(ordered, key=lambda item: item[:2])]


class GradesPage(QWidget):
    def __init__(self, db, language: str = "kk", parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.undo_stack = QUndoStack(self)
        self.grid = None
        self.gate = ActionGate(self)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Final grades")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("grade_tabs")
        self.tabs.addTab(self._grades_tab(), self.tr("Grade sheet"))
        from desktop.views.grades.register_page import RegisterTab  # noqa: PLC0415

        self.register = RegisterTab(db, self)
        self.tabs.addTab(self.register, self.tr("Register of diplomas"))
        layout.addWidget(self.tabs, 1)
        self.reload_groups()

    def _grades_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint(self.tr(
            "Type a percent and press Enter (down) or Tab (right); a pass/fail row takes {passed} (or +, -). "
            "Delete clears, Ctrl+V pastes a block copied from Excel, Ctrl+Z undoes, Ctrl+Y redoes. Each change is "
            "saved at once; a value that is not a grade is refused, naming its cell, and nothing of its block is "
            "saved.").format(passed=pass_words())))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Group:")))
        self.group_box = QComboBox()
        self.group_box.setObjectName("group")
        fit_combo(self.group_box, 16)
        self.group_box.currentIndexChanged.connect(lambda _: self.show_group())
        row.addWidget(self.group_box)
        self.buttons = {}
        for key, text, slot in (("import", self.tr("Import a grade sheet…"), self.import_sheet),
                                ("scale", self.tr("Grading scale…"), self.edit_scale),
                                ("print", self.tr("Print supplements…"), self.print_supplements)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(without_checked(slot))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.notice = QLabel()
        self.notice.setObjectName("grade_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = GradeGridEditor(self.db, self.undo_stack, self)
        self.editor.changed.connect(self.reconcile)
        self.splitter.addWidget(self.editor)
        self.panel = ReconcilePanel(self)
        self.panel.setMinimumWidth(240)
        self.panel.chosen.connect(self.editor.go_to)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        if not remember_sizes(self.splitter, "grades/splitter"):
            self.splitter.setSizes([800, 320])
        layout.addWidget(self.splitter, 1)
        for key in ("import", "print"):
            self.gate.need(self.buttons[key], self._needs_grid)
        # a role that may not change grades still prints and reads the scale (its form opens read-only)
        self.gate.writes(self.db, Area.GRADES, self.buttons["import"])
        return page

    # --- the group -------------------------------------------------------------------------------------------

    def _needs_grid(self) -> str | None:
        if self.group_box.currentData() is None:
            return self.tr("Choose a group first.")
        if self.grid is None:
            return self.tr("The group needs its curriculum before its grades are entered.")
        if not self.grid.students:
            return self.tr("The group has no students to grade.")
        return None

    def reload_groups(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.group_box.currentData()
        labels = {"graduating": self.tr("graduating"), "graduated": self.tr("graduated")}
        self.group_box.blockSignals(True)
        self.group_box.clear()
        ordered = group_order(contingent.list_groups(self.db))
        for group, state in ordered:
            self.group_box.addItem(f"{group.code} — {labels[state]}" if state else group.code, group.id)
        found = self.group_box.findData(keep) if keep is not None else -1
        if found < 0:  # the first group (graduating first) whose grades can be entered
            found = next((n for n, (group, _) in enumerate(ordered) if group.curriculum_id is not None),
                         0 if ordered else -1)
        self.group_box.setCurrentIndex(found)
        self.group_box.blockSignals(False)
        self.show_group()

    def on_shown(self) -> None:
        """Back from another page: a group or its curriculum may have changed there, a graduate been recorded."""
        current = self.editor.table.currentIndex()
        self.reload_groups()
        if current.isValid() and current.row() < self.editor.model.rowCount() \
                and current.column() < self.editor.model.columnCount():
            self.editor.table.setCurrentIndex(self.editor.model.index(current.row(), current.column()))
        self.register.reload_groups()

    def group_id(self) -> int | None:
        return self.group_box.currentData()

    def choose_group(self, group_id: int) -> None:
        found = self.group_box.findData(group_id)
        if found >= 0:
            self.group_box.setCurrentIndex(found)

    def show_group(self) -> None:
        group_id = self.group_id()
        self.grid = None
        self.notice.hide()
        if group_id is not None:
            try:
                self.grid = grades.grade_grid(self.db, group_id)
            except ValidationFailed as error:  # no curriculum yet
                self.notice.setText("\n".join(message(p.code, p.params) for p in error.problems))
                self.notice.show()
        self.editor.show_group(group_id if self.grid is not None else None, self.grid)
        self.reconcile()

    def reconcile(self) -> None:
        if self.grid is not None:
            self.grid = self.editor.model.grid or self.grid
            self.panel.show_checks(grades.reconcile_group(self.db, self.grid.group_id), self.grid.rows)
        else:
            self.panel.show_checks([])
            self.panel.summary.setText(self.tr("Choose a group with a curriculum to see what its supplements lack."))
        self.gate.update()

    # --- actions ---------------------------------------------------------------------------------------------

    def import_sheet(self, path: str | None = None) -> None:
        if self.gate.refused(self.buttons["import"], self):
            return
        from desktop.views.grades.import_dialog import import_grade_sheet  # noqa: PLC0415

        if import_grade_sheet(self, self.db, self.grid.group_id, path):
            self.editor.reload()
            self.reconcile()

    def edit_scale(self) -> None:
        from desktop.views.grades.scale_dialog import ScaleDialog  # noqa: PLC0415

        dialog = ScaleDialog(self.db, self)
        if dialog.exec():
            self.show_group()
            status_message(self, dialog.outcome)

    def print_supplements(self, folder: str | None = None) -> list[Path]:
        if self.gate.refused(self.buttons["print"], self):
            return []
        from desktop.views.grades.print_dialog import PrintDialog  # noqa: PLC0415

        dialog = PrintDialog(self.db, self.grid, self.panel.checks, self, folder=folder)
        dialog.exec()
        return dialog.written
