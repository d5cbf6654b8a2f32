"""The indicator dashboard: the college's figures for this year and the two before, next to the national targets,
as a table and as small charts; each figure opens the records behind it."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services import indicators
from desktop.views.reports.chart import IndicatorChart
from desktop.views.reports.texts import COLUMNS, EMPLOYMENT_READING, TITLES, percent, percent_text, t
from desktop.views.widgets import button_row, hint

YEARS_SHOWN = 3
CONTINUING = "continuing"  # the row under employment: graduates shown beside that figure, never counted in it
ROWS = tuple(k for key in indicators.KEYS for k in ((key, CONTINUING) if key == "employment" else (key,)))
MET_FILL, SHORT_FILL = QColor("#e3f2e4"), QColor("#fdebd9")


class IndicatorDashboard(QWidget):
    def __init__(self, db, language: str, open_record: Callable[[str, int], None] | None = None, parent=None):
        super().__init__(parent)
        self.db, self.language, self.open_record = db, language, open_record
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The table and two rows of charts are taller than a 768-pixel screen leaves: they scroll, the year and
        # the buttons above them stay.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2020, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh)
        bar.addWidget(self.year)
        bar.addLayout(button_row([("employment", self.tr("Graduates' employment…"), self.edit_employment),
                                  ("teachers", self.tr("Teachers…"), self.edit_teachers),
                                  ("library", self.tr("Textbook counts…"), self.edit_library)]), 1)
        outer.addLayout(bar)
        outer.addWidget(scroll, 1)
        layout.addWidget(hint(self.tr("Green: the target of the year is reached; orange: not yet; the dashed line is the target. Double-click a "
                                      "row or click a chart to see the records behind a figure. Coverage, inclusive "
                                      "conditions and teachers are counted only for the current year.")
                            + " " + t(EMPLOYMENT_READING)))
        self.table = QTableWidget(len(ROWS), 2 + YEARS_SHOWN)
        self.table.setObjectName("indicators")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(
            lambda row, _: self.show_records("employment" if ROWS[row] == CONTINUING else ROWS[row]))
        layout.addWidget(self.table)
        grid = QGridLayout()
        self.charts: dict[str, IndicatorChart] = {}
        for index, key in enumerate(indicators.KEYS):
            chart = IndicatorChart(key, t(TITLES[key]))
            chart.setObjectName(f"chart_{key}")
            chart.clicked.connect(self.show_records)
            grid.addWidget(chart, index // 3, index % 3)
            self.charts[key] = chart
        layout.addLayout(grid, 1)
        self.refresh()

    def years(self) -> list[int]:
        return list(range(self.year.value() - YEARS_SHOWN + 1, self.year.value() + 1))

    def refresh(self) -> None:
        years = self.years()
        found = indicators.history(self.db, years)
        self.table.setHorizontalHeaderLabels([self.tr("Indicator"), *(str(y) for y in years),
                                              self.tr("Target {year}").format(year=years[-1])])
        for row, key in enumerate(ROWS):
            if key == CONTINUING:
                self._continuing_row(row, years, found)
                continue
            self.table.setItem(row, 0, QTableWidgetItem(t(TITLES[key])))
            for column, year in enumerate(years, start=1):
                figure = found[year][key]
                item = QTableWidgetItem(percent_text(figure))
                if figure is not None and figure.meets is not None:
                    item.setBackground(QBrush(MET_FILL if figure.meets else SHORT_FILL))
                if figure is None:
                    item.setToolTip(self.tr("Not kept by year: counted only for the current year"))
                self.table.setItem(row, column, item)
            goal = indicators.target_of(key, years[-1])
            self.table.setItem(row, len(years) + 1, QTableWidgetItem(percent(goal, None)))
            self.charts[key].set_points([
                (year, found[year][key].percent if found[year][key] else None, indicators.target_of(key, year),
                 found[year][key].meets if found[year][key] else None) for year in years])
        self.table.resizeColumnsToContents()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 2
                                  + sum(self.table.rowHeight(r) for r in range(self.table.rowCount())))

    def _continuing_row(self, row: int, years: list[int], found: dict) -> None:
        """Further study, military service and parental leave of the employment figure's graduates: a share of
        the same denominator, with no target and no colour (the State Program counts only the employed)."""
        title = QTableWidgetItem("    " + t(COLUMNS["continuing"]))  # indented under employment (no ↳ in the font)
        title.setToolTip(t(EMPLOYMENT_READING))
        self.table.setItem(row, 0, title)
        for column, year in enumerate(years, start=1):
            f = found[year]["employment"]
            share = percent(f.continuing_percent)
            item = QTableWidgetItem(f"{share} ({f.continuing} / {f.denominator})")
            item.setToolTip(t(EMPLOYMENT_READING))
            self.table.setItem(row, column, item)
        self.table.setItem(row, len(years) + 1, QTableWidgetItem("—"))

    def show_records(self, key: str) -> None:
        from desktop.views.reports.records_dialog import RecordsDialog  # noqa: PLC0415

        RecordsDialog(self.db, key, self.year.value(), self.open_record, self).exec()

    def edit_employment(self) -> None:
        from desktop.views.reports.employment_dialog import EmploymentDialog  # noqa: PLC0415

        EmploymentDialog(self.db, self.year.value(), self.language, self).exec()
        self.refresh()

    def edit_teachers(self) -> None:
        from desktop.views.reports.records_dialog import TeachersDialog  # noqa: PLC0415

        TeachersDialog(self.db, self).exec()
        self.refresh()

    def edit_library(self) -> None:
        from desktop.views.reports.records_dialog import LibraryDialog  # noqa: PLC0415

        LibraryDialog(self.db, self).exec()
        self.refresh()
