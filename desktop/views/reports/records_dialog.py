"""The records behind an indicator, and the short lists the indicators need kept: teachers, textbook counts."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop.services import indicators, report_records
from desktop.views.dual.form import Field, FormDialog
from desktop.views.errors import confirm_and_delete
from desktop.views.reports.texts import COLUMNS, TITLES, percent_text, t, word
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel
from desktop.views.widgets import button_row, row_table


def records_model(found: indicators.Records, parent=None) -> RowTableModel:
    columns = [Column("Indicators", COLUMNS[key], (lambda row, i=i: word(row[2][i])),
                      align_right=key in ("textbooks", "kazakh_textbooks"), sort=(lambda row, i=i: _sortable(row[2][i])))
               for i, key in enumerate(found.columns)]
    model = RowTableModel(columns, parent)
    model.set_rows(found.rows)
    return model


def _sortable(value):
    return "" if value is None else (int(value) if isinstance(value, bool) else value)


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
            value=percent_text(figure), target="—" if figure.target is None else f"{figure.target:g}%"))
        summary.setObjectName("summary")
        layout.addWidget(summary)
        if key not in indicators.DATED:
            layout.addWidget(QLabel(self.tr("Counted from the records as they are today.")))
        self.model = records_model(indicators.records(db, key, year), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = row_table(proxy)
        self.table.setObjectName("records")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
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


class TeachersDialog(QDialog):
    """The teachers and the date of each one's last qualification upgrade."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Teachers and their qualification upgrades"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("An upgrade more than 3 years ago (or none recorded) counts against the indicator.")))
        self.model = records_model(indicators.records(db, "teacher_upgrade", 0), self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table = row_table(proxy, single=True)
        self.table.setObjectName("teachers")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.edit())
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([("add", self.tr("Add…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                                     ("delete", self.tr("Delete"), self.delete)]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()

    def reload(self) -> None:
        self.model.set_rows(indicators.records(self.db, "teacher_upgrade", 0).rows)

    def _chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _form(self, title: str, row=None) -> FormDialog:
        teacher = next((x for x in report_records.list_teachers(self.db) if row and x.id == row[1]), None)
        fields = [Field("full_name", self.tr("Full name"), value=teacher.full_name if teacher else ""),
                  Field("iin", self.tr("IIN (optional)"), value=teacher.iin if teacher else ""),
                  Field("last_upgrade_on", self.tr("Last qualification upgrade"), "date",
                        value=teacher.last_upgrade_on if teacher else None)]

        def save(values: dict):
            if teacher is None:
                return report_records.add_teacher(self.db, values["full_name"], values["last_upgrade_on"],
                                                  values["iin"].strip() or None)
            return report_records.update_teacher(self.db, teacher.id, values["full_name"], values["last_upgrade_on"],
                                                 values["iin"].strip() or None)
        return FormDialog(title, fields, save, self)

    def add(self) -> None:
        if self._form(self.tr("New teacher")).exec():
            self.reload()

    def edit(self) -> None:
        row = self._chosen()
        if row is not None and self._form(self.tr("Teacher"), row).exec():
            self.reload()

    def delete(self) -> None:
        row = self._chosen()
        if row is not None and confirm_and_delete(self, self.tr("Delete the teacher {name}?").format(name=row[2][0]),
                                                  lambda: report_records.delete_teacher(self.db, row[1])):
            self.reload()


class LibraryDialog(QDialog):
    """The library's textbooks by year: all of them and those in Kazakh."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Library textbook counts"))
        self.resize(520, 380)
        layout = QVBoxLayout(self)
        self.model = records_model(indicators.records(db, "kazakh_textbooks", 0), self)
        self.table = row_table(self.model, single=True)
        self.table.setSortingEnabled(False)
        self.table.setObjectName("library")
        self.table.doubleClicked.connect(lambda _: self.edit())
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([("add", self.tr("Add a year…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                                     ("delete", self.tr("Delete"), self.delete)]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self.model.set_rows(indicators.records(self.db, "kazakh_textbooks", 0).rows)

    def _chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _form(self, values: tuple | None) -> FormDialog:
        from datetime import date  # noqa: PLC0415

        year, total, kazakh = values or (date.today().year, 0, 0)
        fields = [Field("year", self.tr("Year"), "int", year, minimum=2000, maximum=2100),
                  Field("textbooks", self.tr("All textbooks"), "int", total),
                  Field("kazakh_textbooks", self.tr("Textbooks in Kazakh"), "int", kazakh)]
        return FormDialog(self.tr("Textbook count"), fields, lambda v: report_records.set_library_count(
            self.db, v["year"], v["textbooks"], v["kazakh_textbooks"]), self)

    def add(self) -> None:
        if self._form(None).exec():
            self.reload()

    def edit(self) -> None:
        row = self._chosen()
        if row is not None and self._form(row[2]).exec():
            self.reload()

    def delete(self) -> None:
        row = self._chosen()
        if row is not None and confirm_and_delete(self, self.tr("Delete the count of {year}?").format(year=row[1]),
                                                  lambda: report_records.delete_library_count(self.db, row[1])):
            self.reload()
