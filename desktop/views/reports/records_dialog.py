"""The records behind an indicator, and the short lists the indicators need kept: teachers, textbook counts."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTableView, QVBoxLayout

from desktop.services import indicators, report_records
from desktop.views.dual.form import Field, FormDialog
from desktop.views.errors import confirm_and_delete
from desktop.views.filtering import SearchProxy
from desktop.views.i18n import current_language
from desktop.views.load.teacher_form import edit_teacher
from desktop.views.reports.texts import COLUMNS, EMPLOYMENT_READING, TITLES, continuing_text, percent, percent_text, t, word
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import button_row, row_table
from desktop.domain.roles import Area
from desktop.views.access.texts import refused_role


def records_model(found: indicators.Records, parent=None) -> RowTableModel:
    columns = [Column("Indicators", COLUMNS[key], (lambda row, i=i: word(row[2][i])),
                      align_right=key in ("textbooks", "kazakh_textbooks"), sort=(lambda row, i=i: _sortable(row[2][i])))
               for i, key in enumerate(found.columns)]
    model = RowTableModel(columns, parent)
    model.set_rows(found.rows)
    return model


def _sortable(value):
    return "" if value is None else (int(value) if isinstance(value, bool) else value)


def records_table(found: indicators.Records, name: str, parent) -> tuple[RowTableModel, QTableView]:
    """The records in a sortable table, first column ascending."""
    model = records_model(found, parent)
    proxy = SearchProxy(parent)  # names in the Kazakh or Russian alphabet's order, numbers by value
    proxy.setSourceModel(model)
    table = row_table(proxy, single=True)
    table.setObjectName(name)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return model, table


class RecordsDialog(QDialog):
    """What a figure counts, row by row; a student's row opens the student's card."""

    def __init__(self, db, key: str, year: int, open_record: Callable[[str, int], None] | None = None, parent=None):
        super().__init__(parent)
        self.db, self.key, self.year, self.open_record = db, key, year, open_record
        self.setWindowTitle(f"{t(TITLES[key])} — {year}")
        self.resize(1040, 560)
        layout = QVBoxLayout(self)
        figure = {f.key: f for f in indicators.figures(db, year)}[key]
        summary = QLabel(self.tr("The college: {value}; target: {target}.").format(
            value=percent_text(figure), target=percent(figure.target, None)))
        summary.setObjectName("summary")
        layout.addWidget(summary)
        if key == "employment":
            reading = QLabel(f"{continuing_text(figure)}. {t(EMPLOYMENT_READING)}")
            reading.setObjectName("reading")
            reading.setWordWrap(True)
            layout.addWidget(reading)
        if key not in indicators.DATED:
            layout.addWidget(QLabel(self.tr("Counted from the records as they are today.")))
        self.model, self.table = records_table(indicators.records(db, key, year), "records", self)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        if open_record is not None and key in ("employment", "dual_coverage"):
            layout.addWidget(QLabel(self.tr("Double-click a student to open the card.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _open(self, index) -> None:
        kind, record_id, _ = index.data(ROW_ROLE)
        if kind == "student" and self.open_record is not None:
            self.open_record("student", record_id)


class _RecordList(QDialog):
    """A short list the indicators need, with add, edit (also a double-click) and delete."""

    key = ""
    area = Area.REPORTS

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.model, self.table = records_table(indicators.records(db, self.key, 0), self.key, self)
        self.table.doubleClicked.connect(lambda _: self.findChild(QPushButton, "edit").isEnabled() and self.edit())
        layout.addWidget(self.table, 1)
        # a base class's self.tr would look in the subclass's context: name this one
        layout.addLayout(button_row([("add", QCoreApplication.translate("RecordList", "Add…"), self.add),
                                     ("edit", QCoreApplication.translate("RecordList", "Edit…"), self.edit),
                                     ("delete", QCoreApplication.translate("RecordList", "Delete"), self.delete)]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        # Edit and Delete pressed with no row chosen did nothing at all, which looked broken: off, and saying why.
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self._chosen() is not None
        refused = refused_role(self.db, self.area)()  # a role that may only read these records
        why = refused or ("" if chosen else QCoreApplication.translate("RecordList", "Select a row in the list first."))
        for name in ("edit", "delete"):
            button = self.findChild(QPushButton, name)
            button.setEnabled(chosen and not refused)
            button.setToolTip(why)
        add = self.findChild(QPushButton, "add")
        add.setEnabled(not refused)
        add.setToolTip(refused or "")

    def reload(self) -> None:
        """Read the list again, keeping the row that was chosen (the next Edit or Delete acts on it)."""
        chosen = self._chosen()
        self.model.set_rows(indicators.records(self.db, self.key, 0).rows)
        if chosen is None:
            return
        for row in range(self.table.model().rowCount()):
            if self.table.model().index(row, 0).data(ROW_ROLE)[1] == chosen[1]:
                self.table.selectRow(row)
                break

    def _chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def add(self) -> None:
        if self._form(None).exec():
            self.reload()

    def edit(self) -> None:
        row = self._chosen()
        if row is not None and self._form(row).exec():
            self.reload()

    def _form(self, row) -> FormDialog:
        raise NotImplementedError


class TeachersDialog(_RecordList):
    """The teachers and the date of each one's last qualification upgrade. New and Edit open the teacher's whole card
    (the staff list's, views.load.teacher_form): one teacher form in the application."""

    key = "teacher_upgrade"
    area = Area.LOAD  # the teacher's card belongs to the staff list

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Teachers and their qualification upgrades"))
        self.about.setText(self.tr("An upgrade more than 3 years ago (or none recorded) counts against the indicator."))

    def add(self) -> None:
        saved = edit_teacher(self, self.db, None, current_language())
        if saved is not None:
            self.reload()
            self._choose(saved)

    def edit(self) -> None:
        row = self._chosen()
        if row is not None and edit_teacher(self, self.db, row[1], current_language()) is not None:
            self.reload()

    def _choose(self, teacher_id: int) -> None:
        for row in range(self.table.model().rowCount()):
            if self.table.model().index(row, 0).data(ROW_ROLE)[1] == teacher_id:
                self.table.selectRow(row)
                break

    def delete(self) -> None:
        from desktop.views.load.staff_dialog import refused_deletion  # noqa: PLC0415

        row = self._chosen()
        if row is None or refused_deletion(self, self.db, row[1]):
            return
        if confirm_and_delete(self, self.tr("Delete the teacher {name}?").format(name=row[2][0]),
                              lambda: report_records.delete_teacher(self.db, row[1])):
            self.reload()


class LibraryDialog(_RecordList):
    """The library's textbooks by year: all of them and those in Kazakh."""

    key = "kazakh_textbooks"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("Library textbook counts"))
        self.about.hide()
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest year first

    def _form(self, row) -> FormDialog:
        year, total, kazakh = row[2] if row else (date.today().year, 0, 0)
        fields = [Field("year", self.tr("Year"), "int", year, minimum=2000, maximum=2100),
                  Field("textbooks", self.tr("All textbooks"), "int", total),
                  Field("kazakh_textbooks", self.tr("Textbooks in Kazakh"), "int", kazakh)]
        return FormDialog(self.tr("Textbook count"), fields, lambda v: report_records.set_library_count(
            self.db, v["year"], v["textbooks"], v["kazakh_textbooks"]), self)

    def delete(self) -> None:
        row = self._chosen()
        if row is not None and confirm_and_delete(self, self.tr("Delete the count of {year}?").format(year=row[1]),
                                                  lambda: report_records.delete_library_count(self.db, row[1])):
            self.reload()
