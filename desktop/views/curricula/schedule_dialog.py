"""The educational-process schedule: one row of weeks per study year, a letter per week."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.domain.curriculum import Curriculum, YearSchedule
from desktop.domain.rules import Severity
from desktop.services import curricula
from desktop.views.widgets import mark_html, without_checked

WEEKS = 52
FILL = {"T": "#ffffff", "A": "#fff2a8", "P": "#c8e6c9", "H": "#bbdefb", "F": "#ffccbc", "-": "#eeeeee"}
LEGEND = {
    "T": QT_TRANSLATE_NOOP("ScheduleDialog", "T — theory"),
    "A": QT_TRANSLATE_NOOP("ScheduleDialog", "A — intermediate attestation"),
    "P": QT_TRANSLATE_NOOP("ScheduleDialog", "P — practice or production training"),
    "H": QT_TRANSLATE_NOOP("ScheduleDialog", "H — holidays"),
    "F": QT_TRANSLATE_NOOP("ScheduleDialog", "F — final attestation"),
    "-": QT_TRANSLATE_NOOP("ScheduleDialog", "- — no study"),
}
# The Kazakh and Russian legends show the Cyrillic look-alikes of the codes (Т, А, Р, Н), and a Cyrillic keyboard
# types those: they mean the same weeks, so a Cyrillic letter is taken as its Latin code, never ignored.
CYRILLIC = {"Т": "T", "А": "A", "Р": "P", "Н": "H"}


def week_code(text: str) -> str | None:
    """The schedule code a typed letter stands for, Latin or its Cyrillic look-alike; None for any other key."""
    letter = text.upper()
    letter = CYRILLIC.get(letter, letter)
    return letter if letter in FILL else None


class WeekGrid(QTableWidget):
    """Select weeks and type a letter to set them all."""

    def keyPressEvent(self, event) -> None:
        letter = week_code(event.text())
        if letter is not None and self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
            for item in self.selectedItems():
                paint(item, letter)
            self.parent().recheck()
            return
        super().keyPressEvent(event)


def paint(item: QTableWidgetItem, letter: str) -> None:
    item.setText(letter)
    item.setBackground(QBrush(QColor(FILL[letter])))


class ScheduleDialog(QDialog):
    def __init__(self, curriculum: Curriculum, read_only: bool = False, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Process schedule"))
        self.curriculum = curriculum
        self.schedule = curriculum.schedule
        layout = QVBoxLayout(self)
        legend = QLabel(self.tr("Select weeks and type a letter: ") + ", ".join(
            QCoreApplication.translate("ScheduleDialog", LEGEND[k]) for k in LEGEND))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.grid = WeekGrid(curriculum.years, WEEKS, self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.read_only = read_only
        self.grid.setVerticalHeaderLabels([self.tr("Year {year}").format(year=y) for y in range(1, curriculum.years + 1)])
        self.grid.setHorizontalHeaderLabels([str(w) for w in range(1, WEEKS + 1)])
        self.grid.horizontalHeader().setDefaultSectionSize(24)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.grid)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.problems)
        row = QHBoxLayout()
        propose = QPushButton(self.tr("Propose from the curriculum"))
        propose.clicked.connect(without_checked(self.propose))
        propose.setEnabled(not read_only)
        row.addWidget(propose)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        if not read_only:
            self.grid.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked)
        self.show_schedule(curriculum.schedule or curricula.propose_schedule(curriculum))
        self.resize(1100, 320)

    def show_schedule(self, schedule) -> None:
        weeks = {year.year: year.weeks for year in schedule}
        for row in range(self.grid.rowCount()):
            text = weeks.get(row + 1, "").ljust(WEEKS, "-")[:WEEKS]
            for column, letter in enumerate(text):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                paint(item, letter if letter in FILL else "-")
                self.grid.setItem(row, column, item)
        for column in range(WEEKS):
            self.grid.setColumnWidth(column, 22)
        self.recheck()

    def current(self) -> tuple[YearSchedule, ...]:
        per_week = {y.year: y.theory_hours_per_week for y in self.curriculum.schedule}
        years = []
        for row in range(self.grid.rowCount()):
            weeks = "".join(self.grid.item(row, c).text() for c in range(WEEKS)).rstrip("-")
            years.append(YearSchedule(row + 1, weeks, per_week.get(row + 1, 36)))
        return tuple(years)

    def propose(self) -> None:
        self.show_schedule(curricula.propose_schedule(self.curriculum))

    def recheck(self) -> None:
        from dataclasses import replace  # noqa: PLC0415

        trial = replace(self.curriculum, schedule=self.current())
        texts, rules = curricula.finding_texts(), curricula.rule_set_for(trial)
        from desktop.views.i18n import current_language  # noqa: PLC0415

        language = current_language()
        # Icons, not ⛔/⚠: the shipped font has neither and they showed as boxes.
        lines = [f"{mark_html(f.severity is Severity.ERROR)} {escape(texts.message(f, language, rules))}"
                 for f in curricula.check_curriculum(trial) if f.rule == "SCHEDULE-PARTS"]
        self.problems.setText("<br>".join(lines) or escape(self.tr("The schedule has every part the rules ask for.")))

    def accept(self) -> None:
        self.schedule = self.current() if not self.read_only else self.curriculum.schedule
        super().accept()
