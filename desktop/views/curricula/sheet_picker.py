"""Which sheets of a college's workbook to import: one curriculum a sheet (a workbook often holds one per group),
each shown with what was read from it, the sheets that hold none with the reason, and the intake year asked
for when a sheet says it nowhere (the rules judge the classifier's dates by it; it is never guessed)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout)

from desktop.services.curriculum_files import INTAKE_YEARS, SheetChoice
from desktop.views.messages import problem_text

SHEET_ROLE = Qt.ItemDataRole.UserRole + 1


class SheetPickerDialog(QDialog):
    def __init__(self, choices: list[SheetChoice], parent=None):
        super().__init__(parent)
        self.choices = choices
        self.setWindowTitle(self.tr("Import curricula from the workbook"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each sheet holds its own curriculum. Tick the sheets to import; "
                                        "each becomes a draft.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sheets"))
        first = True
        for choice in choices:
            item = QListWidgetItem(self._describe(choice))
            item.setData(SHEET_ROLE, choice.sheet)
            if choice.importable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if first else Qt.CheckState.Unchecked)
                first = False
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.currentRowChanged.connect(lambda _row: self._show_problems())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        for text, state in ((self.tr("Tick all"), Qt.CheckState.Checked), (self.tr("Tick none"), Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, state=state: self._tick_all(state))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)
        self.problems.setAccessibleName(self.tr("Why the sheet cannot be imported"))
        layout.addWidget(self.problems)
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(*INTAKE_YEARS)
        self.year.setValue(date.today().year)
        self.year_label = QLabel(self.tr("Intake year (not written on the sheet or in the file name):"))
        self.year_label.setBuddy(self.year)
        form.addRow(self.year_label, self.year)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.list.setCurrentRow(0)
        self._update()

    def _describe(self, choice: SheetChoice) -> str:
        if not choice.importable:
            return self.tr("{sheet}: cannot be imported").format(sheet=choice.sheet)
        curriculum = choice.curriculum
        year = "?" if choice.needs_intake_year else str(curriculum.intake_year)
        return self.tr("{sheet}: {specialty} {qualifications}, intake {year}, {years} years, {rows} rows").format(
            sheet=choice.sheet, specialty=curriculum.specialty or "—",
            qualifications=" ".join(curriculum.qualifications), year=year, years=curriculum.years,
            rows=len(curriculum.rows))

    def _show_problems(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.choices):
            self.problems.clear()
            return
        choice = self.choices[row]
        lines = [problem_text(p) for p in choice.problems]
        self.problems.setPlainText("\n".join(f"• {line}" for line in lines) if lines else
                                   self.tr("This sheet can be imported."))

    def _tick_all(self, state: Qt.CheckState) -> None:
        for index, choice in enumerate(self.choices):
            if choice.importable:
                self.list.item(index).setCheckState(state)

    def chosen(self) -> list[SheetChoice]:
        return [choice for index, choice in enumerate(self.choices)
                if self.list.item(index).checkState() == Qt.CheckState.Checked]

    def intake_year(self) -> int | None:
        """The year typed, when a chosen sheet needs one."""
        return self.year.value() if any(c.needs_intake_year for c in self.chosen()) else None

    def _update(self) -> None:
        chosen = self.chosen()
        needs_year = any(c.needs_intake_year for c in chosen)
        self.year.setVisible(needs_year)
        self.year_label.setVisible(needs_year)
        self.ok.setEnabled(bool(chosen))
