"""Read side of the contingent, and the groups: lists the pages show, fetched as plain rows.

The student list is read with one Core query (no ORM objects) because a college may have 20,000.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import String, func, select, type_coerce

from desktop.domain.contingent import SOCIAL_CATEGORIES, study_year
from desktop.domain.problems import FieldProblem
from desktop.models import CurriculumRecord, Movement, Qualification, Specialty, Student, StudyGroup
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed

__all__ = ["GroupData", "GroupRow", "StudentRow", "delete_group", "get_group", "list_groups", "list_students",
           "save_group", "study_year"]


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
    curriculum_id: int | None = None
    curriculum_title: str = ""
    funding: str = ""
    curator: str = ""
    duration_months: int = 0

    def course(self, today: date | None = None) -> int:
        return study_year(self.intake_year, today or date.today())


@dataclass(slots=True)  # not frozen: a frozen dataclass is built ~2x slower, and there are 20,000 of them
class StudentRow:
    id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    birth_date: date | None
    sex: str
    group_id: int | None
    group_code: str
    funding: str
    status: str = "studying"
    specialty_code: str = ""
    language: str = ""
    intake_year: int | None = None
    categories: frozenset[str] = frozenset()  # social categories and "sen" for special needs

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)

    def course(self, today: date | None = None) -> int | None:
        return None if self.intake_year is None else study_year(self.intake_year, today or date.today())


def list_groups(db: Database) -> list[GroupRow]:
    counts = (select(Student.group_id, func.count().label("n"))
              .where(Student.status.in_(("studying", "academic_leave"))).group_by(Student.group_id).subquery())
    query = (
        select(StudyGroup, Specialty.code, Specialty.name_kk, Specialty.name_ru, Qualification.code,
               CurriculumRecord.title, func.coalesce(counts.c.n, 0))
        .join(Specialty, StudyGroup.specialty_id == Specialty.id)
        .outerjoin(Qualification, StudyGroup.qualification_id == Qualification.id)
        .outerjoin(CurriculumRecord, StudyGroup.curriculum_id == CurriculumRecord.id)
        .outerjoin(counts, counts.c.group_id == StudyGroup.id)
        .order_by(StudyGroup.code)
    )
    with db.session() as session:
        return [GroupRow(g.id, g.code, scode, skk, sru, qcode or "", g.intake_year, g.entry_base, g.language,
                         g.study_form, n, g.curriculum_id, title or "", g.funding, g.curator, g.duration_months)
                for g, scode, skk, sru, qcode, title, n in session.execute(query)]


def list_students(db: Database) -> list[StudentRow]:
    """Every student, unsorted (the table sorts). The query runs on the driver's cursor: for 20,000 rows the
    ORM's row loading costs more than the query itself, and SQLAlchemy's rows still twice the driver's tuples."""
    s, g = Student.__table__.c, StudyGroup.__table__.c
    flags = [s[name] for name in SOCIAL_CATEGORIES]
    # SQLite keeps dates as ISO text: read it raw and convert with date.fromisoformat (C) rather than through
    # SQLAlchemy's regular expression, a third of the time for 20,000 rows; PostgreSQL gives dates already.
    born = type_coerce(s.birth_date, String)
    query = (select(s.id, s.iin, s.surname, s.given_name, s.patronymic, born, s.sex, s.group_id, g.code,
                    s.funding, s.status, Specialty.code, g.language, g.intake_year, s.sen_category, *flags)
             .select_from(Student.__table__.outerjoin(StudyGroup.__table__, s.group_id == g.id)
                          .outerjoin(Specialty, g.specialty_id == Specialty.id)))
    rows = []
    with db.session() as session:
        connection = session.connection()
        cursor = connection.connection.cursor()  # the driver's own cursor: plain tuples, no row objects
        cursor.execute(str(query.compile(connection, compile_kwargs={"literal_binds": True})))
        for r in cursor.fetchall():
            categories = NO_CATEGORIES
            if r[14] or any(r[15:]):
                categories = frozenset(name for name, flag in zip(SOCIAL_CATEGORIES, r[15:]) if flag)
                if r[14]:
                    categories |= {"sen"}
            birth = r[5]
            if isinstance(birth, str):
                birth = date.fromisoformat(birth)
            rows.append(StudentRow(r[0], r[1] or "", r[2], r[3], r[4], birth, r[6], r[7], r[8] or "", r[9], r[10],
                                   r[11] or "", r[12] or "", r[13], categories))
    return rows


NO_CATEGORIES: frozenset[str] = frozenset()


@dataclass(frozen=True)
class GroupData:
    code: str = ""
    specialty_code: str = ""
    qualification_code: str = ""
    intake_year: int = 0
    entry_base: str = "9"
    language: str = "kk"
    study_form: str = "full_time"
    duration_months: int = 34
    curator: str = ""
    funding: str = ""
    curriculum_id: int | None = None


def get_group(db: Database, group_id: int) -> GroupData:
    with db.session() as session:
        group = session.get(StudyGroup, group_id)
        if group is None:
            raise NotFound(group_id)
        return GroupData(group.code, group.specialty.code, group.qualification.code if group.qualification else "",
                         group.intake_year, group.entry_base, group.language, group.study_form,
                         group.duration_months, group.curator, group.funding, group.curriculum_id)


def _group_problems(session, data: GroupData, group_id: int | None) -> tuple[list[FieldProblem], dict]:
    problems, found = [], {}
    if not data.code.strip():
        problems.append(FieldProblem("group_code", "field.required"))
    else:
        other = session.scalar(select(StudyGroup.id).where(StudyGroup.code == data.code.strip()))
        if other is not None and other != group_id:
            problems.append(FieldProblem("group_code", "group.duplicate", {"code": data.code.strip()}))
    specialty = session.scalar(select(Specialty).where(Specialty.code == data.specialty_code.strip()))
    if specialty is None:
        problems.append(FieldProblem("specialty", "group.unknown_code", {"code": data.specialty_code}))
    found["specialty"] = specialty
    qualification = None
    if data.qualification_code.strip():
        qualification = session.scalar(select(Qualification).where(Qualification.code == data.qualification_code.strip()))
        if qualification is None:
            problems.append(FieldProblem("qualification", "group.unknown_code", {"code": data.qualification_code}))
        elif specialty is not None and qualification.specialty_id != specialty.id:
            problems.append(FieldProblem("qualification", "code.specialty_mismatch", {"code": data.qualification_code}))
    found["qualification"] = qualification
    if not 1990 <= data.intake_year <= 2100:
        problems.append(FieldProblem("intake_year", "group.bad_year", {"value": data.intake_year}))
    if not 1 <= data.duration_months <= 60:
        problems.append(FieldProblem("duration", "group.bad_duration", {"value": data.duration_months}))
    return problems, found


def save_group(db: Database, data: GroupData, group_id: int | None = None) -> int:
    with db.session() as session:
        problems, found = _group_problems(session, data, group_id)
        if problems:
            raise ValidationFailed(problems)
        group = session.get(StudyGroup, group_id) if group_id else StudyGroup()
        if group is None:
            raise NotFound(group_id)
        for f in fields(GroupData):
            if f.name not in ("specialty_code", "qualification_code"):
                value = getattr(data, f.name)
                setattr(group, f.name, value.strip() if isinstance(value, str) else value)
        group.specialty = found["specialty"]
        group.qualification = found["qualification"]
        session.add(group)
        session.flush()
        return group.id


def delete_group(db: Database, group_id: int) -> None:
    """Only a group nobody ever studied in: history refers to groups."""
    with db.session() as session:
        used = session.scalar(select(func.count()).select_from(Movement).where(
            (Movement.to_group_id == group_id) | (Movement.from_group_id == group_id)))
        used += session.scalar(select(func.count()).select_from(Student).where(Student.group_id == group_id))
        if used:
            raise ValidationFailed([FieldProblem("group_code", "group.in_use", {"count": used})])
        group = session.get(StudyGroup, group_id)
        if group is not None:
            session.delete(group)
