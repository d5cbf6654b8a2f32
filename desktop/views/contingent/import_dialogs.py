"""Importing students: from a college's Excel sheet (with a column-mapping step) and from NEDB's file."""
from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.exchange.cells import cell_text
from desktop.exchange.student_sheet import RawSheet, guess_mapping
from desktop.services import nedb_import, student_import
from desktop.services.errors import ValidationFailed
from desktop.views.contingent.fields import DateField
from desktop.views.contingent.nedb_words import shown
from desktop.views.errors import run_validated, show_validation
from desktop.views.file_dialogs import open_path
from desktop.views.messages import field_name

PREVIEW_ROWS = 6


class SheetImportDialog(QDialog):
    """Which column holds which field (guessed from the header), a preview, then all-or-nothing import."""

    def __init__(self, db, sheet: RawSheet, parent=None, label: str = ""):
        super().__init__(parent)
        self.db, self.sheet, self.label = db, sheet, label  # label: the file's name, for the change log
        self.outcome: student_import.SheetImportResult | None = None
        self.setWindowTitle(self.tr("Import students from Excel"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sheet “{sheet}”: {rows} rows. Say which column holds each field; the "
                                        "guesses come from the header.").format(sheet=sheet.title, rows=len(sheet.rows))))
        guessed = guess_mapping(sheet.headers)
        mapping_host = QWidget()
        form = QFormLayout(mapping_host)
        self.boxes: dict[str, QComboBox] = {}
        for name in student_import.FIELDS:
            box = QComboBox()
            box.setObjectName(f"map_{name}")
            box.addItem(self.tr("(not in the sheet)"), None)
            for index, header in enumerate(sheet.headers):
                box.addItem(f"{_letter(index)}: {header}", index)
            if name in guessed:
                box.setCurrentIndex(box.findData(guessed[name]))
            box.currentIndexChanged.connect(self._preview)
            self.boxes[name] = box
            form.addRow(field_name(name), box)
        columns = QHBoxLayout()
        columns.addWidget(mapping_host)
        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        columns.addWidget(self.preview, 1)
        layout.addLayout(columns, 1)
        order = QHBoxLayout()
        self.order_number = QLineEdit()
        self.order_number.setPlaceholderText(self.tr("admission order number (may be added later)"))
        self.order_date = DateField(date.today())
        order.addWidget(self.order_number, 1)
        order.addWidget(self.order_date)
        layout.addLayout(order)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._preview()

    def mapping(self) -> dict[str, int]:
        return {name: box.currentData() for name, box in self.boxes.items() if box.currentData() is not None}

    def _preview(self) -> None:
        mapping = self.mapping()
        names = list(mapping)
        self.preview.setColumnCount(len(names))
        self.preview.setHorizontalHeaderLabels([field_name(n) for n in names])
        rows = self.sheet.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, (_, values) in enumerate(rows):
            for c, name in enumerate(names):
                index = mapping[name]
                self.preview.setItem(r, c, QTableWidgetItem(cell_text(values[index]) if index < len(values) else ""))

    def run(self) -> None:
        order = (self.order_number.text().strip(), self.order_date.value()) if self.order_number.text().strip() else None
        result = run_validated(self, self.tr("Nothing was imported"), self.tr("Importing students…"),
                               lambda: student_import.import_students(self.db, self.sheet, self.mapping(), order=order,
                                                                              label=self.label))
        if result is not None:
            self.outcome = result
            self.accept()


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return get_column_letter(index + 1)


class NedbImportDialog(QDialog):
    """What NEDB's file would change: new students and groups, and each difference to take or keep."""

    def __init__(self, db, plan: nedb_import.ImportPlan, user: str, parent=None):
        super().__init__(parent)
        self.db, self.plan, self.user = db, plan, user
        self.outcome: nedb_import.ImportResult | None = None
        self.setWindowTitle(self.tr("Import from NEDB"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{file}: {new} new students, {same} the same as here, {conflicts} with differences; "
                                 "{groups} new groups.").format(file=plan.path.name, new=plan.count("new"),
                                                                 same=plan.count("same"),
                                                                 conflicts=plan.count("conflict"),
                                                                 groups=len(plan.new_groups)))
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Tick a difference to take the file's value; unticked ones keep ours. Group "
                                        "and status differences are shown only: they change by orders.")))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Student"), self.tr("Field"), self.tr("Here"),
                                              self.tr("In the file")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.checks: dict[int, list[QTableWidgetItem]] = {}
        for row in plan.rows:
            if row.outcome != "conflict":
                continue
            for difference in row.differences:
                r = self.table.rowCount()
                self.table.insertRow(r)
                line = QTableWidgetItem(str(row.line))
                line.setFlags(line.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                if difference.field not in nedb_import.REPORTED_ONLY:
                    line.setFlags(line.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    line.setCheckState(Qt.CheckState.Unchecked)
                    self.checks.setdefault(row.line, []).append(line)
                ours, theirs = shown(difference.field, difference.ours), shown(difference.field, difference.theirs)
                for c, item in enumerate((line, QTableWidgetItem(row.name), QTableWidgetItem(field_name(difference.field)),
                                          QTableWidgetItem(ours), QTableWidgetItem(theirs))):
                    self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 2)
        new = [row for row in plan.rows if row.outcome == "new"]
        if new:
            layout.addWidget(QLabel(self.tr("New students:")))
            self.new_list = QListWidget()
            self.new_list.setObjectName("new_students")
            for row in new:
                self.new_list.addItem(f"{row.line}: {row.name} — {row.values.get('group_code', '')}")
            layout.addWidget(self.new_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def take_theirs(self) -> set[int]:
        """Lines whose differences take the file's values: a line counts when any of its boxes is ticked."""
        return {line for line, items in self.checks.items()
                if any(item.checkState() == Qt.CheckState.Checked for item in items)}

    def run(self) -> None:
        take = self.take_theirs()
        result = run_validated(self, self.tr("Nothing was imported"), self.tr("Importing from NEDB…"),
                               lambda: nedb_import.apply(self.db, self.plan, take, self.user))
        if result is not None:
            self.outcome = result
            self.accept()


def import_nedb_file(parent, db, path: str | None = None) -> nedb_import.ImportResult | None:
    """Ask for the file (unless given), read it, show what would change, import what the user accepts."""
    if not path:
        path = open_path(parent, QCoreApplication.translate("NedbImportDialog", "Import from NEDB"),
                         QCoreApplication.translate("NedbImportDialog", "NEDB files (*.txt *.csv *.tsv);;All files (*)"))
    if not path:
        return None
    plan = run_validated(parent, QCoreApplication.translate("NedbImportDialog", "Nothing was imported"),
                         QCoreApplication.translate("NedbImportDialog", "Reading the NEDB file…"),
                         lambda: nedb_import.analyse(db, Path(path)))
    if plan is None:
        return None
    # the submission names the signed-in user (the computer's account for a local file's one user)
    dialog = NedbImportDialog(db, plan, db.actor.name or getpass.getuser(), parent)
    return dialog.outcome if dialog.exec() else None


def open_student_sheet(parent, path) -> RawSheet | None:
    try:
        return student_import.open_sheet(path)
    except ValidationFailed as error:
        show_validation(parent, QCoreApplication.translate("NedbImportDialog", "Nothing was imported"), error)
        return None
