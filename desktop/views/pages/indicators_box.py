"""The indicators of a year against the national targets, on the Reports page; and graduates' employment."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.domain.indicators import STATUSES
from desktop.services import indicators
from desktop.services.errors import ValidationFailed
from desktop.views.errors import show_validation

TITLES = {
    "employment": QT_TRANSLATE_NOOP("Indicators", "State-order graduates employed in the first year"),
    "dual_coverage": QT_TRANSLATE_NOOP("Indicators", "State-order students covered by dual training"),
    "demo_exams": QT_TRANSLATE_NOOP("Indicators", "The college holds demonstration exams"),
    "inclusive": QT_TRANSLATE_NOOP("Indicators", "Conditions for inclusive education"),
    "kazakh_textbooks": QT_TRANSLATE_NOOP("Indicators", "Provision with Kazakh-language textbooks"),
    "teacher_upgrade": QT_TRANSLATE_NOOP("Indicators", "Teachers whose last upgrade is over 3 years old"),
}
STATUS_TEXTS = {
    "employed_in_specialty": QT_TRANSLATE_NOOP("Indicators", "employed in the specialty"),
    "employed_outside": QT_TRANSLATE_NOOP("Indicators", "employed outside the specialty"),
    "further_study": QT_TRANSLATE_NOOP("Indicators", "further study"),
    "military": QT_TRANSLATE_NOOP("Indicators", "military service"),
    "parental_leave": QT_TRANSLATE_NOOP("Indicators", "parental leave"),
    "not_employed": QT_TRANSLATE_NOOP("Indicators", "not employed"),
    "unknown": QT_TRANSLATE_NOOP("Indicators", "unknown"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Indicators", text)


class IndicatorsBox(QGroupBox):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Indicators against the national targets"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2020, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh)
        bar.addWidget(self.year)
        employment = QPushButton(self.tr("Graduates' employment…"))
        employment.setObjectName("employment")
        employment.clicked.connect(self.edit_employment)
        bar.addWidget(employment)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("indicators")
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("The college"), self.tr("Target"),
                                              self.tr("Share")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(250)  # all six rows in view
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        figures = indicators.figures(self.db, self.year.value())
        self.table.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            percent = "—" if figure.percent is None else f"{figure.percent:.1f}%"
            value = f"{percent} ({figure.numerator} / {figure.denominator})"
            target = "—" if figure.target is None else f"{figure.target:g}%"
            mark = {True: " ✓", False: " ✗", None: ""}[figure.meets]
            for column, text in enumerate((_t(TITLES[figure.key]), value + mark, target)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            bar = QProgressBar()  # where a person would rather look than read
            bar.setRange(0, 100)
            bar.setValue(round(figure.percent or 0))
            bar.setFormat(percent)
            self.table.setCellWidget(row, 3, bar)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 180)

    def edit_employment(self) -> None:
        if EmploymentDialog(self.db, self.year.value(), self).exec():
            self.refresh()


class EmploymentDialog(QDialog):
    """Each graduate of a year with their status within 12 months; saved all at once."""

    def __init__(self, db, year: int, parent=None):
        super().__init__(parent)
        self.db, self.year = db, year
        self.setWindowTitle(self.tr("Graduates of {year}: employment").format(year=year))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.rows = indicators.graduates(db, year)
        unknown = sum(1 for *_, status in self.rows if status == "unknown")
        layout.addWidget(QLabel(self.tr("{count} graduates, {unknown} still unknown.").format(
            count=len(self.rows), unknown=unknown)))
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("graduates")
        self.table.setHorizontalHeaderLabels([self.tr("Graduate"), self.tr("State order"), self.tr("Status")])
        self.boxes: list[QComboBox] = []
        for row, (_, name, state, status) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem("✓" if state else ""))
            box = QComboBox()
            for value in STATUSES:
                box.addItem(_t(STATUS_TEXTS[value]), value)
            box.setCurrentIndex(box.findData(status))
            self.table.setCellWidget(row, 2, box)
            self.boxes.append(box)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            for (sid, _, _, before), box in zip(self.rows, self.boxes):
                if box.currentData() != before:
                    indicators.set_employment(self.db, sid, box.currentData(), date.today())
        except ValidationFailed as error:
            show_validation(self, self.windowTitle(), error)
            return
        self.accept()
