"""A study group's details: code, specialty and qualification from the classifier, intake, curriculum."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from desktop.domain.contingent import study_year
from desktop.domain.roles import Area
from desktop.services import classifier, contingent, curricula
from desktop.services.contingent import GroupData
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import show_stale
from desktop.views.action_gate import may_discard
from desktop.views.contingent.read_only import history_button, make_read_only, read_only_note
from desktop.views.contingent.fields import ChoiceBox
from desktop.views.curricula.texts import STATUS
from desktop.views.errors import show_validation
from desktop.views.messages import field_name


class GroupDialog(QDialog):
    def __init__(self, db, language: str, parent=None, group_id: int | None = None):
        super().__init__(parent)
        self.db, self.language, self.group_id = db, language, group_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Group") if group_id else self.tr("New group"))
        self.entries = classifier.list_entries(db)
        self.plans = [c for c in curricula.list_curricula(db) if c.status != "archived"]
        card = contingent.read_group(db, group_id) if group_id else None
        self.version = card.row_version if card else None  # what the save hands back
        data = card.data if card else GroupData(intake_year=date.today().year)
        layout = QVBoxLayout(self)
        note = read_only_note(db, Area.CONTINGENT)
        if note is not None:
            layout.addWidget(note)
        form = QFormLayout()
        self.code = QLineEdit(data.code)
        self.code.setObjectName("code")
        self.code.setPlaceholderText("26ПО-11к")
        self.specialty = QComboBox()
        self.specialty.setObjectName("specialty")
        for entry in self.entries:
            if entry.is_specialty:
                self.specialty.addItem(f"{entry.code} {entry.name(language)}", entry.code)
        self.qualification = QComboBox()
        self.curriculum = QComboBox()
        self.intake = QSpinBox()
        self.intake.setRange(1990, 2100)
        self.intake.setValue(data.intake_year)
        self.course = QLineEdit()
        self.course.setReadOnly(True)
        self.duration = QSpinBox()
        self.duration.setRange(1, 60)
        self.duration.setSuffix(" " + self.tr("months"))
        self.duration.setValue(data.duration_months)
        self.base = ChoiceBox(("9", "11", "tvet"), data.entry_base)
        self.lang = ChoiceBox(("kk", "ru"), data.language)
        self.form = ChoiceBox(("full_time", "part_time"), data.study_form)
        self.funding = ChoiceBox(("", "state_republic", "state_local", "enterprise", "paid"), data.funding,
                                 labels={"": self.tr("mixed")})
        self.curator = QLineEdit(data.curator)
        self.dual = QCheckBox(self.tr("dual training: every student needs a contract with an enterprise"))
        self.dual.setChecked(data.dual)
        rows = (("group_code", self.code), ("specialty", self.specialty), ("qualification", self.qualification),
                ("intake_year", self.intake), ("course", self.course), ("duration", self.duration))
        for name, widget in rows:
            form.addRow(field_name(name), widget)
        form.addRow(self.tr("Base"), self.base)
        form.addRow(field_name("language"), self.lang)
        form.addRow(field_name("study_form"), self.form)
        form.addRow(field_name("funding"), self.funding)
        form.addRow(self.tr("Working curriculum"), self.curriculum)
        form.addRow(self.tr("Curator"), self.curator)
        form.addRow("", self.dual)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        if group_id:
            history_button(self, buttons, db, "study_group", group_id, lambda: self.code.text())
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.specialty.currentIndexChanged.connect(self._specialty_changed)
        self.intake.valueChanged.connect(self._intake_changed)
        index = self.specialty.findData(data.specialty_code)
        self.specialty.setCurrentIndex(max(index, 0))
        self._specialty_changed()
        self._select(self.qualification, data.qualification_code)
        self._select(self.curriculum, data.curriculum_id)
        self._intake_changed()
        self.read_only = make_read_only(db, Area.CONTINGENT, (
            self.code, self.specialty, self.qualification, self.intake, self.duration, self.base, self.lang, self.form,
            self.funding, self.curriculum, self.curator, self.dual), buttons)
        self._opened_with = self.data()

    def labels(self) -> dict[str, str]:
        """The form's labels by the record's field names: a stale save's refusal names the fields by them."""
        return {"code": field_name("group_code"), "intake_year": field_name("intake_year"),
                "duration_months": field_name("duration"), "entry_base": self.tr("Base"),
                "language": field_name("language"), "study_form": field_name("study_form"),
                "funding": field_name("funding"), "curator": self.tr("Curator"), "dual": self.dual.text()}

    def set_data(self, data: GroupData) -> None:
        self.code.setText(data.code)
        self.specialty.setCurrentIndex(max(self.specialty.findData(data.specialty_code), 0))
        self._specialty_changed()
        self._select(self.qualification, data.qualification_code)
        self._select(self.curriculum, data.curriculum_id)
        self.intake.setValue(data.intake_year)
        self.duration.setValue(data.duration_months)
        self.base.set_value(data.entry_base)
        self.lang.set_value(data.language)
        self.form.set_value(data.study_form)
        self.funding.set_value(data.funding)
        self.curator.setText(data.curator)
        self.dual.setChecked(data.dual)

    def reject(self) -> None:
        if may_discard(self, self.data() != self._opened_with):
            super().reject()

    @staticmethod
    def _select(box: QComboBox, value) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def _specialty_changed(self) -> None:
        code = self.specialty.currentData()
        self.qualification.clear()
        self.qualification.addItem("—", "")
        for entry in self.entries:
            if not entry.is_specialty and entry.specialty_code == code:
                self.qualification.addItem(f"{entry.code} {entry.name(self.language)}", entry.code)
        self.curriculum.clear()
        self.curriculum.addItem(self.tr("none yet"), None)
        for plan in self.plans:
            if plan.specialty == code:  # versions of one plan share its title: the version and status tell them apart
                status = QCoreApplication.translate("CurriculumList", STATUS.get(plan.status, plan.status))
                self.curriculum.addItem(self.tr("{title} — version {version}, {status}").format(
                    title=plan.title, version=plan.version, status=status), plan.id)

    def _intake_changed(self) -> None:
        self.course.setText(str(study_year(self.intake.value(), date.today())))

    def data(self) -> GroupData:
        return GroupData(self.code.text(), self.specialty.currentData() or "", self.qualification.currentData() or "",
                         self.intake.value(), self.base.value(), self.lang.value(), self.form.value(),
                         self.duration.value(), self.curator.text(), self.funding.value(), self.curriculum.currentData(),
                         self.dual.isChecked())

    def save(self) -> None:
        data = self.data()
        try:
            self.saved_id = contingent.save_group(self.db, data, self.group_id, self.version)
        except ValidationFailed as error:
            show_validation(self, self.tr("Group not saved"), error)
            return
        except StaleRecord as error:  # saved on another computer since the form was read
            mine = {"code": data.code, "intake_year": data.intake_year, "duration_months": data.duration_months,
                    "entry_base": data.entry_base, "language": data.language, "study_form": data.study_form,
                    "funding": data.funding, "curator": data.curator,
                    "dual": data.dual}
            if show_stale(self, error, mine, self.labels()):
                self.reload()
            return
        self.accept()

    def reload(self) -> None:
        """The group as it is stored now, with the version a new save hands back."""
        card = contingent.read_group(self.db, self.group_id)
        self.version = card.row_version
        self.set_data(card.data)
        self._opened_with = self.data()
