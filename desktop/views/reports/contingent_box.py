"""The registrar's contingent report on the Reports page: PDF or Excel, Kazakh or Russian."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.services.contingent_reports import contingent_report, default_period
from desktop.views.contingent.fields import ChoiceBox, DateField
from desktop.views.errors import run_validated
from desktop.views.file_dialogs import save_path
from desktop.views.widgets import without_checked

PRINT_LANGUAGES = ("kk", "ru")


class ContingentReportBox(QWidget):
    def __init__(self, db, language: str, parent=None):
        super().__init__(parent)
        self.db = db
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        about = QLabel(self.tr("Contingent by specialty, course, language, funding and form of study; the "
                               "movement of students for a period with its orders; students with special "
                               "educational needs and social categories."))
        about.setWordWrap(True)
        form.addRow(about)
        start, end = default_period(date.today())
        self.start, self.end = DateField(start), DateField(end)
        self.language = ChoiceBox(PRINT_LANGUAGES, "ru" if language == "ru" else "kk")
        self.language.setObjectName("print_language")
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        form.addRow(self.tr("Movement period"), period)
        form.addRow(self.tr("Language of the document"), self.language)
        buttons = QHBoxLayout()
        for key, text, slot in (("pdf", self.tr("Save as PDF…"), self.save_pdf),
                                ("xlsx", self.tr("Save as Excel…"), self.save_xlsx)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(without_checked(slot))
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)

    def _report(self):
        return contingent_report(self.db, period=(self.start.value(), self.end.value()))

    def save_pdf(self, path: str | None = None) -> Path | None:
        return self._save("pdf", path)

    def save_xlsx(self, path: str | None = None) -> Path | None:
        return self._save("xlsx", path)

    def _save(self, kind: str, path: str | None) -> Path | None:
        language = self.language.value()
        if not path:
            title = self.tr("Save as PDF") if kind == "pdf" else self.tr("Save as Excel")
            filters = self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)")
            path = save_path(self, title, f"contingent-{language}.{kind}", filters, purpose="contingent-report")
        if not path:
            return None
        if self.start.value() > self.end.value():
            QMessageBox.warning(self, self.tr("Reports"), self.tr("The period ends before it starts."))
            return None

        def work():
            report = self._report()
            if kind == "pdf":
                from desktop.reports.contingent_pdf import build_contingent_pdf  # noqa: PLC0415

                build_contingent_pdf(Path(path), report, language)
            else:
                from desktop.exchange.contingent_report_xlsx import write_contingent_report  # noqa: PLC0415

                write_contingent_report(Path(path), report, language)
            return Path(path)

        written = run_validated(self, self.tr("Not saved"), self.tr("Making the report…"), work)
        if written is not None:
            self.window().statusBar().showMessage(self.tr("Saved: {file}").format(file=written), 6000)
        return written
