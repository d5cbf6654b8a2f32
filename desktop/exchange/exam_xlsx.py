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


def write_results(path: Path, headers: list[str], rows: list[list]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    bold_row(sheet)
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"
    book.save(path)
