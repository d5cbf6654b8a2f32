"""The report pack: one action makes the PDF and the workbook a college sends, in the background with progress."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QWidget)

from desktop.services import report_pack
from desktop.services.contingent_reports import default_period
from desktop.views.contingent.fields import ChoiceBox, DateField
from desktop.views.errors import run_validated
from desktop.views.file_dialogs import folder_path, start_folder
from desktop.views.widgets import without_checked
from desktop.views.workers import StepProgress

STEP_TEXTS = {
    "contingent": QT_TRANSLATE_NOOP("PackBox", "Counting the contingent and the movement…"),
    "dual": QT_TRANSLATE_NOOP("PackBox", "Dual training…"),
    "exams": QT_TRANSLATE_NOOP("PackBox", "Demonstration exams…"),
    "employment": QT_TRANSLATE_NOOP("PackBox", "Graduates' employment…"),
    "indicators": QT_TRANSLATE_NOOP("PackBox", "Indicators…"),
    "pdf": QT_TRANSLATE_NOOP("PackBox", "Writing the PDF…"),
    "xlsx": QT_TRANSLATE_NOOP("PackBox", "Writing the workbook…"),
    "done": QT_TRANSLATE_NOOP("PackBox", "Done."),
}


class PackBox(QWidget):
    def __init__(self, db, language: str, parent=None):
        super().__init__(parent)
        self.db = db
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        about = QLabel(self.tr("One PDF and one Excel workbook with everything the ministry and the regional "
                               "department ask for: the indicators against the national targets, the contingent, "
                               "the movement of students, dual training, demonstration exams and graduates' "
                               "employment — with the college's header, the date, charts and signature blocks."))
        about.setWordWrap(True)
        form.addRow(about)
        self.year = QSpinBox()
        self.year.setObjectName("pack_year")
        self.year.setRange(2020, 2100)
        self.year.setValue(date.today().year)
        form.addRow(self.tr("Year of the indicators and graduates"), self.year)
        start, end = default_period(date.today())
        self.start, self.end = DateField(start), DateField(end)
        period = QHBoxLayout()
        for widget in (self.start, QLabel("–"), self.end):
            period.addWidget(widget)
        period.addStretch(1)
        form.addRow(self.tr("Movement period"), period)
        self.language = ChoiceBox(("kk", "ru"), "ru" if language == "ru" else "kk")
        self.language.setObjectName("pack_language")
        form.addRow(self.tr("Language of the documents"), self.language)
        self.folder = QLineEdit(str(start_folder("pack")))  # where the user last saved a file; Documents the first time
        self.folder.setObjectName("pack_folder")
        self.folder.setMinimumWidth(420)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(without_checked(self.choose_folder))
        where = QHBoxLayout()
        where.addWidget(self.folder)
        where.addWidget(browse)
        form.addRow(self.tr("Folder"), where)
        make = QPushButton(self.tr("Make the report pack"))
        make.setObjectName("make_pack")
        make.setDefault(True)
        make.clicked.connect(without_checked(self.make))
        self.done = QLabel()
        self.done.setObjectName("pack_done")
        self.done.setWordWrap(True)
        self.done.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        form.addRow(make)
        form.addRow(self.done)

    def choose_folder(self) -> None:
        # Remembered as the pack's folder, and as the last folder for the next dialog of another kind too.
        folder = folder_path(self, self.tr("Folder for the report pack"), "pack", start=self.folder.text())
        if folder:
            self.folder.setText(folder)

    def make(self) -> tuple[Path, Path] | None:
        if self.start.value() > self.end.value():
            from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

            QMessageBox.warning(self, self.tr("Report pack"), self.tr("The period ends before it starts."))
            return None
        folder, year, language = Path(self.folder.text().strip() or "."), self.year.value(), self.language.value()
        period = (self.start.value(), self.end.value())
        steps = StepProgress(lambda what: QCoreApplication.translate("PackBox", STEP_TEXTS.get(what, what)))
        made = run_validated(self, self.tr("Report pack not made"), self.tr("Making the report pack…"),
                             lambda: report_pack.make_pack(self.db, folder, year, language, period=period,
                                                           progress=steps), steps=steps)
        if made is not None:
            pdf, xlsx = made
            self.done.setText(self.tr("Made: {pdf} and {xlsx}.").format(
                pdf=f'<a href="{QUrl.fromLocalFile(str(pdf)).toString()}">{pdf.name}</a>',
                xlsx=f'<a href="{QUrl.fromLocalFile(str(xlsx)).toString()}">{xlsx.name}</a>'))
            self.window().statusBar().showMessage(self.tr("Saved: {file}").format(file=pdf.parent), 6000)
        return made
