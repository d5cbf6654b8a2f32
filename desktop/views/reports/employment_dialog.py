"""Each graduate of a year with what is known within 12 months: status, date, employer, evidence; to and from Excel."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.indicators import STATUSES, EmploymentEntry
from desktop.services import employment
from desktop.services.errors import ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.domain.roles import Area
from desktop.views.access.conflicts import show_stale
from desktop.views.access.texts import may_write, refused_role
from desktop.views.action_gate import may_discard
from desktop.views.contingent.fields import ChoiceBox, DateField
from desktop.views.errors import run_validated, show_validation
from desktop.views.file_dialogs import open_path, save_path
from desktop.views.reports.texts import STATUS_TEXTS, YES, t
from desktop.views.widgets import button_row, fit_cell_widgets, fit_to_screen

STATUS, DATE, EMPLOYER, EVIDENCE = 3, 4, 5, 6
# Wide enough for every column in Russian, the longest (“подтверждено документами” was cut at 1180), and within
# what a 1366-pixel screen leaves a dialog.
WIDTH = 1340


class EmploymentDialog(QDialog):
    """Changes are kept until Save and written all at once (nothing is written when one of them is wrong)."""

    def __init__(self, db, year: int, language: str = "kk", parent=None):
        super().__init__(parent)
        self.db, self.year, self.language = db, year, language
        self.setWindowTitle(self.tr("Graduates of {year}: employment").format(year=year))
        fit_to_screen(self, WIDTH, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        top.addWidget(self.summary, 1)
        self.only_unknown = QCheckBox(self.tr("Only those still unknown"))
        self.only_unknown.setObjectName("only_unknown")
        self.only_unknown.toggled.connect(self._filter)
        top.addWidget(self.only_unknown)
        layout.addLayout(top)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("graduates")
        self.table.setHorizontalHeaderLabels([self.tr("Graduate"), self.tr("Group"), self.tr("State order"),
                                              self.tr("Status"), self.tr("Date"), self.tr("Employer"),
                                              self.tr("Evidence")])
        self.table.horizontalHeader().setStretchLastSection(True)  # row numbers stay: a problem names its row
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([
            ("export", self.tr("Save the list to Excel…"), self.export),
            ("import", self.tr("Read statuses from Excel…"), self.import_file)]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()
        if not may_write(db, Area.EMPLOYMENT):  # read only: the statuses show, nothing invites a change
            reason = refused_role(db, Area.EMPLOYMENT)()
            for widget in (buttons.button(QDialogButtonBox.StandardButton.Save), self.findChild(QWidget, "import")):
                widget.setEnabled(False)
                widget.setToolTip(reason)
            for row in self.widgets:
                for widget in row:
                    widget.setEnabled(False)

    def load(self) -> None:
        self.rows = employment.graduates(self.db, self.year, self.language)
        self.table.setRowCount(len(self.rows))
        self.widgets = []
        labels = {key: t(text) for key, text in STATUS_TEXTS.items()}
        for row, g in enumerate(self.rows):
            for column, text in enumerate((g.name, g.group_code, t(YES) if g.state_order else "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
            status = ChoiceBox(STATUSES, g.status, labels=labels)
            on = DateField(g.on, optional=True)
            employer = QLineEdit(g.employer)
            evidence = ChoiceBox(employment.EVIDENCE, g.evidence or "self_reported", labels=labels)
            status.currentIndexChanged.connect(lambda _=0, r=row: self._status_changed(r))
            for column, widget in zip((STATUS, DATE, EMPLOYER, EVIDENCE), (status, on, employer, evidence)):
                self.table.setCellWidget(row, column, widget)
            self.widgets.append((status, on, employer, evidence))
        self.table.resizeColumnsToContents()
        fit_cell_widgets(self.table)  # the status and date boxes were cut to their columns' titles
        self.table.setColumnWidth(EMPLOYER, max(220, self.table.columnWidth(EMPLOYER)))
        self._summarise()
        self._filter()

    def _summarise(self) -> None:
        unknown = sum(1 for status, *_ in self.widgets if status.value() == "unknown")
        self.summary.setText(self.tr("{count} graduates, {unknown} still unknown.").format(
            count=len(self.rows), unknown=unknown))

    def _status_changed(self, row: int) -> None:
        status, on, *_ = self.widgets[row]
        if status.value() != "unknown" and on.value() is None:  # a status is as of a day: today unless told
            graduated = self.rows[row].graduated_on
            on.set_value(min(max(date.today(), graduated), employment.first_year_end(graduated)))
        self._summarise()

    def _filter(self) -> None:
        for row, (status, *_) in enumerate(self.widgets):
            self.table.setRowHidden(row, self.only_unknown.isChecked() and status.value() != "unknown")

    def changes(self) -> dict[int, EmploymentEntry]:
        found = {}
        for g, (status, on, employer, evidence) in zip(self.rows, self.widgets):
            entry = EmploymentEntry(status.value(), on.value(), employer.text().strip(), evidence.value())
            if status.value() == "unknown" and g.status == "unknown":
                continue
            if (entry.status, entry.on, entry.employer, entry.evidence) != (g.status, g.on, g.employer, g.evidence):
                found[g.student_id] = entry
        return found

    def _write(self) -> bool:
        entries = self.changes()
        if not entries:
            return True
        rows = {g.student_id: {"row": number} for number, g in enumerate(self.rows, start=1)}
        versions = {g.student_id: g.row_version for g in self.rows if g.student_id in entries}
        try:
            employment.save_all(self.db, entries, rows, versions)  # a problem names the row of this list
        except ValidationFailed as error:
            show_validation(self, self.windowTitle(), error)
            return False
        except StaleRecord as error:  # someone else recorded one of these graduates meanwhile: nothing was saved
            if show_stale(self, error):
                self.load()
            return False
        return True

    def save(self) -> None:
        if self._write():
            self.accept()

    def reject(self) -> None:
        """Cancel, Escape or the window's cross ask first when statuses were changed: a morning of typing had
        gone with one key."""
        if may_discard(self, bool(self.changes())):
            super().reject()

    def export(self, path: str | None = None) -> Path | None:
        if not path:
            path = save_path(self, self.tr("Save the list to Excel"), f"graduates-{self.year}.xlsx",
                             self.tr("Excel workbooks (*.xlsx)"), purpose="employment")
        if not path:
            return None
        language = "ru" if self.language == "ru" else "kk"  # the sheet is in a printed language, never English
        written = run_validated(self, self.tr("Not saved"), self.tr("Saving…"),
                                lambda: employment.export_employment(self.db, Path(path), self.year, language))
        return None if written is None else Path(path)

    def import_file(self, path: str | None = None) -> int | None:
        """Unsaved changes here are saved first, so that the file's statuses come on top of them."""
        if not path:
            path = open_path(self, self.tr("Read statuses from Excel"), self.tr("Excel workbooks (*.xlsx)"),
                             purpose="employment")
        if not path or not self._write():
            return None
        count = run_validated(self, self.tr("Not read"), self.tr("Reading…"),
                              lambda: employment.import_employment(self.db, Path(path), self.year))
        if count is not None:
            self.load()
            self.summary.setText(self.summary.text() + " " + self.tr("{count} read from the file.").format(count=count))
        return count
