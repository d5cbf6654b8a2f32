"""The college profile editor."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from desktop.domain.ids import bin_problems
from desktop.services import college
from desktop.services.college import CollegeProfileData
from desktop.services.errors import ValidationFailed
from desktop.views.errors import ask_to_save, show_validation
from desktop.views.messages import field_name, message
from desktop.views.widgets import button_row, hint, page_title, without_checked
from desktop.domain.roles import Area
from desktop.views.access.texts import may_write, refused_role

TEXT_FIELDS = ("name_kk", "name_ru", "bin", "region", "address", "director", "deputy_director", "chief_accountant",
               "phone", "email",
               # printed on contracts: the place of signing and the bank details (labels in views.dual.texts)
               "locality_kk", "locality_ru", "bank_account", "bank_bik", "bank_name", "bank_name_ru")
REQUIRED = ("name_kk", "name_ru")  # as college.profile_problems requires them
CONDITIONS = ("has_ramps", "has_light_signals", "has_call_button", "has_sanitary_unit")


class CollegePage(QWidget):
    saved = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self._loaded = CollegeProfileData()
        outer = QVBoxLayout(self)
        outer.addWidget(page_title(self.tr("College profile")))
        outer.addWidget(hint(self.tr("The college's names and details appear on every printed document and report.")))

        form_host = QWidget()
        form = QFormLayout(form_host)
        self.edits: dict[str, QLineEdit] = {}
        self.bin_status = QLabel()
        self.bin_status.setWordWrap(True)
        placeholders = {"bin": "990340004720", "email": "info@college.kz", "phone": "+7 7xx xxx xx xx",
                        "locality_kk": "Алматы қ.", "locality_ru": "г. Алматы", "bank_account": "KZ86125KZT5004100100",
                        "bank_bik": "KCJBKZKX"}
        # The deputy signs the working curriculum as its compiler; the bank's name is kept in both languages
        # because contracts print in both (the Russian one falls back to the Kazakh one when left empty).
        labels = {"deputy_director": self.tr("Deputy director for academic work"),
                  "chief_accountant": self.tr("Chief accountant"),
                  "bank_name": self.tr("Bank, in Kazakh"), "bank_name_ru": self.tr("Bank, in Russian")}
        tips = {"deputy_director": self.tr("Signs the working curriculum as its compiler"),
                "chief_accountant": self.tr("Signs the teachers' tarification list"),
                "bank_name_ru": self.tr("Leave empty when the name reads the same in Russian")}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setToolTip(tips.get(name, ""))
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.textChanged.connect(self._update_state)
            self.edits[name] = edit
            form.addRow(labels.get(name, field_name(name)) + (" *" if name in REQUIRED else ""), edit)
            if name == "bin":
                form.addRow("", self.bin_status)
        self.edits["bin"].setMaxLength(12)

        box = QGroupBox(self.tr("Conditions for inclusive education"))
        box_layout = QVBoxLayout(box)
        labels = {
            "has_ramps": self.tr("Entrance ramps"),
            "has_light_signals": self.tr("Light signals"),
            "has_call_button": self.tr("Call button"),
            "has_sanitary_unit": self.tr("Adapted sanitary unit"),
        }
        self.checks: dict[str, QCheckBox] = {}
        for name in CONDITIONS:
            check = QCheckBox(labels[name])
            check.setObjectName(name)
            check.toggled.connect(self._update_state)
            self.checks[name] = check
            box_layout.addWidget(check)
        self.conditions_status = QLabel()
        self.conditions_status.setWordWrap(True)
        box_layout.addWidget(self.conditions_status)
        form.addRow(box)
        # the indicators' other records kept with the profile: textbooks by year, teachers' upgrades
        records = QGroupBox(self.tr("For the indicators"))
        records_layout = QVBoxLayout(records)
        records_layout.addLayout(button_row([
            ("library", self.tr("Library textbook counts…"), self._edit_library),
            ("teachers", self.tr("Teachers and their qualification upgrades…"), self._edit_teachers)]))
        form.addRow(records)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.dirty_label = QLabel()
        buttons.addWidget(self.dirty_label, 1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Discard the changes since the last save"))
        self.revert_button.clicked.connect(without_checked(self.revert))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the profile (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(without_checked(self.save))
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.reload()
        self._read_only_for_role(records)

    def _read_only_for_role(self, records) -> None:
        """The profile is shown to every role; only one that may change it can type into it."""
        if may_write(self._db, Area.COLLEGE):
            return
        reason = refused_role(self._db, Area.COLLEGE)()
        banner = QLabel(reason)  # said at the top: white fields that ignore typing looked broken
        banner.setObjectName("read_only_banner")
        banner.setWordWrap(True)
        banner.setStyleSheet("background: #fff4e5; border: 1px solid #e0b060; padding: 6px;")
        self.layout().insertWidget(1, banner)
        for edit in self.edits.values():
            edit.setReadOnly(True)
            edit.setToolTip(reason)
        for check in self.checks.values():
            check.setEnabled(False)
        self.save_button.setToolTip(reason)
        for name, area in (("library", Area.REPORTS), ("teachers", Area.LOAD)):
            button = records.findChild(QPushButton, name)
            if button is not None and not may_write(self._db, area):
                button.setToolTip(refused_role(self._db, area)())

    def _edit_library(self) -> None:
        from desktop.views.reports.records_dialog import LibraryDialog  # noqa: PLC0415

        LibraryDialog(self._db, self).exec()

    def _edit_teachers(self) -> None:
        from desktop.views.reports.records_dialog import TeachersDialog  # noqa: PLC0415

        TeachersDialog(self._db, self).exec()

    def current(self) -> CollegeProfileData:
        values = {name: edit.text() for name, edit in self.edits.items()}
        values.update({name: check.isChecked() for name, check in self.checks.items()})
        return CollegeProfileData(**values)

    def is_dirty(self) -> bool:
        return self.current() != self._loaded

    def reload(self) -> None:
        self._loaded = college.get_profile(self._db) or CollegeProfileData()
        self._show(self._loaded)

    def revert(self) -> None:
        self._show(self._loaded)

    def _show(self, data: CollegeProfileData) -> None:
        for item in fields(CollegeProfileData):
            if item.name in self.edits:
                self.edits[item.name].setText(getattr(data, item.name))
            else:
                self.checks[item.name].setChecked(getattr(data, item.name))
        self._update_state()

    def save(self) -> bool:
        try:
            self._loaded = college.save_profile(self._db, self.current())
        except ValidationFailed as error:
            show_validation(self, self.tr("The profile was not saved"), error)
            first = error.problems[0].field
            if first in self.edits:
                self.edits[first].setFocus()
            return False
        self._show(self._loaded)
        self.saved.emit()
        return True

    def confirm_leave(self) -> bool:
        """Asked before the page is left or the database closed: save, discard or stay."""
        if not self.is_dirty():
            return True
        answer = ask_to_save(self, self.tr("Unsaved changes"), self.tr("The college profile has unsaved changes. Save them?"))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def _update_state(self) -> None:
        value = self.edits["bin"].text().strip()
        problems = bin_problems(value) if value else []
        if problems:
            self.bin_status.setText(self.tr("BIN {problem}").format(problem=message(problems[0].value)))
            self.bin_status.setStyleSheet("color: #b3261e;")
        else:
            self.bin_status.setText(self.tr("BIN is valid") if value else "")
            self.bin_status.setStyleSheet("color: #1b5e20;")
        met = all(check.isChecked() for check in self.checks.values())
        self.conditions_status.setText(
            self.tr("All four conditions are met: the college counts towards the inclusive-education indicator.")
            if met else self.tr("Not all four conditions are met: the college does not count towards the inclusive-education indicator."))
        dirty = self.is_dirty()
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_button.setEnabled(dirty and may_write(self._db, Area.COLLEGE))
        self.revert_button.setEnabled(dirty)
