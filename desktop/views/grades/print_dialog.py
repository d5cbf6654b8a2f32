"""Print a group's diploma supplements (or the students ticked): in Kazakh, Russian or both, on plain A4 or onto the
pre-printed blank moved by the printer's calibration (remembered per printer), each as a PDF in the folder chosen.
A student whose grades do not agree with the curriculum is listed and left out; the others print. The work runs
in a worker with progress and Cancel (the files of a cancelled run are removed)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QVBoxLayout)

from desktop.views import settings
from desktop.views.errors import show_validation
from desktop.views.file_dialogs import folder_path, save_path, start_folder
from desktop.views.grades.progress import run_cancellable
from desktop.views.grades.texts import problem_line
from desktop.views.widgets import fit_combo, mark_icon, status_message, without_checked

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def write_group(db, group_id: int, student_ids, folder: Path, languages, on_blank: bool, calibration, steps,
                one_file: bool = False, whole_group: bool = False) -> list[Path]:
    """Each student's supplement in each language, a PDF each, or with one_file a PDF per language in the
    group's order (runs in the worker), through services.supplements.print_group: the whole group, or the students
    ticked. Cancelled: the files of this run are removed and PrintCancelled raised."""
    from desktop.services.supplements import print_group  # noqa: PLC0415 - reportlab only when printing

    return print_group(db, group_id, folder, tuple(languages), on_blank=on_blank, calibration=calibration,
                       progress=lambda done, total: steps(done, total), cancelled=steps.cancelled, one_file=one_file,
                       student_ids=None if whole_group else list(student_ids))


class PrintDialog(QDialog):
    def __init__(self, db, grid, checks, parent=None, folder: str | None = None):
        super().__init__(parent)
        self.db, self.grid, self.checks = db, grid, list(checks)
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Print supplements: {group}").format(group=grid.group_code))
        self.resize(720, 600)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Students (those whose grades are not complete cannot be ticked):")))
        self.students = QListWidget()
        self.students.setObjectName("print_students")
        for check in self.checks:
            item = QListWidgetItem(check.full_name)
            item.setData(ID_ROLE, check.student_id)
            if check.clean:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setIcon(mark_icon(True))
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(self.tr("{student}: {count} to fix").format(student=check.full_name,
                                                                         count=len(check.problems)))
                item.setToolTip("\n".join(problem_line(p) for p in check.problems[:12]))
            self.students.addItem(item)
        layout.addWidget(self.students, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        self.language.setObjectName("print_language")
        for text, languages in ((self.tr("Kazakh"), "kk"), (self.tr("Russian"), "ru"),
                                (self.tr("Kazakh and Russian"), "kk ru")):
            self.language.addItem(text, languages)
        self.language.setCurrentIndex(2)
        fit_combo(self.language)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("Plain A4 paper"), False)
        self.paper.addItem(self.tr("The pre-printed blank"), True)
        fit_combo(self.paper)
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        self.printer.setEditable(True)
        self.printer.addItems(_printers())
        self.printer.lineEdit().setPlaceholderText(self.tr("the printer's name, as the system calls it"))
        self.dx, self.dy = _millimetres(), _millimetres()
        self.dx.setObjectName("dx")
        self.dy.setObjectName("dy")
        self.dx.setToolTip(self.tr("Positive moves the print right"))
        self.dy.setToolTip(self.tr("Positive moves the print down"))
        calibration = QHBoxLayout()
        for label, box in ((self.tr("across"), self.dx), (self.tr("down"), self.dy)):
            calibration.addWidget(QLabel(label))
            calibration.addWidget(box)
        self.calibration_page = QPushButton(self.tr("Print a calibration page…"))
        self.calibration_page.setObjectName("calibration_page")
        self.calibration_page.setToolTip(self.tr("Print it onto a blank, measure how far the marks are from the "
                                                 "blank's fields, and type the offsets here."))
        self.calibration_page.clicked.connect(without_checked(self.write_calibration_page))
        calibration.addWidget(self.calibration_page)
        calibration.addStretch(1)
        self.one_file = QCheckBox(self.tr("One file per language, in the order the blanks are loaded"))
        self.one_file.setObjectName("one_file")
        self.one_file.setToolTip(self.tr("Otherwise each graduate's supplement is a file of its own."))
        self.folder = QLineEdit(folder or str(start_folder("supplements") / self.tr("Supplements {group}").format(
            group=grid.group_code)))
        self.folder.setObjectName("folder")
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("choose_folder")
        choose.clicked.connect(without_checked(self.choose_folder))
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Calibration, mm"), calibration)
        form.addRow(self.tr("Folder for the PDF files"), where)
        form.addRow("", self.one_file)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Write the PDFs"))
        buttons.accepted.connect(self.print_chosen)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.printer.currentTextChanged.connect(lambda _: self.load_calibration())
        self.paper.currentIndexChanged.connect(lambda _: self._paper_changed())
        self.load_calibration()
        self._paper_changed()

    # --- calibration -----------------------------------------------------------------------------------------

    def _paper_changed(self) -> None:
        on_blank = bool(self.paper.currentData())
        for widget in (self.dx, self.dy):
            widget.setEnabled(on_blank)

    def load_calibration(self) -> None:
        remembered = settings.active().calibration(self.printer.currentText()) if settings.active() else (0.0, 0.0)
        self.dx.setValue(remembered[0])
        self.dy.setValue(remembered[1])

    def save_calibration(self) -> None:
        if settings.active():
            settings.active().set_calibration(self.printer.currentText(), self.dx.value(), self.dy.value())

    def calibration(self):
        from desktop.reports.supplement_data import Calibration  # noqa: PLC0415

        return Calibration(self.dx.value(), self.dy.value())

    def write_calibration_page(self, path: str | None = None) -> Path | None:
        from desktop.reports.supplement_pdf import write_calibration_page  # noqa: PLC0415

        language = self.languages()[0]
        path = path or save_path(self, self.tr("Calibration page"), f"calibration-{language}.pdf",
                                 self.tr("PDF documents (*.pdf)"), purpose="calibration")
        if not path:
            return None
        self.save_calibration()
        written = write_calibration_page(Path(path), language, self.calibration())
        status_message(self.parentWidget() or self, self.tr("Calibration page written: {file}. Print it onto a "
                                                            "blank at 100% scale.").format(file=written))
        return written

    # --- printing --------------------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = folder_path(self, self.tr("Folder for the PDF files"), "supplements")
        if chosen:
            self.folder.setText(chosen)

    def languages(self) -> tuple[str, ...]:
        return tuple(str(self.language.currentData() or "kk ru").split())

    def chosen_ids(self) -> list[int]:
        return [self.students.item(n).data(ID_ROLE) for n in range(self.students.count())
                if self.students.item(n).checkState() == Qt.CheckState.Checked]

    def refused_names(self) -> list[str]:
        return [check.full_name for check in self.checks if not check.clean]

    def print_chosen(self) -> list[Path]:
        ids = self.chosen_ids()
        refused = self.refused_names()
        if not ids:
            QMessageBox.information(self, self.tr("Nothing to print"), self.tr(
                "No student is ticked. Those whose grades are not complete cannot be printed: fix what the grade "
                "check lists first.") if refused else self.tr("Tick the students whose supplements to print."))
            return []
        if refused and QMessageBox.question(self, self.tr("Print the others?"), self.tr(
                "{count} students cannot be printed until their grades agree with the curriculum:\n{names}\n\n"
                "Print the other {ready}?").format(count=len(refused), names="\n".join(refused[:15]),
                                                   ready=len(ids))) != QMessageBox.StandardButton.Yes:
            return []
        if not self.folder.text().strip():
            QMessageBox.information(self, self.tr("Nothing to print"), self.tr("Choose the folder for the files."))
            return []
        folder, languages = Path(self.folder.text().strip()), self.languages()
        on_blank = bool(self.paper.currentData())
        if on_blank:
            self.save_calibration()
        calibration = self.calibration() if on_blank else None
        whole = not refused and len(ids) == len(self.checks)
        one_file = self.one_file.isChecked()
        outcome = run_cancellable(self, self.tr("Writing the supplements…"), self.tr("Cancel"),
                                  lambda steps: write_group(self.db, self.grid.group_id, ids, folder, languages,
                                                            on_blank, calibration, steps, one_file, whole))
        return self._done(outcome, folder)

    def _done(self, outcome, folder: Path) -> list[Path]:
        from desktop.services.errors import ValidationFailed  # noqa: PLC0415
        from desktop.services.supplements import PrintCancelled  # noqa: PLC0415

        if isinstance(outcome.error, PrintCancelled):
            status_message(self.parentWidget() or self, self.tr("Printing cancelled: no file of it was kept."))
            return []
        if isinstance(outcome.error, ValidationFailed):
            show_validation(self, self.tr("Not printed"), outcome.error)
            return []
        if isinstance(outcome.error, OSError):
            QMessageBox.warning(self, self.tr("Not printed"), self.tr(
                "The files cannot be written to {folder}: {reason}").format(folder=folder, reason=outcome.error))
            return []
        if outcome.error is not None:
            raise outcome.error
        self.written = outcome.value
        status_message(self.parentWidget() or self, self.tr("{count} PDF files written to {folder}").format(
            count=len(self.written), folder=folder))
        self.accept()
        return self.written


def _millimetres() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-30.0, 30.0)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setSuffix(QCoreApplication.translate("PrintDialog", " mm"))
    return box


def _printers() -> list[str]:
    """The system's printers, the default first; none when Qt's printing support is missing (then typed)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415
    except ImportError:  # pragma: no cover - a build of Qt without printing
        return []
    names = list(QPrinterInfo.availablePrinterNames())
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda name: name != default)
