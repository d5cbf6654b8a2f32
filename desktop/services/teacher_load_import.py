"""The hours taught imported from a workbook (exchange.load_actual_xlsx), all or nothing, and the blank of the same
layout pre-filled with the teachers' units.

analyse reads the sheet and matches each of its lines to the year's distribution: the teacher (and the teacher
replaced) by full name, the group by code, the curriculum row by its code (БМ1, БМ 01 and ПМ 01 are read as the
plan writes them) or its name, the load by its word; names and codes are compared whatever their case and spacing.
A line without a semester takes, for each month, the unit of that month's semester (September to December the
autumn one, January the spring one when the row has both); hours in a month outside the unit's semester
(teacher_load_actual.TERM_MONTHS) are refused. Every line that cannot be placed is refused with its row and column; then nothing is written. apply
writes what analyse found in one batch through teacher_load_actual.record_hours and returns the batch that undoes
it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain import teacher_load as tl
from desktop.domain.collation import name_key
from desktop.domain.grading_match import code_key
from desktop.domain.problems import FieldProblem
from desktop.domain.sheet_text import code_in
from desktop.exchange.cells import SheetFileError
from desktop.exchange.load_actual_xlsx import (BlankLine, SheetLine, fold, fold_code, read_actual_sheet,
                                               write_actual_sheet, year_months)
from desktop.services import teacher_load as load, teachers
from desktop.services import teacher_load_actual as actual
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed
from desktop.services.teacher_load_actual import ActualEntry


@dataclass(frozen=True)
class TeacherPart:
    name: str
    entries: int
    hours: int


@dataclass(frozen=True)
class ImportPreview:
    """What apply would write."""
    year: int
    sheet: str
    lines: int  # rows of the sheet with hours
    entries: tuple[ActualEntry, ...]
    teachers: tuple[TeacherPart, ...]  # by name
    replacements: int  # entries of a teacher for another

    @property
    def hours(self) -> int:
        return sum(e.hours for e in self.entries)

    @property
    def months(self) -> tuple[date, ...]:
        return tuple(sorted({e.month for e in self.entries}))


class _Matcher:
    """The year's teachers, groups, rows and units, looked up as a sheet writes them."""

    def __init__(self, db: Database, year: int, language: str):
        self.year = year
        self.people: dict[str, list[int]] = {}
        self.names: dict[int, str] = {}
        for record in teachers.list_teachers(db, language):
            self.people.setdefault(fold(record.full_name), []).append(record.id)
            self.names[record.id] = record.full_name
        self.plan = load.year_plan(db, year)
        self.groups = {fold_code(g.code): g for g in self.plan.groups.values()}
        self.units: dict[tuple, list[tl.Unit]] = {}  # (group, row key, component) -> its units in the year
        for unit in self.plan.units:
            self.units.setdefault((unit.group_id, unit.row_key, unit.component), []).append(unit)
        self.rows: dict[int, dict[str, list[str]]] = {}  # curriculum -> code or name -> row keys
        for (curriculum_id, key), info in self.plan.rows.items():
            names = self.rows.setdefault(curriculum_id, {})
            for written in {code_key(info.code) or fold_code(info.code), fold(info.name_kk), fold(info.name_ru)}:
                if written:
                    names.setdefault(written, []).append(key)
        self.holders: dict[tuple, dict[int, int]] = {}
        for a in load.assignments(db, year):
            self.holders.setdefault(a.key, {})[a.subgroup] = a.teacher_id

    def teacher(self, written: str, field: str, line: SheetLine, problems: list) -> int | None:
        found = self.people.get(fold(written), [])
        column = line.columns.get("replaced" if field == "replaced_id" else "teacher")
        if len(found) == 1:
            return found[0]
        code = "load.ambiguous_teacher" if found else "load.unknown_teacher"
        problems.append(FieldProblem(field, code, {"value": written[:80], "count": len(found)}, row=line.row,
                                     column=column))
        return None

    def units_of(self, line: SheetLine, problems: list) -> list[tl.Unit]:
        group = self.groups.get(fold_code(line.group))
        if group is None:
            problems.append(FieldProblem("group", "load.unknown_group",
                                         {"value": line.group[:40], "year": f"{self.year}-{self.year + 1}"},
                                         row=line.row, column=line.columns["group"]))
            return []
        names = self.rows.get(group.curriculum_id, {})
        keys = names.get(code_key(line.code) or fold_code(line.code)) or names.get(fold(line.code)) or []
        found = [u for key in dict.fromkeys(keys) for u in self.units.get((group.id, key, line.component), ())
                 if line.semester is None or u.semester == line.semester]
        if not found:
            problems.append(FieldProblem("row_key", "load.no_unit_in_group",
                                         {"value": line.code[:60], "group": group.code,
                                          "component": line.component_text[:40],
                                          "year": f"{self.year}-{self.year + 1}"},
                                         row=line.row, column=line.columns["code"]))
        return found

    def subgroup_held(self, unit: tl.Unit, line: SheetLine, problems: list) -> bool:
        """A subgroup the distribution does not have (a whole class written as subgroup 1, a split one as 0)."""
        held = self.holders.get(unit.key, {})
        if not held or line.subgroup in held:
            return True
        problems.append(FieldProblem("subgroup", "load.subgroup_not_distributed",
                                     {"group": self.plan.groups[unit.group_id].code, "value": line.code[:60],
                                      "subgroup": line.subgroup, "held": ", ".join(str(s) for s in sorted(held))},
                                     row=line.row, column=line.columns.get("subgroup") or line.columns["code"]))
        return False


def _unit_for(units: list[tl.Unit], month: date) -> tl.Unit:
    """The unit of the month's semester when the line names no semester and the row has both in the year."""
    if len(units) == 1:
        return units[0]
    fitting = [u for u in units if actual.month_fits(month, u.semester)] or units
    wanted = 1 if month.month >= 9 else 2  # January fits both: the spring unit, whose classes start then
    return next((u for u in fitting if tl.term(u.semester) == wanted), fitting[0])


def analyse(db: Database, year: int, path: Path, language: str = "kk") -> ImportPreview:
    """What the workbook would write; ValidationFailed naming every problem (nothing is written either way)."""
    try:
        sheet = read_actual_sheet(Path(path), year, actual.MAX_MONTH_HOURS, language, strict=False)
    except SheetFileError as error:
        raise ValidationFailed(error.problems) from None
    matcher = _Matcher(db, year, language)
    problems: list[FieldProblem] = list(sheet.problems)
    entries: list[ActualEntry] = []
    first_row: dict[tuple, int] = {}
    for line in sheet.lines:
        teacher_id = matcher.teacher(line.teacher, "teacher", line, problems)
        replaced_id = matcher.teacher(line.replaced, "replaced_id", line, problems) if line.replaced else None
        if teacher_id is not None and teacher_id == replaced_id:
            problems.append(FieldProblem("replaced_id", "load.replaces_self", row=line.row,
                                         column=line.columns.get("replaced")))
        units = matcher.units_of(line, problems)
        if not units or not all(matcher.subgroup_held(u, line, problems) for u in units):
            continue
        for part in line.hours:
            unit = _unit_for(units, part.month)
            if not actual.month_fits(part.month, unit.semester):
                problems.append(actual.outside_semester(part.month, year, unit.semester, row=line.row,
                                                        column=part.column))
                continue
            slot = (part.month, *unit.key, line.subgroup, teacher_id)
            if slot in first_row:
                problems.append(FieldProblem("row_key", "load.line_twice", {"first": first_row[slot]}, row=line.row,
                                             column=part.column))
                continue
            first_row[slot] = line.row
            if teacher_id is not None:
                entries.append(ActualEntry(part.month, *unit.key, line.subgroup, teacher_id, part.hours,
                                           replaced_id))
    if not problems and not entries:
        problems.append(FieldProblem("hours", "load.nothing_to_import", sheet=sheet.sheet))
    if problems:
        raise ValidationFailed([p if p.sheet else FieldProblem(p.field, p.code, p.params, p.row, p.column,
                                                               sheet.sheet) for p in problems])
    parts: dict[int, list[ActualEntry]] = {}
    replacements = 0
    for entry in entries:
        parts.setdefault(entry.teacher_id, []).append(entry)
        holder = matcher.holders.get((entry.group_id, entry.row_key, entry.semester, entry.component),
                                     {}).get(entry.subgroup)
        replacements += bool(entry.replaced_id) or (holder is not None and holder != entry.teacher_id)
    people = sorted(parts, key=lambda t: name_key(matcher.names[t], language))
    return ImportPreview(year, sheet.sheet, len(sheet.lines), tuple(entries),
                         tuple(TeacherPart(matcher.names[t], len(parts[t]), sum(e.hours for e in parts[t]))
                               for t in people), replacements)


def apply(db: Database, preview: ImportPreview) -> list[ActualEntry]:
    """Write the preview's hours in one batch, all or nothing, one entry of the change log; the batch that undoes
    it."""
    return actual.record_hours(db, preview.year, preview.entries, "load_hours_import", preview.sheet,
                               hours=preview.hours, teachers=len(preview.teachers), lines=preview.lines)


# --- the blank -----------------------------------------------------------------------------------------------------


def blank_lines(db: Database, year: int, teacher_id: int | None = None, language: str = "kk",
                filled: bool = False) -> list[BlankLine]:
    """A line per unit (and subgroup) each teacher (or the one asked) holds in the year, the teachers by name, their
    units in the distribution's order; with `filled`, the months' hours they have entered so far."""
    people = {t.id: t.full_name for t in teachers.list_teachers(db, language)}
    plan = load.year_plan(db, year)
    held: dict[int, list[tuple[tl.Unit, int]]] = {}
    holders = {(a.key, a.subgroup): a.teacher_id for a in load.assignments(db, year)
               if teacher_id is None or a.teacher_id == teacher_id}
    for unit in plan.units:
        for subgroup in (tl.WHOLE, *tl.SUBGROUPS):
            owner = holders.get((unit.key, subgroup))
            if owner is not None:
                held.setdefault(owner, []).append((unit, subgroup))
    taught: dict[tuple, dict[date, int]] = {}
    if filled:
        for e in actual.entries(db, year, teacher_id):
            slot = (e.teacher_id, e.group_id, e.row_key, e.semester, e.component, e.subgroup)
            taught.setdefault(slot, {})[e.month] = e.hours
    lines = []
    for owner in sorted(held, key=lambda t: name_key(people.get(t, ""), language)):
        for unit, subgroup in held[owner]:
            info = plan.row(unit.group_id, unit.row_key)
            lines.append(BlankLine(people.get(owner, ""), plan.groups[unit.group_id].code, code_in(info.code or "", language),
                                   info.name(language), unit.semester, unit.component, subgroup, unit.hours,
                                   taught.get((owner, *unit.key, subgroup), {})))
    return lines


def write_blank(db: Database, year: int, path: Path, teacher_id: int | None = None, language: str = "kk") -> int:
    """The sheet to fill for one teacher or all; the number of lines written."""
    lines = blank_lines(db, year, teacher_id, language)
    write_actual_sheet(Path(path), year, lines, language, year_months(year))
    return len(lines)
