"""The distribution of the curriculum's hours over the teachers for an academic year (issue #18): the units to
distribute (domain.teacher_load cuts every group's curriculum rows of that year's semesters into them), assigning,
splitting by subgroup and unassigning as batches that are kept all or nothing and give back the batch that undoes
them, and the views by group (what is left without a teacher), by teacher (the load per semester and year against
the norm) and by department.

A year is named by its first calendar year: 2026 is 2026-2027. A group takes the semesters of its course that year
(from its intake year); a group without a curriculum has nothing to distribute. The copy of last year's assignment
and the differences after a curriculum change are in teacher_load_changes, the hours taught in teacher_load_actual.
Reads go through plain column selects, not ORM objects: a college's 40,000 assignments open in a fraction of a
second (bench/bench_load.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from sys import intern
from typing import Iterable

from sqlalchemy import delete, insert, select, update

from desktop.domain import teacher_load as tl
from desktop.domain.collation import name_key
from desktop.domain.curriculum import Control, Row, Section, SemesterLoad
from desktop.domain.load_norms import LoadNorms
from desktop.domain.problems import FieldProblem
from desktop.models import CurriculumRowRecord, Department, LoadAssignment, LoadUnitSeen, StudyGroup, Teacher
from desktop.paths import resource_path
from desktop.services import journal
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed

NORMS_FILE = ("load", "norms-2021.json")
# The change log's name of a saved batch of the distribution (a typed cell, Assign to…, an undo): its rows are
# written with bulk statements, counted in one entry rather than one entry per statement.
ASSIGN_OPERATION = "load_assignment"


def year_words(year: int) -> str:
    """The academic year as the change log names it: 2026-2027."""
    return f"{year}-{year + 1}"


@lru_cache(maxsize=1)
def current_norms() -> LoadNorms:
    """The rule set's norms (R1's resources/load/norms-2021.json): the annual hours of a rate and the limits."""
    return LoadNorms.load(resource_path(*NORMS_FILE))


# -- the year's plan ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupInfo:
    id: int
    code: str
    curriculum_id: int
    course: int
    semesters: tuple[int, ...]


@dataclass(frozen=True)
class RowInfo:
    code: str
    name_kk: str
    name_ru: str
    section: str

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" and self.name_ru else self.name_kk


@dataclass(frozen=True)
class YearPlan:
    year: int
    units: list[tl.Unit]
    groups: dict[int, GroupInfo]
    rows: dict[tuple[int, str], RowInfo]  # (curriculum id, row key)

    def row(self, group_id: int, row_key: str) -> RowInfo:
        group = self.groups.get(group_id)
        return self.rows.get((group.curriculum_id, row_key)) if group else None


def _plan(session, year: int, group_ids: Iterable[int] | None = None) -> YearPlan:
    query = select(StudyGroup.id, StudyGroup.code, StudyGroup.curriculum_id, StudyGroup.intake_year).where(
        StudyGroup.curriculum_id.is_not(None))
    if group_ids is not None:
        query = query.where(StudyGroup.id.in_(list(group_ids)))
    groups = {}
    for group_id, code, curriculum_id, intake in session.execute(query):
        semesters = tl.year_semesters(intake, year)
        if semesters:
            groups[group_id] = GroupInfo(group_id, code, curriculum_id, tl.course_of(intake, year), semesters)
    curricula: dict[int, list[Row]] = {}
    infos: dict[tuple[int, str], RowInfo] = {}
    wanted = {g.curriculum_id for g in groups.values()}
    if wanted:
        r = CurriculumRowRecord
        query = (select(r.curriculum_id, r.row_key, r.section, r.code, r.name_kk, r.name_ru, r.hours, r.theory,
                        r.practice, r.course_project, r.production, r.semesters, r.parent_key)
                 .where(r.curriculum_id.in_(wanted)).order_by(r.curriculum_id, r.position))
        for (curriculum_id, key, section, code, name_kk, name_ru, hours, theory, practice, course_project,
             production, semesters, parent) in session.execute(query):
            loads = tuple(SemesterLoad(s, h, Control(c) if c else None) for s, h, c in semesters or ())
            key = intern(key)
            curricula.setdefault(curriculum_id, []).append(
                Row(key, Section(section), code, name_kk, name_ru, hours, None, theory, practice, course_project,
                    production, semesters=loads, parent=parent))
            infos[(curriculum_id, key)] = RowInfo(code, name_kk, name_ru, section)
    units: list[tl.Unit] = []
    cache: dict[tuple[int, tuple], list[tl.Unit]] = {}  # groups of one plan and course cut the same rows
    for group in sorted(groups.values(), key=lambda g: g.code):
        shape = (group.curriculum_id, group.semesters)
        if shape not in cache:
            cache[shape] = tl.group_units(0, curricula.get(group.curriculum_id, ()), group.semesters)
        units.extend(tl.Unit(group.id, u.row_key, u.semester, intern(u.component), u.hours) for u in cache[shape])
    return YearPlan(year, units, groups, infos)


def year_plan(db: Database, year: int, group_ids: Iterable[int] | None = None) -> YearPlan:
    """The units to distribute in the year (of the groups asked, else of all), in group and curriculum order."""
    with db.session() as session:
        return _plan(session, year, group_ids)


def _assignments(session, year: int, group_ids: Iterable[int] | None = None) -> list[tl.Assignment]:
    a = LoadAssignment
    query = select(a.group_id, a.row_key, a.semester, a.component, a.subgroup, a.teacher_id, a.hours).where(
        a.year == year)
    if group_ids is not None:
        query = query.where(a.group_id.in_(list(group_ids)))
    # Interned like the plan's row keys: the recalculation's look-ups then compare strings by identity.
    return [tl.Assignment(group, intern(key), semester, intern(component), subgroup, teacher, hours)
            for group, key, semester, component, subgroup, teacher, hours in session.execute(query)]


def assignments(db: Database, year: int, group_ids: Iterable[int] | None = None) -> list[tl.Assignment]:
    with db.session() as session:
        return _assignments(session, year, group_ids)


def _teacher_infos(session) -> dict[int, tl.TeacherInfo]:
    return {tid: tl.TeacherInfo(Decimal(rate), department)
            for tid, rate, department in session.execute(select(Teacher.id, Teacher.rate, Teacher.department_id))}


def calculate(db: Database, year: int, norm_per_rate: Decimal | None = None) -> tl.Distribution:
    """The whole year's distribution; the norm per rate is the rule set's unless one is given."""
    norm = current_norms().annual_hours if norm_per_rate is None else norm_per_rate
    with db.session() as session:
        return tl.calculate(_plan(session, year).units, _assignments(session, year), _teacher_infos(session), norm)


# -- changes --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """Set one unit's subgroup (0 = the whole group, 1, 2) to a teacher, or to none (teacher_id None). hours, when
    given, is the snapshot to keep (an undo restores the old one); else the unit's hours now."""
    group_id: int
    row_key: str
    semester: int
    component: str
    subgroup: int
    teacher_id: int | None
    hours: int | None = None

    @property
    def unit_key(self) -> tuple:
        return (self.group_id, self.row_key, self.semester, self.component)


def apply(db: Database, year: int, changes: Iterable[Change], operation: str = ASSIGN_OPERATION) -> list[Change]:
    """Apply a batch all or nothing, one entry of the change log named `operation`; returns the batch that undoes
    it (apply it to go back). See apply_in."""
    changes = list(changes)
    if not changes:
        return []
    with db.session() as session, journal.bulk(session, operation, year_words(year), year=year):
        return apply_in(session, year, changes)


def apply_in(session, year: int, changes: list[Change]) -> list[Change]:
    """apply inside a session already open (a copy or an acceptance writes more in the same transaction).

    Refused, naming the change's place in the batch (FieldProblem.row, from 0): a unit the year's curricula do not
    have (unless the change removes a teacher, or gives the hours to keep as an undo does: a stale assignment can
    always go, and come back), a subgroup other than 0, 1, 2,
    an unknown teacher, and a unit left with a teacher for the whole group beside a subgroup's."""
    if not changes:
        return []
    groups = {c.group_id for c in changes}
    plan = _plan(session, year, groups)
    hours_of = {u.key: u.hours for u in plan.units}
    known = set(session.scalars(select(Teacher.id).where(
        Teacher.id.in_({c.teacher_id for c in changes if c.teacher_id is not None}))))
    problems = []
    for index, change in enumerate(changes):
        if change.subgroup not in (tl.WHOLE, *tl.SUBGROUPS):
            problems.append(FieldProblem("subgroup", "load.bad_subgroup", {"value": change.subgroup}, row=index))
        if change.teacher_id is not None:
            if change.teacher_id not in known:
                problems.append(FieldProblem("teacher", "load.no_teacher", row=index))
            if change.unit_key not in hours_of and change.hours is None:
                problems.append(FieldProblem("row_key", "load.no_such_unit",
                                             {"row": change.row_key, "semester": change.semester,
                                              "component": change.component}, row=index))
    if problems:
        raise ValidationFailed(problems)
    keys = {c.unit_key for c in changes}
    a = LoadAssignment
    # Plain rows by group, not ORM objects by key: a year's copy names tens of thousands of keys, past SQLite's
    # limit on parameters and slow to load as objects.
    records = {}  # slot -> row (.id, .teacher_id, .hours)
    for row in session.execute(select(a.id, a.group_id, a.row_key, a.semester, a.component, a.subgroup,
                                      a.teacher_id, a.hours).where(a.year == year, a.group_id.in_(groups))):
        if tuple(row[1:5]) in keys:
            records[tuple(row[1:6])] = row
    state = {slot: (r.teacher_id, r.hours) for slot, r in records.items()}
    undo: dict[tuple, Change] = {}
    for change in changes:
        slot = change.unit_key + (change.subgroup,)
        if slot not in undo:
            old = state.get(slot)
            undo[slot] = Change(*slot, old[0] if old else None, old[1] if old else None)
        if change.teacher_id is None:
            state.pop(slot, None)
        else:
            hours = change.hours if change.hours is not None else hours_of[change.unit_key]
            state[slot] = (change.teacher_id, hours)
    held: dict[tuple, set[int]] = {}
    for slot in state:
        if slot[:4] in keys:
            held.setdefault(slot[:4], set()).add(slot[4])
    last = {c.unit_key: i for i, c in enumerate(changes)}
    for key, subgroups in held.items():
        if tl.WHOLE in subgroups and len(subgroups) > 1:
            problems.append(FieldProblem("subgroup", "load.whole_and_subgroups",
                                         {"row": key[1], "semester": key[2], "component": key[3]},
                                         row=last[key]))
    if problems:
        raise ValidationFailed(problems)
    _remember_units(session, year, plan, {c.group_id for c in changes if c.teacher_id is not None})
    gone, added, changed = [], [], []
    for slot in undo:
        record = records.get(slot)
        if slot not in state:
            if record is not None:
                gone.append(record.id)
        elif record is None:
            teacher_id, hours = state[slot]
            added.append({"year": year, "group_id": slot[0], "row_key": slot[1], "semester": slot[2],
                          "component": slot[3], "subgroup": slot[4], "teacher_id": teacher_id, "hours": hours})
        elif (record.teacher_id, record.hours) != state[slot]:
            changed.append({"id": record.id, "teacher_id": state[slot][0], "hours": state[slot][1]})
    # In bulk: a whole year's copy or undo is tens of thousands of rows. Deletions go first, so a slot emptied
    # and taken again never meets its own unique key.
    for start in range(0, len(gone), 500):
        session.execute(delete(LoadAssignment).where(LoadAssignment.id.in_(gone[start:start + 500])),
                        execution_options={"synchronize_session": False})
    if changed:
        session.execute(update(LoadAssignment), changed)
    if added:
        session.execute(insert(LoadAssignment), added)
    # A slot empty before and after needs no undo (unassigning a whole unit names its subgroups too).
    return [change for slot, change in reversed(undo.items())
            if change.teacher_id is not None or slot in state]


def _remember_units(session, year: int, plan: YearPlan, group_ids: set[int]) -> None:
    """On a group's first assignment of the year, keep the units its distribution starts from: a unit the curriculum
    gains later is then told apart from one left open on purpose (teacher_load_changes.differences)."""
    if not group_ids:
        return
    started = set(session.scalars(select(LoadUnitSeen.group_id).distinct().where(
        LoadUnitSeen.year == year, LoadUnitSeen.group_id.in_(group_ids))))
    fresh = [u for u in plan.units if u.group_id in group_ids - started]
    if fresh:
        session.execute(insert(LoadUnitSeen), [
            {"year": year, "group_id": u.group_id, "row_key": u.row_key, "semester": u.semester,
             "component": u.component} for u in fresh])


def seen_units(session, year: int) -> set[tuple]:
    s = LoadUnitSeen
    return {tuple(row) for row in session.execute(select(s.group_id, s.row_key, s.semester, s.component)
                                                  .where(s.year == year))}


def assign(db: Database, year: int, unit_keys: Iterable[tuple], teacher_id: int) -> list[Change]:
    """Give the units whole to a teacher (a split unit is joined again: its subgroups' teachers are removed)."""
    changes = []
    for key in unit_keys:
        changes += [Change(*key, subgroup, None) for subgroup in tl.SUBGROUPS]
        changes.append(Change(*key, tl.WHOLE, teacher_id))
    return apply(db, year, changes)


def split(db: Database, year: int, unit_key: tuple, first: int | None, second: int | None) -> list[Change]:
    """Split a unit by subgroup: each subgroup's teacher gets its hours in full (None leaves a subgroup open)."""
    return apply(db, year, [Change(*unit_key, tl.WHOLE, None), Change(*unit_key, 1, first),
                            Change(*unit_key, 2, second)])


def unassign(db: Database, year: int, unit_keys: Iterable[tuple]) -> list[Change]:
    """Take the units from whoever holds them, whole or by subgroup."""
    return apply(db, year, [Change(*key, subgroup, None) for key in unit_keys
                            for subgroup in (tl.WHOLE, *tl.SUBGROUPS)])


def clear_year(db: Database, year: int, group_ids: Iterable[int] | None = None) -> int:
    """Remove the year's assignments (of the groups asked), and the units they started from: the next assignment
    starts the groups afresh. The number of assignments removed."""
    with db.session() as session, journal.bulk(session, "load_clear_year", year_words(year), year=year):
        removed = 0
        for table in (LoadUnitSeen, LoadAssignment):
            query = delete(table).where(table.year == year)
            if group_ids is not None:
                query = query.where(table.group_id.in_(list(group_ids)))
            removed = session.execute(query).rowcount
        return removed


# -- views ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitLine:
    """A unit as the views show it, with who holds it (subgroup -> teacher id)."""
    group_id: int
    group_code: str
    row_key: str
    code: str
    name_kk: str
    name_ru: str
    semester: int
    component: str
    hours: int
    teachers: dict

    @property
    def unit_key(self) -> tuple:
        return (self.group_id, self.row_key, self.semester, self.component)

    @property
    def term(self) -> int:
        return tl.term(self.semester)

    @property
    def split(self) -> bool:
        return any(subgroup in self.teachers for subgroup in tl.SUBGROUPS)

    @property
    def unassigned_hours(self) -> int:
        if self.split:
            return self.hours * sum(subgroup not in self.teachers for subgroup in tl.SUBGROUPS)
        return 0 if tl.WHOLE in self.teachers else self.hours

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" and self.name_ru else self.name_kk


def _lines(plan: YearPlan, assigned: list[tl.Assignment], teacher_id: int | None = None) -> list[UnitLine]:
    held: dict[tuple, dict[int, int]] = {}
    for a in assigned:
        held.setdefault(a.key, {})[a.subgroup] = a.teacher_id
    lines = []
    for unit in plan.units:
        teachers = held.get(unit.key, {})
        if teacher_id is not None and teacher_id not in teachers.values():
            continue
        info = plan.row(unit.group_id, unit.row_key)
        lines.append(UnitLine(unit.group_id, plan.groups[unit.group_id].code, unit.row_key, info.code, info.name_kk,
                              info.name_ru, unit.semester, unit.component, unit.hours, dict(teachers)))
    return lines


def group_lines(db: Database, year: int, group_id: int) -> list[UnitLine]:
    """The group's units of the year in curriculum order, with their teachers (the by-group view)."""
    with db.session() as session:
        return _lines(_plan(session, year, [group_id]), _assignments(session, year, [group_id]))


def teacher_lines(db: Database, year: int, teacher_id: int) -> list[UnitLine]:
    """The units a teacher holds (whole or a subgroup) in the year (the teacher's load card)."""
    with db.session() as session:
        mine = set(session.scalars(select(LoadAssignment.group_id).distinct().where(
            LoadAssignment.year == year, LoadAssignment.teacher_id == teacher_id)))
        return _lines(_plan(session, year, mine), _assignments(session, year, mine), teacher_id)


@dataclass(frozen=True)
class GroupSummary:
    group_id: int
    code: str
    course: int
    planned: int  # split units counted per subgroup
    assigned: int
    unassigned: int


def group_summaries(db: Database, year: int) -> list[GroupSummary]:
    """Every group with something to distribute in the year, by code, with the hours still without a teacher."""
    with db.session() as session:
        plan = _plan(session, year)
        result = tl.calculate(plan.units, _assignments(session, year))
    return summarise_groups(plan, result)


def summarise_groups(plan: YearPlan, result: tl.Distribution) -> list[GroupSummary]:
    return [GroupSummary(g.id, g.code, g.course, load.planned, load.assigned, load.unassigned)
            for g in sorted(plan.groups.values(), key=lambda g: g.code)
            if (load := result.groups.get(g.id)) is not None]


@dataclass(frozen=True)
class TeacherSummary:
    teacher_id: int
    full_name: str
    department_id: int | None
    rate: Decimal
    autumn: int
    spring: int
    norm: Decimal
    status: str  # "over", "under" or "norm"
    limit: str | None  # "above_max" / "below_min" outside the rule set's limits on rates, else None

    @property
    def total(self) -> int:
        return self.autumn + self.spring

    @property
    def balance(self) -> Decimal:
        return self.total - self.norm


def teacher_summaries(db: Database, year: int, language: str = "kk",
                      norms: LoadNorms | None = None) -> list[TeacherSummary]:
    """Every teacher's load of the year per semester against their rate's norm, by name (the by-teacher view)."""
    norms = norms or current_norms()
    with db.session() as session:
        plan = _plan(session, year)
        result = tl.calculate(plan.units, _assignments(session, year), _teacher_infos(session), norms.annual_hours)
        people = _people(session)
    return summarise_teachers(result, people, norms, language)


def _people(session) -> list[tuple]:
    return list(session.execute(select(Teacher.id, Teacher.full_name, Teacher.department_id, Teacher.rate)))


def summarise_teachers(result: tl.Distribution, people: list[tuple], norms: LoadNorms,
                       language: str) -> list[TeacherSummary]:
    """The by-teacher view from a distribution calculated with the norm, for the teachers (id, name, department,
    rate) asked."""
    summaries = []
    for teacher_id, full_name, department_id, rate in people:
        load = result.teachers[teacher_id]
        rate = Decimal(rate).quantize(Decimal("0.01"))
        summaries.append(TeacherSummary(teacher_id, full_name, department_id, rate, load.terms[0], load.terms[1],
                                        load.norm, load.status, norms.beyond_limits(load.total)))
    return sorted(summaries, key=lambda s: name_key(s.full_name, language))


@dataclass(frozen=True)
class DepartmentSummary:
    department_id: int | None  # None: the teachers of no department
    name_kk: str
    name_ru: str
    teachers: int
    rates: Decimal
    autumn: int
    spring: int
    norm: Decimal
    over: int  # teachers over their norm
    under: int

    @property
    def total(self) -> int:
        return self.autumn + self.spring

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" and self.name_ru else self.name_kk


def department_summaries(db: Database, year: int, norms: LoadNorms | None = None) -> list[DepartmentSummary]:
    """Each department's load and norm (the sum of its teachers'), in the departments' order, the teachers of no
    department last when there are any."""
    teachers = teacher_summaries(db, year, norms=norms)
    with db.session() as session:
        departments = _departments(session)
    return summarise_departments(teachers, departments)


def _departments(session) -> list[tuple]:
    return list(session.execute(select(Department.id, Department.name_kk, Department.name_ru)
                                .order_by(Department.position, Department.id)))


def summarise_departments(teachers: list[TeacherSummary], departments: list[tuple]) -> list[DepartmentSummary]:
    summaries = []
    for department_id, name_kk, name_ru in [*departments, (None, "", "")]:
        members = [t for t in teachers if t.department_id == department_id]
        if department_id is None and not members:
            continue
        summaries.append(DepartmentSummary(
            department_id, name_kk, name_ru, len(members), sum((t.rate for t in members), Decimal(0)),
            sum(t.autumn for t in members), sum(t.spring for t in members), sum((t.norm for t in members), Decimal(0)),
            sum(t.status == "over" for t in members), sum(t.status == "under" for t in members)))
    return summaries
