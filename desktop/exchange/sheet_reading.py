"""What a reader of one college sheet hands back, whatever the sheet's layout (rows, columns, our own).

A sheet's intake year is often not written on it: the reader says where the year came from, and the caller
asks the user when it came from nowhere, instead of silently taking this year.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from desktop.domain.curriculum import Curriculum
from desktop.domain.problems import FieldProblem

# "2022-2026", "2022 – 2026", "2022-2026 оқу жылдары": a cohort's years, the first the intake
_YEAR_RANGE = re.compile(r"(?<!\d)(20\d\d)\s*[-–—]\s*(20\d\d)(?!\d)")
# The longest TVET programme is 4 years 10 months: a range wider than 5 years is not a cohort's
LONGEST_RANGE = 5
MAX_YEARS = 6  # the most study years a curriculum read from a file may have (the rules loop over the years)
HOURS_A_YEAR = 1440  # 60 credits of 24 hours: the full study year of the recommendations (MR l.269)


@dataclass(frozen=True)
class SheetReading:
    curriculum: Curriculum
    # "sheet" (written on the sheet), "file_name", or "" when found nowhere: then curriculum.intake_year is a
    # placeholder the caller must replace by asking the user
    intake_year_source: str
    # bad cells, subtotals that do not add up: when any, the caller refuses the sheet and shows them all
    problems: tuple[FieldProblem, ...] = field(default_factory=tuple)


def year_range(text: str) -> tuple[int, int] | None:
    """(intake year, graduation year) from the first "20xx-20yy" in the text whose years make a cohort."""
    for match in _YEAR_RANGE.finditer(text or ""):
        start, end = int(match.group(1)), int(match.group(2))
        if 0 < end - start <= LONGEST_RANGE:
            return start, end
    return None


def years_for_hours(mandatory: int) -> int:
    """The study years a sheet's mandatory hours (electives and consultations aside) fill, when it writes none."""
    return min(max(1, math.ceil(mandatory / HOURS_A_YEAR)), MAX_YEARS)
