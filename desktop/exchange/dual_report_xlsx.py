"""The dual-training report's sheets (coverage, contracts, mentors, payments), for its own workbook and the pack,
print-ready in Kazakh or Russian."""
from __future__ import annotations

from openpyxl import Workbook

from desktop.domain.collation import name_key
from desktop.exchange.cells import bold_row
from desktop.exchange.print_setup import COUNT, DATE, MONEY, PERCENT, print_ready, sheet_title
from desktop.reports.labels import DUAL_CHOICES, DUAL_LABELS, pick


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def add_dual_sheets(book: Workbook, report, language: str, identity: str = "") -> None:
    """Coverage, contracts, mentors and payments: a sheet each, with `identity` (the college and the document) in
    the printed page's header."""
    label = lambda key: pick(DUAL_LABELS, key, language)  # noqa: E731
    identity = identity or (f"{report.college_name(language)} — {label('report')}, "
                            f"{label('as_of').format(date=report.on.strftime('%d.%m.%Y'))}")
    # an enterprise's name in the workbook's language where it has one, the legal form in that language (ЖШС, not ТОО)
    enterprise = lambda name: report.enterprise_name(name, language)  # noqa: E731
    sheet = book.create_sheet(sheet_title(label("coverage")))
    sheet.append([label("specialty"), label("course"), label("state_percent"), label("all_percent")])
    for line in report.lines:
        sheet.append([line.specialty_code, line.course, _percent(line.state_order.percent),
                      _percent(line.everyone.percent)])
    sheet.append([label("total"), "", _percent(report.state.percent), _percent(report.everyone.percent)])
    bold_row(sheet, sheet.max_row)
    print_ready(sheet, language, identity, formats={"C": PERCENT, "D": PERCENT}, portrait=True)
    contracts = book.create_sheet(sheet_title(label("contracts")))
    contracts.append([label(k) for k in ("number", "student", "enterprise", "mentor_head", "from", "to", "hours",
                                         "status")])
    for c in report.contracts:
        contracts.append([c.number, c.student, enterprise(c.enterprise), c.mentor, c.starts_on, c.ends_on, c.enterprise_hours,
                          pick(DUAL_CHOICES, c.status, language)])
        for column in (5, 6):
            contracts.cell(contracts.max_row, column).number_format = DATE
    print_ready(contracts, language, identity, formats={"G": COUNT}, widths={"E": 12, "F": 12})
    mentors = book.create_sheet(sheet_title(label("mentors")))
    mentors.append([label("mentor_head"), label("enterprise"), label("students")])
    for m in sorted(report.mentors, key=lambda m: (name_key(enterprise(m.enterprise), language),
                                                   name_key(m.full_name, language))):
        mentors.append([m.full_name, enterprise(m.enterprise), m.students])
    print_ready(mentors, language, identity, formats={"C": COUNT}, portrait=True)
    payments = book.create_sheet(sheet_title(label("payments")))
    payments.append([label("payments"), label("amount")])
    for key, value in (("mentor_payments", report.totals.mentors), ("reimbursements", report.totals.reimbursements),
                       ("total", report.totals.total)):
        payments.append([label(key), float(value)])
    bold_row(payments, payments.max_row)
    print_ready(payments, language, identity, formats={"B": MONEY}, portrait=True)


def bold_headers(sheets) -> None:
    for sheet in sheets:
        bold_row(sheet)
