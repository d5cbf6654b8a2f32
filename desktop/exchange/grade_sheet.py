"""A group's final grade sheet ("полотно") read from a college's workbook: the graded items of its header and every
student's grades, checked against the grading scale. All or nothing: the caller gets every problem of the workbook
(each naming the sheet, the row, the column letter, the item and what is expected) or the complete sheets.

Layouts (grade_sheet_header finds which a sheet is):

- The полотно (SheetLayout.QUAD), as the Zhambyl sheets: names of subjects, modules and learning outcomes in the
  header rows, an hours row ("96с-4к"), a row of labels п / б / цэ / трад (percent, points, letter, traditional)
  under each item, one student a row below (full name in the column headed "аты-жөні", else column B).
- One column per item (SheetLayout.SINGLE), as the Oral sheet: names over a row of hours (96, 1728), the percent
  under each name, one student a row.
- Our own simple layout (SheetLayout.OWN), for a college without a полотно: row 1 (or the first row with such a
  header) holds "Аты-жөні" / "ФИО" / "Full name" over the names, optionally "№" before it and "ЖСН" / "ИИН" / "IIN"
  anywhere, and over every other column a curriculum row's code ("ЖБП 01", "БМ 1", "ОН 1.1", "Ф 01"), its name, or
  both ("ОН 1.1 Бизнестің мақсаттары"). Each cell below holds the percent (0-100, "84,5" rounded half up) or
  "сынақ" / "зачтено" / "сынақ емес" / "не зачтено"; an empty cell is no grade yet.

In each layout a cell may hold a pass/fail word instead of a percent; an empty item is no grade (reconciliation
with the curriculum lists what is missing). Reading stops at the first row without a name whose cells hold text but
no grade (the signature lines under the table); a row named "Орташа" / "Итого" (an average or total) is passed over.
"""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl.utils import get_column_letter

from desktop.domain.grading import GradingScale, national_scale
from desktop.domain.grading_sheet import GradeSheet, Role, SheetLayout, StudentRow
from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import MAX_ROWS, MAX_UNPACKED_BYTES, SheetFileError, cell_text, open_workbook
from desktop.exchange.file_messages import QT_TRANSLATE_NOOP
from desktop.exchange.grade_sheet_cells import FORMULA_ERRORS, blank, read_item
from desktop.exchange.grade_sheet_header import Header, read_header

GRADE_SHEET_MESSAGES = {
    "grades.not_a_percent": QT_TRANSLATE_NOOP("Messages", "“{value}” is not a percent of “{item}”: a number from 0 to 100 is expected, or сынақ / зачтено for a pass"),
    "grades.percent_out_of_range": QT_TRANSLATE_NOOP("Messages", "{value} is not a percent of “{item}”: a number from 0 to 100 is expected"),
    "grades.no_percent": QT_TRANSLATE_NOOP("Messages", "“{item}” has “{value}” but no percent: write the percent (0-100), from which the letter, points and traditional grade follow"),
    "grades.letter_disagrees": QT_TRANSLATE_NOOP("Messages", "the letter {letter} of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale"),
    "grades.points_disagree": QT_TRANSLATE_NOOP("Messages", "{points} points of “{item}” do not agree with {percent}%: {expected} are expected by the grading scale"),
    "grades.not_points": QT_TRANSLATE_NOOP("Messages", "“{value}” is not the points of “{item}”: a number from 0 to 4 is expected"),
    "grades.traditional_disagrees": QT_TRANSLATE_NOOP("Messages", "“{traditional}” of “{item}” does not agree with {percent}%: {expected} is expected by the grading scale"),
    "grades.not_a_traditional": QT_TRANSLATE_NOOP("Messages", "“{value}” of “{item}” is not a traditional grade: өте жақсы, жақсы, қанағаттанарлық, қанағаттанарлықсыз (or 5, 4, 3, 2, or the Russian words), or сынақ / зачтено is expected"),
    "grades.formula_error": QT_TRANSLATE_NOOP("Messages", "the formula of “{item}” gives the error {value}: correct the formula or type the grade"),
    "grades.marks_not_percents": QT_TRANSLATE_NOOP("Messages", "the grades of the sheet “{sheet}” are all 5 or less: they look like traditional marks (5, 4, 3, 2), but the percent (0-100) of each grade is expected, from which the letter, points and traditional grade follow"),
    "grades.missing_name": QT_TRANSLATE_NOOP("Messages", "the row has grades but no student's name: write the full name in column {column}"),
    "grades.not_a_grade_sheet": QT_TRANSLATE_NOOP("Messages", "the sheet “{sheet}” is not a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected"),
    "grades.no_grade_sheet": QT_TRANSLATE_NOOP("Messages", "no sheet of the workbook is a grade sheet: items with п / б / цэ / трад columns, or one column per item under a row of hours, or a header row with “Аты-жөні” over the names and row codes over the grades was expected"),
}

# Rows of a sheet that are no student: an average or a total under the names
_SUMMARY = re.compile(r"^(орташа|средн|итого|барлығы|всего|жиыны|average|total)", re.IGNORECASE)
# Signature lines under the table, when one is written in the name column
_SIGNATURE = re.compile(r"директор|орынбасар|заместител|жетекші|руководител|меңгеруш|заведующ|куратор|секретар|"
                        r"_{3,}|м\.\s?[оп]\.", re.IGNORECASE)


def read_grade_workbook(path: Path, scale: GradingScale | None = None,
                        sheets: list[str] | None = None) -> list[GradeSheet]:
    """Every grade sheet of the workbook (or the named ones), read whole; SheetFileError with every problem of
    every sheet when any cell is wrong, a named sheet is missing or is no grade sheet, or no sheet is one. Sheets
    that are no grade sheet are passed over when not named."""
    scale = scale or national_scale()
    workbook = open_workbook(path, read_only=False)  # merged header cells are known only outside read-only mode
    # The students' rows are read from a second, read-only copy: outside read-only mode openpyxl makes a cell object
    # for every empty cell it is asked for (900,000 on a sheet of 1,000 rows by 220 columns).
    streamed = open_workbook(path)
    try:
        by_name = {sheet.title: sheet for sheet in workbook.worksheets}
        problems: list[FieldProblem] = []
        for name in sheets or ():
            if name not in by_name:
                problems.append(FieldProblem("sheet", "file.no_such_sheet", {"sheet": name, "sheets": ", ".join(by_name)}))
        chosen = [by_name[name] for name in sheets if name in by_name] if sheets else list(by_name.values())
        found = []
        for sheet in chosen:
            read, sheet_problems = read_grade_sheet(sheet, scale, streamed[sheet.title])
            problems += sheet_problems
            if read is not None:
                found.append(read)
            elif sheets:
                problems.append(FieldProblem("sheet", "grades.not_a_grade_sheet", {"sheet": sheet.title},
                                             sheet=sheet.title))
    finally:
        workbook.close()
        streamed.close()
    if not found and not problems:
        problems.append(FieldProblem("file", "grades.no_grade_sheet", {}))
    if problems:
        raise SheetFileError(problems)
    return found


def read_grade_sheet(sheet, scale: GradingScale | None = None,
                     rows_from=None) -> tuple[GradeSheet | None, list[FieldProblem]]:
    """One openpyxl worksheet (opened outside read-only mode, for its merged header cells): (the sheet, []) when it
    reads whole, (None, problems) when a cell is wrong, (None, []) when it is no grade sheet. rows_from: the same
    sheet opened read-only, to read the students' rows faster."""
    scale = scale or national_scale()
    header = read_header(sheet)
    if header is None:
        return None, []
    students, problems = [], []
    for number, values in _rows(rows_from if rows_from is not None else sheet, header):
        if number > MAX_ROWS and values:  # never dropped unseen: the whole sheet is refused
            problems.append(FieldProblem("file", "file.too_large", {"limit": MAX_UNPACKED_BYTES // 2**20,
                                                                    "rows": MAX_ROWS}, sheet=sheet.title))
            break
        name = " ".join(cell_text(values.get(header.name_column)).split())
        name = "" if re.fullmatch(r"[\d\W]*", name) else name  # a number or dashes are no name
        item_cells = [(item, {role: values.get(column) for role, column in item.columns}) for item in header.items]
        written = [value for _, found in item_cells for value in found.values() if not blank(value)]
        if not name and not written:
            continue
        if (not name and written and not _grades_in(written, scale)) or _SIGNATURE.search(name):
            break  # the signature lines under the table: nothing below is a student
        if _SUMMARY.match(name):
            continue
        row_problems, grades = [], []
        for item, found in item_cells:
            grade, cell_problems = read_item(item, found, scale)
            row_problems += [_located(sheet.title, number, item.column(role) or item.first_column, item.key, code,
                                      params) for role, code, params in cell_problems]
            if grade is not None:
                grades.append(grade)
        if not name:
            row_problems.insert(0, _located(sheet.title, number, header.name_column, "full_name",
                                            "grades.missing_name", {"column": get_column_letter(header.name_column)}))
        problems += row_problems
        if not row_problems:
            students.append(StudentRow(number, name, tuple(grades), _number(values, header),
                                       cell_text(values.get(header.iin_column)) if header.iin_column else ""))
    problems += _marks_not_percents(sheet.title, header, students)
    if problems:
        return None, problems
    return GradeSheet(sheet.title, header.layout, header.items, tuple(students), header.title, header.first_row), []


# So many grades, all of them 5 or less, are traditional marks typed where percents belong, never percents
MARKS_SEEN = 10


def _marks_not_percents(title: str, header: Header, students: list[StudentRow]) -> list[FieldProblem]:
    """A sheet of one column an item whose grades are all 2-5 holds traditional marks, not percents: read as
    percents they would all be F. Refused whole, with where the first of them is."""
    if header.layout is SheetLayout.QUAD:
        return []  # its п columns are labelled percents; its трад columns hold the marks
    scaled = [(s.row, g) for s in students for g in s.grades if g.percent is not None]
    if len(scaled) < MARKS_SEEN or any(g.percent > 5 for _, g in scaled):
        return []
    row, first = scaled[0]
    column = header.items[[i.key for i in header.items].index(first.item)].first_column
    return [_located(title, row, column, first.item, "grades.marks_not_percents", {"sheet": title})]


def _rows(sheet, header: Header):
    """(row number, {column: value}) of each non-empty row under the header."""
    widest = max([header.name_column, header.number_column or 0, header.iin_column or 0,
                  *(item.last_column for item in header.items)])
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a read-only sheet's own <dimension> may claim a million rows
    blank = None
    for number, row in enumerate(sheet.iter_rows(min_row=header.first_row, max_col=widest, values_only=True),
                                 start=header.first_row):
        if row is blank:  # openpyxl's filler for a missing row, one shared tuple: a value at row 1,048,576 is cheap
            continue
        values = {column: value for column, value in enumerate(row, start=1) if value is not None}
        if not values:
            blank = row
            continue
        yield number, values


def _grades_in(values: list, scale: GradingScale) -> bool:
    """Whether a row's cells look like grades at all (numbers, letters, grade words, formula errors), not like a
    signature line's words."""
    for value in values:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return True
        text = str(value).strip()
        if re.fullmatch(r"[\d.,\s%]+|[A-FА-Д][+\-–]?", text, re.IGNORECASE) or text.upper() in FORMULA_ERRORS:
            return True
        if scale.read_traditional(text) is not None:
            return True
    return False


def _number(values: dict, header: Header) -> str:
    return cell_text(values.get(header.number_column)) if header.number_column else ""


def _located(sheet: str, row: int, column: int, field: str, code: str, params: dict) -> FieldProblem:
    return FieldProblem(field, code, params, row, get_column_letter(column), sheet)


def role_columns(sheet: GradeSheet) -> dict[str, dict[Role, str]]:
    """The column letters of each item's roles, for a view that points at the cells ("C" -> {PERCENT: "C", ...})."""
    return {item.key: {role: get_column_letter(column) for role, column in item.columns} for item in sheet.items}
