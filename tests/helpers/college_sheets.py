"""The real college workbooks of tests/fixtures/college-sheets, and the two ways tests change them: the cohort's
years written nowhere, and a cover sheet in front of the plan."""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

SHEETS = Path(__file__).resolve().parents[1] / "fixtures" / "college-sheets"
ZHAMBYL = SHEETS / "zhambyl-accounting-and-it-2023-2026-headers.xlsx"
ORAL = SHEETS / "oral-primary-teacher-2022-2026-headers.xlsx"


def without_years(path: Path) -> Path:
    """The Zhambyl workbook with its cohort written nowhere: not in the file's name (the caller's path), not in
    the year cells of its sheets (FM6 2023, FN6 2026)."""
    book = load_workbook(ZHAMBYL)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if re.fullmatch(r"20\d\d", str(cell.value or "")):
                    cell.value = None
    book.save(path)
    return path


def with_cover(path: Path) -> Path:
    """The Oral plan behind a cover sheet "Мұқаба" that holds a title only."""
    book = load_workbook(ORAL)
    cover = book.create_sheet("Мұқаба", 0)
    cover["A1"] = "Жұмыс оқу жоспарлары"
    cover["A3"] = "Колледж директоры"
    book.save(path)
    return path
