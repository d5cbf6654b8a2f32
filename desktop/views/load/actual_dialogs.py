"""The hours-taught tab's dialogs: a replacement (who taught one of the teacher's classes in a month, and how many
hours), and the import of a workbook of hours taught shown before anything is written (how many entries, of which
teachers, how many hours)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop.services import teacher_load_actual as actual
from desktop.services import teacher_load_import as importing
from desktop.services.teacher_load_actual import ActualEntry
from desktop.views.errors import run_validated
from desktop.views.file_dialogs import open_path
from desktop.views.load.actual_texts import month_name
from desktop.views.widgets import fit_combo, fit_to_screen, hint


class ReplacementDialog(QDialog):
    """One of the teacher's units taught in a month by someone else: the hours count towards the unit (it stays
    done) and towards the one who taught them as taught for others."""

    def __init__(self, teacher: str, rows, year: int, people: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replacement of {teacher}").format(teacher=teacher))
        self.rows = rows
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Hours another teacher taught instead of {teacher}. They count towards the "
                                      "class, which stays done, and towards the one who taught them. 0 hours "
                                      "removes the replacement.").format(teacher=teacher)))
        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        for index, row in enumerate(rows):
            self.unit.addItem(self.tr("{line}, semester {semester}").format(line=row.label(), semester=row.semester),
                              index)
        fit_combo(self.unit, 30)
        form.addRow(self.tr("Class:"), self.unit)
        self.year = year
        self.months: list[date] = []
        self.month = QComboBox()
        self.month.setObjectName("month")
        form.addRow(self.tr("Month:"), self.month)
        self.unit.currentIndexChanged.connect(self._offer_months)
        self._offer_months()
        self.teacher = QComboBox()
        self.teacher.setObjectName("taught_by")
        for teacher_id, name in people:
            self.teacher.addItem(name, teacher_id)
        fit_combo(self.teacher, 24)
        form.addRow(self.tr("Taught by:"), self.teacher)
        self.hours = QSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setRange(0, actual.MAX_MONTH_HOURS)
        self.hours.setValue(2)
        form.addRow(self.tr("Hours:"), self.hours)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(bool(rows) and bool(people))
        layout.addWidget(buttons)

    def _offer_months(self) -> None:
        """The chosen class's semester's months only (teacher_load_actual.TERM_MONTHS), its first one chosen."""
        index = self.unit.currentData()
        self.months = actual.semester_months(self.year, self.rows[index].semester) if index is not None else []
        self.month.clear()
        for month in self.months:  # by place: a date given to Qt comes back as a QDate
            self.month.addItem(month_name(month))

    def choose_month(self, month: date) -> None:
        if month in self.months:
            self.month.setCurrentIndex(self.months.index(month))

    def entry(self, replaced_id: int) -> ActualEntry:
        row = self.rows[self.unit.currentData()]
        return ActualEntry(self.months[self.month.currentIndex()], *row.unit_key, row.subgroup,
                           self.teacher.currentData(), self.hours.value(), replaced_id)


class ImportPreviewDialog(QDialog):
    """What the workbook would record, before anything is written."""

    def __init__(self, preview: importing.ImportPreview, file_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import hours taught: {file}").format(file=file_name))
        layout = QVBoxLayout(self)
        # "teachers: 1" rather than "1 teachers": no plural forms to translate
        summary = QLabel(self.tr(
            "Nothing is written yet. From the sheet “{sheet}” (rows with hours: {lines}): teachers: {teachers}, "
            "monthly entries: {entries}, of them by a replacement: {swaps}, hours: {hours}. What was entered before "
            "for the same class, teacher and month is replaced; the whole import is one step to undo.").format(
            entries=len(preview.entries), teachers=len(preview.teachers), hours=preview.hours,
            swaps=preview.replacements, lines=preview.lines, sheet=preview.sheet))
        summary.setObjectName("import_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        months = ", ".join(month_name(m) for m in preview.months)
        layout.addWidget(hint(self.tr("Months: {months}").format(months=months)))
        table = QTableWidget(len(preview.teachers), 3)
        table.setObjectName("import_teachers")
        table.setHorizontalHeaderLabels([self.tr("Teacher"), self.tr("Entries"), self.tr("Hours")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, part in enumerate(preview.teachers):
            for column, value in enumerate((part.name, part.entries, part.hours)):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Record {hours} hours").format(hours=preview.hours))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 460)


def choose_import(parent, db, year: int, language: str, path: str | None = None):
    """The workbook chosen, read and matched with progress, and shown; (preview, file name) once the user agrees,
    None when cancelled or refused (the refusal names each bad row and column, nothing is written)."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    path = path or open_path(parent, QCoreApplication.translate("ActualImport", "Import hours taught"),
                             QCoreApplication.translate("ActualImport", "Excel workbooks (*.xlsx)"),
                             purpose="import-load-hours")
    if not path:
        return None
    preview = run_validated(parent, QCoreApplication.translate("ActualImport", "Hours taught not imported"),
                            QCoreApplication.translate("ActualImport", "Reading the hours taught…"),
                            lambda: importing.analyse(db, year, Path(path), language))
    if preview is None:
        return None
    dialog = ImportPreviewDialog(preview, Path(path).name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return preview, Path(path).name
