"""Teacher load as arithmetic (issue #18): a group's curriculum rows cut into units (a row, a semester, a load
component), the units' hours summed per teacher, group and department, and the hours taught against the plan.

Units and where their hours come from (a row's hours of a semester are its SemesterLoad hours; only rows that carry
their own hours count: a module with learning outcomes counts through them, as domain.curriculum.leaves says):
- practice rows (Section.PRACTICE): all of a semester's hours are practice supervision ("supervision");
- consultations rows: "consultations";
- intermediate attestation rows: "exams"; final attestation rows are counted as "exams" too (the commission's and
  the diploma supervisors' hours: how a college counts them in load is not confirmed in the material at hand);
- every other row (general subjects, basic and professional modules, learning outcomes, electives): its theory,
  practical/laboratory ("practice"), course project and production training ("production") hours. The row gives
  those for the whole row, not per semester, so each semester gets a share: semesters are taken in order, each
  takes its hours from the components still left in proportion to what is left of each (largest remainder), and
  the last takes the rest; every component's semesters then add up to the component and every semester's
  components to the semester's hours. When the components fall short of the semester hours the rest is theory (the
  classroom hours the row did not break down); when they exceed them they are scaled down to the semesters' hours.
Exams of a subject (a semester's control) have no hours of their own in the curriculum: they are the intermediate
attestation's hours, which is why no unit is made from a control.

A unit is assigned whole to a teacher (subgroup 0) or split by subgroup: subgroups 1 and 2, each with its teacher,
each take the unit's hours in full (a language, IT or laboratory class taught in halves). A split unit therefore
asks for twice its hours and a unit not split for its hours once: a whole assignment beside subgroup ones is a
conflict and is not counted, so a class is never counted twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import compress
from operator import attrgetter, not_
from typing import Iterable, Mapping

from desktop.domain.curriculum import Row, Section

COMPONENTS = ("theory", "practice", "course_project", "production", "consultations", "exams", "supervision")
_ROW_COMPONENTS = ("theory", "practice", "course_project", "production")
_SECTION_COMPONENT = {Section.PRACTICE: "supervision", Section.CONSULTATIONS: "consultations",
                      Section.INTERMEDIATE: "exams", Section.FINAL: "exams"}
WHOLE, SUBGROUPS = 0, (1, 2)
_unit_key = attrgetter("key")
_subgroup = attrgetter("subgroup")
_teacher = attrgetter("teacher_id")


def course_of(intake_year: int, year: int) -> int:
    """The course (study year) a group admitted in intake_year is in during the academic year starting in `year`."""
    return year - intake_year + 1


def year_semesters(intake_year: int, year: int) -> tuple[int, ...]:
    """The curriculum's semester numbers taught in the academic year: course 2 of 2026-2027 has semesters 3 and 4."""
    course = course_of(intake_year, year)
    return (2 * course - 1, 2 * course) if course >= 1 else ()


def term(semester: int) -> int:
    """1 for the autumn semester of an academic year (odd numbers), 2 for the spring one."""
    return 1 if semester % 2 else 2


def _largest_remainder(total: int, weights: list[int]) -> list[int]:
    """total split in proportion to weights, in whole hours that add up to total (ties to the earlier weight)."""
    whole = sum(weights)
    if whole <= 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in remainders[:total - sum(shares)]:
        shares[i] += 1
    return shares


def row_components(row: Row) -> dict[int, dict[str, int]]:
    """The row's hours per semester and component (see the module's docstring), components with hours only."""
    semesters = [(load.semester, load.hours) for load in row.semesters if load.hours > 0]
    if not semesters:
        return {}
    target = sum(hours for _, hours in semesters)
    fixed = _SECTION_COMPONENT.get(row.section)
    if fixed is not None:
        return {semester: {fixed: hours} for semester, hours in semesters}
    given = [max(getattr(row, name), 0) for name in _ROW_COMPONENTS]
    if sum(given) <= target:
        left = [given[0] + target - sum(given)] + given[1:]
    else:
        left = _largest_remainder(target, given)
    result: dict[int, dict[str, int]] = {}
    remaining = target
    for semester, hours in semesters:
        shares = left if hours == remaining else _largest_remainder(hours, left)
        left = [a - b for a, b in zip(left, shares)]
        remaining -= hours
        parts = {name: share for name, share in zip(_ROW_COMPONENTS, shares) if share}
        if parts:
            result.setdefault(semester, {}).update(parts)
    return result


@dataclass(slots=True)
class Unit:
    """Read-only by use (not frozen for the same reason as Assignment: a college's year has 40,000)."""
    group_id: int
    row_key: str
    semester: int
    component: str
    hours: int

    @property
    def key(self) -> tuple:
        return (self.group_id, self.row_key, self.semester, self.component)


@dataclass(slots=True)
class Assignment:
    """Read-only by use: not frozen because a frozen dataclass sets each field through object.__setattr__, which
    makes building a college's 40,000 of them (the by-teacher view) two and a half times slower."""
    group_id: int
    row_key: str
    semester: int
    component: str
    subgroup: int  # WHOLE or 1, 2
    teacher_id: int
    hours: int = 0  # the unit's hours when it was assigned (for the differences)
    # Kept rather than built on each read: the recalculation reads 40,000 of them.
    key: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.key = (self.group_id, self.row_key, self.semester, self.component)


def group_units(group_id: int, rows: Iterable[Row], semesters: Iterable[int]) -> list[Unit]:
    """The units of a group's curriculum rows in the given semesters (rows with rows under them carry none)."""
    rows = list(rows)
    wanted = set(semesters)
    parents = {row.parent for row in rows if row.parent}
    units = []
    for row in rows:
        if row.id in parents or not any(load.semester in wanted for load in row.semesters):
            continue
        for semester, parts in sorted(row_components(row).items()):
            if semester in wanted:
                units.extend(Unit(group_id, row.id, semester, name, hours) for name, hours in parts.items())
    return units


@dataclass(frozen=True)
class TeacherInfo:
    rate: Decimal = Decimal("1")
    department_id: int | None = None


@dataclass
class TeacherLoad:
    teacher_id: int
    terms: list[int] = field(default_factory=lambda: [0, 0])  # autumn, spring
    norm: Decimal | None = None  # the rate's hours a year; None when no norm was given

    @property
    def total(self) -> int:
        return self.terms[0] + self.terms[1]

    @property
    def balance(self) -> Decimal | None:
        """Hours over the norm (negative: under it)."""
        return None if self.norm is None else self.total - self.norm

    @property
    def status(self) -> str | None:
        """"over", "under" or "norm" against the rate's norm, as load_norms.LoadNorms.status says it."""
        if self.norm is None:
            return None
        return "over" if self.total > self.norm else "under" if self.total < self.norm else "norm"


@dataclass
class GroupLoad:
    group_id: int
    planned: int = 0  # the units' hours, a split unit counted once per subgroup
    assigned: int = 0
    terms_planned: list[int] = field(default_factory=lambda: [0, 0])
    terms_assigned: list[int] = field(default_factory=lambda: [0, 0])

    @property
    def unassigned(self) -> int:
        return self.planned - self.assigned


@dataclass
class DepartmentLoad:
    department_id: int | None
    teacher_ids: list[int] = field(default_factory=list)
    terms: list[int] = field(default_factory=lambda: [0, 0])
    norm: Decimal | None = None

    @property
    def total(self) -> int:
        return self.terms[0] + self.terms[1]


class UnitIndex:
    """The units of a year looked up by key, with each group's hours per term. Built once per curricula state and
    reused while only assignments change: a recalculation then walks the assignments alone."""

    def __init__(self, units: Iterable[Unit]):
        self.units = list(units)
        # key -> (hours, group id, term index: 0 autumn, 1 spring)
        self.hours: dict[tuple, tuple[int, int, int]] = {}
        self.planned: dict[int, list[int]] = {}  # group -> hours per term, units counted once
        for unit in self.units:
            index = 0 if unit.semester % 2 else 1
            self.hours[(unit.group_id, unit.row_key, unit.semester, unit.component)] = (unit.hours, unit.group_id,
                                                                                         index)
            terms = self.planned.get(unit.group_id)
            if terms is None:
                terms = self.planned[unit.group_id] = [0, 0]
            terms[index] += unit.hours


@dataclass
class Distribution:
    teachers: dict[int, TeacherLoad]
    groups: dict[int, GroupLoad]
    departments: dict[int | None, DepartmentLoad]
    stale: list[Assignment]  # assignments whose unit the curriculum no longer has (this year)
    conflicts: list[Assignment]  # whole assignments beside subgroup ones: not counted
    index: UnitIndex
    split: dict[tuple, int]  # unit key -> subgroups held, as bits (2 subgroup 1, 4 subgroup 2)
    whole: set[tuple]  # unit keys held by a teacher for the whole group

    @property
    def unassigned(self) -> list[tuple[Unit, int]]:
        """(unit, subgroup) of every unit or subgroup without a teacher, in the units' order."""
        found = []
        for unit in self.index.units:
            key = (unit.group_id, unit.row_key, unit.semester, unit.component)
            bits = self.split.get(key, 0)
            if bits:
                found += [(unit, slot) for slot, bit in ((1, 2), (2, 4)) if not bits & bit]
            elif key not in self.whole:
                found.append((unit, WHOLE))
        return found


def calculate(units: Iterable[Unit] | UnitIndex, assignments: Iterable[Assignment],
              teachers: Mapping[int, TeacherInfo] | None = None,
              norm_per_rate: Decimal | int | None = None) -> Distribution:
    """The year's load of every teacher (per term), group and department from the units and who holds them.

    Hours are the units' as the curriculum gives them now, never an assignment's snapshot. norm_per_rate is the
    annual hours of one rate (load_norms.LoadNorms.annual_hours); a teacher's norm is it times their rate.
    The loop below is the college-wide recalculation the bench times (issue #18: under 50 ms for 40,000 rows): it
    keeps to one dictionary look-up per assignment and leaves the rare cases (a split, a stale row) to after."""
    teachers = teachers or {}
    norm = None if norm_per_rate is None else Decimal(norm_per_rate)
    index = units if isinstance(units, UnitIndex) else UnitIndex(units)
    hours_of = index.hours
    # Every teacher known or holding anything is listed, at zero when nothing of theirs counts.
    terms: dict[int, list[int]] = {tid: [0, 0] for tid in teachers}
    groups = {gid: [0, 0] for gid in index.planned}  # hours assigned per term
    # Keys, look-ups and the split/whole sorting run in C (map, attrgetter, compress); the Python loop only adds.
    assignments = assignments if isinstance(assignments, list) else list(assignments)
    keys = list(map(_unit_key, assignments))
    found = list(map(hours_of.get, keys))
    subgroups = list(map(_subgroup, assignments))
    stale = [a for a, hit in zip(assignments, found) if hit is None] if None in found else []
    for hit, teacher_id in zip(found, map(_teacher, assignments)):
        if hit is None:
            terms.setdefault(teacher_id, [0, 0])
            continue
        hours, group_id, term_index = hit
        try:
            terms[teacher_id][term_index] += hours
        except KeyError:
            terms[teacher_id] = [hours, 0] if term_index == 0 else [0, hours]
        groups[group_id][term_index] += hours
    whole = set(compress(keys, map(not_, subgroups)))
    split: dict[tuple, int] = {}
    for i in compress(range(len(keys)), subgroups):
        if found[i] is not None:
            split[keys[i]] = split.get(keys[i], 0) | (1 << subgroups[i])
    # A split unit asks for its hours once more; a whole assignment beside subgroups is a conflict, not counted.
    planned = {gid: list(t) for gid, t in index.planned.items()}
    conflicts = []
    mixed = set()
    for key in split:
        hours, group_id, term_index = hours_of[key]
        planned[group_id][term_index] += hours
        if key in whole:
            mixed.add(key)
    if mixed:
        for a in assignments:
            key = (a.group_id, a.row_key, a.semester, a.component)
            if not a.subgroup and key in mixed:
                hours, group_id, term_index = hours_of[key]
                conflicts.append(a)
                terms[a.teacher_id][term_index] -= hours
                groups[group_id][term_index] -= hours
        whole -= mixed
    loads = {}
    departments: dict[int | None, DepartmentLoad] = {}
    default = TeacherInfo()
    for teacher_id, pair in terms.items():
        info = teachers.get(teacher_id, default)
        load = loads[teacher_id] = TeacherLoad(teacher_id, pair, None if norm is None else norm * Decimal(info.rate))
        department = departments.get(info.department_id)
        if department is None:
            department = departments[info.department_id] = DepartmentLoad(
                info.department_id, norm=None if norm is None else Decimal(0))
        department.teacher_ids.append(teacher_id)
        department.terms[0] += pair[0]
        department.terms[1] += pair[1]
        if norm is not None:
            department.norm += load.norm
    group_loads = {gid: GroupLoad(gid, sum(planned[gid]), sum(done), planned[gid], done)
                   for gid, done in groups.items()}
    return Distribution(loads, group_loads, departments, stale, conflicts, index, split, whole)


# -- differences after a curriculum change ------------------------------------------------------------------------

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True)
class Difference:
    """A unit that changed since the distribution: REMOVED (assigned, no longer in the curriculum), CHANGED (its
    hours differ from those it was assigned with) or ADDED (in the curriculum now, not among the units the group's
    distribution started from, and without a teacher yet)."""
    kind: str
    group_id: int
    row_key: str
    semester: int
    component: str
    subgroup: int | None
    teacher_id: int | None
    assigned_hours: int | None
    hours: int | None


def differences(units: Iterable[Unit], assignments: Iterable[Assignment],
                seen: Iterable[tuple] = ()) -> list[Difference]:
    """What to resolve after the curricula changed: each assignment against its hours snapshot, and the units
    against `seen`, the unit keys the groups' distribution started from (a group with none seen lists no added
    unit: it is not distributed yet, or was before the units were kept)."""
    units = list(units)
    assignments = list(assignments)
    hours_of = {u.key: u.hours for u in units}
    found = []
    for a in assignments:
        hours = hours_of.get(a.key)
        if hours is None:
            found.append(Difference(REMOVED, *a.key, a.subgroup, a.teacher_id, a.hours, None))
        elif hours != a.hours:
            found.append(Difference(CHANGED, *a.key, a.subgroup, a.teacher_id, a.hours, hours))
    seen = set(seen)
    if seen:
        assigned_keys = {a.key for a in assignments}
        distributed = {key[0] for key in seen}
        found += [Difference(ADDED, *u.key, None, None, None, u.hours) for u in units
                  if u.group_id in distributed and u.key not in seen and u.key not in assigned_keys]
    return sorted(found, key=lambda d: (d.group_id, d.row_key, d.semester, COMPONENTS.index(d.component)
                                        if d.component in COMPONENTS else 99, d.subgroup or 0))


# -- hours taught against the plan ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actual:
    """Hours taught in a month on a unit (and subgroup) by teacher_id; replaced_id: the teacher of record taught for."""
    group_id: int
    row_key: str
    semester: int
    component: str
    subgroup: int
    teacher_id: int
    month: date
    hours: int
    replaced_id: int | None = None

    @property
    def line(self) -> tuple:
        return (self.group_id, self.row_key, self.semester, self.component, self.subgroup)


@dataclass
class Figures:
    """Plan against the hours taught. done = planned - not_done; over = hours taught beyond a line's plan."""
    planned: int = 0
    taught: int = 0  # on these lines, by anyone
    not_done: int = 0
    over: int = 0

    @property
    def done(self) -> int:
        return self.planned - self.not_done

    def add(self, planned: int, taught: int) -> None:
        self.planned += planned
        self.taught += taught
        self.not_done += max(planned - taught, 0)
        self.over += max(taught - planned, 0)


@dataclass
class TeacherFulfilment(Figures):
    replaced_by_others: int = 0  # of their lines' hours, taught by someone else
    replacing: int = 0  # hours they taught on other teachers' lines (or on lines without a teacher)
    months: dict = field(default_factory=dict)  # month -> hours they taught


@dataclass
class Fulfilment:
    teachers: dict[int, TeacherFulfilment]
    groups: dict[int, Figures]
    rows: dict[tuple, Figures]  # (group id, row key) -> figures
    total: Figures


def fulfilment(units: Iterable[Unit], assignments: Iterable[Assignment], actuals: Iterable[Actual],
               terms: tuple[int, ...] = (1, 2)) -> Fulfilment:
    """The plan (the assigned units' current hours, per subgroup) against the hours taught, for the terms asked.

    A line is a unit's subgroup; its hours taught by anyone count towards it, so a replacement keeps a class done;
    the teacher of record is told how many of theirs others taught, the replacement how many they taught for others.
    Hours taught on a line nobody holds count as over plan."""
    hours_of = {u.key: u.hours for u in units if term(u.semester) in terms}
    plan: dict[tuple, tuple[int, int]] = {}  # line -> (teacher, hours)
    for a in assignments:
        hours = hours_of.get(a.key)
        if hours is not None:
            plan[a.key + (a.subgroup,)] = (a.teacher_id, hours)
    taught: dict[tuple, int] = {}
    result = Fulfilment({}, {}, {}, Figures())

    def teacher(teacher_id: int) -> TeacherFulfilment:
        found = result.teachers.get(teacher_id)
        if found is None:
            found = result.teachers[teacher_id] = TeacherFulfilment()
        return found

    for actual in actuals:
        if term(actual.semester) not in terms:
            continue
        line = actual.line
        taught[line] = taught.get(line, 0) + actual.hours
        holder = plan.get(line, (None, 0))[0]
        who = teacher(actual.teacher_id)
        who.months[actual.month] = who.months.get(actual.month, 0) + actual.hours
        if holder != actual.teacher_id:
            who.replacing += actual.hours
            if holder is not None:
                teacher(holder).replaced_by_others += actual.hours
    for line in set(plan) | set(taught):
        holder, planned = plan.get(line, (None, 0))
        done = taught.get(line, 0)
        if holder is not None:  # hours on nobody's line are over plan for the group; their teacher has them as replacing
            teacher(holder).add(planned, done)
        group = result.groups.get(line[0])
        if group is None:
            group = result.groups[line[0]] = Figures()
        group.add(planned, done)
        row = result.rows.get(line[:2])
        if row is None:
            row = result.rows[line[:2]] = Figures()
        row.add(planned, done)
        result.total.add(planned, done)
    return result
