"""The tarification list as a workbook in Kazakh or Russian, for the accountant who keeps working in Excel: the
same columns and figures as the PDF (reports.tarification_pdf), the director's approval at the top right, the
two header rows repeated on every printed page and frozen on screen, A4 landscape fitted to the width, the
signatures under the total. The layout is the colleges' practice, not an official form (load_data.TARIFICATION_FORM),
which the workbook's properties say."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop.exchange.cells import bold_row
from desktop.exchange.print_setup import COUNT, MARK, MONEY, print_ready, sheet_title
from desktop.paths import owner_only
from desktop.reports import finishing
from desktop.reports.load_data import TARIFICATION_FORM, TarificationList
from desktop.reports.load_labels import category_name, education_name, word
from desktop.reports.pack_blocks import word as sign_word
from desktop.reports.tarification_pdf import pay, rates

HEAD_GROUP, HEAD_PARTS = 7, 8  # the two header rows
FIRST_ROW = HEAD_PARTS + 1
COLUMNS = 16
APPROVAL_COLUMN = 13  # M: the approval block stands over the pay columns
# hours as whole numbers (a share of an hour, rare, with one decimal); the separators are Excel's format codes,
# shown with the comma or point of the reader's Excel
HOURS, PART_HOURS = "#,##0", "#,##0.0"
SUMMED_HOURS = (7, 8, 9, 10)  # budget, extra, total hours; the rates
SUMMED_MONEY = (14, 15, 16)


def _value(value):
    return float(value) if isinstance(value, Decimal) else value


def _headers(sheet, language: str) -> None:
    w = lambda key: word(key, language)  # noqa: E731
    group = [w("number"), w("name"), w("position"), w("education"), w("category"), w("experience"),
             w("hours_year"), None, None, w("rates"), w("coefficients"), None, w("pay"), None, None, None]
    parts = [None] * 6 + [w("budget"), w("extra"), w("total"), None, w("by_experience"), w("category_percent"),
                          w("per_rate"), w("for_load"), w("for_category"), w("pay_total")]
    for column, (top, part) in enumerate(zip(group, parts), start=1):
        sheet.cell(HEAD_GROUP, column, top)
        sheet.cell(HEAD_PARTS, column, part)
    for column in (1, 2, 3, 4, 5, 6, 10):
        sheet.merge_cells(start_row=HEAD_GROUP, start_column=column, end_row=HEAD_PARTS, end_column=column)
    for first, last in ((7, 9), (11, 12), (13, 16)):
        sheet.merge_cells(start_row=HEAD_GROUP, start_column=first, end_row=HEAD_GROUP, end_column=last)
    bold_row(sheet, HEAD_GROUP)
    for cell in sheet[HEAD_GROUP]:
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _top(sheet, doc: TarificationList, language: str) -> None:
    sheet.cell(1, 1, doc.college_name).font = Font(bold=True)
    if doc.as_of:
        sheet.cell(2, 1, word("as_of", language).format(date=finishing.short_date(doc.as_of)))
    approval = [word("approve", language), word("director", language),
                f"__________ {doc.signatories.director or '__________________'}",
                finishing.date_in_words(doc.approved_on, language), finishing.stamp_place(language)]
    for row, text in enumerate(approval, start=1):
        sheet.cell(row, APPROVAL_COLUMN, text)
        sheet.merge_cells(start_row=row, start_column=APPROVAL_COLUMN, end_row=row, end_column=COLUMNS)
    sheet.cell(1, APPROVAL_COLUMN).font = Font(bold=True)
    title = word("tarification", language)
    if doc.draft:  # as the PDF's mark on every page: a draft is not to be paid from
        title += f" ({finishing.DRAFT[language]})"
    for row, text in ((4, title),
                      (5, word("tarification_of", language).format(year=doc.academic_year) + ". "
                       + word("norm_line", language).format(hours=finishing.figure(doc.norm_hours)))):
        cell = sheet.cell(row, 2, text)
        cell.alignment = Alignment(horizontal="center")
        cell.font = Font(bold=row == 4, size=13 if row == 4 else 11)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=APPROVAL_COLUMN - 1)


def _lines(sheet, doc: TarificationList, language: str) -> None:
    for index, t in enumerate(doc.teachers, start=1):
        diploma = " ".join(p for p in (f"№ {t.diploma_number}" if t.diploma_number else "",
                                       finishing.short_date(t.diploma_date)) if p)
        education = ", ".join(p for p in (education_name(t.education, language), t.institution, diploma) if p)
        category = category_name(t.category, language)
        if t.category_date:
            category += f", {finishing.short_date(t.category_date)}"
        money = pay(t, doc.norm_hours) or (None, None, None)
        sheet.append([index, t.name, f"{t.position}, {t.subjects}" if t.subjects else t.position, education, category,
                      word("experience_value", language).format(years=t.experience_years,
                                                                months=t.experience_months),
                      *(_value(v) for v in (t.hours_budget, t.hours_extra, t.hours_total,
                                            rates(t.hours_total, doc.norm_hours), t.experience_coefficient,
                                            t.category_percent, t.salary_per_rate, *money))])
    # the totals are formulas: a figure the accountant corrects in a row is counted again (the rates summed as
    # the rows show them, as the PDF does); the salary of a rate is no amount paid and is not summed
    last = sheet.max_row
    paid = any(pay(t, doc.norm_hours) for t in doc.teachers)
    summed = {*SUMMED_HOURS, *(SUMMED_MONEY if paid else ())}
    sheet.append([None, word("grand_total", language), word("teachers_count", language).format(
        count=len(doc.teachers))] + [f"=SUM({get_column_letter(c)}{FIRST_ROW}:{get_column_letter(c)}{last})"
                                     if c in summed and doc.teachers else None for c in range(4, COLUMNS + 1)])
    bold_row(sheet, sheet.max_row)


def _signatures(sheet, doc: TarificationList, language: str) -> None:
    row = sheet.max_row + 2
    for title, name in ((word("chief_accountant", language), doc.signatories.chief_accountant),
                        (word("deputy_director", language), doc.signatories.deputy_director)):
        sheet.cell(row, 2, title)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        sheet.cell(row, 5, "______________________")
        sheet.cell(row, 6, name or "______________________")
        sheet.merge_cells(start_row=row, start_column=6, end_row=row, end_column=9)
        # the captions under the lines, as the PDF has them (reports.pack_blocks.signatures)
        for column, caption in ((5, sign_word("signature", language)),
                                (6, "" if name else sign_word("full_name", language))):
            cell = sheet.cell(row + 1, column, caption or None)
            cell.font = Font(size=8)
            cell.alignment = Alignment(horizontal="center", vertical="top")
        sheet.merge_cells(start_row=row + 1, start_column=6, end_row=row + 1, end_column=9)
        row += 3
    sheet.cell(row, 2, finishing.stamp_place(language))
    sheet.cell(row, 6, finishing.date_in_words(doc.approved_on, language))
    sheet.merge_cells(start_row=row, start_column=6, end_row=row, end_column=9)


def _hours_format(sheet, last_line: int, hours: list[str], others: list[str]) -> None:
    """Whole hours without ",0"; the total row's formulas take their column's format (the money's and the rates'
    as print_ready gives the rows)."""
    whole = True
    for letter in hours:
        for row in range(FIRST_ROW, last_line):
            cell = sheet[f"{letter}{row}"]
            if isinstance(cell.value, (int, float)):
                part = isinstance(cell.value, float) and not cell.value.is_integer()
                whole = whole and not part
                cell.number_format = PART_HOURS if part else HOURS
    for letter in hours:
        sheet[f"{letter}{last_line}"].number_format = HOURS if whole else PART_HOURS
    for letter in others:
        sheet[f"{letter}{last_line}"].number_format = sheet[f"{letter}{FIRST_ROW}"].number_format


def write_tarification(path: Path, doc: TarificationList, language: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(word("tarification", language).capitalize())
    _top(sheet, doc, language)
    _headers(sheet, language)
    _lines(sheet, doc, language)
    last_line = sheet.max_row
    _signatures(sheet, doc, language)
    for row in sheet.iter_rows(min_row=FIRST_ROW, max_row=last_line, max_col=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    identity = f"{doc.college_name} — {word('tarification', language)}, {doc.academic_year}"
    letters = [get_column_letter(c) for c in range(1, COLUMNS + 1)]
    formats = {letters[9]: MARK, letters[10]: MARK, letters[11]: COUNT,
               **{c: MONEY for c in letters[12:16]}}
    print_ready(sheet, language, identity, header_row=HEAD_PARTS, formats=formats,
                widths={"A": 6, "B": 30, "C": 26, "D": 34, "E": 22, "F": 12})
    _hours_format(sheet, last_line, letters[6:9], letters[9:10] + letters[13:16])
    # both header rows repeat on every printed page, the title above them only on the first
    sheet.print_title_rows = f"{HEAD_GROUP}:{HEAD_PARTS}"
    if doc.draft:
        sheet.oddHeader.center.text = finishing.DRAFT[language]
        sheet.oddHeader.center.size = 14
        sheet.oddHeader.center.color = "C00000"
    book.properties.title = identity
    book.properties.description = TARIFICATION_FORM  # said in the file, not on the sheet the director signs
    book.save(path)
    owner_only(path)  # names, diplomas and pay of the staff
