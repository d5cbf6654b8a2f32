"""The dual-training report's sheets (coverage, contracts, mentors, payments), for its own workbook and the pack."""
from __future__ import annotations

from openpyxl import Workbook

from desktop.exchange.cells import bold_row
from desktop.reports.labels import DUAL_CHOICES, DUAL_LABELS, pick


def add_dual_sheets(book: Workbook, report, language: str) -> None:
    """Coverage, contracts, mentors and payments: a sheet each."""
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    sheet = book.create_sheet(label("coverage")[:31])
    sheet.append([label("specialty"), label("course"), label("state_percent"), label("all_percent")])
    for line in report.lines:
        sheet.append([line.specialty_code, line.course, line.state_order.percent, line.everyone.percent])
    sheet.append([label("total"), "", report.state.percent, report.everyone.percent])
    contracts = book.create_sheet(label("contracts"))
    contracts.append([label(k) for k in ("number", "student", "enterprise", "mentor_head", "from", "to", "hours",
                                         "status")])
    for c in report.contracts:
        contracts.append([c.number, c.student, c.enterprise, c.mentor, c.starts_on, c.ends_on, c.enterprise_hours,
                          pick(DUAL_CHOICES, c.status, language)])
    mentors = book.create_sheet(label("mentors"))
    mentors.append([label("mentor_head"), label("enterprise"), label("students")])
    for m in report.mentors:
        mentors.append([m.full_name, m.enterprise, m.students])
    payments = book.create_sheet(label("payments"))
    payments.append([label("payments"), label("amount")])
    for key, value in (("mentor_payments", report.totals.mentors), ("reimbursements", report.totals.reimbursements),
                       ("total", report.totals.total)):
        payments.append([label(key), float(value)])
    bold_headers([sheet, contracts, mentors, payments])


def bold_headers(sheets) -> None:
    for sheet in sheets:
        bold_row(sheet)
