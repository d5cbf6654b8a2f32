"""The student card: personal data, study, categories; with the movement history and qualifications."""
from __future__ import annotations

import html

from dataclasses import asdict, fields, replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.domain import contingent as dc
from desktop.domain.ids import iin_facts, iin_problems
from desktop.services import students
from desktop.domain.roles import Area
from desktop.services.errors import ValidationFailed
from desktop.services.students import StudentCard, StudentData
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import ask_stale
from desktop.views.access.texts import may_write, refused_role
from desktop.views.action_gate import may_discard
from desktop.views.contingent.read_only import history_button, make_read_only, read_only_note
from desktop.views.contingent.fields import ChoiceBox, DateField
from desktop.views.contingent.texts import choice
from desktop.views.errors import show_validation
from desktop.views.messages import field_name, message
from desktop.views.table_model import display
from desktop.views.widgets import mark_html, status_message, without_checked

TEXTS = ("iin", "surname", "given_name", "patronymic", "citizenship", "phone")
CHOICE_FIELDS = {
    "sex": ("F", "M"),
    "locality": tuple(v.value for v in dc.Locality),
    "prior_education": tuple(v.value for v in dc.PriorEducation),
    "enrolment_kind": tuple(v.value for v in dc.EnrolmentKind),
    "funding": tuple(v.value for v in dc.Funding),
    "sen_category": tuple(v.value for v in dc.SenCategory),
    "sen_curriculum": tuple(v.value for v in dc.SenCurriculum),
}
FLAGS = (*dc.SOCIAL_CATEGORIES, "dormitory_needed", "dormitory_given", "scholarship")


class StudentDialog(QDialog):
    """New student (with a group and an optional admission order) or an existing student's card."""

    def __init__(self, db, parent=None, student_id: int | None = None, groups: list | None = None,
                 group_id: int | None = None, language: str = "kk"):
        super().__init__(parent)
        self.db, self.language = db, language
        self.student_id = student_id
        self.saved_id: int | None = None
        self.saved_data: StudentData | None = None  # what was written, for undo
        self.saved_group: int | None = None
        self.saved_order: tuple[str, date] | None = None
        self.contract_id: int | None = None  # a dual-training contract made from this card
        self.card: StudentCard | None = students.get_student(db, student_id) if student_id else None
        self.version = self.card.row_version if self.card else None  # what the save hands back
        self.setWindowTitle(self.tr("Student card") if student_id else self.tr("New student"))
        self.resize(1040, 660)  # the personal column had 110 px for a surname; 1040 still fits a 1366-px screen
        layout = QVBoxLayout(self)
        note = read_only_note(db, Area.CONTINGENT)
        if note is not None:
            layout.addWidget(note)
        if self.card:
            status = QLabel(self.tr("{status}, group {group}").format(status=choice(self.card.status),
                                                                     group=self.card.group_code or "—"))
            status.setObjectName("status")
            status.setStyleSheet("font-weight: bold")
            layout.addWidget(status)
            self._leave_line(layout)
        tabs = QTabWidget()
        tabs.addTab(self._card_tab(groups or [], group_id), self.tr("Card"))
        if self.card:
            tabs.addTab(self._history_tab(), self.tr("Movements"))
            tabs.addTab(self._qualifications_tab(), self.tr("Qualifications"))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        if self.card and self.card.status == "studying":
            contract = buttons.addButton(self.tr("New dual contract…"), QDialogButtonBox.ButtonRole.ActionRole)
            contract.setObjectName("new_contract")
            contract.clicked.connect(without_checked(self.new_contract))
            if not may_write(db, Area.DUAL):
                contract.setEnabled(False)
                contract.setToolTip(refused_role(db, Area.DUAL)())
        if self.card:
            history_button(self, buttons, db, "student", self.card.id,
                           lambda: f"{self.card.data.surname} {self.card.data.given_name}")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.set_data(self.card.data if self.card else StudentData(enrolled_on=date.today()))
        self.edits["iin"].textChanged.connect(self._iin_changed)
        self._iin_changed()
        self.read_only = make_read_only(db, Area.CONTINGENT, self._fields(), buttons)
        self._opened_with = self.data()

    def _fields(self) -> list:
        """Everything on the card that changes the student (the read-only card disables them all)."""
        return [*self.edits.values(), *self.choices.values(), *self.flags.values(), self.birth_date,
                self.enrolled_on, self.group_box, self.order_number, self.order_date,
                *(getattr(self, name, None) for name in ("award_code", "award_date", "award_evidence", "award_button",
                                                         "complete_leave_button"))]

    def labels(self) -> dict[str, str]:
        """Each field's label as the card shows it: the refusal of a stale save names the fields by them."""
        found = {name: field_name(name) for name in (*TEXTS, *CHOICE_FIELDS, "birth_date", "enrolled_on")}
        found["phone"] = self.tr("Phone")
        found.update({name: box.text() for name, box in self.flags.items()})
        return found

    def reject(self) -> None:
        if may_discard(self, self.data() != self._opened_with):
            super().reject()

    # --- building --------------------------------------------------------------------------------

    def _leave_line(self, layout) -> None:
        """On leave: until when and why, as NEDB asks; a leave recorded without them says so."""
        from desktop.services.movements import leave_details  # noqa: PLC0415
        from desktop.views.contingent.order_dialog import leave_reason_text  # noqa: PLC0415

        details = leave_details(self.db, self.card.id)
        if details is None:
            return
        until = details.until.strftime("%d.%m.%Y") if details.until else "—"
        reason = leave_reason_text(details.reason) if details.reason else "—"
        text = self.tr("Academic leave until {until}, reason: {reason}").format(until=until, reason=reason)
        incomplete = details.until is None or not details.reason
        if incomplete:  # in words and colour: the shipped font has no ⚠
            text += ". " + self.tr("NEDB needs the end date and the reason")
        label = QLabel(text)
        label.setObjectName("leave")
        label.setProperty("incomplete", incomplete)
        label.setWordWrap(True)
        if not incomplete:
            layout.addWidget(label)
            return
        label.setStyleSheet("color: #a00000")
        row = QHBoxLayout()
        row.addWidget(label, 1)
        complete = QPushButton(self.tr("Enter the leave's end and reason…"))
        complete.setObjectName("complete_leave")
        self.complete_leave_button = complete
        complete.clicked.connect(without_checked(lambda: self._complete_leave(label, complete, details.since)))
        row.addWidget(complete)
        layout.addLayout(row)

    def _complete_leave(self, label: QLabel, button, started) -> None:
        from desktop.services.movements import leave_details  # noqa: PLC0415
        from desktop.views.contingent.order_dialog import LeaveDetailsDialog, leave_reason_text  # noqa: PLC0415

        if not LeaveDetailsDialog(self.db, self.card.id, started, parent=self).exec():
            return
        details = leave_details(self.db, self.card.id)
        label.setText(self.tr("Academic leave until {until}, reason: {reason}").format(
            until=details.until.strftime("%d.%m.%Y"), reason=leave_reason_text(details.reason)))
        label.setProperty("incomplete", False)
        label.setStyleSheet("")
        button.hide()

    def _card_tab(self, groups: list, group_id: int | None) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXTS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.edits[name] = edit
        self.edits["iin"].setMaxLength(12)
        self.edits["iin"].setPlaceholderText("050915650123")
        self.edits["citizenship"].setMaxLength(2)
        self.iin_status = QLabel()
        self.iin_status.setWordWrap(True)
        self.iin_status.setTextFormat(Qt.TextFormat.RichText)  # its warning mark is an icon
        self.birth_date = DateField(optional=True)
        self.choices = {name: ChoiceBox(values) for name, values in CHOICE_FIELDS.items()}
        form.addRow(field_name("iin"), self.edits["iin"])
        form.addRow("", self.iin_status)
        for name in ("surname", "given_name", "patronymic"):
            form.addRow(field_name(name) + (" *" if name != "patronymic" else ""), self.edits[name])
        form.addRow(field_name("birth_date") + " *", self.birth_date)
        form.addRow(field_name("sex"), self.choices["sex"])
        form.addRow(field_name("citizenship"), self.edits["citizenship"])
        form.addRow(self.tr("Phone"), self.edits["phone"])
        form.addRow(field_name("locality"), self.choices["locality"])
        grid.addWidget(person, 0, 0, 2, 1)

        study = QGroupBox(self.tr("Study"))
        study_form = QFormLayout(study)
        self.group_box: ChoiceBox | None = None
        self.order_number = QLineEdit()
        self.order_date = DateField(date.today())
        if self.card is None:
            self.group_box = ChoiceBox([g.id for g in groups], labels={g.id: g.code for g in groups})
            self.group_box.setObjectName("group")
            if group_id is not None:
                self.group_box.set_value(group_id)
            study_form.addRow(field_name("group_code") + " *", self.group_box)
        self.enrolled_on = DateField(date.today())
        study_form.addRow(field_name("enrolled_on") + " *", self.enrolled_on)
        for name in ("enrolment_kind", "prior_education", "funding"):
            study_form.addRow(field_name(name), self.choices[name])
        if self.card is None:
            self.order_number.setPlaceholderText(self.tr("e.g. 105-к (may be added later)"))
            study_form.addRow(field_name("order_number"), self.order_number)
            study_form.addRow(field_name("order_date"), self.order_date)
        grid.addWidget(study, 0, 1)

        social = QGroupBox(self.tr("Categories and support"))
        social_layout = QFormLayout(social)
        self.flags: dict[str, QCheckBox] = {}
        labels = {"dormitory_needed": self.tr("needs a dormitory place"),
                  "dormitory_given": self.tr("dormitory place given"),
                  "scholarship": self.tr("receives a scholarship")}
        for name in FLAGS:
            box = QCheckBox(labels.get(name) or choice(name))
            box.setObjectName(name)
            self.flags[name] = box
            social_layout.addRow(box)
        social_layout.addRow(field_name("sen_category"), self.choices["sen_category"])
        social_layout.addRow(field_name("sen_curriculum"), self.choices["sen_curriculum"])
        grid.addWidget(social, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        if self.card and (self.card.nedb_id or self.card.nedb_ei):
            ids = QLabel(self.tr("NEDB ids: {ei} / {id}").format(ei=self.card.nedb_ei or "—", id=self.card.nedb_id or "—"))
            ids.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(ids, 2, 0, 1, 2)
        return page

    def _history_tab(self) -> QWidget:
        table = QTableWidget(len(self.card.movements), 6)
        table.setObjectName("history")
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Movement"), self.tr("Order"), self.tr("From"),
                                         self.tr("To"), self.tr("Reason")])
        self.history = table
        self._fill_history()
        # a movement without an order (the NEDB check lists it) gets its order here
        table.cellDoubleClicked.connect(lambda row, _column: self._attach_order(row))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        return table

    def _fill_history(self) -> None:
        for row, move in enumerate(self.card.movements):
            order = f"№ {move.order_number} {display(move.order_date)}" if move.order_number else self.tr("no order")
            for column, text in enumerate((display(move.on), choice(move.kind), order, move.from_group,
                                           move.to_group, choice(move.reason) if move.reason else "")):
                item = QTableWidgetItem(text)
                if not move.order_number:
                    item.setToolTip(self.tr("Double-click to enter the order it was made under."))
                self.history.setItem(row, column, item)

    def _attach_order(self, row: int) -> None:
        move = self.card.movements[row]
        if move.order_number or self.read_only:
            return
        from desktop.views.contingent.attach_order import AttachOrderDialog  # noqa: PLC0415

        if AttachOrderDialog(self.db, move, self).exec():
            self.card = students.get_student(self.db, self.card.id)
            self._fill_history()
            self.history.resizeColumnsToContents()

    def _qualifications_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.qualifications = QTableWidget(0, 4)
        self.qualifications.setObjectName("qualifications")
        self.qualifications.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Qualification"), self.tr("Awarded on"),
                                                       self.tr("Evidence")])
        self.qualifications.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.qualifications.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.qualifications, 1)
        row = QHBoxLayout()
        self.award_code = QLineEdit()
        self.award_code.setPlaceholderText("3W06130102")
        self.award_date = DateField(date.today())
        self.award_evidence = QLineEdit()
        self.award_evidence.setPlaceholderText(self.tr("e.g. qualification exam protocol No. 3"))
        add = QPushButton(self.tr("Record the qualification"))
        add.setObjectName("award")
        add.clicked.connect(without_checked(self.award))
        self.award_button = add
        for widget in (self.award_code, self.award_date, self.award_evidence, add):
            row.addWidget(widget)
        layout.addLayout(row)
        self._fill_qualifications()
        return page

    def _fill_qualifications(self) -> None:
        items = self.card.qualifications
        self.qualifications.setRowCount(len(items))
        name = "name_ru" if self.language == "ru" else "name_kk"
        for row, q in enumerate(items):
            for column, text in enumerate((q.code, getattr(q, name), display(q.awarded_on), q.evidence)):
                self.qualifications.setItem(row, column, QTableWidgetItem(text))

    # --- values ----------------------------------------------------------------------------------

    def set_data(self, data: StudentData) -> None:
        for name in TEXTS:
            self.edits[name].setText(getattr(data, name))
        self.birth_date.set_value(data.birth_date)
        self.enrolled_on.set_value(data.enrolled_on)
        for name, box in self.choices.items():
            box.set_value(getattr(data, name))
        for name, box in self.flags.items():
            box.setChecked(getattr(data, name))

    def data(self) -> StudentData:
        values = {name: self.edits[name].text() for name in TEXTS}
        values.update({name: box.value() for name, box in self.choices.items()})
        values.update({name: box.isChecked() for name, box in self.flags.items()})
        values["birth_date"] = self.birth_date.value()
        values["enrolled_on"] = self.enrolled_on.value()
        return StudentData(**{f.name: values[f.name] for f in fields(StudentData)})

    def _iin_changed(self) -> None:
        iin = self.edits["iin"].text().strip()
        if not iin:
            self.iin_status.setText("")
            return
        facts = iin_facts(iin)
        if facts and self.birth_date.value() is None:  # a new card: the IIN tells birth date and sex
            self.birth_date.set_value(facts.birth_date)
            self.choices["sex"].set_value(facts.sex)
        problems = iin_problems(iin, self.birth_date.value(), self.choices["sex"].value())
        # An icon in rich text and the words: the shipped font has no ⚠ or ✓ (they showed as boxes).
        if problems:
            self.iin_status.setText(mark_html(False) + " " + html.escape("; ".join(message(p.value) for p in problems)))
        else:
            self.iin_status.setText(html.escape(self.tr("valid")))

    # --- actions ---------------------------------------------------------------------------------

    def save(self) -> None:
        data = students.cleaned(self.data())
        try:
            if self.card:
                self.version = students.update_student(self.db, self.card.id, data, self.version)
                self.saved_id = self.card.id
            else:
                order = None
                if self.order_number.text().strip():
                    order = (self.order_number.text().strip(), self.order_date.value())
                self.saved_id = students.create_student(self.db, data, self.group_box.value(), order)
                self.saved_group, self.saved_order = self.group_box.value(), order
        except ValidationFailed as error:
            show_validation(self, self.tr("Student not saved"), error)
            return
        except StaleRecord as error:
            self._refused_as_stale(error, data)
            return
        self.saved_data = data
        self.accept()

    def _refused_as_stale(self, error: StaleRecord, data: StudentData) -> None:
        """Another workstation saved the student since the card was read: say who and when, field by field theirs and
        ours; on reload the card shows what is stored (the user's values stay in the message to type again)."""
        mine = {f.name: getattr(data, f.name) for f in fields(StudentData)}
        labels = self.labels()
        now = students.get_student(self.db, self.card.id)
        # An order moves a student without touching the card's fields: its group and status are said too.
        for name, stored, shown, label in (("group_code", now.group_code, self.card.group_code, field_name("group_code")),
                                           ("status", choice(now.status), choice(self.card.status), self.tr("Status"))):
            if stored != shown:
                error.theirs[name], mine[name], labels[name] = stored, shown, label
        answer = ask_stale(self, error, mine, labels)
        if answer == "reload":
            self.reload()
        elif answer == "merge":  # the stored card, with what was typed here since it opened put back on it
            typed = {name: value for name, value in asdict(data).items()
                     if value != getattr(self._opened_with, name)}
            self.reload()
            self.set_data(replace(self.card.data, **typed))
            status_message(self, self.tr("The saved card is shown with your changes on it: check them and save."))

    def reload(self) -> None:
        """The card as it is stored now, with the version a new save hands back."""
        self.card = students.get_student(self.db, self.card.id)
        self.version = self.card.row_version
        self.set_data(self.card.data)
        self._opened_with = self.data()
        status = self.findChild(QLabel, "status")
        if status is not None:  # an order may have moved the student meanwhile
            status.setText(self.tr("{status}, group {group}").format(status=choice(self.card.status),
                                                                    group=self.card.group_code or "—"))
        if getattr(self, "history", None) is not None:
            self.history.setRowCount(len(self.card.movements))
            self._fill_history()

    def new_contract(self) -> None:
        """A dual-training contract for this student (saved on its own; the card stays open)."""
        from desktop.views.dual.contract_dialog import ContractDialog  # noqa: PLC0415

        dialog = ContractDialog(self.db, self.card.id, self, self.language)
        if dialog.exec():
            self.contract_id = dialog.contract_id

    def award(self) -> None:
        try:
            students.award_qualification(self.db, self.card.id, self.award_code.text().strip(), self.award_date.value(),
                                         self.award_evidence.text())
        except ValidationFailed as error:
            show_validation(self, self.tr("Qualification not recorded"), error)
            return
        self.card = students.get_student(self.db, self.card.id)
        self.award_code.clear()
        self.award_evidence.clear()
        self._fill_qualifications()
