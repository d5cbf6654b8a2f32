"""Starting a new curriculum: its specialty, qualifications, base, language and years."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout)
from PySide6.QtCore import Qt

from desktop.domain.curriculum import Curriculum
from desktop.services import classifier, curricula
from desktop.services.errors import ValidationFailed
from desktop.views.curricula.cognate import CognateBox
from desktop.views.messages import problem_text
from desktop.views.names import local_name


def entry_name(entry) -> str:
    """A classifier entry in the interface language (the lists are in the classifier's order of codes)."""
    return local_name(entry.name_kk, entry.name_ru, entry.name_en)


class NewCurriculumDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New curriculum"))
        entries = classifier.list_entries(db)
        self._qualifications = [e for e in entries if not e.is_specialty]
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.specialty = QComboBox()
        for entry in entries:
            if entry.is_specialty:
                self.specialty.addItem(f"{entry.code} {entry_name(entry)}", entry.code)
        self.quals = QListWidget()
        self.base = QComboBox()
        for value, text in (("9", self.tr("9 grades")), ("11", self.tr("11 grades")), ("tvet", self.tr("TVET"))):
            self.base.addItem(text, value)
        self.language = QComboBox()
        self.language.addItem(self.tr("Kazakh"), "kk")
        self.language.addItem(self.tr("Russian"), "ru")
        self.form = QComboBox()
        self.form.addItem(self.tr("full-time"), "full_time")
        self.form.addItem(self.tr("part-time"), "part_time")
        self.intake = QSpinBox()
        self.intake.setRange(2015, 2100)
        self.intake.setValue(date.today().year if date.today().month < 9 else date.today().year + 1)
        self.years = QSpinBox()
        self.years.setRange(1, 5)
        self.years.setValue(4)
        self.cognate = CognateBox()
        self.empty = QCheckBox(self.tr("Start empty (without the mandatory subjects and modules)"))
        form.addRow(self.tr("Title *"), self.title)
        form.addRow(self.tr("Specialty *"), self.specialty)
        form.addRow(self.tr("Qualifications *"), self.quals)
        form.addRow(self.tr("Entry base"), self.base)
        form.addRow("", self.cognate)
        form.addRow(self.tr("Language of instruction"), self.language)
        form.addRow(self.tr("Study form"), self.form)
        form.addRow(self.tr("Intake year"), self.intake)
        form.addRow(self.tr("Study years"), self.years)
        form.addRow("", self.empty)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.specialty.currentIndexChanged.connect(self._fill_qualifications)
        self._fill_qualifications()
        self.quals.itemChanged.connect(self._show_cognate)
        self.quals.itemChanged.connect(self._recheck)
        self.title.textChanged.connect(self._recheck)
        self.specialty.currentIndexChanged.connect(self._recheck)
        self.base.currentIndexChanged.connect(self._show_cognate)
        self.intake.valueChanged.connect(self._show_cognate)  # the rule set in force depends on the intake
        self._show_cognate()
        self.resize(620, 520)

    def _fill_qualifications(self) -> None:
        self.quals.clear()
        code = self.specialty.currentData()
        for entry in self._qualifications:
            if entry.specialty_code == code:
                item = QListWidgetItem(f"{entry.code} {entry_name(entry)}")
                item.setData(Qt.ItemDataRole.UserRole, entry.code)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.quals.addItem(item)
        self._show_cognate()

    def _show_cognate(self) -> None:
        probe = Curriculum(self.specialty.currentData() or "", self.chosen_qualifications(), self.base.currentData(),
                           "kk", intake_year=self.intake.value(), cognate=self.cognate.isChecked())
        self.cognate.show_for(probe)

    def chosen_qualifications(self) -> tuple[str, ...]:
        items = [self.quals.item(i) for i in range(self.quals.count())]
        codes = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return tuple(sorted(codes, key=lambda c: (c[1] != "W", c)))  # worker qualifications first

    def _missing(self) -> list[str]:
        missing = []
        if not self.title.text().strip():
            missing.append(self.tr("Enter the title."))
        if not self.specialty.currentData():
            missing.append(self.tr("Choose the specialty (add it in the classifier first)."))
        if not self.chosen_qualifications():
            missing.append(self.tr("Tick at least one qualification."))
        return missing

    def _recheck(self) -> None:
        """What OK said is missing goes as it is filled in: “Enter the title.” stood under a typed title."""
        if self.problems.text():
            self.problems.setText("\n".join(self._missing()))

    def accept(self) -> None:
        missing = self._missing()
        if missing:
            self.problems.setText("\n".join(missing))
            return
        try:
            self.created_id = curricula.create_from_template(
                self.db, self.title.text().strip(), self.specialty.currentData(), self.chosen_qualifications(),
                self.base.currentData(), self.language.currentData(), self.years.value(), self.intake.value(),
                self.form.currentData(), empty=self.empty.isChecked(), cognate=self.cognate.value())
        except ValidationFailed as error:
            self.problems.setText("\n".join(problem_text(p) for p in error.problems))
            return
        super().accept()
