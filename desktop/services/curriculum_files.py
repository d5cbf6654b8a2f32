"""Curricula read from workbooks: every sheet's curriculum, the intake year the user gives for a sheet that
does not say it, and the chosen sheets stored as drafts, all or none."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain.curriculum import Curriculum
from desktop.domain.problems import FieldProblem
from desktop.exchange.sheet_reading import SheetReading
from desktop.services.curricula import create_many, curriculum_problems
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed

INTAKE_YEARS = (1990, 2100)  # as the exchange workbook's intake year cell


@dataclass(frozen=True)
class SheetChoice:
    """One sheet as the import offers it: its curriculum, or every reason it cannot be imported."""

    sheet: str
    curriculum: Curriculum | None
    needs_intake_year: bool  # the year is written neither on the sheet nor in the file name
    problems: tuple[FieldProblem, ...] = ()

    @property
    def importable(self) -> bool:
        return self.curriculum is not None and not self.problems


def read_sheets(path: Path) -> list[SheetChoice]:
    """Every sheet of the workbook; ValidationFailed when the file itself cannot be read (or, for our own
    export, when its cells are wrong)."""
    from desktop.exchange import curriculum_sheets  # noqa: PLC0415 - openpyxl only when a file is read
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415

    try:
        sheets = curriculum_sheets.read_sheets(path)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from exc
    return [_choice(item.sheet, item.reading, item.refusal) for item in sheets]


def _choice(sheet: str, reading: SheetReading | None, refusal: FieldProblem | None) -> SheetChoice:
    if reading is None:
        return SheetChoice(sheet, None, False, (refusal,) if refusal else ())
    problems = tuple(reading.problems) or tuple(curriculum_problems(reading.curriculum))
    return SheetChoice(sheet, reading.curriculum, not reading.intake_year_source, problems)


def with_intake_year(choice: SheetChoice, year: int | None) -> Curriculum:
    """The sheet's curriculum, its intake year the user's when the sheet did not say it; the years of study
    stay as the sheet gave them. ValidationFailed when a year is needed and missing or out of range."""
    if choice.curriculum is None or choice.problems:
        raise ValidationFailed(list(choice.problems))
    if not choice.needs_intake_year:
        return choice.curriculum
    low, high = INTAKE_YEARS
    if year is None or not low <= year <= high:
        raise ValidationFailed([FieldProblem("intake_year", "file.intake_year_unknown",
                                             {"sheet": choice.sheet, "low": low, "high": high}, sheet=choice.sheet)])
    return replace(choice.curriculum, intake_year=year)


def sheet_named(choices: list[SheetChoice], name: str) -> SheetChoice:
    """The sheet of that name; ValidationFailed listing the sheets there are when none is."""
    from desktop.exchange import curriculum_sheets  # noqa: PLC0415 - openpyxl only when a file is read
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415

    try:
        return curriculum_sheets.sheet_named(choices, name)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from exc


def read_curriculum_file(path: Path, sheet: str | None = None, intake_year: int | None = None) -> Curriculum:
    """The named sheet's curriculum, or the first sheet's that holds one; ValidationFailed lists every bad cell,
    the sheets there are when the name is not one, or asks for the intake year when the sheet lacks it."""
    choices = read_sheets(path)
    if sheet is not None:
        chosen = sheet_named(choices, sheet)
    else:
        chosen = next((c for c in choices if c.curriculum is not None), None)
        if chosen is None:
            raise ValidationFailed([p for c in choices for p in c.problems])
    return with_intake_year(chosen, intake_year)


def import_curricula(db: Database, curricula: list[Curriculum]) -> list[int]:
    """Each curriculum a new draft; every one is checked before the first is stored, so a refusal stores none."""
    return create_many(db, curricula)
