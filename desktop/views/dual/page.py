"""The Dual training page: contracts through their life, enterprises and mentors, partnerships and payments,
and the checks and coverage figures."""
from __future__ import annotations

import re

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QInputDialog, QLabel, QMessageBox, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.collation import code_key, name_key
from desktop.domain.dual import ACTIVE_CONTRACTS, ContractStatus, ContractStep
from desktop.domain.roles import Area
from desktop.services import contingent, dual, dual_lists, partnerships
from desktop.services.dual import EnterpriseData
from desktop.views.action_gate import ActionGate
from desktop.views.access.texts import may_write
from desktop.views.dual.contract_list import ContractFilters, ContractModel
from desktop.views.dual.contract_steps import make_step
from desktop.views.dual.form import Field, FormDialog
from desktop.views.dual.texts import dual_choice, issue_text
from desktop.views.errors import run_validated
from desktop.views.file_dialogs import save_path
from desktop.views.exams.feedback import tell
from desktop.views.names import local_name, sorted_names
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel, display
from desktop.views.widgets import button_row, fit_headers, hint, named_buttons, page_title, row_table

_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')  # characters Windows refuses in a file name

HOURS_COLUMN, STATUS_COLUMN = 7, 8
# The buttons that change records: off for a role that may not change dual training. Edit… stays: a contract then
# opens read-only.
WRITING = ("new_contract", "delete_draft", "sign", "appendix", "issue_appendix", "end", "terminate",
           "new_enterprise", "edit_enterprise", "new_mentor", "edit_mentor", "new_request", "new_memorandum",
           "new_payment", "new_reimbursement")
ADDRESS_EXAMPLE = "Алматы қ., Абай даңғылы, 1 / г. Алматы, пр. Абая, 1"  # the form the contracts split by language
NAME_COLUMNS, NAME_WIDTH = (1, 3, 4), 220  # student, enterprise, mentor: capped so that Status fits at 1366 px
HOURS_TITLE = ("ContractColumns", QT_TRANSLATE_NOOP("ContractColumns", "Hours at the enterprise"))
C, E, M, A, P, V, I = ("ContractColumns", "EnterpriseColumns", "MentorColumns", "AgreementColumns",
                       "PaymentColumns", "CoverageColumns", "DualIssueColumns")
CONTRACT_COLUMNS = [
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "Number"), lambda c: c.number),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "Student"), lambda c: c.student),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "Group"), lambda c: c.group_code),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "Enterprise"), lambda c: local_name(c.enterprise_kk, c.enterprise)),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "Mentor"), lambda c: c.mentor),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "From"), lambda c: c.starts_on),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "To"), lambda c: c.ends_on),
    # "Часы на предприятии" pushed Status off a 1366-pixel screen: the short title, the whole one on hover
    Column("Fields", QT_TRANSLATE_NOOP("Fields", "Hours"), lambda c: c.enterprise_hours, align_right=True),
    Column(C, QT_TRANSLATE_NOOP("ContractColumns", "Status"), lambda c: dual_choice(c.status)),
]
ENTERPRISE_COLUMNS = [
    Column(E, QT_TRANSLATE_NOOP("EnterpriseColumns", "BIN"), lambda e: e.bin),
    Column(E, QT_TRANSLATE_NOOP("EnterpriseColumns", "Name"), lambda e: local_name(e.name_kk, e.name_ru)),
    Column(E, QT_TRANSLATE_NOOP("EnterpriseColumns", "Size"), lambda e: dual_choice(e.size)),
    Column(E, QT_TRANSLATE_NOOP("EnterpriseColumns", "Sector"), lambda e: e.sector + (" (АӨК)" if e.agro_industrial else "")),
    Column(E, QT_TRANSLATE_NOOP("EnterpriseColumns", "Mentors"), lambda e: e.mentors, align_right=True),
    Column(E, QT_TRANSLATE_NOOP("EnterpriseColumns", "Contracts"), lambda e: e.contracts, align_right=True),
]
MENTOR_COLUMNS = [
    Column(M, QT_TRANSLATE_NOOP("MentorColumns", "Mentor"), lambda m: m.full_name),
    Column(M, QT_TRANSLATE_NOOP("MentorColumns", "Position"), lambda m: local_name(m.position, m.position_ru)),
    Column(M, QT_TRANSLATE_NOOP("MentorColumns", "Enterprise"), lambda m: local_name(m.enterprise_kk, m.enterprise)),
    Column(M, QT_TRANSLATE_NOOP("MentorColumns", "Students"), lambda m: m.students, align_right=True),
]
AGREEMENT_COLUMNS = [
    Column(A, QT_TRANSLATE_NOOP("AgreementColumns", "Kind"), lambda a: dual_choice(a.kind)),
    Column(A, QT_TRANSLATE_NOOP("AgreementColumns", "Number"), lambda a: a.number),
    Column(A, QT_TRANSLATE_NOOP("AgreementColumns", "Date"), lambda a: a.signed_on),
    Column(A, QT_TRANSLATE_NOOP("AgreementColumns", "Enterprise"), lambda a: a.enterprise),
    Column(A, QT_TRANSLATE_NOOP("AgreementColumns", "Details"), lambda a: agreement_details(a)),
]
PAYMENT_COLUMNS = [
    Column(P, QT_TRANSLATE_NOOP("PaymentColumns", "Kind"), lambda p: dual_choice(p.kind)),
    Column(P, QT_TRANSLATE_NOOP("PaymentColumns", "To"), lambda p: p.who),
    Column(P, QT_TRANSLATE_NOOP("PaymentColumns", "Date"), lambda p: p.on),
    Column(P, QT_TRANSLATE_NOOP("PaymentColumns", "Period"),
           lambda p: f"{display(p.period_from)} – {display(p.period_to)}"),
    Column(P, QT_TRANSLATE_NOOP("PaymentColumns", "Amount, ₸"), lambda p: f"{p.amount:,.2f}".replace(",", " "),
           align_right=True, sort=lambda p: float(p.amount)),
]
COVERAGE_COLUMNS = [
    Column(V, QT_TRANSLATE_NOOP("CoverageColumns", "Specialty"), lambda v: v.specialty_code),
    Column(V, QT_TRANSLATE_NOOP("CoverageColumns", "Course"), lambda v: v.course, align_right=True),
    Column(V, QT_TRANSLATE_NOOP("CoverageColumns", "State order: covered"),
           lambda v: f"{v.state_order.covered} / {v.state_order.total}"),
    Column(V, QT_TRANSLATE_NOOP("CoverageColumns", "State order, %"), lambda v: percent(v.state_order.percent),
           align_right=True),
    Column(V, QT_TRANSLATE_NOOP("CoverageColumns", "All students, %"), lambda v: percent(v.everyone.percent),
           align_right=True),
]
ISSUE_COLUMNS = [
    Column(I, QT_TRANSLATE_NOOP("DualIssueColumns", "Record"), lambda i: i.subject),
    Column(I, QT_TRANSLATE_NOOP("DualIssueColumns", "Problem"), lambda i: issue_text(i.code, i.params)),
]


def mentor_label(m) -> str:
    """“Full name, position” with the position in the interface language."""
    position = local_name(m.position, m.position_ru)
    return f"{m.full_name}, {position}" if position else m.full_name


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def agreement_details(a) -> str:
    d = a.details
    if a.kind == "request":
        return f"{d['specialty']}, {d['intake_year']}: {d['places']} / {d['employment_years']}"
    return f"{display(d['valid_from'])} – {display(d['valid_to'])}, {len(d['sections'])}/11"


class DualPage(QWidget):
    def __init__(self, db, language: str = "kk", parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        self.undo_stack = QUndoStack(self)  # the contract steps; the window's Edit menu undoes them
        self._contract_rows: list = []
        self.buttons: dict = {}
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Dual training")))
        layout.addWidget(hint(self.tr("Contracts between the college, the enterprise and the student, with the appendix "
                                      "of periods at the enterprise; enterprises, mentors, payments and memoranda.")))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contracts_tab(), self.tr("Contracts"))
        self.tabs.addTab(self._enterprises_tab(), self.tr("Enterprises and mentors"))
        self.tabs.addTab(self._partnerships_tab(), self.tr("Partnerships and payments"))
        self.tabs.addTab(self._checks_tab(), self.tr("Checks and coverage"))
        layout.addWidget(self.tabs, 1)
        # What changes contracts, enterprises, mentors and payments is off, saying why, for a role that may not
        # change dual training (the services refuse it anyway); a contract still opens, read-only, with Edit….
        self.gate = ActionGate(self)
        self.gate.writes(db, Area.DUAL, *(self.buttons[k] for k in WRITING))
        self._initial_order()
        self.reload()

    def _initial_order(self) -> None:
        """The order each list opens in, shown by its header's indicator (the rows follow the indicator)."""
        descending, ascending = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
        for table, column, order in ((self.contracts, 5, descending), (self.enterprises, 1, ascending),
                                     (self.mentors, 2, ascending), (self.agreements, 2, descending),
                                     (self.payments, 2, descending), (self.coverage_table, 0, ascending),
                                     (self.issues, 0, ascending)):
            table.sortByColumn(column, order)

    # --- building --------------------------------------------------------------------------------

    def _contracts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons((
            ("new_contract", self.tr("New contract…"), self.new_contract),
            ("edit_contract", self.tr("Edit…"), self.edit_contract),
            ("delete_draft", self.tr("Delete the draft"), self.delete_draft),
            ("sign", self.tr("Sign"), lambda: self.advance(ContractStep.SIGN)),
            ("appendix", self.tr("Appendix…"), self.edit_appendix),
            ("issue_appendix", self.tr("Hand over the appendix"), lambda: self.advance(ContractStep.ISSUE_APPENDIX)),
            ("end", self.tr("End"), lambda: self.advance(ContractStep.END)),
            ("terminate", self.tr("Terminate…"), self.terminate),
            ("print", self.tr("Print the contract…"), self.print_contract))))
        self.filters = ContractFilters()
        self.filters.changed.connect(self._show_contracts)
        layout.addWidget(self.filters)
        self.contract_model = ContractModel(CONTRACT_COLUMNS, STATUS_COLUMN, {HOURS_COLUMN: HOURS_TITLE}, self)
        self.contracts = row_table(self.contract_model, single=True)
        self.contracts.setObjectName("contracts")
        self.contracts.doubleClicked.connect(lambda _: self.edit_contract())
        layout.addWidget(self.contracts, 1)
        return page

    def _buttons(self, specs):
        row, buttons = named_buttons(specs)
        self.buttons.update(buttons)
        return row

    def _writes(self, key: str) -> bool:
        """Whether the role may do what the button `key` does; if not, the status bar says why (a slot is reached
        by a double click too, with its button off)."""
        return not self.gate.refused(self.buttons[key], self)

    def _enterprises_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons((("new_enterprise", self.tr("New enterprise…"), self.new_enterprise),
                                        ("edit_enterprise", self.tr("Edit the enterprise…"), self.edit_enterprise),
                                        ("new_mentor", self.tr("New mentor…"), self.new_mentor),
                                        ("edit_mentor", self.tr("Edit the mentor…"), self.edit_mentor))))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.enterprise_model = RowTableModel(ENTERPRISE_COLUMNS, self)
        self.enterprises = row_table(self.enterprise_model, single=True)
        self.enterprises.doubleClicked.connect(lambda _: self.edit_enterprise())
        self.mentor_model = RowTableModel(MENTOR_COLUMNS, self)
        self.mentors = row_table(self.mentor_model, single=True)
        self.mentors.doubleClicked.connect(lambda _: self.edit_mentor())
        splitter.addWidget(self.enterprises)
        splitter.addWidget(self.mentors)
        layout.addWidget(splitter, 1)
        return page

    def _partnerships_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._buttons((
            ("new_request", self.tr("Training on request…"), self.new_request),
            ("new_memorandum", self.tr("Memorandum…"), self.new_memorandum),
            ("new_payment", self.tr("Mentor payment…"), self.new_payment),
            ("new_reimbursement", self.tr("Reimbursement…"), self.new_reimbursement))))
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.agreement_model = RowTableModel(AGREEMENT_COLUMNS, self)
        self.payment_model = RowTableModel(PAYMENT_COLUMNS, self)
        self.agreements = row_table(self.agreement_model, single=True)
        self.payments = row_table(self.payment_model, single=True)
        splitter.addWidget(self.agreements)
        splitter.addWidget(self.payments)
        layout.addWidget(splitter, 1)
        return page

    def _checks_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(button_row((
            ("report_pdf", self.tr("Dual-training report (PDF)…"), lambda: self.save_report("pdf")),
            ("report_xlsx", self.tr("Dual-training report (Excel)…"), lambda: self.save_report("xlsx")),
            ("monitoring", self.tr("NEDB monitoring sheet (Excel)…"), self.save_monitoring))))
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.coverage.setWordWrap(True)
        layout.addWidget(self.coverage)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.coverage_model = RowTableModel(COVERAGE_COLUMNS, self)
        self.coverage_table = row_table(self.coverage_model)
        splitter.addWidget(self.coverage_table)
        self.issue_model = RowTableModel(ISSUE_COLUMNS, self)
        self.issues = row_table(self.issue_model, single=True)
        self.issues.setObjectName("issues")
        self.issues.doubleClicked.connect(self._open_issue)
        splitter.addWidget(self.issues)
        splitter.setSizes([450, 650])
        layout.addWidget(splitter, 1)
        return page

    # --- data ------------------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        """Everything read again; the contract selected (or `keep`) stays selected and current."""
        chosen = self.selected_contract()
        self._contract_rows = dual_lists.list_contracts(self.db)
        self.filters.set_choices(self._contract_rows)
        self._show_contracts(keep if keep is not None else chosen.id if chosen else None)
        self.enterprise_model.set_rows(dual_lists.list_enterprises(self.db))
        self.mentor_model.set_rows(dual_lists.list_mentors(self.db, self.language))
        self.agreement_model.set_rows(dual_lists.list_agreements(self.db))
        self.payment_model.set_rows(dual_lists.list_payments(self.db))
        totals = partnerships.academic_year_totals(self.db)
        self.totals.setText(self.tr("This academic year: mentors {mentors} ₸, reimbursements {paid} ₸, in all {total} ₸.")
                            .format(mentors=f"{totals.mentors:,.2f}".replace(",", " "),
                                    paid=f"{totals.reimbursements:,.2f}".replace(",", " "),
                                    total=f"{totals.total:,.2f}".replace(",", " ")))
        state, everyone, lines = dual.coverage_figures(self.db)
        self.coverage.setText(self.tr("Covered by dual training: {state}% of state-order students ({covered} of "
                                      "{total}) — the ministry's indicator; {all}% of all students.").format(
            state=percent(state.percent), covered=state.covered, total=state.total, all=percent(everyone.percent)))
        self.coverage_model.set_rows(lines)
        self.issue_model.set_rows(dual.checks(self.db))
        for table in (self.contracts, self.enterprises, self.mentors, self.issues, self.coverage_table):
            table.resizeColumnsToContents()
            fit_headers(table)  # no column narrower than its title
        header = self.contracts.horizontalHeader()
        for column in NAME_COLUMNS:  # a long enterprise or mentor name is read whole on hover, Status stays on screen
            header.resizeSection(column, min(header.sectionSize(column), NAME_WIDTH))

    def selected_contract(self):
        rows = self.contracts.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _chosen(self, table, missing: str):
        """The row selected in `table`; with none, the status bar says what to select (a button pressed with
        nothing selected never does nothing silently)."""
        rows = table.selectionModel().selectedRows()
        if not rows:
            tell(self, missing)
            return None
        return rows[0].data(ROW_ROLE)

    def _chosen_contract(self):
        return self._chosen(self.contracts, self.tr("Select a contract in the list first."))

    def _show_contracts(self, keep: int | None = None) -> None:
        """The contracts the filters let through; the one selected stays selected while it is listed."""
        if keep is None:
            chosen = self.selected_contract()
            keep = chosen.id if chosen else None
        self.contract_model.set_rows([c for c in self._contract_rows if self.filters.accepts(c)])
        self.select_contract(keep)

    def select_contract(self, contract_id: int | None) -> None:
        row = next((n for n, c in enumerate(self.contract_model.rows()) if c.id == contract_id), None)
        if row is not None:
            self.contracts.selectRow(row)
            self.contracts.setCurrentIndex(self.contract_model.index(row, 0))
            self.contracts.scrollTo(self.contract_model.index(row, 0))

    # --- contracts -------------------------------------------------------------------------------

    def new_contract(self, student_id: int | None = None) -> None:
        from desktop.views.dual.contract_dialog import ContractDialog  # noqa: PLC0415

        if not self._writes("new_contract"):
            return
        if student_id is None:
            dual_groups = {g.code for g in contingent.list_groups(self.db) if g.dual}
            # A student with a draft or a contract in force cannot get another: such are not offered.
            taken = {c.student_id for c in dual_lists.list_contracts(self.db)
                     if c.status == ContractStatus.DRAFT.value or c.status in ACTIVE_CONTRACTS}
            students = [s for s in contingent.list_students(self.db)
                        if s.status == "studying" and s.group_code in dual_groups and s.id not in taken]
            if not students:
                QMessageBox.information(self, self.tr("New contract"), self.tr(
                    "Every studying student of a dual-training group already has a draft or a contract in force."))
                return
            students.sort(key=lambda s: (code_key(s.group_code, self.language),
                                         name_key(f"{s.surname}\x01{s.given_name}", self.language)))
            names = [f"{s.group_code} — {s.full_name}" for s in students]
            chosen, ok = QInputDialog.getItem(self, self.tr("New contract"), self.tr("Student:"), names, 0, True)
            if not ok or chosen not in names:
                return
            student_id = students[names.index(chosen)].id
        if not dual_lists.list_enterprises(self.db):
            QMessageBox.information(self, self.tr("New contract"), self.tr("Add the enterprise first."))
            return
        dialog = ContractDialog(self.db, student_id, self, self.language)
        if not dialog.number.text():  # offered, not only hinted: the user keeps it or types another
            dialog.number.setText(dual.next_contract_number(self.db, date.today().year))
        if dialog.exec():
            self.reload(dialog.contract_id)

    def edit_contract(self) -> None:
        """A draft opens whole; a contract in force may get another mentor; others are history."""
        from desktop.views.dual.contract_dialog import ContractDialog  # noqa: PLC0415

        contract = self._chosen_contract()
        if contract is None:
            return
        if contract.status == "draft" or not may_write(self.db, Area.DUAL):  # a reader sees any contract, read-only
            if ContractDialog(self.db, contract.student_id, self, self.language, contract.id).exec():
                self.reload()
            return
        if contract.status not in ("signed", "appendix_issued"):
            QMessageBox.information(self, self.tr("Contract № {number}").format(number=contract.number),
                                    self.tr("An ended or terminated contract is kept as it was."))
            return
        enterprise = dual.contract_data(self.db, contract.id).enterprise_id
        mentors = ((None, "—"),) + tuple((m.id, mentor_label(m)) for m in dual_lists.list_mentors(self.db, self.language)
                                         if m.enterprise_id == enterprise)
        self._form(self.tr("Contract № {number}").format(number=contract.number),
                   [Field("mentor", self.tr("Mentor"), "choice", None, mentors)],
                   lambda v: dual.set_mentor(self.db, contract.id, v["mentor"], contract.version))

    def delete_draft(self) -> None:
        from desktop.views.errors import confirm_and_delete  # noqa: PLC0415

        contract = self._chosen_contract() if self._writes("delete_draft") else None
        if contract is None:
            return
        question = self.tr("Delete the draft contract № {number}?").format(number=contract.number)
        if confirm_and_delete(self, question, lambda: dual.delete_draft(self.db, contract.id)):
            self.reload()

    def advance(self, step: ContractStep) -> None:
        """Sign, hand over the appendix, end: asked first, on the date given, undone by Edit ▸ Undo."""
        key = {ContractStep.SIGN: "sign", ContractStep.ISSUE_APPENDIX: "issue_appendix", ContractStep.END: "end",
               ContractStep.TERMINATE: "terminate"}[step]
        contract = self._chosen_contract() if self._writes(key) else None
        status = make_step(self, contract, step) if contract is not None else None
        if status is not None:  # said: a status filter may have taken the contract out of the list
            tell(self, self.tr("Contract № {number}: {status}.").format(number=contract.number,
                                                                         status=dual_choice(status)))

    def terminate(self) -> None:
        self.advance(ContractStep.TERMINATE)

    def edit_appendix(self) -> None:
        from desktop.views.dual.appendix_dialog import AppendixDialog  # noqa: PLC0415

        contract = self._chosen_contract() if self._writes("appendix") else None
        if contract is not None and AppendixDialog(self.db, contract.id, self, self.language).exec():
            self.reload(contract.id)

    def print_contract(self, path: str | None = None, language: str | None = None) -> Path | None:
        contract = self._chosen_contract()
        if contract is None:
            return None
        language = language or ("ru" if self.language == "ru" else "kk")
        if not path:
            path = save_path(self, self.tr("Print the contract"), _file_name(contract.number, language),
                             self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        from desktop.reports.dual_pdf import build_contract_pdf  # noqa: PLC0415

        document = dual_lists.contract_document(self.db, contract.id)
        return self._saved(run_validated(self, self.tr("Not printed"), self.tr("Making the PDF…"),
                                         lambda: build_contract_pdf(Path(path), document, language) or Path(path)))

    def _saved(self, written: Path | None) -> Path | None:
        if written:
            tell(self, self.tr("Saved: {file}").format(file=written))
        return written

    # --- enterprises, mentors, partnerships ------------------------------------------------------

    def _enterprise_choices(self, only=None) -> tuple:
        named = [(e.id, local_name(e.name_kk, e.name_ru)) for e in dual_lists.list_enterprises(self.db)
                 if only is None or only(e)]
        return tuple(sorted_names(named, lambda choice: choice[1]))

    def _form(self, title: str, fields: list[Field], save, check=None) -> None:
        dialog = FormDialog(title, fields, save, self, check)
        if dialog.exec() or dialog.refused:  # refused: changed on another computer meanwhile, shown as it is now
            self.reload()

    def new_enterprise(self) -> None:
        if not self._writes("new_enterprise"):
            return
        self._enterprise_form(self.tr("New enterprise"), EnterpriseData(size="medium"), None)

    def edit_enterprise(self) -> None:
        if not self._writes("edit_enterprise"):
            return
        e = self._chosen(self.enterprises, self.tr("Select an enterprise in the list first."))
        if e is not None:
            self._enterprise_form(self.tr("Enterprise"), dual_lists.enterprise_data(e), e.id)

    def _enterprise_form(self, title: str, data: EnterpriseData, enterprise_id: int | None) -> None:
        sizes = tuple((v, dual_choice(v)) for v in ("small", "medium", "large"))
        self._form(title, [
            Field("bin", self.tr("BIN"), value=data.bin, required=True),
            Field("name_kk", self.tr("Name in Kazakh"), value=data.name_kk, required=True),
            Field("name_ru", self.tr("Name in Russian"), value=data.name_ru, required=True),
            Field("size", self.tr("Size"), "choice", data.size, sizes, required=True),
            Field("sector", self.tr("Sector"), value=data.sector),
            Field("agro_industrial", self.tr("Agro-industrial"), "bool", data.agro_industrial),
            # one field, both languages: each contract prints its own language's half
            Field("address", self.tr("Address"), value=data.address, placeholder=ADDRESS_EXAMPLE),
            Field("contacts", self.tr("Contact people"), "lines", data.contacts),
            # what the contract's details section prints for the enterprise
            Field("signatory", self.tr("Signs contracts (full name)"), value=data.signatory),
            Field("signatory_position_kk", self.tr("Signatory's position in Kazakh"), value=data.signatory_position_kk),
            Field("signatory_position_ru", self.tr("Signatory's position in Russian"), value=data.signatory_position_ru),
            Field("bank_account", self.tr("Account (IIK, IBAN)"), value=data.bank_account),
            Field("bank_bik", self.tr("Bank BIC"), value=data.bank_bik),
            Field("bank_name", self.tr("Bank"), value=data.bank_name)],
            lambda v: dual.save_enterprise(self.db, EnterpriseData(**v), enterprise_id),
            lambda v: dual.enterprise_problems(EnterpriseData(**v)))

    def new_mentor(self) -> None:
        if not self._writes("new_mentor"):
            return
        # the enterprise selected in the list above is the one the mentor is being added to
        rows = self.enterprises.selectionModel().selectedRows()
        selected = rows[0].data(ROW_ROLE).id if rows else None
        self._form(self.tr("New mentor"), [
            Field("enterprise", self.tr("Enterprise"), "choice", selected, self._enterprise_choices(), required=True),
            Field("full_name", self.tr("Full name"), required=True), Field("position", self.tr("Position in Kazakh")),
            Field("position_ru", self.tr("Position in Russian")),
            Field("qualification", self.tr("Qualification")), Field("phone", self.tr("Phone"))],
            lambda v: dual.save_mentor(self.db, v["enterprise"], v["full_name"], v["position"], v["qualification"],
                                       v["phone"], v["position_ru"]))

    def edit_mentor(self) -> None:
        if not self._writes("edit_mentor"):
            return
        m = self._chosen(self.mentors, self.tr("Select a mentor in the list first."))
        if m is None:
            return
        self._form(self.tr("Mentor"), [
            Field("full_name", self.tr("Full name"), value=m.full_name, required=True),
            Field("position", self.tr("Position in Kazakh"), value=m.position),
            Field("position_ru", self.tr("Position in Russian"), value=m.position_ru),
            Field("qualification", self.tr("Qualification"), value=m.qualification),
            Field("phone", self.tr("Phone"), value=m.phone)],
            lambda v: dual.update_mentor(self.db, m.id, v["full_name"], v["position"], v["qualification"], v["phone"],
                                         v["position_ru"]))

    def new_request(self) -> None:
        if not self._writes("new_request"):
            return
        codes = tuple((g.specialty_code, g.specialty_code) for g in contingent.list_groups(self.db))
        self._form(self.tr("Training on enterprise request"), [
            Field("enterprise", self.tr("Enterprise"), "choice", None, self._enterprise_choices(), required=True),
            Field("number", self.tr("Contract number")), Field("signed_on", self.tr("Date"), "date"),
            Field("specialty", self.tr("Specialty"), "choice", None, tuple(dict.fromkeys(codes))),
            Field("intake_year", self.tr("Intake year"), "int", date.today().year + 1, minimum=2000, maximum=2100),
            Field("places", self.tr("Places"), "int", 10, minimum=1, maximum=500),
            Field("employment_years", self.tr("Years to work there after graduation"), "int", 3, maximum=10)],
            lambda v: partnerships.add_enterprise_request(self.db, v["enterprise"], v["number"], v["signed_on"],
                                                          v["specialty"] or "", v["intake_year"], v["places"],
                                                          v["employment_years"]))

    def new_memorandum(self) -> None:
        if not self._writes("new_memorandum"):
            return
        from desktop.domain.dual import MEMORANDUM_SECTIONS  # noqa: PLC0415

        sections = tuple((s, dual_choice(s)) for s in MEMORANDUM_SECTIONS)
        self._form(self.tr("Patronage memorandum"), [
            Field("enterprise", self.tr("Enterprise"), "choice", None, self._enterprise_choices(), required=True),
            Field("number", self.tr("Number")), Field("signed_on", self.tr("Date"), "date"),
            Field("valid_from", self.tr("Valid from"), "date"),
            Field("valid_to", self.tr("Valid until"), "date", date(date.today().year + 3, 12, 31)),
            Field("sections", self.tr("Sections it contains"), "checks", set(), sections),
            Field("material_aid", self.tr("Material aid, ₸"), "money")],
            lambda v: partnerships.add_memorandum(self.db, v["enterprise"], v["number"], v["signed_on"],
                                                  (v["valid_from"], v["valid_to"]), v["sections"], v["material_aid"]))

    def new_payment(self) -> None:
        if not self._writes("new_payment"):
            return
        mentors = tuple(sorted_names(((m.id, f"{m.full_name} ({local_name(m.enterprise_kk, m.enterprise)})")
                                      for m in dual_lists.list_mentors(self.db, self.language)), lambda choice: choice[1]))
        self._form(self.tr("Mentor's service contract"), [
            Field("mentor", self.tr("Mentor"), "choice", None, mentors, required=True), Field("number", self.tr("Number")),
            Field("signed_on", self.tr("Date"), "date"), Field("period_from", self.tr("Period from"), "date"),
            Field("period_to", self.tr("Period to"), "date"), Field("amount", self.tr("Amount, ₸"), "money")],
            lambda v: partnerships.add_mentor_payment(self.db, v["mentor"], v["number"], v["signed_on"],
                                                      (v["period_from"], v["period_to"]), v["amount"]))

    def new_reimbursement(self) -> None:
        if not self._writes("new_reimbursement"):
            return
        self._form(self.tr("Reimbursement to an enterprise"), [
            Field("enterprise", self.tr("Enterprise"), "choice", None, self._enterprise_choices(), required=True),
            Field("paid_on", self.tr("Paid on"), "date"), Field("period_from", self.tr("Period from"), "date"),
            Field("period_to", self.tr("Period to"), "date"), Field("amount", self.tr("Amount, ₸"), "money"),
            Field("note", self.tr("Note"))],
            lambda v: partnerships.add_reimbursement(self.db, v["enterprise"], v["paid_on"],
                                                     (v["period_from"], v["period_to"]), v["amount"], v["note"]))

    # --- checks and reports ----------------------------------------------------------------------

    def _open_issue(self, index) -> None:
        issue = index.data(ROW_ROLE)
        if issue is None:
            return
        if issue.target == "contract":
            self.tabs.setCurrentIndex(0)
            for row, contract in enumerate(self.contract_model.rows()):
                if contract.id == issue.target_id:
                    self.contracts.selectRow(row)
        else:
            self.new_contract(issue.target_id)

    def save_report(self, kind: str, path: str | None = None, language: str | None = None) -> Path | None:
        language = language or ("ru" if self.language == "ru" else "kk")
        if not path:
            path = save_path(self, self.tr("Dual-training report"), f"dual-{language}.{kind}",
                             self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None

        def work():
            from desktop.services.dual_report import dual_report, write_dual_report  # noqa: PLC0415

            write_dual_report(Path(path), dual_report(self.db), language, kind)
            return Path(path)

        return self._saved(run_validated(self, self.tr("Not saved"), self.tr("Making the report…"), work))

    def save_monitoring(self, path: str | None = None) -> Path | None:
        if not path:
            path = save_path(self, self.tr("NEDB monitoring sheet"), "dual-monitoring.xlsx",
                             self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None

        def work():
            from desktop.services.dual_report import write_monitoring  # noqa: PLC0415

            write_monitoring(self.db, Path(path))
            return Path(path)

        return self._saved(run_validated(self, self.tr("Not saved"), self.tr("Making the report…"), work))


def _file_name(number: str, language: str) -> str:
    """"Шарт Д-01-2026 (kk).pdf": the contract's own number, not an internal id; "/" cannot be in a file name."""
    word = "Договор" if language == "ru" else "Шарт"
    safe = _NOT_IN_FILE_NAMES.sub("-", number or "")
    return f"{word} {safe} ({language}).pdf"
