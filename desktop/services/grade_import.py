"""A college's grade-sheet workbook imported into a group's final grades: a dry run that lists everything, then
the grades written all or nothing once the user accepts.

The dry run (analyse) reads the workbook with exchange.grade_sheet (a bad cell there refuses the file with every
cell named: ValidationFailed, nothing to accept), matches the sheet's items to the curriculum's rows
(domain.grading_match) and its students to the group's. What it cannot place is listed, never guessed: a student
of the sheet who is not in the group (or matches two), an item that matches no graded row, a graded row no item
covers, a student of the group who is not on the sheet, and a grade of the wrong kind for its row (a percent on a
pass/fail row, a pass word on a percent row) — those last are errors: apply refuses while there are any. The rest
are notes the user accepts: their grades are simply not written. apply writes the matched grades through
grades.save_cells in one transaction.

Students are matched by IIN when the sheet has an IIN column, else by full name (case, ё/е and spacing aside), or
by surname and given name when the sheet leaves the patronymic out, as many do.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.grading import GradeKind
from desktop.domain.grading_match import match_items
from desktop.domain.grading_sheet import GradeSheet
from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import SheetFileError
from desktop.exchange.grade_sheet import read_grade_workbook
from desktop.services import grades, journal
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed
from desktop.services.grades import PASS_FAIL, CellChange


@dataclass(frozen=True)
class MatchedStudent:
    line: int  # the row on the sheet
    written: str  # the name as the sheet writes it
    student_id: int
    full_name: str


@dataclass(frozen=True)
class ImportPlan:
    group_id: int
    sheet: str
    sheets: tuple[str, ...]  # every grade sheet of the workbook, to choose another
    students: tuple[MatchedStudent, ...]
    changes: tuple[CellChange, ...]  # the grades to write
    errors: tuple[FieldProblem, ...]  # apply refuses while there is one
    notes: tuple[FieldProblem, ...]  # what will not be written, for the user to accept
    file_name: str = ""  # names the import in the change log

    @property
    def can_apply(self) -> bool:
        return not self.errors


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _match_students(sheet: GradeSheet, students: list, group_code: str):
    by_iin = {s.iin: s for s in students if s.iin}
    full = {}
    short = {}
    for s in students:
        full.setdefault(_fold(grades.full_name(s)), []).append(s)
        short.setdefault(_fold(f"{s.surname} {s.given_name}"), []).append(s)
    matched, notes, seen = [], [], {}
    for row in sheet.students:
        found = [by_iin[row.iin]] if row.iin and row.iin in by_iin else None
        if found is None:
            found = full.get(_fold(row.full_name)) or short.get(_fold(row.full_name)) or []
        params = {"student": row.full_name, "line": row.row, "group": group_code}
        if not found:
            notes.append(FieldProblem("student", "grade.unmatched_student", params, row=row.row, sheet=sheet.sheet))
        elif len(found) > 1:
            notes.append(FieldProblem("student", "grade.ambiguous_student", params, row=row.row, sheet=sheet.sheet))
        elif found[0].id in seen:
            notes.append(FieldProblem("student", "grade.student_twice", {**params, "first": seen[found[0].id]},
                                      row=row.row, sheet=sheet.sheet))
        else:
            seen[found[0].id] = row.row
            matched.append((row, found[0]))
    for s in students:
        if s.id not in seen:
            notes.append(FieldProblem("student", "grade.not_on_sheet", {"student": grades.full_name(s)}))
    return matched, notes


def analyse(db: Database, group_id: int, path: Path, sheet: str | None = None) -> ImportPlan:
    """The dry run: what would be written and every problem; nothing is written. ValidationFailed when the
    workbook cannot be read or a cell is bad (every one named)."""
    from desktop.services.curricula import _domain, rule_set_for  # noqa: PLC0415

    scale = grades.college_scale(db)
    try:
        read = read_grade_workbook(Path(path), scale, [sheet] if sheet else None)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from None
    chosen = read[0]
    with db.session() as session:
        group = grades.group_record(session, group_id)
        plan = grades.group_plan(session, group)
        curriculum = _domain(plan)
        rules = rule_set_for(curriculum)
        rows = {row.key: row for row in grades.plan_rows(curriculum.rows, rules)}
        students = grades.group_students(session, group, group.language)
        matched, notes = _match_students(chosen, students, group.code)
        group_code = group.code
    matching = match_items(chosen.items, curriculum.rows, rules.subject_key)
    mapping = {}
    for item in chosen.items:
        row = rows.get(matching.row_of(item.key) or "")
        if row is None or not row.graded:
            label = f"{item.code} {item.name_kk}".strip()
            notes.append(FieldProblem("item", "grade.unmatched_item", {"item": label}, sheet=chosen.sheet))
        else:
            mapping[item.key] = row
    covered = {row.key for row in mapping.values()}
    for row in rows.values():
        if row.mandatory and row.key not in covered:
            notes.append(FieldProblem("item", "grade.uncovered_row", {"row": f"{row.code} {row.name_kk}".strip(),
                                                                      "group": group_code}))
    changes, errors = [], []
    for sheet_row, student in matched:
        for grade in sheet_row.grades:
            row = mapping.get(grade.item)
            if row is None:
                continue
            pass_fail = grade.grade.kind is GradeKind.PASS_FAIL
            name = grades.full_name(student)
            where = {"student": name, "row": f"{row.code} {row.name_kk}".strip(), "row_key": row.key}
            if pass_fail != (row.kind == PASS_FAIL):
                code = "grade.expected_pass_fail" if row.kind == PASS_FAIL else "grading.not_a_percent"
                errors.append(FieldProblem("grade", code, {**where, "value": grade.traditional or grade.percent},
                                           row=sheet_row.row, sheet=chosen.sheet))
                continue
            value = grade.grade.passed if pass_fail else grade.percent
            changes.append(CellChange(student.id, row.key, value))
    return ImportPlan(group_id, chosen.sheet, tuple(s.sheet for s in read),
                      tuple(MatchedStudent(r.row, r.full_name, s.id, grades.full_name(s)) for r, s in matched),
                      tuple(changes), tuple(errors), tuple(notes), Path(path).name)


def apply(db: Database, plan: ImportPlan) -> int:
    """Write the plan's grades, all or nothing; ValidationFailed (the plan's errors, or what save_cells finds when
    the database changed since the dry run). Returns the number of grades written."""
    if plan.errors:
        raise ValidationFailed(list(plan.errors))
    with db.session() as session:
        # one entry of the change log for the whole sheet, with its counts, not one per student
        with journal.bulk(session, "grade_import", plan.file_name or plan.sheet, sheet=plan.sheet,
                          grades=len(plan.changes), students=len(plan.students)):
            grades.write_cells(session, plan.group_id, list(plan.changes))
    return len(plan.changes)
