"""The Reports page: the indicator dashboard, the report pack for the ministry, and the contingent report."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.views.reports.contingent_box import ContingentReportBox
from desktop.views.reports.dashboard import IndicatorDashboard
from desktop.views.reports.pack_box import PackBox
from desktop.views.widgets import hint, page_title


class ReportsPage(QWidget):
    open_record = Signal(str, int)  # a student behind a figure: "student" and the id

    def __init__(self, db, language: str, parent=None):
        super().__init__(parent)
        self.db = db
        self._shown_before = False
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Reports")))
        layout.addWidget(hint(self.tr("Reports are made from the records as they are now. Printed documents are in "
                                      "Kazakh or Russian.")))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        self.indicators = IndicatorDashboard(db, language, self.open_record.emit)
        self.pack = PackBox(db, language)
        self.contingent = ContingentReportBox(db, language)
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.tabs.addTab(self.pack, self.tr("Report pack"))
        self.tabs.addTab(self.contingent, self.tr("Contingent and movement"))
        layout.addWidget(self.tabs, 1)

    def on_shown(self) -> None:
        """Figures made of other pages' records are counted again each time the page comes back (the first
        time they were counted as the page was built)."""
        if self._shown_before:
            self.indicators.refresh()
        self._shown_before = True
