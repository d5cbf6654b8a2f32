"""Every curriculum a workbook holds, one a sheet, whatever the layout colleges chose for each.

A workbook exported by this program holds one curriculum over two sheets (curriculum_xlsx). A college's own
workbook often holds several, a sheet per group or cohort, written in rows (row_sheet) or across the columns
of a summary grade sheet (college_sheet). Each sheet is tried by the summary reader first, whose test is
strict (an hours row under item names), then by the row reader; a sheet neither can place is reported with
what was expected, never guessed into a plan.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import SheetFileError, open_workbook
from desktop.exchange.sheet_reading import SheetReading


@dataclass(frozen=True)
class SheetCurriculum:
    """One sheet of a workbook: its curriculum, or why it holds none."""

    sheet: str
    reading: SheetReading | None
    refusal: FieldProblem | None = None  # when reading is None: why the sheet was not placed

    @property
    def readable(self) -> bool:
        return self.reading is not None and not self.reading.problems


@lru_cache(maxsize=1)
def _subject_key():
    from desktop.domain.ruleset import RuleSet  # noqa: PLC0415
    from desktop.paths import resource_path  # noqa: PLC0415

    rules = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))
    return rules.subject_key


def read_sheets(path: Path) -> list[SheetCurriculum]:
    """Every sheet of the workbook with its curriculum or its refusal; SheetFileError when the file cannot be
    read at all, or (our own export) when its cells are wrong."""
    from desktop.exchange import curriculum_xlsx  # noqa: PLC0415

    names = _sheet_names(path)
    if curriculum_xlsx.MAIN in names:
        curriculum = curriculum_xlsx.read_exchange_workbook(path)
        return [SheetCurriculum(curriculum_xlsx.MAIN, SheetReading(curriculum, "sheet"))]
    workbook = open_workbook(path, read_only=False)  # merged cells are known only outside read-only mode
    try:
        return [_read_one(sheet, Path(path).name) for sheet in workbook.worksheets]
    finally:
        workbook.close()


def _sheet_names(path: Path) -> list[str]:
    workbook = open_workbook(path)
    try:
        return [sheet.title for sheet in workbook.worksheets]
    finally:
        workbook.close()


def _read_one(sheet, file_name: str) -> SheetCurriculum:
    from desktop.exchange.college_sheet import read_college_sheet  # noqa: PLC0415
    from desktop.exchange.row_sheet import read_row_sheet  # noqa: PLC0415

    for reader in (read_college_sheet, read_row_sheet):
        reading = reader(sheet, file_name, _subject_key())
        if reading is not None and reading.curriculum.rows:
            return SheetCurriculum(sheet.title, _titled(reading, sheet.title))
    refusal = FieldProblem("file", "file.unplaceable_sheet", {"sheet": sheet.title}, None, None, sheet.title)
    return SheetCurriculum(sheet.title, None, refusal)


def _titled(reading: SheetReading, sheet: str) -> SheetReading:
    """A curriculum named after its sheet too: six groups' plans from one workbook must be told apart."""
    curriculum = reading.curriculum
    if sheet in curriculum.title:
        return reading
    title = f"{curriculum.title} ({sheet})" if curriculum.title else sheet
    return replace(reading, curriculum=replace(curriculum, title=title[:300]))


def choose(sheets: list[SheetCurriculum], name: str | None) -> SheetCurriculum:
    """The named sheet, or the first that holds a curriculum; SheetFileError naming what is there otherwise."""
    if name is not None:
        return _or_refuse(sheet_named(sheets, name))
    for item in sheets:
        if item.reading is not None:
            return _or_refuse(item)
    raise SheetFileError([s.refusal for s in sheets if s.refusal] or
                         [FieldProblem("file", "file.no_sheet", {})])


def sheet_named(items: list, name: str):
    """The item (anything with a `sheet` name) of the sheet so named; SheetFileError listing the sheets there are
    when none is (the import, `read_curriculum` and `zhospar-cli check --sheet` all say it so)."""
    found = next((item for item in items if item.sheet == name), None)
    if found is None:
        raise SheetFileError([FieldProblem("sheet", "file.no_such_sheet", {
            "sheet": name, "sheets": ", ".join(item.sheet for item in items)})])
    return found


def _or_refuse(item: SheetCurriculum) -> SheetCurriculum:
    if item.reading is None:
        raise SheetFileError([item.refusal])
    if item.reading.problems:
        raise SheetFileError(list(item.reading.problems))
    return item
