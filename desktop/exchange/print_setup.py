"""Workbooks meant for people, ready to print as they open: A4 landscape fitted to the page width, the header
rows repeated on every printed page and frozen on screen, columns wide enough for what they hold, numbers shown
with the decimals they were rounded to, and the college, the document and "page X of Y" in the page margins."""
from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

EXCEL_TITLE = 31  # characters Excel allows in a sheet's name
PAGE_OF = {"kk": "&P-бет, барлығы &N", "ru": "Страница &P из &N"}
HEAD_FILL = PatternFill("solid", fgColor="E8EEF7")
# the number formats of what the documents print: whole counts, percents to one decimal, money to the tiyn
COUNT, PERCENT, MONEY, MARK, DATE = "#,##0", "0.0", "#,##0.00", "0.00", "DD.MM.YYYY"
MIN_WIDTH, MAX_WIDTH = 8, 60


def sheet_title(text: str) -> str:
    """A sheet's name as Excel takes it; the callers give names that fit, so that none is cut mid-word."""
    if len(text) > EXCEL_TITLE:
        raise ValueError(f"a sheet name longer than {EXCEL_TITLE} characters would be cut: {text}")
    return text


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def fit_columns(sheet: Worksheet, widths: dict[str, float] | None = None, header_row: int = 1) -> None:
    """Each column as wide as its longest value (the header wraps instead of widening its column), within limits;
    `widths` sets some columns by letter."""
    measured: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            text = _shown(cell.value)
            if text and not (cell.coordinate in sheet.merged_cells):
                measured[cell.column] = max(measured.get(cell.column, 0), max(len(line) for line in text.split("\n")))
    for column in range(1, sheet.max_column + 1):
        head = _shown(sheet.cell(header_row, column).value)
        longest_word = max((len(word) for word in head.split()), default=0)
        width = max(measured.get(column, 0), longest_word, MIN_WIDTH) + 2
        sheet.column_dimensions[get_column_letter(column)].width = min(width, MAX_WIDTH)
    for letter, width in (widths or {}).items():
        sheet.column_dimensions[letter].width = width


def number_formats(sheet: Worksheet, formats: dict[str, str], first_row: int) -> None:
    """Number formats by column letter, from `first_row` down, the values rounded to what the format shows."""
    decimals = {COUNT: 0, PERCENT: 1, MONEY: 2, MARK: 2}
    for letter, form in formats.items():
        for (cell,) in sheet.iter_rows(min_row=first_row, min_col=sheet[f"{letter}1"].column,
                                       max_col=sheet[f"{letter}1"].column):
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                if form in decimals and isinstance(cell.value, float):
                    cell.value = round(cell.value, decimals[form])
                cell.number_format = form


def print_ready(sheet: Worksheet, language: str, identity: str, *, header_row: int = 1,
                widths: dict[str, float] | None = None, formats: dict[str, str] | None = None,
                portrait: bool = False) -> None:
    """Print setup of one sheet whose table's header is `header_row` (the rows above it are the sheet's title)."""
    head = sheet[header_row]
    for cell in head:
        if cell.value is not None:
            cell.font = Font(bold=True)
            cell.fill = HEAD_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    fit_columns(sheet, widths, header_row)
    number_formats(sheet, formats or {}, header_row + 1)
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"1:{header_row}"
    sheet.page_setup.orientation = "portrait" if portrait else "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddHeader.left.text = identity.lstrip(" —").replace("&", "&&")  # a college with no name yet
    sheet.oddHeader.left.size = 8
    sheet.oddFooter.right.text = PAGE_OF[language]
    sheet.oddFooter.right.size = 8
