"""A sheet of students as a college keeps it: any columns, in any order, under a header row.

Reading gives the raw header and cells; which column is which field is the user's choice (the mapping
step), helped by a guess from the header words in Kazakh, Russian or English.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.exchange.cells import SheetFileError, cell_text, open_workbook, sheet_rows, worksheet

# Header words that suggest a field (compared case-insensitively, as a whole or at the start).
HINTS = {
    "iin": ("иин", "жсн", "iin"),
    "full_name": ("фио", "ф.и.о", "аты-жөні", "толық аты", "full name"),
    "surname": ("фамилия", "тегі", "surname", "last name"),
    "given_name": ("имя", "аты", "given name", "first name", "name"),
    "patronymic": ("отчество", "әкесінің аты", "patronymic"),
    "birth_date": ("дата рождения", "туған күні", "birth", "date of birth"),
    "sex": ("пол", "жынысы", "sex", "gender"),
    "group_code": ("группа", "тобы", "топ", "group"),
    "funding": ("финансирование", "обучение за счет", "қаржыландыру", "funding"),
    "enrolled_on": ("дата зачисления", "қабылданған күні", "enrolled", "enrolment date"),
    "locality": ("местность", "тип местности", "елді мекен", "locality"),
    "prior_education": ("база", "окончил", "білім базасы", "base"),
    "citizenship": ("гражданство", "азаматтығы", "citizenship"),
    "phone": ("телефон", "phone"),
}


@dataclass(frozen=True)
class RawSheet:
    title: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[object]]]  # (row number in the sheet, cell values)


class SheetUnreadable(SheetFileError):
    """The workbook cannot be read: its problems name why (file.damaged, file.not_workbook, file.too_large...)."""


HEADER_SEARCH_ROWS = 20


def read_sheet(path: Path) -> RawSheet:
    """The header is the first row (of the first 20) whose words look like fields, else the first row with two or
    more cells (a title row above the table has one); every later non-empty row is data."""
    try:
        workbook = open_workbook(path)
        try:
            sheet = worksheet(workbook)
            every = [(number, values) for number, values in sheet_rows(sheet) if any(cell_text(v) for v in values)]
        finally:
            workbook.close()
    except SheetFileError as exc:
        raise SheetUnreadable(exc.problems) from exc
    header_at = _header_index(every)
    if header_at is None:
        return RawSheet(sheet.title, 0, [], [])
    header_row, header_values = every[header_at]
    headers = [cell_text(v) for v in header_values]
    rows = [(number, list(values) + [None] * (len(headers) - len(values))) for number, values in every[header_at + 1:]]
    return RawSheet(sheet.title, header_row, headers, rows)


def _header_index(rows: list[tuple[int, tuple]]) -> int | None:
    wide = None
    for index, (_, values) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [cell_text(v) for v in values]
        if sum(1 for t in texts if t) < 2:
            continue
        if len(guess_mapping(texts)) >= 2:
            return index
        wide = index if wide is None else wide
    return wide


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field -> column index for the headers that look like a field; each column used once."""
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for field_name, words in HINTS.items():
        for index, header in enumerate(headers):
            text = header.casefold().strip()
            if index in used or not text:
                continue
            if any(text == w or text.startswith(w + " ") or text.startswith(w + ",") or
                   (len(w) > 4 and w in text) for w in words):
                mapping[field_name] = index
                used.add(index)
                break
    if "full_name" in mapping and "surname" in mapping:
        del mapping["full_name"]
    return mapping
