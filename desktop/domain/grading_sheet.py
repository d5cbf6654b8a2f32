"""A group's grade sheet as plain data: the graded items of its header, and each student's grades as written.

The readers of desktop.exchange.grade_sheet fill these; desktop.domain.grading_match maps the items to the rows
of a curriculum. Nothing here knows a file format: a grid typed in the program makes the same objects.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from desktop.domain.curriculum import Section
from desktop.domain.grading import Grade


class SheetLayout(str, Enum):
    QUAD = "quad"  # the полотно: per item four columns п / б / цэ / трад (percent, points, letter, traditional)
    SINGLE = "single"  # one column per item under an hours row, holding the percent (or сынақ / зачтено)
    OWN = "own"  # Zhospar's simple layout: a header row of names and row codes, one row per student


class Role(str, Enum):
    """What one column of an item holds."""

    PERCENT = "percent"  # п
    POINTS = "points"  # б
    LETTER = "letter"  # цэ (цифрлық эквивалент column of the letter)
    TRADITIONAL = "traditional"  # трад


@dataclass(frozen=True)
class SheetItem:
    """One graded item of a sheet's header: a subject, a basic module, a learning outcome, practice, the final
    attestation, an elective. Codes are kept as written ("БМ1", "КМ 3", "ОН1.3"); grading_match normalises them."""

    key: str  # the letter of its first column ("C", "BS"): stable within the sheet
    first_column: int  # 1-based, as openpyxl counts
    last_column: int
    code: str  # the item's own code as written: "ОН 1.1", "БМ1", "" for a subject or practice written without one
    name_kk: str
    name_ru: str  # the same as name_kk when the header has one language
    module: str = ""  # the code of the module or group written over it, as written: "КМ 3", "КМ 04", "ЖБП 00", ""
    hours: int | None = None  # from "96с-4к", "216 с-9к" or 96; None when the sheet gives none
    credits: float | None = None  # from "96с-4к", "36с-1,5к"; None when only hours are written
    section: Section | None = None  # guessed from the code, the group over it or its words; None when unknown
    columns: tuple[tuple[Role, int], ...] = ()  # the column of each role, as found on the sheet

    def column(self, role: Role) -> int | None:
        return next((column for found, column in self.columns if found is role), None)


@dataclass(frozen=True)
class ItemGrade:
    """One student's grade for one item: the cells as written and the grade they make under the scale."""

    item: str  # SheetItem.key
    grade: Grade  # the percent's grade (letter, points, traditional from the scale), or a pass/fail grade
    percent: int | None = None  # the whole percent written (rounded half up), None for pass/fail
    points: Decimal | None = None  # as written, None when the column is empty or absent
    letter: str = ""  # as written
    traditional: str = ""  # as written: "жақсы", "4 (хорошо)", "зачтено"


@dataclass(frozen=True)
class StudentRow:
    row: int  # the row number on the sheet
    full_name: str  # as written, spaces folded
    grades: tuple[ItemGrade, ...]  # the graded items only, in the order of the header; an empty item is absent
    number: str = ""  # the "№" cell as written
    iin: str = ""  # the ЖСН / ИИН column of our own layout, when it has one

    def grade_of(self, item: str) -> ItemGrade | None:
        return next((g for g in self.grades if g.item == item), None)


@dataclass(frozen=True)
class GradeSheet:
    sheet: str
    layout: SheetLayout
    items: tuple[SheetItem, ...]
    students: tuple[StudentRow, ...]
    title: str = ""  # the group's title block as written ("3D-1\nМамандық: 04110100 ..."), "" when none
    first_student_row: int = 0

    def item(self, key: str) -> SheetItem:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)
