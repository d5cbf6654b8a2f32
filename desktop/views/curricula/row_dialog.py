"""Everything about one row that the tree's cells do not show: its section, qualification, subject,
basic-module number, merging, justification and the form of a qualification exam."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from desktop.domain.curriculum import Curriculum, ExamForm, Row, Section
from desktop.views.curricula.tree_model import SECTION_NAMES, basic_module_of
from desktop.views.names import row_label, shown_code, stored_code

EXAM_FORMS = {
    ExamForm.PRACTICAL_WORK: QT_TRANSLATE_NOOP("RowDialog", "practical work"),
    ExamForm.DEMONSTRATION_EXAM: QT_TRANSLATE_NOOP("RowDialog", "demonstration exam"),
}


class RowDialog(QDialog):
    def __init__(self, row: Row, curriculum: Curriculum, subjects: dict[str, str], read_only: bool = False,
                 parent=None):
        super().__init__(parent)
        self.row = row
        self.result_row: Row | None = None
        self.setWindowTitle(self.tr("Row {code}").format(code=row_label(row)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # Codes as the interface writes them ("ПМ 02" in Russian); either language's code is stored the same way.
        self.code = QLineEdit(shown_code(row.code))
        self.name_kk = QLineEdit(row.name_kk)
        self.name_ru = QLineEdit(row.name_ru)
        self.section = QComboBox()
        for section in Section:
            # Plain strings as item data: Qt hands str-based enums back as str.
            self.section.addItem(QCoreApplication.translate("CurriculumSections", SECTION_NAMES[section]), section.value)
        self.section.setCurrentIndex(list(Section).index(row.section))
        has_children = any(r.parent == row.id for r in curriculum.rows)
        self.section.setEnabled(not row.parent and not has_children)  # outcomes go with their module
        self.qualification = QComboBox()
        self.qualification.addItem(self.tr("(none)"), None)
        for code in curriculum.qualifications:
            self.qualification.addItem(code, code)
        if row.qualification and row.qualification not in curriculum.qualifications:
            self.qualification.addItem(row.qualification, row.qualification)
        self.qualification.setCurrentIndex(max(0, self.qualification.findData(row.qualification)))
        self.subject = QComboBox()
        self.subject.addItem(self.tr("(recognised by its name)"), None)
        for key, name in subjects.items():
            self.subject.addItem(name, key)
        self.subject.setCurrentIndex(max(0, self.subject.findData(row.subject)))
        self.basic_module = QSpinBox()
        self.basic_module.setRange(0, 9)
        self.basic_module.setSpecialValueText(self.tr("(none)"))
        self.basic_module.setValue(row.basic_module or 0)
        # "БМ 2" typed as the code is basic module 2, as in the tree.
        self.code.textChanged.connect(lambda text: self.basic_module.setValue(basic_module_of(text))
                                      if basic_module_of(text) else None)
        self.merged_into = QLineEdit(shown_code(row.merged_into or ""))
        self.merged_into.setPlaceholderText(shown_code("КМ 05"))
        self.justification = QLineEdit(row.justification)
        self.exam_form = QComboBox()
        self.exam_form.addItem(self.tr("(not a qualification exam)"), None)
        for form_value, text in EXAM_FORMS.items():
            self.exam_form.addItem(QCoreApplication.translate("RowDialog", text), form_value.value)
        if row.exam_form is not None:
            self.exam_form.setCurrentIndex(max(0, self.exam_form.findData(row.exam_form.value)))
        for label, widget in ((self.tr("Code"), self.code), (self.tr("Name in Kazakh"), self.name_kk),
                              (self.tr("Name in Russian"), self.name_ru), (self.tr("Section"), self.section),
                              (self.tr("Qualification"), self.qualification),
                              (self.tr("General-education subject"), self.subject),
                              (self.tr("Basic module number"), self.basic_module),
                              (self.tr("Merged into the module"), self.merged_into),
                              (self.tr("Justification (extra basic module)"), self.justification),
                              (self.tr("Qualification exam form"), self.exam_form)):
            widget.setEnabled(widget.isEnabled() and not read_only)
            form.addRow(label, widget)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def edited(self) -> Row:
        return replace(self.row, code=stored_code(self.code.text(), self.row.code), name_kk=self.name_kk.text().strip(),
                       name_ru=self.name_ru.text().strip(), section=Section(self.section.currentData()),
                       qualification=self.qualification.currentData(), subject=self.subject.currentData(),
                       basic_module=self.basic_module.value() or None,
                       merged_into=stored_code(self.merged_into.text(), self.row.merged_into or "") or None,
                       justification=self.justification.text().strip(),
                       exam_form=ExamForm(self.exam_form.currentData()) if self.exam_form.currentData() else None)

    def accept(self) -> None:
        self.result_row = self.edited()
        super().accept()


class NamesDialog(QDialog):
    """Both names of a new row, asked when the tree shows the Russian names: typed in place, the Kazakh name
    would otherwise stay "New row" (and a Kazakh plan print it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        # The row dialog's and the editor's words, already translated there.
        self.setWindowTitle(QCoreApplication.translate("CurriculumEditor", "New row"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(", ".join(shown_code(code) for code in ("БМ 05", "КМ 03", "ОН 3.1")))
        self.name_kk, self.name_ru = QLineEdit(), QLineEdit()
        form.addRow(QCoreApplication.translate("RowDialog", "Code"), self.code)
        form.addRow(QCoreApplication.translate("RowDialog", "Name in Kazakh"), self.name_kk)
        form.addRow(QCoreApplication.translate("RowDialog", "Name in Russian"), self.name_ru)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.name_kk, self.name_ru):
            field.textChanged.connect(self._enable)
        self._enable()
        self.resize(480, self.sizeHint().height())

    def _enable(self) -> None:
        # One name is enough to add the row; the tree marks the name still missing in the plan's language.
        filled = bool(self.name_kk.text().strip() or self.name_ru.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def names(self) -> tuple[str, str, str]:
        return stored_code(self.code.text()), self.name_kk.text().strip(), self.name_ru.text().strip()


def ask_names(parent) -> tuple[str, str, str] | None:
    """(code, Kazakh name, Russian name) of a new row, or None when cancelled."""
    dialog = NamesDialog(parent)
    return dialog.names() if dialog.exec() else None
