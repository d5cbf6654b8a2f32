"""The college's own figures for the ministry's indicators, from the records, next to the national targets;
and the records only these reports need: graduates' employment, teachers' upgrades, textbook counts."""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from sqlalchemy import select

from desktop.domain import indicators as di
from desktop.domain.contingent import STATE_ORDER
from desktop.domain.problems import FieldProblem
from desktop.models import GraduateEmployment, LibraryCount, Student, Teacher
from desktop.paths import resource_path
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed

KEYS = ("employment", "dual_coverage", "demo_exams", "inclusive", "kazakh_textbooks", "teacher_upgrade")


@lru_cache(maxsize=1)
def targets() -> dict:
    return json.loads(resource_path("indicators", "targets.json").read_text(encoding="utf-8"))


def set_employment(db: Database, student_id: int, status: str, on: date, employer: str = "",
                   evidence: str = "self_reported") -> None:
    """A graduate's status within 12 months of graduation (replacing the one recorded before)."""
    problems = []
    if status not in di.STATUSES:
        problems.append(FieldProblem("status", "field.bad_choice", {"value": status}))
    if evidence not in ("confirmed", "self_reported"):
        problems.append(FieldProblem("evidence", "field.bad_choice", {"value": evidence}))
    with db.session() as session:
        student = session.get(Student, student_id)
        if student is None:
            raise NotFound(student_id)
        if student.status != "graduated":
            problems.append(FieldProblem("student", "report.not_a_graduate", {"name": student.surname}))
        if problems:
            raise ValidationFailed(problems)
        record = session.scalar(select(GraduateEmployment).where(GraduateEmployment.student_id == student_id))
        if record is None:
            record = GraduateEmployment(student_id=student_id)
            session.add(record)
        record.status, record.on, record.employer, record.evidence = status, on, employer.strip(), evidence


def graduates(db: Database, year: int) -> list[tuple[int, str, bool, str]]:
    """(student id, name, state order?, employment status) of those who graduated in a calendar year."""
    with db.session() as session:
        rows = session.execute(
            select(Student.id, Student.surname, Student.given_name, Student.funding, GraduateEmployment.status)
            .outerjoin(GraduateEmployment, GraduateEmployment.student_id == Student.id)
            .where(Student.status == "graduated", Student.left_on.between(date(year, 1, 1), date(year, 12, 31)))
            .order_by(Student.surname, Student.given_name)).all()
    return [(sid, f"{surname} {given}", funding in STATE_ORDER, status or "unknown")
            for sid, surname, given, funding, status in rows]


def add_teacher(db: Database, full_name: str, last_upgrade_on: date | None, iin: str | None = None) -> int:
    if not full_name.strip():
        raise ValidationFailed([FieldProblem("full_name", "field.required")])
    with db.session() as session:
        teacher = Teacher(full_name=full_name.strip(), last_upgrade_on=last_upgrade_on, iin=iin or None)
        session.add(teacher)
        session.flush()
        return teacher.id


def set_library_count(db: Database, year: int, textbooks: int, kazakh_textbooks: int) -> None:
    if textbooks < 0 or not 0 <= kazakh_textbooks <= textbooks:
        raise ValidationFailed([FieldProblem("kazakh_textbooks", "report.bad_counts",
                                             {"total": textbooks, "kazakh": kazakh_textbooks})])
    with db.session() as session:
        record = session.scalar(select(LibraryCount).where(LibraryCount.year == year))
        if record is None:
            record = LibraryCount(year=year)
            session.add(record)
        record.textbooks, record.kazakh_textbooks = textbooks, kazakh_textbooks


def figures(db: Database, year: int, today: date | None = None) -> list[di.Figure]:
    """The six indicators of a year: graduates of that calendar year for employment; the records as they are on
    `today` for the others."""
    from desktop.services import college, dual, exams  # noqa: PLC0415

    today = today or date.today()
    data = targets()
    employed, state_graduates = di.employment([(state, status) for _, _, state, status in graduates(db, year)])
    state, _, _ = dual.coverage_figures(db, today)
    holds = exams.holds_demonstration_exams(db)
    profile = college.get_profile(db)
    inclusive = bool(profile and profile.inclusive_conditions_met)
    with db.session() as session:
        library = session.scalar(select(LibraryCount).where(LibraryCount.year == year))
        upgrades = list(session.scalars(select(Teacher.last_upgrade_on)))
    overdue = sum(1 for last in upgrades if di.upgrade_overdue(last, today))
    counts = {
        "employment": (employed, state_graduates),
        "dual_coverage": (state.covered, state.total),
        "demo_exams": (int(holds), 1),
        "inclusive": (int(inclusive), 1),
        "kazakh_textbooks": (library.kazakh_textbooks, library.textbooks) if library else (0, 0),
        "teacher_upgrade": (overdue, len(upgrades)),
    }
    # every teacher should be upgraded within three years: that indicator's target is none overdue
    goals = {key: di.target(data, key, year) for key in KEYS} | {"teacher_upgrade": 0.0}
    return [di.Figure(key, *counts[key], goals[key]) for key in KEYS]
