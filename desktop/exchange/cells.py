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


def bold_row(sheet, row: int = 1) -> None:
    """A header or a totals row in bold."""
    from openpyxl.styles import Font  # noqa: PLC0415 - only writers need it

    for cell in sheet[row]:
        cell.font = Font(bold=True)
