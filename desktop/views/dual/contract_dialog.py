"""A new dual-training contract for a student, and the appendix of periods at the enterprise."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.domain.contingent import academic_start
from desktop.domain.dual import needs_representative, practical_by_row
from desktop.domain.problems import FieldProblem
from desktop.domain.roles import Area
from desktop.services import curricula, dual, dual_lists, students
from desktop.services.dual import ContractData
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import show_stale
from desktop.views.contingent.read_only import history_button, make_read_only, read_only_note
from desktop.views.contingent.fields import DateField
from desktop.views.dual.row_buttons import remove_row_button
from desktop.views.errors import show_validation
from desktop.views.messages import field_name
from desktop.views.names import local_name, sorted_names
from desktop.views.widgets import fit_headers, without_checked


def _academic_end(today: date) -> date:
    return date(academic_start(today).year + 1, 6, 30)


class ContractDialog(QDialog):
    def __init__(self, db, student_id: int, parent=None, language: str = "kk", contract_id: int | None = None):
        super().__init__(parent)
        self.db, self.student_id = db, student_id
        self.contract_id: int | None = contract_id  # set: a draft being changed
        self.version: int | None = None  # the draft's as read: its save is refused over another's since
        self.card = students.get_student(db, student_id)
        self.language = language
        self.setWindowTitle(self.tr("Dual-training contract") if contract_id else self.tr("New dual-training contract"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("{name}, group {group}").format(
            name=f"{self.card.data.surname} {self.card.data.given_name} {self.card.data.patronymic}".strip(),
            group=self.card.group_code or "—"))
        who.setStyleSheet("font-weight: bold")
        layout.addWidget(who)
        note = read_only_note(db, Area.DUAL)
        if note is not None:
            layout.addWidget(note)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("number")
        # A new contract is offered the next free number (Д-25/2026); the coordinator may type another.
        self.number.setPlaceholderText(dual.next_contract_number(db, date.today().year))
        if contract_id is None:
            self.number.setText(self.number.placeholderText())
        self.enterprise = QComboBox()
        self.enterprise.setObjectName("enterprise")
        named = [(row.id, local_name(row.name_kk, row.name_ru, language=language))
                 for row in dual_lists.list_enterprises(db)]
        for enterprise_id, name in sorted_names(named, lambda choice: choice[1]):
            self.enterprise.addItem(name, enterprise_id)
        self.mentors = dual_lists.list_mentors(db, language)
        self.mentor = QComboBox()
        self.mentor.setObjectName("mentor")
        today = date.today()
        self.starts_on, self.ends_on = DateField(today), DateField(_academic_end(today))
        self.representative = QLineEdit()
        self.representative.setObjectName("representative")
        self.representative_iin = QLineEdit()
        self.representative_iin.setObjectName("representative_iin")
        self.representative_iin.setMaxLength(12)
        self.minor = QLabel()
        self.minor.setWordWrap(True)
        form.addRow(field_name("contract_number") + " *", self.number)
        form.addRow(field_name("enterprise") + " *", self.enterprise)
        form.addRow(field_name("mentor"), self.mentor)
        form.addRow(self.tr("Start"), self.starts_on)
        form.addRow(field_name("ends_on"), self.ends_on)
        form.addRow(field_name("representative"), self.representative)
        form.addRow(field_name("representative_iin"), self.representative_iin)
        form.addRow("", self.minor)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Modules and learning outcomes of the curriculum delivered at the enterprise:")))
        # the Russian name last: the Russian contract prints it (the name column is the Kazakh one)
        self.modules = QTableWidget(0, 4)
        self.modules.setObjectName("modules")
        self.modules.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name in Kazakh"),
                                                self.tr("Hours at the enterprise"), self.tr("Name in Russian")])
        for column in (1, 3):  # the names take the width
            self.modules.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        fit_headers(self.modules)  # "Hours at the enterprise" (Кәсіпорындағы сағаттар) whole
        layout.addWidget(self.modules, 1)
        bar = QHBoxLayout()
        self.from_plan = QComboBox()
        self.from_plan.setObjectName("from_plan")
        self._fill_from_plan(language)
        add = QPushButton(self.tr("Add from the curriculum"))
        add.clicked.connect(without_checked(self.add_from_plan))
        remove = remove_row_button(self.modules, self.tr("Remove the row"),
                                   self.tr("Click a row of the table first: the one to remove."))
        remove.setObjectName("remove_module")
        bar.addWidget(self.from_plan, 1)
        bar.addWidget(add)
        bar.addWidget(remove)
        layout.addLayout(bar)
        self.module_note = QLabel()  # said beside the list, not in a box to close: the dialog goes on
        self.module_note.setObjectName("module_note")
        self.module_note.setWordWrap(True)
        layout.addWidget(self.module_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if contract_id is not None:
            history_button(self, buttons, db, "dual_contract", contract_id, lambda: self.number.text())
        layout.addWidget(buttons)
        self.enterprise.currentIndexChanged.connect(self._enterprise_changed)
        self.starts_on.dateChanged.connect(self._dates_changed)
        self._enterprise_changed()
        self._dates_changed()
        if contract_id is not None:
            self._load(dual.contract_data(db, contract_id))
        # a role without dual training reads the contract: nothing to type in, no Save
        self.read_only = make_read_only(db, Area.DUAL, (
            self.number, self.enterprise, self.mentor, self.starts_on, self.ends_on, self.representative,
            self.representative_iin, self.modules, self.from_plan, add, remove), buttons)

    def _load(self, data: ContractData) -> None:
        self.version = data.version
        self.modules.setRowCount(0)
        self.number.setText(data.number)
        self.enterprise.setCurrentIndex(max(self.enterprise.findData(data.enterprise_id), 0))
        self.mentor.setCurrentIndex(max(self.mentor.findData(data.mentor_id), 0))
        self.starts_on.set_value(data.starts_on)
        self.ends_on.set_value(data.ends_on)
        self.representative.setText(data.representative)
        self.representative_iin.setText(data.representative_iin)
        names_ru = tuple(data.module_names_ru) + ("",) * len(data.modules)
        for module, name_ru in zip(data.modules, names_ru):
            self.add_module(*module, name_ru)

    def _fill_from_plan(self, language: str) -> None:
        from desktop.services import contingent  # noqa: PLC0415

        group = next((g for g in contingent.list_groups(self.db) if g.id == self.card.group_id), None)
        if group is None or group.curriculum_id is None:
            self.from_plan.addItem(self.tr("the group has no working curriculum"), None)
            self.from_plan.setEnabled(False)
            return
        plan = curricula.get_curriculum(self.db, group.curriculum_id).curriculum
        # The contract's hours are those at the enterprise: a module's production training (a practice its hours),
        # offered to be changed; a module whose plan has none keeps its hours to be changed by hand.
        practical = practical_by_row((r.id, r.code, r.section.value, r.parent, r.hours, r.production)
                                     for r in plan.rows)
        for row in plan.rows:
            if row.section.value in ("professional", "practice") and row.parent is None:
                name = local_name(row.name_kk, row.name_ru, language=language)
                at_enterprise = practical.get(row.id) or row.hours
                self.from_plan.addItem(self.tr("{code} {name} ({hours} h, practical training {practical} h)").format(
                    code=row.code, name=name, hours=row.hours, practical=practical.get(row.id, 0)),
                    (row.code, row.name_kk, at_enterprise, row.name_ru))

    def add_from_plan(self) -> None:
        data = self.from_plan.currentData()
        if not data:
            return
        code = data[0]
        taken = next((row for row in range(self.modules.rowCount()) if self.modules.item(row, 0)
                      and self.modules.item(row, 0).text().strip() == code), None)
        if taken is not None:  # once is enough: twice would count its hours twice
            self.modules.selectRow(taken)
            self.module_note.setText(self.tr(
                "Module {code} is already in the contract (selected): change its hours there.").format(code=code))
            return
        self.module_note.setText("")
        self.add_module(*data)

    def add_module(self, code: str, name: str, hours: int, name_ru: str = "") -> None:
        row = self.modules.rowCount()
        self.modules.insertRow(row)
        for column, value in enumerate((code, name, str(hours), name_ru)):
            self.modules.setItem(row, column, QTableWidgetItem(value))

    def _enterprise_changed(self) -> None:
        self.mentor.clear()
        self.mentor.addItem("—", None)
        for mentor in self.mentors:
            if mentor.enterprise_id == self.enterprise.currentData():
                position = local_name(mentor.position, mentor.position_ru, language=self.language)
                self.mentor.addItem(f"{mentor.full_name}, {position}" if position else mentor.full_name, mentor.id)

    def _dates_changed(self) -> None:
        minor = needs_representative(self.card.data.birth_date, self.starts_on.value())
        self.minor.setText(self.tr("The student is under 18: the legal representative signs too.") if minor else "")

    def _modules(self) -> tuple[list[tuple[tuple[str, str, int], str]], list[FieldProblem]]:
        """The module lines that read, and the problems of those that do not."""
        rows, problems = [], []
        for row in range(self.modules.rowCount()):
            cells = [(self.modules.item(row, c).text().strip() if self.modules.item(row, c) else "") for c in range(4)]
            if not any(cells):
                continue
            if not cells[2].isdigit():
                problems.append(FieldProblem("modules", "dual.bad_hours", {"code": cells[0], "value": cells[2]},
                                             row=row + 1))
                continue
            rows.append(((cells[0], cells[1], int(cells[2])), cells[3]))
        return rows, problems

    def save(self) -> None:
        rows, unread = self._modules()
        data = ContractData(self.number.text(), self.student_id, self.enterprise.currentData(),
                            self.starts_on.value(), self.ends_on.value(), self.mentor.currentData(),
                            self.representative.text(), tuple(row for row, _ in rows), self.representative_iin.text(),
                            tuple(name_ru for _, name_ru in rows))
        # every problem at once: the cells that do not read and what the service would refuse
        problems = unread + dual.contract_problems(self.db, data, self.contract_id)
        if problems:
            show_validation(self, self.tr("Contract not saved"), ValidationFailed(problems))
            return
        try:
            if self.contract_id is None:
                self.contract_id = dual.create_contract(self.db, data)
            else:
                dual.update_contract(self.db, self.contract_id, data, self.version)
        except ValidationFailed as error:
            show_validation(self, self.tr("Contract not saved"), error)
            return
        except StaleRecord as error:  # saved on another computer since the draft was read
            if show_stale(self, self._named(error), self._named_fields(dual.contract_fields(data)), self.labels()):
                self._load(dual.contract_data(self.db, self.contract_id))
            return
        self.accept()

    def labels(self) -> dict[str, str]:
        """The form's labels by the contract's field names: a refused save names the fields by them."""
        return {"number": field_name("contract_number"), "enterprise_id": field_name("enterprise"),
                "mentor_id": field_name("mentor"), "starts_on": self.tr("Start"), "ends_on": field_name("ends_on"),
                "representative": field_name("representative"),
                "representative_iin": field_name("representative_iin")}

    def _named_fields(self, values: dict) -> dict:
        """The enterprise and the mentor by their names, as the lists show them, not by their numbers."""
        named = dict(values)
        for name, box in (("enterprise_id", self.enterprise), ("mentor_id", self.mentor)):
            if name in named:
                value = named[name]
                at = box.findData(value)
                named[name] = box.itemText(at) if value is not None and at >= 0 else (
                    "—" if value is None else self._mentor_name(value) if name == "mentor_id" else value)
        return named

    def _mentor_name(self, mentor_id: int) -> str:
        return next((m.full_name for m in self.mentors if m.id == mentor_id), str(mentor_id))

    def _named(self, error: StaleRecord) -> StaleRecord:
        return replace(error, theirs=self._named_fields(error.theirs))
