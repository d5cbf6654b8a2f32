"""Adding or changing one entry of the classifier."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from desktop.domain import classifier as rules
from desktop.services.classifier import ClassifierEntry
from desktop.services.errors import ValidationFailed
from desktop.views.messages import field_name, problem_text
from desktop.views.pages.classifier_texts import kind_text


class OptionalDate(QWidget):
    """A date that may be absent (no end date means valid until further notice)."""

    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class EntryDialog(QDialog):
    def __init__(self, entry: ClassifierEntry | None, save: Callable[[ClassifierEntry], ClassifierEntry],
                 parent=None, qualification: bool = False):
        super().__init__(parent)
        self._save = save
        self.result_entry: ClassifierEntry | None = None
        editing = entry is not None
        if editing:
            self.setWindowTitle(self.tr("Change {code}").format(code=entry.code))
        elif qualification:
            self.setWindowTitle(self.tr("New qualification"))
        else:
            self.setWindowTitle(self.tr("New specialty"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("4S06130103" if qualification else "06130100")
        self.code.setMaxLength(12)
        self.kind = QLabel()
        self.names = {name: QLineEdit() for name in ("name_kk", "name_ru", "name_en")}
        self.valid_from = OptionalDate(self.tr("from"))
        self.valid_to = OptionalDate(self.tr("until"))
        form.addRow(field_name("code") + " *", self.code)
        form.addRow("", self.kind)
        for name, edit in self.names.items():
            edit.setObjectName(name)
            form.addRow(field_name(name) + (" *" if name != "name_en" else ""), edit)
        form.addRow(field_name("valid_from"), self.valid_from)
        form.addRow(field_name("valid_to"), self.valid_to)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(self._code_changed)
        if entry:
            self.code.setText(entry.code)
            for name, edit in self.names.items():
                edit.setText(getattr(entry, name))
            self.valid_from.set_value(entry.valid_from)
            self.valid_to.set_value(entry.valid_to)
        self._code_changed()
        self.resize(560, self.sizeHint().height())

    def entry(self) -> ClassifierEntry:
        return ClassifierEntry(self.code.text(), self.names["name_kk"].text(), self.names["name_ru"].text(),
                               self.names["name_en"].text(), self.valid_from.value(), self.valid_to.value())

    def _code_changed(self) -> None:
        code = rules.normalize_code(self.code.text())
        parsed = rules.parse_qualification(code)
        if rules.is_specialty_code(code):
            self.kind.setText(self.tr("Specialty"))
        elif parsed:
            self.kind.setText(self.tr("Qualification: {kind}, level {level}").format(
                kind=kind_text(parsed.kind.value), level=parsed.level))
        else:
            self.kind.setText(self.tr("8 digits for a specialty, like 06130100; level, W/S/AB and 8 digits for a qualification, like 3W06130102"))

    def accept(self) -> None:
        try:
            self.result_entry = self._save(self.entry())
        except ValidationFailed as error:
            self.problems.setText("\n".join(problem_text(p) for p in error.problems))
            first = error.problems[0].field
            (self.names.get(first) or self.code).setFocus()
            return
        super().accept()
