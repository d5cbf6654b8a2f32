"""The NEDB page: the open round, the pre-flight check, changes since the last file exchanged with NEDB (exported or
imported), export, import, log."""
from __future__ import annotations

import html

import getpass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from desktop.domain.contingent import last_round
from desktop.domain.roles import Area
from desktop.paths import resource_path
from desktop.services import nedb
from desktop.services.overview import student_counts
from desktop.services.preflight import PreflightIssue, preflight
from desktop.views.action_gate import ActionGate, search_box
from desktop.views.contingent.texts import choice, preflight_text
from desktop.views.errors import run_validated
from desktop.views.column_fit import fit_columns, refit_on_resize
from desktop.views.file_dialogs import save_path
from desktop.views.names import sorted_names
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import hint, mark_html, page_title, row_table, status_message, without_checked
from desktop.views.workers import busy

P, L = "PreflightColumns", "SubmissionColumns"
PREFLIGHT_COLUMNS = [
    Column(P, QT_TRANSLATE_NOOP("PreflightColumns", "Record"), lambda i: i.subject),
    Column(P, QT_TRANSLATE_NOOP("PreflightColumns", "Problem"), lambda i: preflight_text(i.code, i.params)),
]
LOG_COLUMNS = [
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "When"), lambda s: s.at.strftime("%d.%m.%Y %H:%M"),
           sort=lambda s: s.at.isoformat()),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "Round"), lambda s: round_name(s.round)),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "Direction"), lambda s: choice(s.direction)),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "Who"), lambda s: s.by),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "File"), lambda s: s.file_name),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "Students"), lambda s: s.total, align_right=True),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "Added / changed / left"),
           lambda s: f"{s.added} / {s.changed} / {s.left}"),
    Column(L, QT_TRANSLATE_NOOP("SubmissionColumns", "Checksum (SHA-256)"), lambda s: s.sha256),
]
LOG_FILE, LOG_CHECKSUM = 4, 7

ROUNDS = {"autumn": QT_TRANSLATE_NOOP("Rounds", "autumn {year} (September–October)"),
          "spring": QT_TRANSLATE_NOOP("Rounds", "spring {year} (March–April)")}


def round_name(key: str) -> str:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    year, season = key.split("-")
    return QCoreApplication.translate("Rounds", ROUNDS[season]).format(year=year)


class NedbPage(QWidget):
    open_record = Signal(str, int)  # "student" or "group", and its id
    contingent_changed = Signal()
    exported = Signal()

    def __init__(self, db, parent=None, today: date | None = None, is_demo: bool = False):
        super().__init__(parent)
        self.db = db
        self.today = today or date.today()
        self._stale = False
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("NEDB")))
        layout.addWidget(hint(self.tr("The contingent file of the National Education Database: check it, export it "
                                      "for the upload, import the file the system gives. Two rounds a year: "
                                      "September–October and March–April.")))
        self.round = QLabel()
        self.round.setTextFormat(Qt.TextFormat.RichText)  # its warning mark is an icon
        self.round.setObjectName("round")
        self.round.setWordWrap(True)
        layout.addWidget(self.round)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        keys: dict[str, QAction] = {}
        for key, text, shortcut, slot in (("check", self.tr("Check again"), "F5", self.check_again),
                                          ("export", self.tr("Export the contingent file…"), "Ctrl+E", self.export),
                                          ("export_xlsx", self.tr("Export as Excel…"), "", self.export_workbook),
                                          ("import", self.tr("Import NEDB's file…"), "", self.import_file)):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(without_checked(slot))
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(without_checked(slot))
                self.addAction(action)
                keys[key] = action
                button.setToolTip(f"{text} ({shortcut})")
            self.buttons[key] = button
            bar.addWidget(button)
        if is_demo:  # something to try the import on: the demo college's file as the system would give it
            demo = QPushButton(self.tr("Import the demo NEDB file…"))
            demo.setObjectName("import_demo")
            demo.clicked.connect(lambda: self.import_file(str(resource_path("demo", "nedb-contingent.txt"))))
            self.buttons["import_demo"] = demo
            bar.addWidget(demo)
        # An export is written down in the exchange log and an import changes students: a role that may not change
        # the contingent sees both disabled, saying why (the Excel copy only reads).
        self.gate = ActionGate(self)
        self.gate.writes(db, Area.CONTINGENT, *(self.buttons[k] for k in ("export", "import", "import_demo")
                                                if k in self.buttons), keys["export"])
        bar.addStretch(1)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        check_box = QGroupBox(self.tr("Before the round: problems to fix (double-click opens the record)"))
        check_layout = QVBoxLayout(check_box)
        self.issue_model = RowTableModel(PREFLIGHT_COLUMNS, self)
        self.issues = row_table(self.issue_model, single=True)
        self.issues.setObjectName("issues")
        # Grouped by problem and, within a problem, by the alphabet: the sort is stable, so the second keeps the first.
        self.issues.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.issues.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.issues.doubleClicked.connect(self._open_issue)
        self.issue_count = QLabel()
        self.issue_count.setObjectName("issue_count")
        # Fifty problems and more before a round: a name or a kind of problem is found by typing it.
        self.search = search_box(self, self.tr("Find a student, a group or a problem (Ctrl+F)"))
        self.search.textChanged.connect(self._show_issues)
        self._all_issues: list[PreflightIssue] = []
        count_row = QHBoxLayout()
        count_row.addWidget(self.issue_count)
        count_row.addWidget(self.search, 1)
        check_layout.addLayout(count_row)
        check_layout.addWidget(self.issues, 1)
        top.addWidget(check_box)
        # the service compares with the last file exchanged, imported as well as exported: "since the last export"
        # made a registrar who had just imported think the import was lost
        changes_box = QGroupBox(self.tr("Since the last exchange with NEDB (import or export)"))
        changes_layout = QVBoxLayout(changes_box)
        self.changes_label = QLabel()
        self.changes_label.setObjectName("changes")
        self.changes_label.setWordWrap(True)
        self.changes_list = QListWidget()
        changes_layout.addWidget(self.changes_label)
        changes_layout.addWidget(self.changes_list, 1)
        top.addWidget(changes_box)
        top.setSizes([700, 400])
        splitter.addWidget(top)
        log_box = QGroupBox(self.tr("Submission log"))
        log_layout = QVBoxLayout(log_box)
        self.log_model = RowTableModel(LOG_COLUMNS, self)
        self.log = row_table(self.log_model)
        self.log.setObjectName("log")
        self.log.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # Every title whole at 1366 pixels: the checksum gives way, cut in its middle (its start and end are what is
        # compared by eye), and the file name after it.
        self.log.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        refit_on_resize(self.log, self._fit_log)
        log_layout.addWidget(self.log)
        splitter.addWidget(log_box)
        splitter.setSizes([480, 220])
        layout.addWidget(splitter, 1)
        self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_busy()

    def showEvent(self, event) -> None:
        if self._stale:
            self._refresh_busy()
        super().showEvent(event)

    def _refresh_busy(self) -> None:
        # The check reads every student (a second or more in a large college): the wait cursor, and a word in the
        # status bar, rather than a page that seems to hang when it is shown.
        with busy(self, self.tr("Checking the contingent for NEDB…")):
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        reminder = nedb.round_reminder(self.db, self.today)
        if reminder is None:
            self.round.setText(self.tr("No collection round is open now; the last one was {round}.").format(
                round=round_name(last_round(self.today))))
        elif reminder.exported:
            self.round.setText(self.tr("The {round} round is open; the contingent has been exported in it.").format(
                round=round_name(reminder.round)))
        else:
            self.round.setText(mark_html(False) + " " + html.escape(self.tr(
                "The {round} round is open and the contingent has not been exported in it yet.").format(
                round=round_name(reminder.round))))
        self._all_issues = preflight(self.db)
        self._show_issues()
        self.issues.resizeColumnsToContents()
        changes = nedb.changes_since_last_export(self.db, self.today)
        if changes.since is None:
            # Whom the file counts, said: this year's leavers are in it, so its count is more than the students
            # studying that the overview shows.
            counts = student_counts(self.db, self.today)
            self.changes_label.setText(self.tr(
                "No file has been exchanged with NEDB yet: the file carries {count} students ({active} studying or on leave, "
                "{left} who left this academic year), all new to NEDB.").format(
                count=len(changes.added), active=counts.studying, left=counts.left_this_year))
        else:
            self.changes_label.setText(self.tr("Since the {direction} of {when}: {added} added, {changed} changed, "
                                               "{left} left.").format(
                direction=choice(changes.since.direction), when=changes.since.at.strftime("%d.%m.%Y %H:%M"),
                added=len(changes.added),
                changed=len(changes.changed), left=len(changes.left)))
        self.changes_list.clear()
        if changes.since is not None:
            for label, names in ((self.tr("added"), changes.added), (self.tr("changed"), changes.changed),
                                 (self.tr("left"), changes.left)):
                for name in sorted_names(names):  # by the interface language's alphabet
                    self.changes_list.addItem(f"{label}: {name}")
        self.log_model.set_rows(nedb.list_submissions(self.db))
        self._fit_log()

    def _fit_log(self) -> None:
        fit_columns(self.log, shrinkable=(LOG_FILE, LOG_CHECKSUM))

    def _show_issues(self) -> None:
        issues, words = self._all_issues, self.search.text().casefold().split()
        shown = [i for i in issues if all(w in f"{i.subject} {preflight_text(i.code, i.params)}".casefold()
                                          for w in words)]
        self.issue_model.set_rows(shown)
        if not issues:
            self.issue_count.setText(self.tr("No problems found."))
        elif len(shown) < len(issues):
            self.issue_count.setText(self.tr("{shown} of {count} problems").format(shown=len(shown), count=len(issues)))
        else:
            self.issue_count.setText(self.tr("{count} problems").format(count=len(issues)))

    def check_again(self) -> None:
        """Check again, and say so: the list may well come back the same, which looked like nothing happened."""
        self._refresh_busy()
        count = len(self._all_issues)
        status_message(self, self.tr("Checked again: {count} problems.").format(count=count) if count
                       else self.tr("Checked again: no problems found."))

    def _open_issue(self, index) -> None:
        issue: PreflightIssue = index.data(ROW_ROLE)
        if issue is not None:
            self.open_record.emit(issue.target, issue.target_id)

    def export(self) -> None:
        if self.gate.refused(self.buttons["export"]):
            return
        # The problems are told before the file is named: asked after, the registrar has chosen a place and a name
        # for a file they then decide not to write.
        issues = len(self._all_issues)  # all of them, whatever the search shows
        if issues and QMessageBox.question(
                self, self.tr("Export the contingent file"),
                self.tr("The check found {count} problems. Export anyway?").format(count=issues)
        ) != QMessageBox.StandardButton.Yes:
            return
        default = f"nedb-contingent-{last_round(self.today)}.txt"
        path = save_path(self, self.tr("Export the contingent file"), default, self.tr("NEDB files (*.txt)"))
        if not path:
            return
        row = run_validated(self, self.tr("Not exported"), self.tr("Writing the NEDB file…"),
                            lambda: nedb.export_contingent(self.db, Path(path), self._user(), self.today))
        if row is not None:
            self.refresh()
            self.exported.emit()
            QMessageBox.information(self, self.tr("Export the contingent file"), self.tr(
                "{count} students written to {file}. The file is readable by you alone: it holds personal data."
            ).format(count=row.total, file=path))

    def _user(self) -> str:
        """Who the exchange log names: the signed-in user (the computer's account for a local file's one user)."""
        return self.db.actor.name or getpass.getuser()

    def export_workbook(self) -> None:
        path = save_path(self, self.tr("Export as Excel"), "nedb-contingent.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            count = run_validated(self, self.tr("Not exported"), self.tr("Writing the workbook…"),
                                  lambda: nedb.export_workbook(self.db, Path(path), self.today))
            if count is not None:
                QMessageBox.information(self, self.tr("Export as Excel"),
                                        self.tr("{count} students written to {file}.").format(count=count, file=path))

    def import_file(self, path: str | None = None) -> None:
        if self.gate.refused(self.buttons["import"]):
            return
        from desktop.views.contingent.import_dialogs import import_nedb_file  # noqa: PLC0415

        from desktop.views.contingent.page import announce_nedb_import  # noqa: PLC0415

        result = import_nedb_file(self, self.db, path)
        if result is not None:
            self.refresh()
            self.contingent_changed.emit()
            announce_nedb_import(self, result)
