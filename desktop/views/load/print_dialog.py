"""Print the teacher-load documents of a year: the tarification list (PDF and/or Excel workbook, a draft marked
on every page), the individual load cards (the teachers chosen on the page, or all with load, in one PDF), a
department's summary or the load fulfilment report (the year, the autumn or the spring semester; the college's or
one department's), in Kazakh or Russian, into a folder, under names in the document's language. A document that
cannot be printed (nobody has load yet, no department is set up) is disabled, its tooltip saying what to do first.
The files are written in a worker (services.teacher_load_documents.write: whole or not at all); afterwards a
message names them and opens their folder, and the dialog stays open for the next document until Close.
Opened for a teacher's card it proposes the cards (of the teachers passed, ticked in a list), for a department
its summary, from the page's Print… the tarification list."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QRadioButton, QVBoxLayout)

from desktop.domain.collation import name_key
from desktop.services import teacher_load_documents as docs
from desktop.views.action_gate import ActionGate
from desktop.views.errors import run_validated
from desktop.views.file_dialogs import folder_path, remember_folder, save_path, start_folder
from desktop.views.i18n import current_language
from desktop.views.widgets import fit_combo, fit_to_screen, without_checked
from desktop.views.workers import StepProgress

PURPOSE = "teacher_load"


class LoadPrintDialog(QDialog):
    def __init__(self, db, year: int, parent=None, teacher_ids: list[int] | None = None,
                 department_id: int | None = None, folder: str | None = None):
        super().__init__(parent)
        self.db, self.year = db, year
        self.teacher_ids = list(teacher_ids) if teacher_ids else None
        self.written: list[Path] = []
        self.named: str | None = None  # the file name the user typed in the save dialog (one file only), no suffix
        self.can = docs.printable(db, year)
        self.setObjectName("load_print_dialog")
        self.setWindowTitle(self.tr("Print the teacher-load documents, {year}").format(year=f"{year}–{year + 1}"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._documents(department_id))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        self.language.setObjectName("document_language")
        self.language.addItem(self.tr("Kazakh"), "kk")
        self.language.addItem(self.tr("Russian"), "ru")
        ui = current_language()
        self.language.setCurrentIndex(self.language.findData(ui if ui in ("kk", "ru") else "kk"))
        fit_combo(self.language)
        form.addRow(self.tr("Language of the document"), self.language)
        self.folder = QLineEdit(folder or str(start_folder(PURPOSE)))
        self.folder.setObjectName("folder")
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("choose_place")
        choose.setToolTip(self.tr("One file: choose its folder and name; several: their folder."))
        choose.clicked.connect(without_checked(self.choose_place))
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        form.addRow(self.tr("Folder"), where)
        self.files = QLabel()
        self.files.setObjectName("file_names")
        self.files.setWordWrap(True)
        form.addRow(self.tr("Files"), self.files)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setObjectName("write_documents")
        self.write_button.setText(self.tr("Write the files"))
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._gate()
        for signal in (self.kind.idToggled, self.language.currentIndexChanged, self.department.currentIndexChanged,
                       self.period.currentIndexChanged, self.who.currentIndexChanged, self.only_department.toggled,
                       self.pdf.toggled, self.xlsx.toggled):
            signal.connect(self._changed)
        self.folder.textChanged.connect(lambda _: self._update())
        # opened from a teacher's card: the cards; from a department: its summary; from Print…: the first possible
        wanted = self.cards if self.teacher_ids else self.summary if department_id is not None else None
        first = wanted if wanted is not None and wanted.isEnabled() else \
            next((b for b in self.kind.buttons() if b.isEnabled()), None)
        (first or self.tarification).setChecked(True)
        self._update()
        fit_to_screen(self, max(self.sizeHint().width(), 680), self.sizeHint().height())

    # --- the form ----------------------------------------------------------------------------------------------

    def _documents(self, department_id: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("Document"))
        grid = QGridLayout(box)
        self.kind = QButtonGroup(self)
        self.tarification = QRadioButton(self.tr("Tarification list"))
        self.cards = QRadioButton(self.tr("Individual load cards"))
        self.summary = QRadioButton(self.tr("Department summary"))
        self.fulfilment = QRadioButton(self.tr("Load fulfilment report"))
        for index, (button, name) in enumerate(((self.tarification, "tarification"), (self.cards, "cards"),
                                                (self.summary, "summary"), (self.fulfilment, "fulfilment"))):
            button.setObjectName(name)
            self.kind.addButton(button, index)
            grid.addWidget(button, index, 0)
        formats = QHBoxLayout()
        self.pdf, self.xlsx = QCheckBox(self.tr("PDF")), QCheckBox(self.tr("Excel workbook"))
        self.draft = QCheckBox(self.tr("Draft (marked on every page)"))
        self.draft.setToolTip(self.tr("For checking before the director approves the list."))
        for check, name in ((self.pdf, "pdf"), (self.xlsx, "xlsx"), (self.draft, "draft")):
            check.setObjectName(name)
            formats.addWidget(check)
        self.pdf.setChecked(True)
        self.xlsx.setChecked(True)
        formats.addStretch(1)
        grid.addLayout(formats, 0, 1)
        grid.addLayout(self._cards_choice(), 1, 1)
        self.department = QComboBox()
        self.department.setObjectName("department")
        for dep_id, name_kk, name_ru in self.can.departments:
            self.department.addItem(name_ru if current_language() == "ru" and name_ru else name_kk, dep_id)
        if department_id is not None and self.department.findData(department_id) >= 0:
            self.department.setCurrentIndex(self.department.findData(department_id))
        fit_combo(self.department)
        grid.addWidget(self.department, 2, 1)
        self.period = QComboBox()
        self.period.setObjectName("period")
        for text, semester in ((self.tr("The year"), 0), (self.tr("Autumn semester"), 1),
                               (self.tr("Spring semester"), 2)):
            self.period.addItem(text, semester)
        fit_combo(self.period)
        self.only_department = QCheckBox(self.tr("Only the department chosen above"))
        self.only_department.setObjectName("only_department")
        self.only_department.setChecked(department_id is not None and bool(self.can.departments))
        period = QHBoxLayout()
        period.addWidget(self.period)
        period.addWidget(self.only_department)
        period.addStretch(1)
        grid.addLayout(period, 3, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _cards_choice(self) -> QVBoxLayout:
        """All the cards, or those of the teachers ticked in the list (those the dialog was opened for ticked)."""
        self.who = QComboBox()
        self.who.setObjectName("cards_who")
        self.who.addItem(self.tr("All teachers with load: {count}").format(count=len(self.can.teachers_with_load)),
                         False)
        self.who.addItem(self.tr("Only the teachers ticked below"), True)
        self.who.setCurrentIndex(1 if self.teacher_ids else 0)
        fit_combo(self.who)
        self.people = QListWidget()
        self.people.setObjectName("cards_teachers")
        ticked = set(self.teacher_ids or ())
        language = current_language()
        for teacher_id in sorted(self.can.teachers_with_load | ticked,
                                 key=lambda t: name_key(self.can.names.get(t, ""), language)):
            item = QListWidgetItem(self.can.names.get(teacher_id, ""))
            item.setData(Qt.ItemDataRole.UserRole, teacher_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if teacher_id in ticked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.setMaximumHeight(110)
        self.people.itemChanged.connect(self._changed)
        column = QVBoxLayout()
        column.addWidget(self.who)
        column.addWidget(self.people)
        return column

    def ticked(self) -> list[int]:
        items = (self.people.item(i) for i in range(self.people.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _gate(self) -> None:
        self.gate = ActionGate(self)
        no_load = lambda: None if self.can.teachers_with_load else self.tr(  # noqa: E731
            "No teacher has load in {year} yet: distribute the hours first.").format(year=f"{self.year}–{self.year + 1}")
        self.gate.need(self.tarification, no_load)
        self.gate.need(self.cards, lambda: None if self.teacher_ids or self.people.count() else no_load())
        self.gate.need(self.summary, lambda: None if self.can.departments else self.tr(
            "No department (cycle commission) is set up: add one under Staff…, Departments… first."))
        self.gate.need(self.fulfilment, no_load)
        self.gate.need(self.write_button, self._why_not)

    def _why_not(self) -> str | None:
        button = self.kind.checkedButton()
        if button is None:
            return self.tr("Choose the document to print.")
        why = self.gate.why_not(button)
        if why:
            return why
        if button is self.tarification and not (self.pdf.isChecked() or self.xlsx.isChecked()):
            return self.tr("Tick PDF or Excel workbook.")
        if button is self.cards and not self.chosen_only() and not self.can.teachers_with_load:
            return self.tr("No teacher has load in {year} yet: distribute the hours first.").format(
                year=f"{self.year}–{self.year + 1}")
        if button is self.cards and self.chosen_only() and not self.ticked():
            return self.tr("Tick the teachers whose cards to print.")
        if button is self.summary and not self.can.members.get(self.department.currentData()):
            return self.tr("The department {name} has no teachers.").format(name=self.department.currentText())
        if not self.folder.text().strip():
            return self.tr("Choose the folder for the files.")
        return None

    def _changed(self, *_args) -> None:
        self.named = None  # another document or language: its own name again
        self._update()

    def _update(self) -> None:
        self.gate.update()
        button = self.kind.checkedButton()
        for widget, owner in ((self.pdf, self.tarification), (self.xlsx, self.tarification),
                              (self.draft, self.tarification), (self.who, self.cards), (self.period, self.fulfilment)):
            widget.setEnabled(button is owner and owner.isEnabled())
        self.people.setEnabled(button is self.cards and self.cards.isEnabled() and self.chosen_only())
        self.only_department.setEnabled(button is self.fulfilment and bool(self.can.departments))
        self.department.setEnabled(bool(self.can.departments) and (button is self.summary or (
            button is self.fulfilment and self.only_department.isChecked())))
        self.files.setText(", ".join(self.file_names()) if button is not None else "")

    def request(self) -> docs.Request:
        button = self.kind.checkedButton()
        document = button.objectName() if button is not None else "tarification"
        tarification = document == "tarification"
        return docs.Request(document, str(self.language.currentData()), pdf=not tarification or self.pdf.isChecked(),
                            xlsx=tarification and self.xlsx.isChecked(), draft=tarification and self.draft.isChecked(),
                            teacher_ids=tuple(self.ticked()) if document == "cards" and self.chosen_only() else None,
                            department_id=self.department.currentData() if document == "summary" or (
                                document == "fulfilment" and self.only_department.isChecked()) else None,
                            semester=(self.period.currentData() or None) if document == "fulfilment" else None)

    def chosen_only(self) -> bool:
        """The cards of the teachers ticked (else of every teacher with load)."""
        return bool(self.who.currentData())

    def file_names(self) -> list[str]:
        names = docs.file_names(self.db, self.year, self.request())
        if self.named:
            names = [f"{self.named}{Path(name).suffix}" for name in names]
        return names

    def choose_place(self) -> None:
        names = docs.file_names(self.db, self.year, self.request())
        if len(names) == 1:
            suffix = Path(names[0]).suffix
            kind = self.tr("PDF documents (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbooks (*.xlsx)")
            chosen = save_path(self, self.tr("Save the document as"), self.file_names()[0], kind, purpose=PURPOSE)
            if chosen:
                path = Path(chosen)
                self.folder.setText(str(path.parent))
                self.named = path.stem if path.suffix.lower() == suffix else path.name
                self._update()
            return
        chosen = folder_path(self, self.tr("Folder for the documents"), PURPOSE, self.folder.text().strip())
        if chosen:
            self.folder.setText(chosen)

    # --- writing -----------------------------------------------------------------------------------------------

    def write(self) -> list[Path]:
        if self.gate.refused(self.write_button, self):
            return []
        request, folder, named = self.request(), Path(self.folder.text().strip()), self.named
        steps = StepProgress({"data": self.tr("reading the load"), "files": self.tr("writing the files"),
                              "done": ""}.get)
        written = run_validated(self, self.tr("Not written"), self.tr("Writing the documents…"),
                                lambda: docs.write(self.db, self.year, request, folder, named, steps), steps=steps)
        if not written:
            return []
        self.written += written
        remember_folder(str(folder), PURPOSE)
        self._tell(folder, written)
        # the dialog stays for the next document (the cards after the list, the other language); Close ends it
        return list(written)

    def _tell(self, folder: Path, written: list[Path]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Documents written"),
                          self.tr("Written to {folder}:").format(folder=folder), QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(path.name for path in written))
        open_folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
