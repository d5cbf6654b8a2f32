"""Records kept only for the indicators: the teachers with their last qualification upgrade and the library's
textbook counts by year."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.domain.collation import name_key
from desktop.domain.ids import iin_problems
from desktop.domain.problems import FieldProblem
from desktop.models import LibraryCount, Teacher
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed


@dataclass(frozen=True)
class TeacherRow:
    id: int
    full_name: str
    iin: str
    last_upgrade_on: date | None


def _teacher_problems(session, full_name: str, iin: str | None, teacher_id: int | None) -> list[FieldProblem]:
    problems = []
    if not full_name.strip():
        problems.append(FieldProblem("full_name", "field.required"))
    if iin:
        wrong = iin_problems(iin)
        if wrong:
            problems.append(FieldProblem("iin", wrong[0].value))
        other = session.scalar(select(Teacher).where(Teacher.iin == iin, Teacher.id != (teacher_id or 0)))
        if other is not None:
            problems.append(FieldProblem("iin", "student.duplicate_iin", {"value": iin, "name": other.full_name}))
    return problems


def add_teacher(db: Database, full_name: str, last_upgrade_on: date | None, iin: str | None = None) -> int:
    with db.session() as session:
        problems = _teacher_problems(session, full_name, iin, None)
        if problems:
            raise ValidationFailed(problems)
        teacher = Teacher(full_name=full_name.strip(), last_upgrade_on=last_upgrade_on, iin=iin or None)
        session.add(teacher)
        session.flush()
        return teacher.id


def update_teacher(db: Database, teacher_id: int, full_name: str, last_upgrade_on: date | None,
                   iin: str | None = None) -> None:
    with db.session() as session:
        teacher = session.get(Teacher, teacher_id)
        if teacher is None:
            raise NotFound(teacher_id)
        problems = _teacher_problems(session, full_name, iin, teacher_id)
        if problems:
            raise ValidationFailed(problems)
        teacher.full_name, teacher.last_upgrade_on, teacher.iin = full_name.strip(), last_upgrade_on, iin or None


def delete_teacher(db: Database, teacher_id: int) -> None:
    """Refused, naming the teacher, while they hold load or hours taught (services.teachers decides)."""
    from desktop.services import teachers  # noqa: PLC0415 - teachers builds on the load models

    teachers.delete_teacher(db, teacher_id)


def list_teachers(db: Database, language: str = "kk") -> list[TeacherRow]:
    """The teachers by name in the alphabet of `language` (the interface's)."""
    with db.session() as session:
        return sorted((TeacherRow(t.id, t.full_name, t.iin or "", t.last_upgrade_on)
                       for t in session.scalars(select(Teacher))), key=lambda t: name_key(t.full_name, language))


def set_library_count(db: Database, year: int, textbooks: int, kazakh_textbooks: int) -> None:
    if textbooks < 0 or not 0 <= kazakh_textbooks <= textbooks:
        raise ValidationFailed([FieldProblem("kazakh_textbooks", "report.bad_counts",
                                             {"total": textbooks, "kazakh": kazakh_textbooks})])
    try:
        with db.session() as session:
            record = session.scalar(select(LibraryCount).where(LibraryCount.year == year))
            if record is None:
                record = LibraryCount(year=year)
                session.add(record)
            record.textbooks, record.kazakh_textbooks = textbooks, kazakh_textbooks
    except IntegrityError as exc:  # two windows adding the same year at once
        raise ValidationFailed([FieldProblem("year", "report.year_taken", {"year": year})]) from exc


def delete_library_count(db: Database, year: int) -> None:
    with db.session() as session:
        record = session.scalar(select(LibraryCount).where(LibraryCount.year == year))
        if record is not None:
            session.delete(record)


def library_counts(db: Database) -> list[tuple[int, int, int]]:
    """(year, all textbooks, Kazakh-language textbooks), the latest year first."""
    with db.session() as session:
        return [(c.year, c.textbooks, c.kazakh_textbooks)
                for c in session.scalars(select(LibraryCount).order_by(LibraryCount.year.desc()))]
