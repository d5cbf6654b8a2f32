"""The appendix of a contract: the periods at the enterprise, each with its kind, dates picked on a calendar,
hours, and the modules of the student's curriculum it covers (ticked in a list, not typed)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QMessageBox, QPushButton, QSpinBox, QTableWidget, QToolButton, QVBoxLayout)

from desktop.services import dual, dual_lists
from desktop.services.dual import PERIOD_KINDS, PlanModule
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import show_stale
from desktop.views.contingent.fields import DateField
from desktop.views.dual.row_buttons import remove_row_button
from desktop.views.dual.texts import dual_choice
from desktop.views.errors import show_validation
from desktop.views.messages import problem_text
from desktop.views.widgets import without_checked

SEPARATOR = ", "


class _StayOpenMenu(QMenu):
    """Ticking a module leaves the list open for the next one."""

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class ModulePicker(QToolButton):
    """The modules a period covers: the curriculum's, ticked in a menu; a code the plan no longer has (written
    before) stays ticked so nothing is lost."""

    def __init__(self, modules: list[PlanModule], chosen: str, language: str, parent=None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click makes its period the current row (to remove it)
        self.setMenu(_StayOpenMenu(self))
        picked = [code.strip() for code in chosen.split(",") if code.strip()]
        known = {m.code for m in modules}
        for module in modules:
            name = (module.name_ru or module.name_kk) if language == "ru" else (module.name_kk or module.name_ru)
            self._add(module.code, f"{module.code} {name} ({module.hours})", module.code in picked)
        for code in picked:
            if code not in known:
                self._add(code, code, True)
        self.menu().triggered.connect(lambda _=None: self._show())
        self._show()

    def _add(self, code: str, text: str, checked: bool) -> None:
        action = self.menu().addAction(text)
        action.setCheckable(True)
        action.setChecked(checked)
        action.setData(code)

    def actions_by_code(self) -> dict:
        return {action.data(): action for action in self.menu().actions()}

    def value(self) -> str:
        return SEPARATOR.join(a.data() for a in self.menu().actions() if a.isChecked())

    def _show(self) -> None:
        self.setText(self.value() or "—")
        self.setToolTip("\n".join(a.text() for a in self.menu().actions() if a.isChecked()))


class AppendixDialog(QDialog):
    """The periods at the enterprise as the enterprise reports them: kind, dates, hours, modules."""

    def __init__(self, db, contract_id: int, parent=None, language: str = "kk"):
        super().__init__(parent)
        self.db, self.contract_id, self.language = db, contract_id, language
        document = dual_lists.contract_document(db, contract_id)
        self.version = document.version  # the contract's as read: the appendix is refused over another's save
        self.modules = dual.plan_modules(db, contract_id)
        self.setWindowTitle(self.tr("Appendix to contract № {number}").format(number=document.number))
        self.resize(900, 440)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The enterprise fills the appendix; once it is handed to the student it no longer "
                              "changes. The modules come from the student's curriculum.") if self.modules else
                      self.tr("The student's group has no working curriculum: the modules cannot be picked."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("periods")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Hours"),
                                              self.tr("Modules")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        for column in (1, 2):
            self.table.setColumnWidth(column, 120)
        layout.addWidget(self.table, 1)
        self._fill(document)
        bar = QHBoxLayout()
        add = QPushButton(self.tr("Add a period"))
        add.setObjectName("add_period")
        add.clicked.connect(without_checked(self._add_next))
        remove = remove_row_button(self.table, self.tr("Remove the period"),
                                   self.tr("Click a period of the table first: the one to remove."))
        remove.setObjectName("remove_period")
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        layout.addLayout(bar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, document) -> None:
        self.table.setRowCount(0)
        for kind, start, end, hours, modules in document.periods:
            self.add_period(kind, start, end, hours, modules)

    def _add_next(self) -> None:
        """A new period starts the day after the last one ends (or today)."""
        last = self.table.rowCount() - 1
        start = date.today() if last < 0 else self.table.cellWidget(last, 2).value() + timedelta(days=1)
        self.add_period("production_training", start, start, 0, "")

    def add_period(self, kind: str, start: date, end: date, hours: int, modules: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = QComboBox()
        for value in PERIOD_KINDS:
            box.addItem(dual_choice(value), value)
        box.setCurrentIndex(max(box.findData(kind), 0))
        self.table.setCellWidget(row, 0, box)
        self.table.setCellWidget(row, 1, DateField(start))
        self.table.setCellWidget(row, 2, DateField(end))
        spin = QSpinBox()
        spin.setRange(0, 5000)
        spin.setValue(hours)
        self.table.setCellWidget(row, 3, spin)
        self.table.setCellWidget(row, 4, ModulePicker(self.modules, modules, self.language))
        self.table.resizeRowsToContents()
        return row

    def periods(self) -> list[tuple[str, date, date, int, str]]:
        cell = self.table.cellWidget
        return [(cell(row, 0).currentData(), cell(row, 1).value(), cell(row, 2).value(), cell(row, 3).value(),
                 cell(row, 4).value()) for row in range(self.table.rowCount())]

    def save(self) -> None:
        warnings = dual.period_warnings(self.periods())
        if warnings and QMessageBox.question(
                self, self.tr("Save the appendix?"),
                self.tr("Check these lines:\n{lines}\n\nSave the appendix as it is?").format(
                    lines="\n".join(f"• {problem_text(w)}" for w in warnings))) != QMessageBox.StandardButton.Yes:
            return
        try:
            dual.set_periods(self.db, self.contract_id, self.periods(), self.version)
        except ValidationFailed as error:
            show_validation(self, self.tr("Appendix not saved"),
                            ValidationFailed([_kind_in_words(p) for p in error.problems]))
            return
        except StaleRecord as error:  # the contract was saved on another computer since the appendix was read
            if show_stale(self, error):
                document = dual_lists.contract_document(self.db, self.contract_id)
                self.version = document.version
                self._fill(document)
            return
        self.accept()


def _kind_in_words(problem):
    """The service names a period by its stored kind ("production_training"); the message names it as the Kind
    column shows it."""
    kind = problem.params.get("code")
    if problem.code == "dual.bad_hours" and kind in PERIOD_KINDS:
        return replace(problem, params={**problem.params, "code": dual_choice(kind)})
    return problem
