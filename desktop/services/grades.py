"""Final grades of a group: the grid of its students × its curriculum's rows, saving a batch of cells all or
nothing, the college's grading scale, and the reconciliation that must be clean before a supplement prints.

Which rows take a grade (decided here, from the curriculum's own data, and used by the grid, the import and the
supplement alike):
- a row with rows under it (a professional module over its learning outcomes) is a heading: it carries its hours
  and credits on the supplement but no grade, because the outcomes are graded (grading_match.graded_rows agrees);
- consultations take none; of the intermediate attestation only a qualification exam (a row with an exam form)
  is graded on its own row, the attestation's hours are not a subject;
- pass/fail ("сынақ / зачтено") rows: every elective, and any row whose last semester's control is a test
  (Control.TEST, "сынақ / зачет"); a graded test ("дифф. зачет") and an exam give a percent;
- mandatory: every graded row but the electives (a student takes the electives he chose; one he was not graded on
  is not printed).
Rows are in the plan's order by part: general subjects, basic modules, professional modules with their outcomes,
practice, qualification exams, final attestation, electives; a row keeps its position inside its part.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.collation import name_key
from desktop.domain.curriculum import Control, Row, Section
from desktop.domain.grading import (FAILED, PASSED, Grade, GradingError, GradingScale, national_scale,
                                    parse_percent, scale_problems)
from desktop.domain.problems import FieldProblem
from desktop.domain.roles import Area
from desktop.models import CurriculumRecord, FinalGrade, GradingScaleRecord, Student, StudyGroup
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.students import check_curator_reads

HEADING, SCALED, PASS_FAIL = "heading", "scaled", "pass_fail"
# The parts of the supplement in their printed order.
PART_ORDER = (Section.GENERAL, Section.BASIC, Section.PROFESSIONAL, Section.PRACTICE, Section.INTERMEDIATE,
              Section.FINAL, Section.ELECTIVES)
# Students whose grades are entered: those still in the group and its graduates (an expelled one is not printed).
GRADED_STATUSES = ("studying", "graduated", "academic_leave")


@dataclass(frozen=True)
class PlanRow:
    """A row of the grid and of the supplement."""
    key: str
    section: Section
    code: str
    name_kk: str
    name_ru: str
    hours: int
    credits: float | None  # as the plan gives it, else from the hours by the plan's rule set
    kind: str  # HEADING, SCALED or PASS_FAIL
    parent: str | None = None
    exam_form: str | None = None

    @property
    def graded(self) -> bool:
        return self.kind != HEADING

    @property
    def mandatory(self) -> bool:
        return self.graded and self.section is not Section.ELECTIVES


@dataclass(frozen=True)
class GridStudent:
    id: int
    full_name: str
    iin: str
    status: str


@dataclass(frozen=True)
class GradeGrid:
    group_id: int
    group_code: str
    curriculum_id: int
    language: str
    students: tuple[GridStudent, ...]
    rows: tuple[PlanRow, ...]  # headings included, in the supplement's order
    cells: dict  # (student id, row key) -> int percent or bool passed
    scale: GradingScale

    def grade(self, student_id: int, row_key: str) -> Grade | None:
        return cell_grade(self.scale, self.cells.get((student_id, row_key)))


@dataclass(frozen=True)
class CellChange:
    """One cell of the grid: value is a percent (int, or text such as "84,5"), True/False or a pass/fail word for a
    pass/fail row, None or "" to clear it."""
    student_id: int
    row_key: str
    value: object


def full_name(student: Student) -> str:
    return " ".join(part for part in (student.surname, student.given_name, student.patronymic) if part)


def cell_grade(scale: GradingScale, value) -> Grade | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return scale.pass_fail_grade(value)
    return scale.grade(value)


# -- the plan's rows ---------------------------------------------------------------------------------------------


def _last_control(row: Row) -> Control | None:
    controls = [load.control for load in row.semesters if load.control]
    return controls[-1] if controls else None


def plan_rows(rows: tuple[Row, ...] | list[Row], rules=None) -> list[PlanRow]:
    """The curriculum's rows that the supplement shows, with their kind, in the supplement's order (see above)."""
    parents = {row.parent for row in rows if row.parent}
    by_id = {row.id: row for row in rows}

    def top(row: Row) -> Row:
        seen = set()
        while row.parent and row.parent in by_id and row.id not in seen:
            seen.add(row.id)
            row = by_id[row.parent]
        return row

    found = []
    for position, row in enumerate(rows):
        if row.section is Section.CONSULTATIONS:
            continue
        if row.section is Section.INTERMEDIATE and row.exam_form is None:
            continue
        if row.id in parents:
            kind = HEADING
        elif row.section is Section.ELECTIVES or _last_control(row) is Control.TEST:
            kind = PASS_FAIL
        else:
            kind = SCALED
        credits = row.credits
        if credits is None and rules is not None and row.hours:
            credits = rules.credits(row.hours)
        part = top(row).section
        order = PART_ORDER.index(part) if part in PART_ORDER else len(PART_ORDER)
        found.append((order, position, PlanRow(row.id, row.section, row.code, row.name_kk, row.name_ru, row.hours,
                                               credits, kind, row.parent,
                                               row.exam_form.value if row.exam_form else None)))
    return [item for _, _, item in sorted(found, key=lambda f: f[:2])]


def curriculum_plan_rows(record: CurriculumRecord) -> list[PlanRow]:
    from desktop.services.curricula import _domain, rule_set_for  # noqa: PLC0415 - the one reading of a record

    curriculum = _domain(record)
    return plan_rows(curriculum.rows, rule_set_for(curriculum))


def group_record(session, group_id: int) -> StudyGroup:
    group = session.get(StudyGroup, group_id)
    if group is None:
        raise NotFound(group_id)
    return group


def group_plan(session, group: StudyGroup) -> CurriculumRecord:
    if group.curriculum_id is None:
        raise ValidationFailed([FieldProblem("curriculum", "grade.no_curriculum", {"group": group.code})])
    return session.get(CurriculumRecord, group.curriculum_id)


def group_students(session, group: StudyGroup, language: str) -> list[Student]:
    """The group's students in alphabetical order of the group's language (the order of the grade sheet)."""
    found = session.scalars(select(Student).where(Student.group_id == group.id,
                                                  Student.status.in_(GRADED_STATUSES))).all()
    return sorted(found, key=lambda s: (name_key(full_name(s), language), s.id))


def stored_value(grade: FinalGrade):
    if grade.percent is not None:
        return int(grade.percent)
    if grade.passed is not None:
        return bool(grade.passed)
    return None


# -- the scale -----------------------------------------------------------------------------------------------------


def college_scale(db: Database) -> GradingScale:
    """The college's edited scale, else the national one."""
    with db.session() as session:
        return scale_in(session)


def scale_in(session) -> GradingScale:
    record = session.scalar(select(GradingScaleRecord).order_by(GradingScaleRecord.id))
    if record is None:
        return national_scale()
    return GradingScale.from_dict(record.data)


def set_college_scale(db: Database, data: dict | None, now: datetime | None = None) -> None:
    """Keep the college's scale (GradingScale.from_dict's shape); None goes back to the national scale.
    ValidationFailed with every problem of the scale (grading.* codes) and nothing kept."""
    if data is not None:
        problems = scale_problems(data)
        if problems:
            raise ValidationFailed(problems)
        data = GradingScale.from_dict(data).to_dict()  # stored as it is read back, bands from the top
    with db.session() as session:
        for record in session.scalars(select(GradingScaleRecord)):
            session.delete(record)
        if data is not None:
            session.add(GradingScaleRecord(data=data, updated_at=now or datetime.now()))


# -- the grid --------------------------------------------------------------------------------------------------------


def grade_grid(db: Database, group_id: int) -> GradeGrid:
    with db.session() as session:
        check_curator_reads(db, group_id, Area.GRADES)
        group = group_record(session, group_id)
        plan = group_plan(session, group)
        rows = curriculum_plan_rows(plan)
        students = group_students(session, group, group.language)
        ids = [s.id for s in students]
        keys = {row.key for row in rows if row.graded}
        cells = {}
        if ids:
            for grade in session.scalars(select(FinalGrade).where(FinalGrade.student_id.in_(ids),
                                                                  FinalGrade.curriculum_id == plan.id)):
                value = stored_value(grade)
                if grade.row_key in keys and value is not None:
                    cells[(grade.student_id, grade.row_key)] = value
        return GradeGrid(group.id, group.code, plan.id, group.language,
                         tuple(GridStudent(s.id, full_name(s), s.iin or "", s.status) for s in students),
                         tuple(rows), cells, scale_in(session))


def _cell_value(row: PlanRow, value, scale: GradingScale):
    """The stored value of a cell (int, bool or None), or GradingError with what is expected."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if row.kind == PASS_FAIL:
        if isinstance(value, bool):
            return value
        key = scale.read_traditional(value)
        if key in (PASSED, FAILED):
            return key == PASSED
        raise GradingError("grade.expected_pass_fail", value=str(value)[:60])
    if isinstance(value, bool):
        raise GradingError("grading.not_a_percent", value=str(value))
    return parse_percent(value)


def _problem(student_name: str, row: PlanRow | None, row_key: str, code: str, params: dict) -> FieldProblem:
    return FieldProblem("grade", code, {**params, "student": student_name,
                                        "row": f"{row.code} {row.name_kk}".strip() if row else row_key,
                                        "row_key": row_key})


def save_cells(db: Database, group_id: int, changes: list[CellChange], now: datetime | None = None) -> list[CellChange]:
    """Write the changed cells, all or nothing: ValidationFailed naming every bad cell (student, row, what is
    expected) and nothing written. Returns the cells as they were before, in the same order (the grid's undo
    saves them back)."""
    with db.session() as session:
        return write_cells(session, group_id, changes, now)


def write_cells(session, group_id: int, changes: list[CellChange], now: datetime | None = None) -> list[CellChange]:
    """save_cells inside the caller's transaction (an import wraps it as one entry of the change log)."""
    now = now or datetime.now()
    group = group_record(session, group_id)
    plan = group_plan(session, group)
    rows = {row.key: row for row in curriculum_plan_rows(plan)}
    students = {s.id: s for s in group_students(session, group, group.language)}
    scale = scale_in(session)
    problems, parsed = [], []
    for change in changes:
        student, row = students.get(change.student_id), rows.get(change.row_key)
        name = full_name(student) if student else str(change.student_id)
        if student is None:
            problems.append(_problem(name, row, change.row_key, "grade.not_in_group", {"group": group.code}))
        elif row is None or not row.graded:
            problems.append(_problem(name, row, change.row_key, "grade.row_not_graded", {}))
        else:
            try:
                parsed.append((change, _cell_value(row, change.value, scale)))
            except GradingError as exc:
                problems.append(_problem(name, row, change.row_key, exc.code, exc.params))
    if problems:
        raise ValidationFailed(problems)
    existing = {(g.student_id, g.row_key): g for g in session.scalars(
        select(FinalGrade).where(FinalGrade.student_id.in_({c.student_id for c, _ in parsed})))}
    # what each cell held before the batch (a cell changed twice in one batch gets back its first value)
    original = {key: stored_value(g) if g.curriculum_id == plan.id else None for key, g in existing.items()}
    before = [CellChange(c.student_id, c.row_key, original.get((c.student_id, c.row_key))) for c, _ in parsed]
    for change, value in parsed:
        record = existing.get((change.student_id, change.row_key))
        if value is None:
            if record is not None:
                session.delete(record)
                existing.pop((change.student_id, change.row_key))
                session.flush()  # gone before a later change of the batch adds the cell again
            continue
        if record is None:
            record = FinalGrade(student_id=change.student_id, row_key=change.row_key)
            session.add(record)
            existing[(change.student_id, change.row_key)] = record
        record.curriculum_id = plan.id
        record.percent, record.passed = (None, value) if isinstance(value, bool) else (value, None)
        record.updated_at = now
        session.flush()  # a later change of the same cell finds this record
    return before


# -- reconciliation --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StudentCheck:
    student_id: int
    full_name: str
    problems: tuple[FieldProblem, ...]  # grade.missing, grade.not_in_plan, grade.failing, ...
    graded: int  # graded rows with a grade
    total_hours: int
    total_credits: Decimal

    @property
    def clean(self) -> bool:
        return not self.problems


def reconcile_student(rows: list[PlanRow], grades: list[FinalGrade], curriculum_id: int, scale: GradingScale,
                      name: str) -> tuple[list[FieldProblem], int]:
    """What stops one student's supplement: mandatory rows not graded, grades for rows not in the plan (or kept
    for another plan), failing grades, a percent on a pass/fail row or the other way round, a graded row with no
    hours in the plan. Returns the problems in the plan's order and the count of graded rows."""
    by_key = {row.key: row for row in rows}
    have = {g.row_key: g for g in grades if g.curriculum_id == curriculum_id}
    problems, graded = [], 0
    for row in rows:
        if not row.graded:
            continue
        grade = have.get(row.key)
        value = stored_value(grade) if grade is not None else None
        if value is None:
            if row.mandatory:
                problems.append(_problem(name, row, row.key, "grade.missing", {}))
            continue
        graded += 1
        if isinstance(value, bool) != (row.kind == PASS_FAIL):
            code = "grade.percent_on_pass_fail" if row.kind == PASS_FAIL else "grade.pass_fail_on_percent"
            problems.append(_problem(name, row, row.key, code, {}))
            continue
        if not cell_grade(scale, value).passed:
            shown = f"{value}%" if not isinstance(value, bool) else " / ".join(
                scale.word(scale.pass_fail_grade(False), language) for language in ("kk", "ru"))
            problems.append(_problem(name, row, row.key, "grade.failing", {"value": shown}))
        if not row.hours:
            problems.append(_problem(name, row, row.key, "grade.no_hours", {}))
    for grade in grades:
        row = by_key.get(grade.row_key)
        if grade.curriculum_id != curriculum_id or row is None or not row.graded:
            problems.append(_problem(name, None, grade.row_key, "grade.not_in_plan", {}))
    return problems, graded


def reconcile_group(db: Database, group_id: int) -> list[StudentCheck]:
    """Per student of the group (alphabetical), everything that must be fixed before a supplement prints."""
    with db.session() as session:
        check_curator_reads(db, group_id, Area.GRADES)
        group = group_record(session, group_id)
        plan = group_plan(session, group)
        rows = curriculum_plan_rows(plan)
        scale = scale_in(session)
        students = group_students(session, group, group.language)
        grades: dict[int, list[FinalGrade]] = {s.id: [] for s in students}
        if students:
            for grade in session.scalars(select(FinalGrade).where(FinalGrade.student_id.in_(list(grades)))):
                grades[grade.student_id].append(grade)
        checks = []
        for student in students:
            name = full_name(student)
            problems, graded = reconcile_student(rows, grades[student.id], plan.id, scale, name)
            hours = sum(row.hours or 0 for row in rows if row.parent is None)
            credits = sum((Decimal(str(row.credits)) for row in rows if row.parent is None and row.credits),
                          Decimal(0))
            checks.append(StudentCheck(student.id, name, tuple(problems), graded, hours, credits))
        return checks


def find_group(db: Database, code: str) -> int:
    """The id of the group with this code (as the command line takes it); NotFound otherwise."""
    with db.session() as session:
        found = session.scalar(select(StudyGroup.id).where(StudyGroup.code == code.strip()))
        if found is None:
            raise NotFound(code)
        return found

