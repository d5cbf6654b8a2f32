"""The college's grade sheet imported into the group: the dry run's result shown first (the students matched, the
items and students it could not place, the grades of the wrong kind), and the grades written, all or nothing, only
when the user says so."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QVBoxLayout)

from desktop.services import grade_import
from desktop.services.errors import ValidationFailed
from desktop.views.errors import run_validated, show_validation
from desktop.views.file_dialogs import open_path
from desktop.views.messages import problem_text
from desktop.views.widgets import mark_icon, status_message


class ImportDialog(QDialog):
    def __init__(self, db, path: Path, plan, parent=None):
        super().__init__(parent)
        self.db, self.path, self.plan = db, path, plan
        self.written = 0
        self.setWindowTitle(self.tr("Import a grade sheet: {file}").format(file=path.name))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sheet:")))
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        row.addWidget(self.sheet, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.lines = QListWidget()
        self.lines.setObjectName("import_lines")
        self.lines.setWordWrap(True)
        layout.addWidget(self.lines, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.show_plan(plan)
        self.sheet.currentIndexChanged.connect(lambda _: self._other_sheet())

    def show_plan(self, plan) -> None:
        self.plan = plan
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(plan.sheets))
        self.sheet.setCurrentIndex(max(0, self.sheet.findText(plan.sheet)))
        self.sheet.setEnabled(len(plan.sheets) > 1)
        self.sheet.blockSignals(False)
        self.summary.setText(self.tr(
            "Nothing is written yet. {students} students of the sheet are matched to the group; {grades} grades "
            "would be written. {errors} problems must be corrected in the workbook first; {notes} things will not be "
            "written (listed below).").format(students=len(plan.students), grades=len(plan.changes),
                                              errors=len(plan.errors), notes=len(plan.notes)))
        self.lines.clear()
        for problem in plan.errors:
            self.lines.addItem(QListWidgetItem(mark_icon(True), problem_text(problem)))
        for problem in plan.notes:
            self.lines.addItem(QListWidgetItem(mark_icon(False), problem_text(problem)))
        for student in plan.students:
            self.lines.addItem(self.tr("Row {line}: {written} is {student}").format(
                line=student.line, written=student.written, student=student.full_name))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Write {count} grades").format(count=len(plan.changes)))
        ok.setEnabled(plan.can_apply and bool(plan.changes))
        ok.setToolTip("" if plan.can_apply else self.tr("Correct the problems marked in red in the workbook and "
                                                        "import it again."))

    def _other_sheet(self) -> None:
        sheet = self.sheet.currentText()
        plan = run_validated(self, self.tr("Grade sheet not read"), self.tr("Reading the grade sheet…"),
                             lambda: grade_import.analyse(self.db, self.plan.group_id, self.path, sheet))
        if plan is not None:
            self.show_plan(plan)

    def apply(self) -> None:
        try:
            self.written = grade_import.apply(self.db, self.plan)
        except ValidationFailed as error:
            show_validation(self, self.tr("Grades not imported"), error)
            return
        self.accept()


def import_grade_sheet(parent, db, group_id: int, path: str | None = None) -> bool:
    """Choose the workbook, show its dry run, write on the user's OK. True when grades were written."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    path = path or open_path(parent, QCoreApplication.translate("GradeImport", "Import a grade sheet"),
                             QCoreApplication.translate("GradeImport", "Excel workbooks (*.xlsx)"),
                             purpose="import-grades")
    if not path:
        return False
    plan = run_validated(parent, QCoreApplication.translate("GradeImport", "Grade sheet not read"),
                         QCoreApplication.translate("GradeImport", "Reading the grade sheet…"),
                         lambda: grade_import.analyse(db, group_id, Path(path)))
    if plan is None:
        return False
    dialog = ImportDialog(db, Path(path), plan, parent)
    if not dialog.exec():
        return False
    status_message(parent, QCoreApplication.translate("GradeImport", "{count} grades imported from {file}.").format(
        count=dialog.written, file=Path(path).name))
    return True
