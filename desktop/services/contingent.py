"""Read side of the contingent: groups and students as the pages show them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desktop.models import Qualification, Specialty, Student, StudyGroup
from desktop.services.database import Database


@dataclass(frozen=True)
class GroupRow:
    id: int
    code: str
    specialty_code: str
    specialty_name_kk: str
    specialty_name_ru: str
    qualification_code: str
    intake_year: int
    entry_base: str
    language: str
    study_form: str
    students: int


@dataclass(frozen=True)
class StudentRow:
    id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: date
    sex: str
    group_code: str
    funding: str

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)


def study_year(intake_year: int, today: date) -> int:
    """Course of study: the academic year starts on 1 September."""
    academic_start = today.year if today.month >= 9 else today.year - 1
    return academic_start - intake_year + 1


def list_groups(db: Database) -> list[GroupRow]:
    counts = (select(Student.group_id, func.count().label("n")).group_by(Student.group_id).subquery())
    qualification = aliased(Qualification)
    query = (
        select(StudyGroup, Specialty, qualification.code, func.coalesce(counts.c.n, 0))
        .join(Specialty, StudyGroup.specialty_id == Specialty.id)
        .outerjoin(qualification, StudyGroup.qualification_id == qualification.id)
        .outerjoin(counts, counts.c.group_id == StudyGroup.id)
        .order_by(StudyGroup.code)
    )
    with db.session() as session:
        return [GroupRow(g.id, g.code, s.code, s.name_kk, s.name_ru, qcode or "", g.intake_year, g.entry_base,
                         g.language, g.study_form, n)
                for g, s, qcode, n in session.execute(query)]


def list_students(db: Database) -> list[StudentRow]:
    query = (select(Student, StudyGroup.code).outerjoin(StudyGroup, Student.group_id == StudyGroup.id)
             .order_by(Student.surname, Student.given_name, Student.id))
    with db.session() as session:
        return [StudentRow(s.id, s.iin, s.surname, s.given_name, s.patronymic, s.birth_date, s.sex, code or "",
                           s.funding)
                for s, code in session.execute(query)]
