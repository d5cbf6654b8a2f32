"""The hours actually taught, entered per month (an Excel import can feed the same batch later), with replacements
(who taught instead of the teacher of record), and the fulfilment figures against the plan (done, not done, over
plan) per teacher, group and row, for the year or a semester.

An entry names the unit and subgroup as the distribution does and the teacher who taught. When that teacher is not
the unit's teacher of record, replaced_id (the one taught for) is filled from the distribution unless given.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import select

from desktop.domain import teacher_load as tl
from desktop.domain.problems import FieldProblem
from desktop.models import LoadActual, Teacher
from desktop.services import journal
from desktop.services import teacher_load as load
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed

# More than a month can hold even taught every hour of every day: a typing slip.
MAX_MONTH_HOURS = 744

# The months a semester's hours are entered in, by term (1 autumn, odd semesters; 2 spring, even ones), in the
# academic year's order. This is the colleges' usual practice (autumn classes may run into January, spring ones and
# the summer practice to August), not a legal rule: a college with another calendar changes it here, the only place.
TERM_MONTHS = {1: (9, 10, 11, 12, 1), 2: (1, 2, 3, 4, 5, 6, 7, 8)}


def month_fits(month: date, semester: int) -> bool:
    """Whether hours of the semester may be entered in the month (TERM_MONTHS)."""
    return month.month in TERM_MONTHS[tl.term(semester)]


def semester_months(year: int, semester: int) -> list[date]:
    """The months of the academic year `year` the semester's hours go in, first to last."""
    return [date(year if m >= 9 else year + 1, m, 1) for m in TERM_MONTHS[tl.term(semester)]]


def outside_semester(month: date, year: int, semester: int, **where) -> FieldProblem:
    """The refusal of hours in a month outside the unit's semester, saying which months are expected."""
    months = semester_months(year, semester)
    return FieldProblem("month", "load.month_outside_semester",
                        {"value": month.strftime("%m.%Y"), "semester": semester,
                         "first": months[0].strftime("%m.%Y"), "last": months[-1].strftime("%m.%Y")}, **where)


@dataclass(frozen=True)
class ActualEntry:
    """hours 0 removes the month's entry."""
    month: date  # any day of the month
    group_id: int
    row_key: str
    semester: int
    component: str
    subgroup: int
    teacher_id: int
    hours: int
    replaced_id: int | None = None


def in_year(month: date, year: int) -> bool:
    """The academic year 2026 runs from September 2026 to August 2027."""
    return date(year, 9, 1) <= month.replace(day=1) <= date(year + 1, 8, 1)


def record_hours(db: Database, year: int, entries: Iterable[ActualEntry], operation: str = "load_hours",
                 label: str = "", **counts) -> list[ActualEntry]:
    """Keep a batch of monthly hours all or nothing; returns the batch that undoes it (old hours, 0 where none).
    A batch of more than one month's hours (a pasted block, an undo) or an import (`operation` other than the
    default) is one entry of the change log named `operation`, with `counts`; one typed cell is its record's own
    entry, from what to what."""
    entries = list(entries)
    if not entries:
        return []
    with db.session() as session:
        if len(entries) == 1 and operation == "load_hours":
            return _record(session, year, entries)
        with journal.bulk(session, operation, label or load.year_words(year), year=year, **counts):
            return _record(session, year, entries)


def _record(session, year: int, entries: list[ActualEntry]) -> list[ActualEntry]:
    plan = load._plan(session, year, {e.group_id for e in entries})
    units = {u.key for u in plan.units}
    holders = {a.key + (a.subgroup,): a.teacher_id
               for a in load._assignments(session, year, {e.group_id for e in entries})}
    people = {e.teacher_id for e in entries} | {e.replaced_id for e in entries if e.replaced_id}
    known = set(session.scalars(select(Teacher.id).where(Teacher.id.in_(people))))
    problems = []
    for index, e in enumerate(entries):
        if not in_year(e.month, year):
            problems.append(FieldProblem("month", "load.month_outside_year",
                                         {"value": e.month.strftime("%m.%Y"), "year": f"{year}-{year + 1}"},
                                         row=index))
        elif e.hours and not month_fits(e.month, e.semester):  # 0 clears a month stored before the rule
            problems.append(outside_semester(e.month, year, e.semester, row=index))
        if not 0 <= e.hours <= MAX_MONTH_HOURS:
            problems.append(FieldProblem("hours", "load.bad_hours", {"value": e.hours}, row=index))
        if e.teacher_id not in known or (e.replaced_id and e.replaced_id not in known):
            problems.append(FieldProblem("teacher", "load.no_teacher", row=index))
        elif e.replaced_id == e.teacher_id:
            problems.append(FieldProblem("replaced_id", "load.replaces_self", row=index))
        if (e.group_id, e.row_key, e.semester, e.component) not in units or e.subgroup not in (0, 1, 2):
            problems.append(FieldProblem("row_key", "load.no_such_unit",
                                         {"row": e.row_key, "semester": e.semester, "component": e.component},
                                         row=index))
    if problems:
        raise ValidationFailed(problems)
    stored = {(r.month, r.group_id, r.row_key, r.semester, r.component, r.subgroup, r.teacher_id): r
              for r in session.scalars(select(LoadActual).where(
                  LoadActual.year == year, LoadActual.group_id.in_({e.group_id for e in entries})))}
    undo = {}
    for e in entries:
        month = e.month.replace(day=1)
        slot = (month, e.group_id, e.row_key, e.semester, e.component, e.subgroup, e.teacher_id)
        record = stored.get(slot)
        if slot not in undo:
            undo[slot] = ActualEntry(month, *slot[1:], record.hours if record else 0,
                                     record.replaced_id if record else None)
        holder = holders.get((e.group_id, e.row_key, e.semester, e.component, e.subgroup))
        replaced = e.replaced_id or (holder if holder not in (None, e.teacher_id) else None)
        if e.hours == 0:
            if record is not None:
                session.delete(record)
                session.flush()  # before the same slot may be added again further in the batch
                del stored[slot]
        elif record is None:
            stored[slot] = LoadActual(year=year, month=month, group_id=e.group_id, row_key=e.row_key,
                                      semester=e.semester, component=e.component, subgroup=e.subgroup,
                                      teacher_id=e.teacher_id, replaced_id=replaced, hours=e.hours)
            session.add(stored[slot])
        else:
            record.hours, record.replaced_id = e.hours, replaced
    return list(reversed(undo.values()))


def entries(db: Database, year: int, teacher_id: int | None = None) -> list[ActualEntry]:
    """The year's monthly hours (of one teacher when asked), by month."""
    a = LoadActual
    with db.session() as session:
        query = select(a.month, a.group_id, a.row_key, a.semester, a.component, a.subgroup, a.teacher_id, a.hours,
                       a.replaced_id).where(a.year == year)
        if teacher_id is not None:
            query = query.where(a.teacher_id == teacher_id)
        return [ActualEntry(*values) for values in session.execute(query.order_by(a.month, a.id))]


def replacements(db: Database, year: int, teacher_id: int) -> list[ActualEntry]:
    """The year's hours others taught instead of the teacher and those the teacher taught instead of others, by
    month (entries(db, year, teacher_id) gives every hour the teacher taught)."""
    a = LoadActual
    with db.session() as session:
        query = select(a.month, a.group_id, a.row_key, a.semester, a.component, a.subgroup, a.teacher_id, a.hours,
                       a.replaced_id).where(a.year == year, a.replaced_id.is_not(None),
                                            (a.replaced_id == teacher_id) | (a.teacher_id == teacher_id))
        return [ActualEntry(*values) for values in session.execute(query.order_by(a.month, a.id))]


def fulfilment(db: Database, year: int, terms: tuple[int, ...] = (1, 2)) -> tl.Fulfilment:
    """Plan against hours taught for the year (terms 1 and 2) or a semester ((1,) autumn, (2,) spring): per teacher
    (with the hours others taught for them and those they taught for others, and their months), per group, per
    (group, row) and in total; see domain.teacher_load.fulfilment."""
    a = LoadActual
    with db.session() as session:
        plan = load._plan(session, year)
        assigned = load._assignments(session, year)
        actuals = [tl.Actual(group, row, semester, component, subgroup, teacher, month, hours, replaced)
                   for month, group, row, semester, component, subgroup, teacher, hours, replaced in session.execute(
                       select(a.month, a.group_id, a.row_key, a.semester, a.component, a.subgroup, a.teacher_id,
                              a.hours, a.replaced_id).where(a.year == year))]
    return tl.fulfilment(plan.units, assigned, actuals, terms)
