"""The process schedule (оқу процесінің кестесі) proposed from the plan, and the figures printed under it.

MR l.212-222: the schedule is made of academic periods, intermediate attestation periods, holidays and
professional practice and/or production training; the graduating year adds the final attestation period.
The proposal follows the plan's rows rather than a pattern: a semester gets as many weeks of each activity as
its planned hours need at the weekly load, so attestation weeks stand only where the plan puts intermediate
attestation (its block and the qualification exams), practice weeks where it puts practice hours, the final
attestation where the plan's final attestation row sits. A semester whose rows close with an exam in the
plan's control column holds intermediate attestation too (exams are its form), so it gets at least one
attestation week even without attestation hours; the SCHEDULE-PARTS rule wants attestation in every year,
which plans with exams every year satisfy. A semester with neither gets none. (That exams take a week of their
own, while tests and graded tests are taken within the academic weeks, is this app's reading of the usual
college practice, not a text at hand.) Holidays close every year: two weeks in winter and
the rest of the 52 weeks in summer, except after the graduating year, which ends with its final attestation.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.curriculum import Control, Curriculum, Section, YearSchedule

# The order in which a semester's weeks follow one another and the summary lists them.
ACTIVITIES = ("T", "P", "A", "F", "H")
WEEKS_IN_YEAR = 52
WINTER_WEEKS = 2
_KIND = {Section.PRACTICE: "P", Section.INTERMEDIATE: "A", Section.FINAL: "F",
         # consultations and electives are held within the academic weeks, over the mandatory load
         Section.CONSULTATIONS: None, Section.ELECTIVES: None}


def semester_hours(curriculum: Curriculum) -> dict[int, dict[str, int]]:
    """Planned hours per semester in classes ("T"), at practice ("P"), in intermediate ("A") and final ("F")
    attestation, counted on the rows that carry their own hours (a module counts through its outcomes)."""
    parents = {row.parent for row in curriculum.rows if row.parent}
    hours: dict[int, dict[str, int]] = {}
    for row in curriculum.rows:
        kind = _KIND.get(row.section, "T")
        if kind is None or row.id in parents:
            continue
        for load in row.semesters:
            by_kind = hours.setdefault(load.semester, {"T": 0, "P": 0, "A": 0, "F": 0})
            by_kind[kind] += load.hours
    return hours


def exam_semesters(curriculum: Curriculum) -> set[int]:
    """Semesters in which a mandatory row closes with an exam in the plan's control column (the final
    attestation's own exam is the final attestation, and practice is assessed where it is held)."""
    return {load.semester for row in curriculum.rows if _KIND.get(row.section, "T") in ("T", "A")
            for load in row.semesters if load.control is Control.EXAM}


def weeks_for(hours: dict[str, int], hours_per_week: int, exams: bool = False) -> dict[str, int]:
    """Whole weeks that hold the hours: a part-week still takes its week; exams take one week at least."""
    weeks = {kind: -(-hours.get(kind, 0) // hours_per_week) for kind in ("T", "P", "A", "F")}
    if exams:
        weeks["A"] = max(weeks["A"], 1)
    return weeks


@dataclass(frozen=True)
class YearLayout:
    """One study year's weeks, its parts kept apart so the semester of every week is known."""

    year: int
    autumn: str  # the odd semester: classes, practice, attestation
    winter: str
    spring: str  # the even semester, with the final attestation in the graduating year
    summer: str

    @property
    def weeks(self) -> str:
        return self.autumn + self.winter + self.spring + self.summer


def _semester(weeks: dict[str, int]) -> str:
    return "".join(kind * weeks.get(kind, 0) for kind in ("T", "P", "A", "F"))


def year_layout(year: int, autumn: dict[str, int], spring: dict[str, int], graduating: bool) -> YearLayout:
    """The weeks of a year from the weeks each semester needs. Winter holidays take two weeks when the year
    has room; the summer ones fill the year to 52 weeks, but a graduating year ends with its attestation.
    A year that needs more than 52 weeks is laid out whole: the SCHEDULE-PARTS check reports it."""
    first, second = _semester(autumn), _semester(spring)
    used = len(first) + len(second)
    winter = min(WINTER_WEEKS, max(0, WEEKS_IN_YEAR - used))
    summer = 0 if graduating else max(0, WEEKS_IN_YEAR - used - winter)
    return YearLayout(year, first, "H" * winter, second, "H" * summer)


def layouts(curriculum: Curriculum, hours_per_week: int = 36) -> tuple[YearLayout, ...]:
    hours, exams = semester_hours(curriculum), exam_semesters(curriculum)

    def need(semester: int) -> dict[str, int]:
        return weeks_for(hours.get(semester, {}), hours_per_week, semester in exams)

    return tuple(year_layout(year, need(2 * year - 1), need(2 * year), year == curriculum.years)
                 for year in range(1, curriculum.years + 1))


def propose(curriculum: Curriculum, hours_per_week: int = 36) -> tuple[YearSchedule, ...]:
    return tuple(YearSchedule(layout.year, layout.weeks, hours_per_week)
                 for layout in layouts(curriculum, hours_per_week))


def weeks_by_activity(schedule: tuple[YearSchedule, ...]) -> dict[int, dict[str, int]]:
    """Weeks of each activity per study year, counted on the grid itself (a hand-edited grid too), so the
    printed summary always agrees with the printed weeks. Letters outside ACTIVITIES count as "-"."""
    summary = {}
    for year in schedule:
        counts = Counter(letter if letter in ACTIVITIES else "-" for letter in year.weeks)
        summary[year.year] = {kind: counts.get(kind, 0) for kind in (*ACTIVITIES, "-")}
    return summary


def semester_weeks(weeks: str) -> tuple[int, int]:
    """The weeks of study (not holidays) of the autumn and the spring semester of a grid: the semesters part at
    the first holidays that study follows (the winter ones; a proposal always lays them out between the two
    semesters when the year has room). A grid without them counts whole in the autumn."""
    stripped = weeks.rstrip("H-")
    split = stripped.find("H")
    if split < 0:
        split = len(stripped)
    return (sum(letter not in "H-" for letter in stripped[:split]),
            sum(letter not in "H-" for letter in stripped[split:]))


def month_spans(start_year: int, weeks: int) -> list[tuple[int, int, int]]:
    """(month, first week, last week), weeks counted from 1: week 1 starts on 1 September of start_year and
    every week belongs to the month in which it starts."""
    spans: list[tuple[int, int, int]] = []
    first_day = date(start_year, 9, 1)
    for week in range(1, weeks + 1):
        month = (first_day + timedelta(days=7 * (week - 1))).month
        if spans and spans[-1][0] == month:
            spans[-1] = (month, spans[-1][1], week)
        else:
            spans.append((month, week, week))
    return spans


def week_start_days(start_year: int, weeks: int) -> list[int]:
    """The day of the month each week starts on (1, 8, 15, ...), as the grid's date row prints it."""
    first_day = date(start_year, 9, 1)
    return [(first_day + timedelta(days=7 * n)).day for n in range(weeks)]
