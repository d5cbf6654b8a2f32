"""Carrying a distribution over: last year's assignment copied into this year's, and the differences a curriculum
change leaves behind (a row removed, hours changed since a unit was assigned; a row added shows among the units
without a teacher) listed to resolve.

Copying keeps a class with its teacher and a subject with its teacher, filling only units with nobody on them:
- the same group one course on: a row that goes on into the group's next year (its semester two further on) keeps
  last year's teacher of that row and component;
- the next intake: a group of this year in the course, on the same curriculum, that a group of last year was in
  takes that group's teachers for the same row, semester and component.
A unit both rules fill takes the first's teacher (the class keeps its teacher). Subgroups are copied as they were.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import insert, select

from desktop.domain import teacher_load as tl
from desktop.models import LoadUnitSeen, StudyGroup
from desktop.services import journal
from desktop.services import teacher_load as load
from desktop.services.database import Database
from desktop.services.teacher_load import Change


@dataclass(frozen=True)
class CopyResult:
    copied: int  # assignments made
    undo: list[Change]  # apply to take the copy back


def copy_last_year(db: Database, year: int) -> CopyResult:
    """Fill this year's open units from last year's assignment (see the module's docstring)."""
    with db.session() as session:
        now = load._plan(session, year)
        before = load._plan(session, year - 1)
        old = load._assignments(session, year - 1)
        taken = {a.key for a in load._assignments(session, year)}
    open_units = {u.key for u in now.units} - taken
    # Last year's group with the course and curriculum it had -> this year's group in that course on that plan.
    successor = {}
    for group in now.groups.values():
        for previous in before.groups.values():
            if (previous.curriculum_id, previous.course) == (group.curriculum_id, group.course) \
                    and previous.id != group.id:
                successor.setdefault(previous.id, group.id)
    chosen: dict[tuple, int] = {}  # unit key + subgroup -> teacher
    kept_classes = set()  # units the first rule filled: the second leaves them alone
    for a in old:
        key = (a.group_id, a.row_key, a.semester + 2, a.component)
        if key in open_units:
            chosen[key + (a.subgroup,)] = a.teacher_id
            kept_classes.add(key)
    for a in old:
        if a.group_id in successor:
            key = (successor[a.group_id], a.row_key, a.semester, a.component)
            if key in open_units and key not in kept_classes:
                chosen.setdefault(key + (a.subgroup,), a.teacher_id)
    changes = [Change(*slot, teacher_id) for slot, teacher_id in chosen.items()]
    undo = load.apply(db, year, changes, "load_copy_last_year") if changes else []  # one entry of the change log
    return CopyResult(len(changes), undo)


@dataclass(frozen=True)
class DifferenceLine:
    kind: str  # domain.teacher_load.ADDED, REMOVED or CHANGED
    group_id: int
    group_code: str
    row_key: str
    code: str  # "" for a row the curriculum no longer has
    name_kk: str
    name_ru: str
    semester: int
    component: str
    subgroup: int | None
    teacher_id: int | None
    assigned_hours: int | None
    hours: int | None

    @property
    def unit_key(self) -> tuple:
        return (self.group_id, self.row_key, self.semester, self.component)


def differences(db: Database, year: int) -> list[DifferenceLine]:
    """What changed in the curricula since each group's year was distributed: rows removed, hours changed, rows
    added (units nobody holds that the distribution did not start from), by group and curriculum row."""
    with db.session() as session:
        plan = load._plan(session, year)
        assigned = load._assignments(session, year)
        seen = load.seen_units(session, year)
        codes = group_codes(session)
    return described_differences(plan, assigned, seen, codes)


def group_codes(session) -> dict[int, str]:
    return {gid: code for gid, code in session.execute(select(StudyGroup.id, StudyGroup.code))}


def described_differences(plan: load.YearPlan, assigned: list, seen: set, codes: dict[int, str]) -> list[DifferenceLine]:
    lines = []
    for d in tl.differences(plan.units, assigned, seen):
        info = plan.row(d.group_id, d.row_key)
        lines.append(DifferenceLine(d.kind, d.group_id, codes.get(d.group_id, ""), d.row_key,
                                    info.code if info else "", info.name_kk if info else "",
                                    info.name_ru if info else "", d.semester, d.component, d.subgroup, d.teacher_id,
                                    d.assigned_hours, d.hours))
    return lines


def resolve(db: Database, year: int, lines: Iterable[DifferenceLine]) -> list[Change]:
    """Accept differences: a changed unit keeps its teacher at its new hours, a removed one is unassigned, an added
    one is taken among the group's units and left open (giving it a teacher resolves it too). Returns the batch
    that undoes the assignments' part; an added unit accepted stays accepted."""
    lines = list(lines)
    changes = []
    for line in lines:
        if line.kind == tl.CHANGED:
            changes.append(Change(*line.unit_key, line.subgroup, line.teacher_id, line.hours))
        elif line.kind == tl.REMOVED:
            changes.append(Change(*line.unit_key, line.subgroup, None))
    added = {line.unit_key for line in lines if line.kind == tl.ADDED}
    if not changes and not added:
        return []
    # one transaction and one entry of the change log, however many lines were accepted
    with db.session() as session, journal.bulk(session, "load_accept_changes", load.year_words(year), year=year,
                                               lines=len(lines)):
        undo = load.apply_in(session, year, changes)
        added -= load.seen_units(session, year)
        if added:
            session.execute(insert(LoadUnitSeen), [
                {"year": year, "group_id": g, "row_key": r, "semester": s, "component": c}
                for g, r, s, c in sorted(added)])
    return undo
