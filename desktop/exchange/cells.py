"""Cell values as people leave them in spreadsheets; and the bold row our own sheets write."""
from __future__ import annotations

from datetime import date, datetime


def cell_text(value: object) -> str:
    """Text of a cell: empty for nothing, 1140100 for a whole number Excel stored as 1140100.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def cell_date(value: object) -> date | None | str:
    """A date, None for an empty cell, or the text that is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return text


class SheetFileError(Exception):
    """A workbook that cannot be read, or cells that are wrong: every problem with its sheet, row and column."""

    def __init__(self, problems: list):
        super().__init__("; ".join(p.code for p in problems))
        self.problems = problems


def data_rows(path, width: int = 0) -> tuple[str, list[tuple[int, list]]]:
    """The first sheet's title and its non-empty rows after the header (the first non-empty row), each with its
    row number and at least `width` cells."""
    from openpyxl import load_workbook  # noqa: PLC0415

    from desktop.domain.problems import FieldProblem  # noqa: PLC0415

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise SheetFileError([FieldProblem("file", "file.unreadable", {"detail": str(exc)})]) from exc
    sheet = book.worksheets[0]
    rows = [(n, list(values) + [None] * (width - len(values)))
            for n, values in enumerate(sheet.iter_rows(values_only=True), start=1) if any(cell_text(v) for v in values)]
    title = sheet.title
    book.close()
    return title, rows[1:]


def bold_row(sheet, row: int = 1) -> None:
    """A header or a totals row in bold."""
    from openpyxl.styles import Font  # noqa: PLC0415 - only writers need it

    for cell in sheet[row]:
        cell.font = Font(bold=True)
