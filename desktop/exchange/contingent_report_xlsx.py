"""The registrar's report as an Excel workbook: one sheet per report, in Kazakh or Russian."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from openpyxl.utils import get_column_letter

from desktop.exchange.cells import bold_row
from desktop.exchange.print_setup import COUNT, print_ready, sheet_title
from desktop.paths import owner_only
from desktop.reports.labels import CONTINGENT_CHOICES, CONTINGENT_LABELS, pick
from desktop.reports.pack_labels import PACK_LABELS
from desktop.domain.contingent_report import FUNDINGS, ContingentReport

MOVEMENT_FIELDS = ("at_start", "admitted", "transferred_in", "transferred_out", "on_leave", "expelled", "graduated",
                   "at_end")
BOLD = Font(bold=True)


def _sheet(workbook: Workbook, title: str, heading: str, head: list[str]):
    sheet = workbook.create_sheet(sheet_title(title))
    sheet.append([heading])
    sheet["A1"].font = BOLD
    sheet.append(head)
    bold_row(sheet, 2)
    return sheet


def write_contingent_report(path: Path, report: ContingentReport, language: str) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    add_contingent_sheets(workbook, report, language)
    workbook.save(path)
    owner_only(path)  # the category list names students


def add_contingent_sheets(workbook: Workbook, report: ContingentReport, language: str, identity: str = "") -> None:
    """Contingent, movement, orders and categories: a sheet each, print-ready with `identity` in the page header
    (the college and the document, by default the registrar's report of the day)."""
    report = report.in_order(language)  # names and codes in the order of the workbook's alphabet
    label = lambda key: pick(CONTINGENT_LABELS, key, language)  # noqa: E731
    choice = lambda key: pick(CONTINGENT_CHOICES, key, language)  # noqa: E731
    as_of = label("as_of").format(date=report.on.strftime("%d.%m.%Y"))
    identity = identity or (f"{report.college_name(language)} — {pick(PACK_LABELS, 'registrar_report', language)}, "
                            f"{as_of}")
    counts = lambda first, last: {get_column_letter(c): COUNT for c in range(first, last + 1)}  # noqa: E731
    sheet = _sheet(workbook, label("contingent").capitalize(), f"{report.college_name(language)} — {label('contingent')}, {as_of}",
                   [label("specialty"), label("specialty"), label("course"), label("language"), label("form"),
                    *(choice(f) for f in FUNDINGS), label("total")])
    for line in report.contingent:
        name = line.specialty_name_ru if language == "ru" else line.specialty_name_kk
        sheet.append([line.specialty_code, name, line.course, choice(line.language), choice(line.study_form),
                      *line.by_funding, line.total])
    sheet.append([label("grand_total"), "", "", "", "", *(sum(l.by_funding[i] for l in report.contingent)
                                                          for i in range(len(FUNDINGS))),
                  sum(l.total for l in report.contingent)])
    bold_row(sheet, sheet.max_row)
    print_ready(sheet, language, identity, header_row=2, formats=counts(6, 6 + len(FUNDINGS)), widths={"B": 45})
    period = label("period").format(start=report.period[0].strftime("%d.%m.%Y"), end=report.period[1].strftime("%d.%m.%Y"))
    sheet = _sheet(workbook, label("movement").capitalize(), f"{label('movement')}, {period}",
                   [label("group"), *(label(f) for f in MOVEMENT_FIELDS)])
    for line in report.movement:
        sheet.append([line.group_code, *(getattr(line, f) for f in MOVEMENT_FIELDS)])
    sheet.append([label("grand_total"), *(sum(getattr(l, f) for l in report.movement) for f in MOVEMENT_FIELDS)])
    bold_row(sheet, sheet.max_row)
    print_ready(sheet, language, identity, header_row=2, formats=counts(2, 1 + len(MOVEMENT_FIELDS)))
    sheet = _sheet(workbook, label("orders"), label("orders"),
                   [label("order_number"), label("order_date"), label("order_kind"), label("students")])
    for order in report.orders:
        sheet.append([order.number, order.signed_on, choice(order.kind), order.students])
        sheet.cell(sheet.max_row, 2).number_format = "DD.MM.YYYY"
    print_ready(sheet, language, identity, header_row=2, formats=counts(4, 4), portrait=True)
    sheet = _sheet(workbook, label("category"), f"{label('categories')}, {as_of}",
                   [label("student"), label("group"), label("category"), label("sen")])
    for student in report.category_students:
        sen = choice(student.sen_category) if student.sen_category else ""
        sheet.append([student.name, student.group_code, ", ".join(choice(c) for c in student.categories), sen])
    print_ready(sheet, language, identity, header_row=2, widths={"A": 40, "C": 50})
