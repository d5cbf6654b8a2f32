"""Issue a blank to a graduate, or record a spoiled one: the form, a confirmation naming the blank before anything is
written (a number in the register is never used again), and the service's refusal shown whole (a number used
already, a registration number given to another document)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QVBoxLayout)

from desktop.services import contingent, diplomas
from desktop.services.errors import ValidationFailed
from desktop.views.errors import show_validation
from desktop.views.grades.texts import word
from desktop.views.widgets import fit_combo

# Students a blank is issued to: graduates, and those graduating whose order is not recorded yet
ISSUABLE = ("graduated", "studying")


def _kinds(combo: QComboBox) -> None:
    for kind in diplomas.KINDS:
        combo.addItem(word(kind), kind)


class IssueDialog(QDialog):
    def __init__(self, db, parent=None, group_id: int | None = None, today: date | None = None):
        super().__init__(parent)
        self.db = db
        self.document_id: int | None = None
        self.outcome = ""
        self._number_typed = False
        self.setWindowTitle(self.tr("Issue a blank"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.group = QComboBox()
        self.group.setObjectName("issue_group")
        from desktop.views.grades.page import group_order  # noqa: PLC0415

        for group, _state in group_order(contingent.list_groups(db)):
            self.group.addItem(group.code, group.id)
        fit_combo(self.group)
        self.student = QComboBox()
        self.student.setObjectName("issue_student")
        fit_combo(self.student, 30)
        self.students = [s for s in contingent.list_students(db) if s.status in ISSUABLE]
        self.kind = QComboBox()
        self.kind.setObjectName("issue_kind")
        _kinds(self.kind)
        self.language = QComboBox()
        self.language.setObjectName("issue_language")
        for language in diplomas.SUPPLEMENT_LANGUAGES:
            self.language.addItem(word(language), language)
        self.series = QLineEdit()
        self.series.setObjectName("series")
        self.series.setPlaceholderText(self.tr("as printed on the blank, e.g. JB"))
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setToolTip(self.tr("The next free number of the series is suggested; type the blank's own."))
        self.registration = QLineEdit()
        self.registration.setObjectName("registration_number")
        self.issued_on = QDateEdit(QDate(today or date.today()))
        self.issued_on.setObjectName("issued_on")
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd.MM.yyyy")
        self.received_by = QLineEdit()
        self.received_by.setObjectName("received_by")
        self.honours = QCheckBox(self.tr("With honours (distinction)"))
        self.honours.setObjectName("honours")
        self.honours.setToolTip(self.tr(
            "The rule that decides a diploma with distinction could not be confirmed from the legal acts: Zhospar "
            "does not compute it. The registrar sets this flag."))
        for label, widget in ((self.tr("Group"), self.group), (self.tr("Graduate *"), self.student),
                              (self.tr("Document"), self.kind), (self.tr("Language of the copy"), self.language),
                              (self.tr("Series *"), self.series), (self.tr("Number *"), self.number),
                              (self.tr("Registration number"), self.registration),
                              (self.tr("Date of issue *"), self.issued_on), (self.tr("Received by"), self.received_by),
                              ("", self.honours)):
            form.addRow(label, widget)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.group.currentIndexChanged.connect(lambda _: self._fill_students())
        self.student.currentIndexChanged.connect(lambda _: self._show_student())
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.series.editingFinished.connect(self.suggest_number)
        self.number.textEdited.connect(lambda _: setattr(self, "_number_typed", True))
        if group_id is not None and self.group.findData(group_id) >= 0:
            self.group.setCurrentIndex(self.group.findData(group_id))
        self._fill_students()
        self._kind_changed()

    def _fill_students(self) -> None:
        group_id = self.group.currentData()
        self.student.clear()
        for student in sorted((s for s in self.students if s.group_id == group_id), key=lambda s: s.full_name):
            self.student.addItem(student.full_name, student.id)
        self._show_student()

    def _show_student(self) -> None:
        self.received_by.setPlaceholderText(self.student.currentText() or self.tr("the graduate"))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.language.setEnabled(kind == diplomas.SUPPLEMENT)
        if not self.series.isModified():  # the series of the last blank of that kind, as the blanks come in packs
            used = diplomas.list_documents(self.db, kind=kind)
            latest = max(used, key=lambda e: e.created_at, default=None)
            self.series.setText(latest.series if latest else "")
        self.suggest_number()

    def suggest_number(self) -> None:
        """The next free number of the series, unless the user typed one."""
        if self.series.text().strip() and not self._number_typed:
            self.number.setText(diplomas.next_number(self.db, self.kind.currentData(), self.series.text()))

    def data(self) -> diplomas.IssueData:
        kind = self.kind.currentData()
        return diplomas.IssueData(
            kind, self.series.text(), self.number.text(), self.student.currentData(),
            self.issued_on.date().toPython(), self.registration.text(),
            self.received_by.text().strip() or self.student.currentText(), self.honours.isChecked(),
            self.language.currentData() if kind == diplomas.SUPPLEMENT else "")

    def save(self) -> None:
        if self.student.currentData() is None:
            QMessageBox.warning(self, self.tr("Not recorded"), self.tr(
                "Choose the graduate the blank is issued to: the group chosen has no graduates."))
            return
        data = self.data()
        kind = word(data.kind) if data.kind == diplomas.DIPLOMA else \
            f"{word(data.kind)} ({word(data.language)})"
        question = self.tr("Record the {kind} {series} № {number} as issued to {student} on {date}?\n\nA number "
                           "entered in the register is never used again.").format(
            kind=kind, series=" ".join(data.series.split()).upper(), number=data.number.strip(),
            student=self.student.currentText(), date=data.issued_on.strftime("%d.%m.%Y"))
        if QMessageBox.question(self, self.tr("Issue a blank"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.document_id = diplomas.issue(self.db, data)
        except ValidationFailed as error:
            show_validation(self, self.tr("Not recorded"), error)
            return
        self.outcome = self.tr("Recorded: {kind} {series} № {number} issued to {student}.").format(
            kind=kind, series=" ".join(data.series.split()).upper(), number=data.number.strip(),
            student=self.student.currentText())
        self.accept()


class SpoilDialog(QDialog):
    """A spoiled blank: an issued one chosen in the register, or an unused one typed in; a reason is required."""

    def __init__(self, db, parent=None, entry=None):
        super().__init__(parent)
        self.db, self.entry = db, entry
        self.document_id: int | None = None
        self.outcome = ""
        self.setWindowTitle(self.tr("Spoil a blank"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("A spoiled blank keeps its number in the register for ever: the number is never "
                              "given again.") if entry is None else
                      self.tr("The blank chosen in the register, issued to {student}.").format(
                          student=entry.student_name or "—"))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind = QComboBox()
        self.kind.setObjectName("spoil_kind")
        _kinds(self.kind)
        self.series = QLineEdit(entry.series if entry else "")
        self.series.setObjectName("spoil_series")
        self.number = QLineEdit(entry.number if entry else "")
        self.number.setObjectName("spoil_number")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. a misprint in the name"))
        if entry is not None:
            self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        for label, widget in ((self.tr("Document"), self.kind), (self.tr("Series *"), self.series),
                              (self.tr("Number *"), self.number), (self.tr("Reason *"), self.reason)):
            form.addRow(label, widget)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spoil…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        kind, series, number = self.kind.currentData(), " ".join(self.series.text().split()).upper(), \
            self.number.text().strip()
        if not self.reason.text().strip():
            QMessageBox.warning(self, self.tr("Not recorded"), self.tr(
                "Write why the blank is spoiled: the reason is kept in the register."))
            self.reason.setFocus()
            return
        question = self.tr("Record the {kind} {series} № {number} as spoiled ({reason})?\n\nThis cannot be undone: "
                           "the number stays used.").format(kind=word(kind), series=series, number=number,
                                                            reason=self.reason.text().strip())
        if QMessageBox.question(self, self.tr("Spoil a blank"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.document_id = diplomas.spoil(self.db, kind, series, number, self.reason.text(),
                                              self.entry.student_id if self.entry else None)
        except ValidationFailed as error:
            show_validation(self, self.tr("Not recorded"), error)
            return
        self.outcome = self.tr("Recorded: {kind} {series} № {number} spoiled.").format(kind=word(kind), series=series,
                                                                                      number=number)
        self.accept()
