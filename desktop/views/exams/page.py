"""The Demonstration exams page: sessions, the selected session's candidates and panel, and the figures."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QInputDialog, QLabel, QListWidget, QMessageBox, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.roles import Area
from desktop.services import contingent, exam_documents, exams
from desktop.services.errors import FieldProblem, ValidationFailed
from desktop.views.access.texts import refused_role
from desktop.views.dual.form import Field, FormDialog
from desktop.views.errors import run_validated, show_validation
from desktop.views.file_dialogs import open_path, save_path
from desktop.views.messages import problem_text
from desktop.views.exams.feedback import tell
from desktop.views.exams.texts import exam_choice, mark_text
from desktop.views.column_fit import fit_columns, refit_on_resize
from desktop.views.exams.sessions_list import SHRINKABLE, SessionModel
from desktop.views.table_model import ROW_ROLE
from desktop.views.widgets import button_row, hint, page_title, remember_sizes, row_table

# What each button acts on: pressed without it, a button would do nothing, so it is disabled and its tooltip (and,
# when called anyway, the status bar) says what to select.
NEEDS = {"edit_session": "session", "delete_session": "session", "add_group": "session", "draw": "session",
         "scores": "session", "import_scores": "session", "finish": "session", "protocol": "session",
         "results": "session", "add_expert": "session", "remove_expert": "expert", "remove_candidate": "candidate"}
# The buttons that change records: off, saying why, for a role that may not change the exams. Edit the session…
# and Scores… stay: they open read-only.
WRITING = ("new_session", "import_scheme", "delete_session", "add_group", "draw", "import_scores", "finish",
           "add_expert", "remove_expert", "remove_candidate")


# The suggested file names in the document's language (Kazakh or Russian, as it prints): a registrar looks for
# "хаттама" among the files, not "protocol". Cyrillic names are fine on Windows and Linux file systems.
FILE_WORDS = {"protocol": {"kk": "хаттама", "ru": "протокол"}, "results": {"kk": "нәтижелер", "ru": "результаты"}}


class ExamsPage(QWidget):
    def __init__(self, db, language: str = "kk", parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.document = None
        self.role_refusal = refused_role(db, Area.EXAMS)  # why this role may not change the exams (None: it may)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Demonstration exams")))
        layout.addWidget(hint(self.tr("Plan a session, draw the task, enter the scores of each candidate; a pass "
                                      "records the qualification on the student. The grading scale is data.")))
        layout.addLayout(button_row((("new_session", self.tr("New session…"), self.new_session),
                                     ("edit_session", self.tr("Edit the session…"), self.edit_session),
                                     ("delete_session", self.tr("Delete the planned session"), self.delete_session),
                                     ("import_scheme", self.tr("Marking scheme from Excel…"), self.import_scheme))))
        # The sessions above the tabs, both the page's whole width: side by side at 1366 pixels the list cut its
        # words ("кор…", "жоспарла…") and the candidates' names, and a cut "тапсырмады" (failed) read as passed.
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        self.session_model = SessionModel(self)
        self.sessions = row_table(self.session_model, single=True)
        self.sessions.setObjectName("sessions")
        self.sessions.setMinimumHeight(90)  # the header and two sessions
        refit_on_resize(self.sessions, lambda: fit_columns(self.sessions, SHRINKABLE))  # to the list's width as it changes
        self._placed = False
        splitter.addWidget(self.sessions)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._candidates_tab(), self.tr("Candidates and scores"))
        self.tabs.addTab(self._panel_tab(), self.tr("Panel"))
        self.tabs.addTab(self._figures_tab(), self.tr("Checks and figures"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.sessions.selectionModel().selectionChanged.connect(self._show_session)
        self.panel.itemSelectionChanged.connect(self.update_buttons)
        why = self.role_refusal()
        for name in ("new_session", "import_scheme"):  # they need nothing selected: only the role may stop them
            button = self.findChild(QPushButton, name)
            button.setEnabled(why is None)
            button.setToolTip(why or "")
        self.reload()

    # --- building --------------------------------------------------------------------------------

    def _candidates_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        rows = ((("add_group", self.tr("Candidates from a group…"), self.add_group),
                 ("draw", self.tr("Draw the task"), self.draw),
                 ("scores", self.tr("Scores…"), self.enter_scores),
                 ("import_scores", self.tr("Import scores…"), self.import_scores)),
                (("finish", self.tr("Finish and award"), self.finish),
                 ("protocol", self.tr("Protocol (PDF)…"), self.print_protocol),
                 ("results", self.tr("Results (Excel)…"), self.save_results),
                 ("remove_candidate", self.tr("Remove the candidate"), self.remove_candidate)))
        for specs in rows:  # two rows of buttons: one would not fit beside the sessions
            layout.addLayout(button_row(specs))
        self.candidates = QTableWidget()
        self.candidates.setObjectName("candidates")
        self.candidates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.candidates.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.candidates.doubleClicked.connect(lambda _: self.enter_scores())
        refit_on_resize(self.candidates, self._fit_candidates)
        self.candidates.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.candidates, 1)
        return page

    def _panel_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row((("add_expert", self.tr("Add an expert…"), self.add_expert),
                                     ("remove_expert", self.tr("Remove the expert"), self.remove_expert))))
        self.panel = QTableWidget(0, 4)
        self.panel.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Organisation"),
                                              self.tr("Certificate")])
        self.panel.setObjectName("panel")
        self.panel.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.panel.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.panel.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        refit_on_resize(self.panel, lambda: fit_columns(self.panel, shrinkable=(2,)))
        layout.addWidget(self.panel, 1)
        return page

    def _figures_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setWordWrap(True)
        self.figures.setToolTip(self.tr(
            "Whether the college holds demonstration exams, as the ministry's indicator counts it: a session in the "
            "demonstration form that has taken place and assessed at least one candidate. The share counts the "
            "students in their last course who sat a demonstration exam and were scored."))
        layout.addWidget(self.figures)
        layout.addWidget(QLabel(self.tr("QUAL-EXAM: worker qualifications without a qualification exam for the group:")))
        self.gaps = QListWidget()
        self.gaps.setObjectName("gaps")
        layout.addWidget(self.gaps, 1)
        layout.addWidget(QLabel(self.tr("Results by qualification:")))
        self.results = QListWidget()
        self.results.setObjectName("results")
        layout.addWidget(self.results, 1)
        return page

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The first time shown: the list as tall as four sessions (a college holds a few a year; more scroll),
        the rest for the candidates, unless this user left the divider elsewhere."""
        super().showEvent(event)
        if not self._placed and self.splitter.height() > 0:
            self._placed = True
            if remember_sizes(self.splitter, "exams/sessions_splitter"):
                return
            total = self.splitter.height() - self.splitter.handleWidth()
            rows = max(2, min(4, self.session_model.rowCount()))
            top = (self.sessions.horizontalHeader().sizeHint().height() + rows * self.sessions.verticalHeader()
                   .defaultSectionSize() + 2 * self.sessions.frameWidth() + 2)
            self.splitter.setSizes([top, total - top])

    # --- data ------------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.document.session_id if self.document else None)
        self.session_model.set_rows(exams.list_sessions(self.db))
        fit_columns(self.sessions, SHRINKABLE)
        rows = self.session_model.rows()
        target = next((n for n, s in enumerate(rows) if s.id == keep), 0 if rows else None)
        if target is not None:
            self.sessions.selectRow(target)
        self._show_session()
        share = exams.assessed_share(self.db)
        percent = "—" if share.percent is None else f"{share.percent:.1f}"
        holds = self.tr("yes") if exams.holds_demonstration_exams(self.db) else self.tr("no")
        self.figures.setText(self.tr("Graduating students assessed by a demonstration exam: {percent}% ({assessed} of "
                                     "{total}). The college holds demonstration exams: {holds}.").format(
            percent=percent, assessed=share.assessed, total=share.graduating, holds=holds))
        self.gaps.clear()
        for gap in exams.qual_exam_gaps(self.db):
            self.gaps.addItem(f"{gap.group_code}: {gap.qualification}")
        self.results.clear()
        for line in exams.results_by_qualification(self.db):
            mean = "—" if line.mean_total is None else mark_text(line.mean_total)
            self.results.addItem(self.tr("{qualification}: {candidates} candidates, {passed} passed, {absent} absent, "
                                         "mean {mean}").format(qualification=f"{line.specialty} / {line.qualification}",
                                                               candidates=line.candidates, passed=line.passed,
                                                               absent=line.absent, mean=mean))

    def selected_session(self):
        rows = self.sessions.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_expert_row(self) -> int:
        rows = self.panel.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_candidate_row(self) -> int:
        rows = self.candidates.selectionModel().selectedRows()
        return rows[0].row() if rows and self.document and rows[0].row() < len(self.document.lines) else -1

    def missing(self, what: str) -> str:
        """What to select before an action on `what` ("session", "expert" or "candidate"), or "" when it is."""
        if self.selected_session() is None:
            return self.tr("Select a session in the list first.")
        if what == "expert" and self.selected_expert_row() < 0:
            return self.tr("Select an expert on the Panel tab first.")
        if what == "candidate" and self.selected_candidate_row() < 0:
            return self.tr("Select a candidate in the list first.")
        return ""

    def update_buttons(self) -> None:
        why = self.role_refusal()
        for name, what in NEEDS.items():
            button = self.findChild(QPushButton, name)
            missing = (why if name in WRITING else None) or self.missing(what)
            button.setEnabled(not missing)
            button.setToolTip(missing)

    def _has(self, what: str, writes: bool = True) -> bool:
        """Whether the action can go on; if not, the status bar says what to select, or that the role may not
        change the exams (a disabled button's slot still runs from a double click or a shortcut)."""
        missing = (self.role_refusal() if writes else None) or self.missing(what)
        if missing:
            tell(self, missing)
        return not missing

    def _may(self) -> bool:
        """Whether the role may change the exams; if not, the status bar says why."""
        why = self.role_refusal()
        if why:
            tell(self, why)
        return not why

    def _show_session(self) -> None:
        chosen = self.selected_session()
        same = self.document is not None and chosen is not None and self.document.session_id == chosen.id
        keep_candidate = self._student_of_row() if same else None
        keep_expert = self.selected_expert_row() if same else -1
        self.document = exam_documents.protocol_document(self.db, chosen.id) if chosen else None
        self._fill_session()
        if keep_candidate is not None:  # the same session again (after an action): the same candidate current
            self.select_candidate(keep_candidate[0])
        if 0 <= keep_expert and self.panel.rowCount():
            self.panel.selectRow(min(keep_expert, self.panel.rowCount() - 1))
        self.update_buttons()

    def select_candidate(self, student_id: int) -> None:
        row = next((n for n, line in enumerate(self.document.lines) if line.student_id == student_id), None)
        if row is not None:
            self.candidates.setCurrentCell(row, 0)
            self.candidates.scrollToItem(self.candidates.item(row, 0))

    def _fill_session(self) -> None:
        doc = self.document
        self.candidates.clear()
        self.panel.setRowCount(0)
        if doc is None:
            self.facts.setText(self.tr("No session yet: make one with New session…"))
            self.candidates.setRowCount(0)
            return
        self.facts.setText(self.tr("№ {id}: {kind}, {form}; {qualification}; {start} – {end}; task: {task}; pass mark "
                                   "{mark}").format(id=doc.session_id, kind=exam_choice(doc.kind),
                                                    form=exam_choice(doc.form), qualification=doc.qualification[0],
                                                    start=doc.starts_on.strftime("%d.%m.%Y"),
                                                    end=doc.ends_on.strftime("%d.%m.%Y"), task=doc.drawn_task or "—",
                                                    mark=mark_text(doc.pass_mark)))
        headers = [self.tr("Candidate"), self.tr("Group"), *(a.code for a in doc.aspects), self.tr("Total"),
                   self.tr("Grade"), self.tr("Result")]
        self.candidates.setColumnCount(len(headers))
        self.candidates.setHorizontalHeaderLabels(headers)
        self.candidates.setRowCount(len(doc.lines))
        for row, line in enumerate(doc.lines):
            result = (self.tr("absent") if line.absent else "" if line.passed is None
                      else self.tr("passed") if line.passed else self.tr("failed"))
            cells = [line.name, line.group_code, *(mark_text(line.marks.get(a.code)) for a in doc.aspects),
                     mark_text(line.total), line.letter, result]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(text)
                self.candidates.setItem(row, column, item)
        self._fit_candidates()
        self.panel.setRowCount(len(doc.experts))
        for row, (name, role, organisation, certificate) in enumerate(doc.experts):
            for column, text in enumerate((name, exam_choice(role), organisation, certificate)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.panel.setItem(row, column, item)
        fit_columns(self.panel, shrinkable=(2,))

    def _fit_candidates(self) -> None:
        """Every mark, the total, grade and result in view at 1366 pixels: only a long name gives way ("…", its
        tooltip whole). A result is never cut: "тапсырм…" would leave "тапсырмады" (failed) and "тапсырды"
        (passed) to a guess."""
        fit_columns(self.candidates, shrinkable=(0,), grow=0)  # room to spare: the names'

    # --- actions ---------------------------------------------------------------------------------

    def _run(self, title: str, work) -> bool:
        try:
            work()
        except ValidationFailed as error:
            show_validation(self, title, error)
            return False
        self.reload()
        return True

    def new_session(self) -> None:
        if not self._may():
            return
        start = date.today() + timedelta(days=14)
        self._session_form(self.tr("New exam session"), exams.SessionData(
            "qualification", "demonstration", "", start, start, "workshop", pass_mark=Decimal(50)), None)

    def edit_session(self) -> None:
        chosen = self.selected_session()
        if self._has("session", writes=False):  # a role without the exams reads it
            self._session_form(self.tr("Exam session № {id}").format(id=chosen.id),
                               exams.session_data(self.db, chosen.id), chosen.id)

    def _session_form(self, title: str, d: exams.SessionData, session_id: int | None) -> None:
        from desktop.views.exams.session_form import session_form  # noqa: PLC0415

        dialog = session_form(self, title, d, session_id)
        if dialog.exec() or dialog.refused:
            self.reload(dialog.result_value or session_id)

    def import_scheme(self, path: str | None = None, title: str | None = None) -> None:
        if not self._may():
            return
        if not path:
            path = open_path(self, self.tr("Marking scheme from Excel"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Marking scheme from Excel"), self.tr("Title of the scheme:"),
                                             text=Path(path).stem)
            if not ok:
                return
        self._run(self.tr("Scheme not imported"), lambda: exam_documents.import_scheme(self.db, Path(path), title, title))

    def add_group(self) -> None:
        session = self.selected_session()
        if not self._has("session"):
            return
        groups = contingent.list_groups(self.db)
        codes = [g.code for g in groups]
        code, ok = QInputDialog.getItem(self, self.tr("Candidates from a group"), self.tr("Group:"), codes, 0, False)
        if ok and code in codes:
            group = groups[codes.index(code)]
            ids = [s.id for s in contingent.list_students(self.db) if s.group_id == group.id and s.status == "studying"]
            self._run(self.tr("Candidates not added"), lambda: exams.add_candidates(self.db, session.id, ids))

    def add_expert(self) -> None:
        session = self.selected_session()
        if not self._has("session"):
            return
        roles = tuple((v, exam_choice(v)) for v in exams.ROLES)
        if FormDialog(self.tr("Add an expert"), [
                Field("full_name", self.tr("Name")), Field("role", self.tr("Role"), "choice", "expert", roles),
                Field("organisation", self.tr("Organisation")), Field("certificate", self.tr("Certificate"))],
                lambda v: exams.add_expert(self.db, session.id, v["full_name"], v["role"], v["organisation"],
                                           v["certificate"]), self).exec():
            self.reload()
            self.panel.setCurrentCell(self.panel.rowCount() - 1, 0)  # the expert just added

    def remove_expert(self) -> None:
        session, row = self.selected_session(), self.selected_expert_row()
        if not self._has("expert"):
            return
        experts = exams.list_experts(self.db, session.id)
        if row >= len(experts):
            return
        if QMessageBox.question(self, self.tr("Remove the expert"), self.tr(
                "Remove {name} from the panel of session № {id}?").format(name=experts[row][1], id=session.id)) \
                != QMessageBox.StandardButton.Yes:
            return
        exams.remove_expert(self.db, experts[row][0])
        self.reload()
        tell(self, self.tr("{name} was removed from the panel.").format(name=experts[row][1]))

    def remove_candidate(self) -> None:
        session, row = self.selected_session(), self.selected_candidate_row()
        if not self._has("candidate"):
            return
        line = self.document.lines[row]
        if QMessageBox.question(self, self.tr("Remove the candidate"), self.tr(
                "Take {name} off the list of session № {id}? Any marks typed for them go too.").format(
                name=line.name, id=session.id)) != QMessageBox.StandardButton.Yes:
            return
        if self._run(self.tr("Not removed"), lambda: exams.remove_candidate(self.db, session.id, line.student_id)):
            tell(self, self.tr("{name} was taken off the list of session № {id}.").format(name=line.name,
                                                                                           id=session.id))

    def delete_session(self) -> None:
        from desktop.views.errors import confirm_and_delete  # noqa: PLC0415

        session = self.selected_session()
        if not self._has("session"):
            return
        if session.status != "planned":
            # a held session is the record of the exam: refuse before asking "delete?", not after the "Yes"
            show_validation(self, QCoreApplication.translate("Errors", "Not deleted"),
                            ValidationFailed([FieldProblem("status", "exam.has_results")]))
            return
        question = self.tr("Delete the planned session № {id} with its panel and candidate list?").format(id=session.id)
        if confirm_and_delete(self, question, lambda: exams.delete_planned(self.db, session.id)):
            self.document = None
            self.reload()

    def draw(self) -> None:
        session = self.selected_session()
        if self._has("session") and self._run(self.tr("Not drawn"), lambda: exams.draw_task(self.db, session.id)):
            QMessageBox.information(self, self.tr("Draw the task"), self.tr("Drawn: {task}").format(
                task=self.document.drawn_task))

    def _student_of_row(self) -> tuple[int, str] | None:
        row = self.candidates.currentRow()
        if self.document is None or not 0 <= row < len(self.document.lines):
            return None
        line = self.document.lines[row]
        return line.student_id, line.name

    def enter_scores(self) -> None:
        """Every candidate's scores in one grid, the current candidate's row first in focus."""
        from desktop.views.exams.score_grid import ScoreGridDialog  # noqa: PLC0415

        session, chosen = self.selected_session(), self._student_of_row()
        if not self._has("session", writes=False) or self.document is None:
            return
        if not self.document.lines:
            QMessageBox.information(self, self.tr("Scores"), self.tr(
                "The session has no candidates yet: add them with Candidates from a group…"))
            return
        # a role without the exams only reads the grid: what stands in the way of typing does not concern it
        refused = exams.scores_refused(self.db, session.id) if self.role_refusal() is None else []
        if refused:  # the grid would take marks the service refuses on Save: say why now instead
            QMessageBox.information(self, self.tr("Scores"), self.tr(
                "The scores of session № {id} cannot be entered yet:").format(id=session.id) + "\n" + "\n".join(
                f"• {problem_text(p)}" for p in refused))
            return
        try:
            grid = ScoreGridDialog(self.db, session.id, self.document.lines, self, chosen[0] if chosen else None)
        except ValidationFailed as error:  # no marking scheme yet
            show_validation(self, self.tr("Scores"), error)
            return
        if grid.exec():
            current = grid.lines[grid.table.currentRow()].student_id if grid.table.currentRow() >= 0 else None
            self.reload()
            if current is not None:
                self.select_candidate(current)
            tell(self, self.tr("Scores saved: {count} candidates have a total.").format(count=grid.saved))

    def import_scores(self, path: str | None = None) -> None:
        session = self.selected_session()
        if not self._has("session"):
            return
        if not path:
            path = open_path(self, self.tr("Import scores"), self.tr("Excel workbooks (*.xlsx)"))
        if path and self._run(self.tr("Scores not imported"),
                              lambda: exam_documents.import_scores(self.db, session.id, Path(path))):
            tell(self, self.tr("Scores imported from {file}.").format(file=Path(path).name))

    def finish(self) -> None:
        session = self.selected_session()
        if not self._has("session"):
            return
        if QMessageBox.question(self, self.tr("Finish and award"), self.tr(
                "Mark the session held and record the qualification on every candidate who passed?")) \
                != QMessageBox.StandardButton.Yes:
            return
        awarded = []
        if self._run(self.tr("Not finished"), lambda: awarded.append(exams.finish_session(self.db, session.id))):
            text = self.tr("Session № {id} is held: the qualification was recorded on {count} candidates who "
                           "passed.").format(id=session.id, count=awarded[0])
            tell(self, text)

    def print_protocol(self, path: str | None = None, language: str | None = None) -> Path | None:
        if not self._has("session", writes=False) or self.document is None:
            return None
        language = language or ("ru" if self.language == "ru" else "kk")
        if not path:
            path = save_path(self, self.tr("Protocol"), f"{FILE_WORDS['protocol'][language]}-{self.document.session_id}-{language}.pdf",
                             self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        from desktop.reports.exam_pdf import build_protocol_pdf  # noqa: PLC0415

        document = self.document
        return self._saved(run_validated(self, self.tr("Not printed"), self.tr("Making the PDF…"),
                                         lambda: build_protocol_pdf(Path(path), document, language) or Path(path)))

    def _saved(self, written: Path | None) -> Path | None:
        if written:
            tell(self, self.tr("Saved: {file}").format(file=written))
        return written

    def save_results(self, path: str | None = None, language: str | None = None) -> Path | None:
        """The results workbook in the print language, as the protocol: Russian in a Russian interface, Kazakh
        otherwise."""
        session = self.selected_session()
        if not self._has("session", writes=False):
            return None
        language = language or ("ru" if self.language == "ru" else "kk")
        if not path:
            path = save_path(self, self.tr("Results"), f"{FILE_WORDS['results'][language]}-{session.id}-{language}.xlsx",
                             self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None
        return self._saved(run_validated(
            self, self.tr("Not saved"), self.tr("Making the report…"),
            lambda: exam_documents.write_results_workbook(self.db, session.id, Path(path), language)
            is not None and Path(path)))

