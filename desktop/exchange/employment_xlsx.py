"""Graduates' employment in Excel: the graduates of a year written out to be filled in, and read back.

One row per graduate: IIN, name, group, status, date, employer, evidence. A status or an evidence is taken as its
key (employed_in_specialty) or as its words in Kazakh, Russian or English; reading is all or nothing and every bad
cell is named by its sheet, row and column.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.domain import indicators as di
from desktop.domain.indicators import EmploymentEntry
from desktop.domain.ids import iin_problems
from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import (BadCell, SheetFileError, bold_row, cell_date, cell_short_text, cell_text,
                                    data_rows)
from desktop.exchange.print_setup import print_ready, sheet_title
from desktop.paths import owner_only
from desktop.reports.labels import pick
from desktop.reports.pack_labels import EMPLOYMENT_STATUSES, EVIDENCE, PACK_LABELS

MAX_EMPLOYER = 300  # models/reporting.py: employer String(300)
HEAD_KEYS = ("iin", "graduate", "group", "status", "date", "employer", "evidence")
ENGLISH = {"employed_in_specialty": "employed in the specialty", "employed_outside": "employed outside the specialty",
           "further_study": "further study", "military": "military service", "parental_leave": "parental leave",
           "not_employed": "not employed", "unknown": "unknown", "confirmed": "confirmed by records",
           "self_reported": "self-reported"}


def _words(table: dict) -> dict[str, str]:
    words = {}
    for key, pair in table.items():
        for word in (key, *pair, ENGLISH[key]):
            words[word.casefold()] = key
    return words


STATUS_WORDS, EVIDENCE_WORDS = _words(EMPLOYMENT_STATUSES), _words(EVIDENCE)


@dataclass(frozen=True)
class EmploymentLine:
    row: int
    iin: str
    entry: EmploymentEntry


def _head(key: str, language: str) -> str:
    return "ЖСН / ИИН" if key == "iin" else pick(PACK_LABELS, key, language)


def write_employment(path: Path, graduates: list, language: str, identity: str = "") -> None:
    """The sheet to fill in, print-ready (its header row repeated and frozen, `identity` in the page header)."""
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(pick(PACK_LABELS, "graduates", language))
    sheet.append([_head(key, language) for key in HEAD_KEYS])
    bold_row(sheet)
    for g in graduates:
        sheet.append([g.iin or "", g.name, g.group_code, pick(EMPLOYMENT_STATUSES, g.status, language), g.on,
                      g.employer, pick(EVIDENCE, g.evidence, language) if g.evidence else ""])
        sheet.cell(sheet.max_row, 1).number_format = "@"  # an IIN keeps its leading zero
        sheet.cell(sheet.max_row, 5).number_format = "DD.MM.YYYY"
    # the choices as a drop-down, so that a filled-in sheet reads back
    choices = [pick(EMPLOYMENT_STATUSES, key, language) for key in di.STATUSES]
    for column, words in (("D", choices), ("G", [pick(EVIDENCE, key, language) for key in EVIDENCE])):
        rule = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
        rule.add(f"{column}2:{column}{max(2, sheet.max_row)}")
        sheet.add_data_validation(rule)
    print_ready(sheet, language, identity or pick(PACK_LABELS, "graduates", language),
                widths=dict(zip("ABCDEFG", (15, 36, 12, 34, 12, 34, 26))))
    book.save(path)
    owner_only(path)  # names and IINs


def read_employment(path: Path) -> tuple[str, list[EmploymentLine]]:
    title, rows = data_rows(path, 7)
    lines, problems = [], []
    for number, values in rows:
        where = {"row": number, "sheet": title}
        iin = cell_text(values[0]).zfill(12) if cell_text(values[0]).isdigit() else cell_text(values[0])
        wrong = iin_problems(iin)
        if wrong:
            problems.append(FieldProblem("iin", wrong[0].value, {"value": cell_text(values[0])[:60]}, column="A",
                                         **where))
        status = STATUS_WORDS.get(cell_text(values[3]).casefold())
        if status is None:
            problems.append(FieldProblem("status", "field.bad_choice", {"value": cell_text(values[3])[:60]}, column="D",
                                         **where))
        on = cell_date(values[4])
        if isinstance(on, str):
            problems.append(FieldProblem("on", "file.bad_date", {"value": on[:60]}, column="E", **where))
        try:
            employer = cell_short_text(values[5], MAX_EMPLOYER)
        except BadCell as bad:
            problems.append(FieldProblem("employer", bad.code, bad.params, column="F", **where))
            employer = ""
        evidence = EVIDENCE_WORDS.get(cell_text(values[6]).casefold() or "self_reported")
        if evidence is None:
            problems.append(FieldProblem("evidence", "field.bad_choice", {"value": cell_text(values[6])[:60]}, column="G",
                                         **where))
        if status and evidence and not isinstance(on, str):
            if on is None and status != "unknown":
                problems.append(FieldProblem("on", "field.required", column="E", **where))
            else:
                lines.append(EmploymentLine(number, iin, EmploymentEntry(status, on, employer, evidence)))
    if problems:
        raise SheetFileError(problems)
    return title, lines
