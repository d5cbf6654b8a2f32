"""Demonstration exams in Excel: a marking scheme in, scores in (one row per candidate and aspect), results out.

Reading is all or nothing: every bad cell is reported with its sheet, row and column.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from desktop.domain.exams import Aspect, AspectKind
from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import BadCell, SheetFileError, bold_row, cell_number, cell_text, data_rows

SCHEME_HEADERS = ("Аспект / Aspect", "Түрі / Вид (M, J)", "Макс. балл", "Сипаттамасы / Описание")
SCORE_HEADERS = ("ЖСН / ИИН", "Аспект / Aspect", "Балл / Судья 1", "Судья 2", "Судья 3")
_KINDS = {"m": AspectKind.MEASUREMENT, "measurement": AspectKind.MEASUREMENT, "өлшеу": AspectKind.MEASUREMENT,
          "измерение": AspectKind.MEASUREMENT, "j": AspectKind.JUDGEMENT, "judgement": AspectKind.JUDGEMENT,
          "бағалау": AspectKind.JUDGEMENT, "судейство": AspectKind.JUDGEMENT}


# The highest mark an aspect or a judge may give: far above any marking scheme, low enough to add up safely.
MAX_MARK = 1000


def _number(value, row: int, column: int, sheet: str, problems: list) -> Decimal | None:
    """A mark from 0 to MAX_MARK; "1e400", "inf" and "nan" (which Decimal would take) are refused too."""
    try:
        number = cell_number(value, 0, MAX_MARK, whole=False)
    except BadCell as bad:
        code = "nedb.bad_number" if bad.code == "file.not_a_number" else bad.code
        problems.append(FieldProblem("score", code, bad.params, row=row, column=get_column_letter(column),
                                     sheet=sheet))
        return None
    del number  # checked; the Decimal is made from the text, as typed
    return Decimal(cell_text(value).replace(",", ".").replace(" ", "").replace("\u00a0", ""))


def read_scheme(path: Path) -> list[Aspect]:
    sheet, rows = data_rows(path)
    aspects, problems = [], []
    for number, values in rows:
        values += [None] * 4
        kind = _KINDS.get(cell_text(values[1]).casefold())
        if kind is None:
            problems.append(FieldProblem("kind", "exam.bad_kind", {"value": cell_text(values[1])}, row=number,
                                         column="B", sheet=sheet))
        maximum = _number(values[2], number, 3, sheet, problems)
        if kind and maximum is not None:
            aspects.append(Aspect(cell_text(values[0]), kind, maximum, cell_text(values[3])))
    if problems:
        raise SheetFileError(problems)
    return aspects


@dataclass(frozen=True)
class ScoreLine:
    row: int
    iin: str
    aspect: str
    scores: list


def read_scores(path: Path) -> list[ScoreLine]:
    sheet, rows = data_rows(path)
    lines, problems = [], []
    for number, values in rows:
        values += [None] * 5
        iin = cell_text(values[0])
        if iin.isdigit() and len(iin) == 11:
            iin = "0" + iin  # Excel drops the leading zero of an IIN typed as a number
        scores = [_number(v, number, column, sheet, problems) for column, v in enumerate(values[2:5], start=3)
                  if cell_text(v)]
        if not scores:
            problems.append(FieldProblem("score", "field.required", row=number, column="C", sheet=sheet))
        lines.append(ScoreLine(number, iin, cell_text(values[1]), scores))
    if problems:
        raise SheetFileError(problems)
    return lines


@dataclass(frozen=True)
class PrintSheet:
    """A sheet meant for people: a header row, its rows, each column's width (in characters) and number format
    ("" for text); the title and "page X of Y" go in the printed page's header and footer."""
    title: str
    headers: list[str]
    rows: list[list]
    widths: list[float]
    formats: list[str]
    frozen: str = "A2"


def write_results(path: Path, sheets: list[PrintSheet], identity: str, page_of: str) -> None:
    """Print-ready sheets: landscape A4 fitted to the page's width, the header row repeated on every printed page
    and frozen on screen, wrapped headers, figures rounded to the format shown, the identity at the top of every
    page and "page X of Y" (page_of with &P and &N, Excel's codes) at its foot."""
    from openpyxl.styles import Alignment  # noqa: PLC0415 - only this writer needs it

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        sheet = book.create_sheet(spec.title[:31])
        sheet.append(spec.headers)
        bold_row(sheet)
        for cell in sheet[1]:
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for row in spec.rows:
            sheet.append(row)
        for column, (width, number_format) in enumerate(zip(spec.widths, spec.formats, strict=True), start=1):
            letter = get_column_letter(column)
            sheet.column_dimensions[letter].width = width
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.alignment = Alignment(wrap_text=not number_format, vertical="top")
                if number_format:
                    cell.number_format = number_format
        sheet.freeze_panes = spec.frozen
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.gridLines = True
        sheet.oddHeader.left.text = identity.replace("&", "&&")
        sheet.oddHeader.left.size = 8
        sheet.oddFooter.right.text = page_of
        sheet.oddFooter.right.size = 8
    book.save(path)
