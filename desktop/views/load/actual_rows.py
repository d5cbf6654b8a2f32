"""A teacher's lines of the hours-by-month grid read from the services: the units (and subgroups) they hold in the
year, kept while the teacher is shown, then filled with the hours of each month (theirs, and those others taught on
their lines) after every change, and the figures of the tab's summary line counted from them, so that typing a cell
never recounts the whole college's fulfilment (0.9 s for 40,000 assignments)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.domain import teacher_load as tl
from desktop.exchange.load_actual_xlsx import SUMMER, year_months
from desktop.services import teacher_load as load, teacher_load_actual as actual
from desktop.views.load.actual_model import GridRow
from desktop.views.load.texts import short_name


def unit_rows(db, year: int, teacher_id: int, language: str) -> list[GridRow]:
    """The teacher's units and subgroups of the year in the distribution's order, without hours."""
    rows = []
    for line in load.teacher_lines(db, year, teacher_id):
        for subgroup, holder in sorted(line.teachers.items()):
            if holder == teacher_id:
                rows.append(GridRow(line.group_id, line.group_code, line.row_key, line.code, line.name(language),
                                    line.semester, line.component, subgroup, line.hours))
    return rows


def hours_rows(db, year: int, teacher_id: int, units: list[GridRow], names: dict[int, str],
               language: str) -> tuple[list[GridRow], list[date]]:
    """The units with their hours by month, then the lines the teacher taught instead of others; the months of the
    year, July and August only when anything was taught then."""
    rows = {r.unit_key + (r.subgroup,): replace(r, own={}, others={}) for r in units}
    own = actual.entries(db, year, teacher_id)
    foreign = {e.group_id for e in own if (e.group_id, e.row_key, e.semester, e.component, e.subgroup) not in rows}
    plan = load.year_plan(db, year, foreign) if foreign else None
    extra: dict[tuple, GridRow] = {}
    for e in own:
        slot = (e.group_id, e.row_key, e.semester, e.component, e.subgroup)
        row = rows.get(slot) or extra.get(slot)
        if row is None:
            info = plan.row(e.group_id, e.row_key) if plan else None
            group = plan.groups.get(e.group_id) if plan else None
            row = extra[slot] = GridRow(e.group_id, group.code if group else "", e.row_key,
                                        info.code if info else e.row_key, info.name(language) if info else "",
                                        e.semester, e.component, e.subgroup, None,
                                        instead_of=names.get(e.replaced_id, ""), instead_id=e.replaced_id)
        row.own[e.month] = row.own.get(e.month, 0) + e.hours
    for e in actual.replacements(db, year, teacher_id):
        row = rows.get((e.group_id, e.row_key, e.semester, e.component, e.subgroup))
        if e.teacher_id != teacher_id and row is not None:
            row.others.setdefault(e.month, []).append((short_name(names.get(e.teacher_id, "")), e.hours))
    every = [*rows.values(), *extra.values()]
    summer = any(m.month in SUMMER for r in every for m in (*r.own, *r.others))
    return every, year_months(year, summer)


def figures(rows: list[GridRow], terms: tuple[int, ...] = (1, 2)) -> tl.TeacherFulfilment:
    """The teacher's figures of the semesters asked, as teacher_load_actual.fulfilment counts them: each of their
    lines against its plan (hours by anyone), and their hours on others' lines as taught for others."""
    result = tl.TeacherFulfilment()
    for row in rows:
        if tl.term(row.semester) not in terms:
            continue
        if row.plan is None:
            result.replacing += sum(row.own.values())
            continue
        result.add(row.plan, row.taught)
        result.replaced_by_others += row.taught - sum(row.own.values())
    return result
