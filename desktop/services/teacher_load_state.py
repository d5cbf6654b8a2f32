"""A year's distribution read once and kept up to date for the Teacher load page: the plan, the assignments, the
staff and the units the distribution started from, from which the views by group, by teacher and by department
and the curriculum differences all come without reading the year again. After a change to some groups'
assignments only those groups are read back and the distribution recalculated over the kept units' index: on a
college of 40,000 assignments that is tens of milliseconds, where reading the whole year again is half a second
(bench/bench_load.py measures both).
"""
from __future__ import annotations

from typing import Iterable

from desktop.domain import teacher_load as tl
from desktop.domain.load_norms import LoadNorms
from desktop.services import teacher_load as load
from desktop.services import teacher_load_changes as changes
from desktop.services.database import Database


class YearState:
    def __init__(self, db: Database, year: int, norms: LoadNorms | None = None):
        self.db, self.year = db, year
        self.norms = norms or load.current_norms()
        with db.session() as session:
            self.plan = load._plan(session, year)
            self.assigned = load._assignments(session, year)
            self.seen = load.seen_units(session, year)
            self.codes = changes.group_codes(session)
            self._read_staff(session)
        self.index = tl.UnitIndex(self.plan.units)
        self._by_group: dict[int, list[tl.Unit]] = {}
        for unit in self.plan.units:
            self._by_group.setdefault(unit.group_id, []).append(unit)
        self._calculate()

    def _read_staff(self, session) -> None:
        self.infos = load._teacher_infos(session)
        self.people = load._people(session)
        self.departments = load._departments(session)

    def _calculate(self) -> None:
        self.result = tl.calculate(self.index, self.assigned, self.infos, self.norms.annual_hours)
        # The page asks for these several times after one change (its tab, the staff's lists, the count of
        # differences): each is worked out once per calculation.
        self._teachers: dict[str, list[load.TeacherSummary]] = {}
        self._differences: list[changes.DifferenceLine] | None = None

    def groups_changed(self, group_ids: Iterable[int]) -> None:
        """Read back the assignments (and the units they started from) of the groups a change touched."""
        group_ids = set(group_ids)
        with self.db.session() as session:
            fresh = load._assignments(session, self.year, group_ids)
            seen = {key for key in load.seen_units(session, self.year) if key[0] in group_ids}
        self.assigned = [a for a in self.assigned if a.group_id not in group_ids] + fresh
        self.seen = {key for key in self.seen if key[0] not in group_ids} | seen
        self._calculate()

    def staff_changed(self) -> None:
        """A teacher's rate or department, or the staff itself, changed: the norms and the sums follow."""
        with self.db.session() as session:
            self._read_staff(session)
        self._calculate()

    # -- the views ----------------------------------------------------------------------------------------------------

    def group_summaries(self) -> list[load.GroupSummary]:
        return load.summarise_groups(self.plan, self.result)

    def teacher_summaries(self, language: str) -> list[load.TeacherSummary]:
        if language not in self._teachers:
            self._teachers[language] = load.summarise_teachers(self.result, self.people, self.norms, language)
        return list(self._teachers[language])

    def department_summaries(self, language: str = "kk") -> list[load.DepartmentSummary]:
        return load.summarise_departments(self.teacher_summaries(language), self.departments)

    def differences(self) -> list[changes.DifferenceLine]:
        if self._differences is None:
            self._differences = changes.described_differences(self.plan, self.assigned, self.seen, self.codes)
        return list(self._differences)

    def group_lines(self, group_id: int) -> list[load.UnitLine]:
        units = self._by_group.get(group_id, [])
        plan = load.YearPlan(self.year, units, self.plan.groups, self.plan.rows)
        return load._lines(plan, [a for a in self.assigned if a.group_id == group_id])

    def teacher_lines(self, teacher_id: int) -> list[load.UnitLine]:
        mine = {a.group_id for a in self.assigned if a.teacher_id == teacher_id}
        units = [u for group_id in sorted(mine, key=lambda g: self.plan.groups[g].code if g in self.plan.groups
                                          else "") for u in self._by_group.get(group_id, [])]
        plan = load.YearPlan(self.year, units, self.plan.groups, self.plan.rows)
        return load._lines(plan, [a for a in self.assigned if a.group_id in mine], teacher_id)
