"""The classifier as an Excel sheet: one row per specialty or qualification (code, names, dates).

Headers are recognised in Kazakh, Russian or English, in any order; only the code and the Kazakh and
Russian names are required.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import (BadCell, SheetFileError, cell_date, cell_short_text, cell_text as _text,
                                    open_workbook, sheet_rows, worksheet)

# Lower-case fragments a header may contain, per field; the first field whose fragment matches wins.
HEADER_FRAGMENTS = (
    ("code", ("code", "код", "шифр")),
    ("valid_from", ("valid_from", "valid from", "бастап", "действует с", "дата начала")),
    ("valid_to", ("valid_to", "valid to", "дейін", "действует до", "дата окончания")),
    ("name_kk", ("name_kk", "қазақ", "казах", "(kk)", "на каз")),
    ("name_ru", ("name_ru", "орыс", "русск", "(ru)", "на рус")),
    ("name_en", ("name_en", "ағылшын", "англ", "english", "(en)")),
)
REQUIRED = ("code", "name_kk", "name_ru")
EXPORT_HEADERS = {
    "code": "Код / Код / Code",
    "name_kk": "Атауы (қазақша) / Наименование на казахском (kk)",
    "name_ru": "Атауы (орысша) / Наименование на русском (ru)",
    "name_en": "Name in English (en)",
    "valid_from": "Қолданылады бастап / Действует с (valid_from)",
    "valid_to": "Қолданылады дейін / Действует до (valid_to)",
}
HEADER_SEARCH_ROWS = 10
# The most characters a cell may have: the database columns that store it (models/classifier.py).
LENGTHS = {"code": 12, "name_kk": 300, "name_ru": 300, "name_en": 300}


@dataclass(frozen=True)
class ClassifierRow:
    row: int
    code: str
    name_kk: str
    name_ru: str
    name_en: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class ClassifierSheet:
    sheet: str
    columns: dict[str, str]  # field name -> column letter
    rows: list[ClassifierRow]


class ClassifierFileError(SheetFileError):
    """Every bad cell of a classifier sheet."""


def _field_for(header: object) -> str | None:
    text = str(header or "").strip().lower()
    if not text:
        return None
    for name, fragments in HEADER_FRAGMENTS:
        if any(fragment in text for fragment in fragments):
            return name
    return None


def _find_header(rows: list[tuple[int, tuple]]) -> tuple[int, dict[str, int]] | None:
    for row_number, row in rows:
        if row_number > HEADER_SEARCH_ROWS:
            break
        columns: dict[str, int] = {}
        for index, value in enumerate(row, start=1):
            name = _field_for(value)
            if name and name not in columns:
                columns[name] = index
        if all(name in columns for name in REQUIRED):
            return row_number, columns
    return None


def read_classifier(path: Path) -> ClassifierSheet:
    """Every data row of the first sheet that has a classifier header; ClassifierFileError lists every bad cell."""
    workbook = open_workbook(path)
    try:
        worksheet(workbook)  # refuses a workbook without a sheet of cells
        for sheet in workbook.worksheets:
            rows = sheet_rows(sheet)
            found = _find_header(rows)
            if found:
                return _read_rows(sheet.title, rows, *found)
        raise ClassifierFileError([FieldProblem("header", "file.no_header",
                                                {"columns": ", ".join(EXPORT_HEADERS[n] for n in REQUIRED)})])
    finally:
        workbook.close()


def _read_rows(title: str, lines: list[tuple[int, tuple]], header_row: int, columns: dict[str, int]) -> ClassifierSheet:
    rows: list[ClassifierRow] = []
    problems: list[FieldProblem] = []
    for number, values in lines:
        if number <= header_row:
            continue
        cell = {name: values[index - 1] if index - 1 < len(values) else None for name, index in columns.items()}
        if all(_text(v) == "" for v in cell.values()):
            continue
        dates = {}
        for name in ("valid_from", "valid_to"):
            parsed = cell_date(cell.get(name))
            if isinstance(parsed, str):
                problems.append(FieldProblem(name, "file.bad_date", {"value": parsed[:60]}, number,
                                             get_column_letter(columns[name]), title))
                parsed = None
            dates[name] = parsed
        texts = {}
        for name, limit in LENGTHS.items():
            try:
                texts[name] = cell_short_text(cell.get(name), limit)
            except BadCell as bad:
                problems.append(FieldProblem(name, bad.code, bad.params, number, get_column_letter(columns[name]),
                                             title))
                texts[name] = ""
        code = texts["code"]
        if isinstance(cell["code"], (int, float)) and len(code) == 7:
            code = "0" + code  # Excel drops the leading zero of 01140100 typed as a number
        rows.append(ClassifierRow(number, code, texts["name_kk"], texts["name_ru"], texts["name_en"],
                                  dates["valid_from"], dates["valid_to"]))
    if problems:
        raise ClassifierFileError(problems)
    return ClassifierSheet(title, {name: get_column_letter(i) for name, i in columns.items()}, rows)


def write_classifier(path: Path, rows: list[ClassifierRow]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Classifier"
    sheet.append(list(EXPORT_HEADERS.values()))
    for row in rows:
        sheet.append([row.code, row.name_kk, row.name_ru, row.name_en, row.valid_from, row.valid_to])
    for index, width in enumerate((14, 60, 60, 40, 16, 16), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for cells in sheet.iter_rows(min_row=2, min_col=1, max_col=1):
        cells[0].number_format = "@"
    for cells in sheet.iter_rows(min_row=2, min_col=5, max_col=6):
        for cell in cells:
            cell.number_format = "yyyy-mm-dd"
    workbook.save(path)
