"""The college's grading scale: its bands (from-to percent, letter, points, traditional grade) edited in a table,
checked as a whole before it is kept (every percent in exactly one band, points not rising as the percent falls…),
each problem named; "Reset to the national scale" brings back the default."""
from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop.domain.grading import national_scale, scale_problems
from desktop.domain.roles import Area
from desktop.services import grades
from desktop.services.errors import ValidationFailed
from desktop.views.contingent.read_only import make_read_only, read_only_note
from desktop.views.grades.texts import problem_line
from desktop.views.i18n import current_language
from desktop.views.widgets import fit_headers, mark_html, without_checked

FROM, TO, LETTER, POINTS, TRADITIONAL = range(5)


class ScaleDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.outcome = ""
        self.base = grades.college_scale(db).to_dict()
        self.setWindowTitle(self.tr("Grading scale"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Where a grade band begins is the college's choice (the national scale is the "
                              "default). Each whole percent from 0 to 100 must fall in exactly one band."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("bands")
        self.table.setHorizontalHeaderLabels([self.tr("From, %"), self.tr("To, %"), self.tr("Letter"),
                                              self.tr("Points"), self.tr("Traditional grade")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.band_buttons = []
        for key, text, slot in (("add_band", self.tr("Add a band"), self.add_band),
                                ("remove_band", self.tr("Remove the band"), self.remove_band),
                                ("national", self.tr("Reset to the national scale"), self.reset)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(without_checked(slot))
            row.addWidget(button)
            self.band_buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problems = QLabel()
        self.problems.setObjectName("scale_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill(self.base["bands"])
        # a role that may not change grades reads the scale: the bands and their buttons disabled, Save hidden
        read_only = read_only_note(db, Area.GRADES)
        if read_only is not None:
            layout.insertWidget(1, read_only)
        self.read_only = make_read_only(db, Area.GRADES, (self.table, *self.band_buttons), buttons)

    def fill(self, bands: list[dict]) -> None:
        self.table.setRowCount(0)
        for band in bands:
            self.add_band(band)
        self.table.resizeColumnsToContents()
        fit_headers(self.table)

    def add_band(self, band: dict | None = None) -> None:
        band = band or {"from": "", "to": "", "letter": "", "points": "", "traditional": "satisfactory"}
        row = self.table.rowCount()
        self.table.insertRow(row)
        points = band["points"]
        for column, value in ((FROM, band["from"]), (TO, band["to"]), (LETTER, band["letter"]),
                              (POINTS, f"{points:.2f}".replace(".", ",") if isinstance(points, float) else points)):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        combo = QComboBox()
        language = current_language()
        for key, words in self.base["traditional"].items():  # the scale's own words in each language
            combo.addItem(words.get(language) or words.get("en") or key, key)
        combo.setCurrentIndex(max(0, combo.findData(band["traditional"])))
        self.table.setCellWidget(row, TRADITIONAL, combo)

    def remove_band(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.problems.setText(self.tr("Select the band to remove first."))
            return
        self.table.removeRow(row)

    def reset(self) -> None:
        self.fill(national_scale().to_dict()["bands"])
        self.problems.setText(self.tr("The national scale's bands: Save keeps them."))

    def bands(self) -> list[dict]:
        """The bands as typed; a cell that is not a number is passed on as typed, for the check to name."""
        found = []
        for row in range(self.table.rowCount()):
            def cell(column: int) -> str:
                item = self.table.item(row, column)
                return item.text().strip() if item else ""

            found.append({"from": _number(cell(FROM), whole=True), "to": _number(cell(TO), whole=True),
                          "letter": cell(LETTER), "points": _number(cell(POINTS)),
                          "traditional": self.table.cellWidget(row, TRADITIONAL).currentData()})
        return found

    def data(self) -> dict:
        data = copy.deepcopy(self.base)
        data["bands"] = self.bands()
        return data

    def check(self) -> list:
        problems = scale_problems(self.data())
        self.problems.setText("<br>".join(f"{mark_html(True)} {_escape(problem_line(p))}" for p in problems))
        return problems

    def save(self) -> None:
        if self.check():
            return
        national = national_scale().to_dict()
        same = sorted(map(str, self.data()["bands"])) == sorted(map(str, national["bands"]))
        try:
            grades.set_college_scale(self.db, None if same else self.data())
        except ValidationFailed as error:  # the service's own check: the same problems, named
            self.problems.setText("<br>".join(_escape(problem_line(p)) for p in error.problems))
            return
        self.outcome = (self.tr("The national grading scale is used.") if same
                        else self.tr("The college's grading scale is saved: the grid's letters follow it."))
        self.accept()


def _number(text: str, whole: bool = False):
    """A typed number as the scale's data has it (85, 3,67); the text itself when it is none."""
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return text
    if not value.is_finite():
        return text
    if whole:
        return int(value) if value == value.to_integral_value() else float(value)
    return float(value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
