"""Read side of the contingent, and the groups: lists the pages show, fetched as plain rows.

The student list is read with one Core query (no ORM objects) because a college may have 20,000.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import reduce
from typing import NamedTuple

from sqlalchemy import case, func, select

from desktop.domain.contingent import SOCIAL_CATEGORIES, study_year
from desktop.domain.problems import FieldProblem
from desktop.models import CurriculumRecord, Movement, Qualification, Specialty, Student, StudyGroup
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.students import check_curator_reads, curator_groups
from desktop.services.text_limits import text_problems
from desktop.services.versions import check_version

__all__ = ["GroupCard", "GroupData", "GroupRow", "StudentRow", "delete_group", "get_group", "list_groups",
           "list_students", "read_group", "save_group", "study_year"]


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
    dual: bool = False

    def course(self, today: date | None = None) -> int:
        return study_year(self.intake_year, today or date.today())


CATEGORY_BITS = tuple((1 << n, name) for n, name in enumerate((*SOCIAL_CATEGORIES, "sen")))


class StudentRow(NamedTuple):
    """A student as the contingent table shows one: a tuple straight from the driver (20,000 are built in a few
    milliseconds), with the birth date and categories decoded when asked for."""

    id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str
    born: object  # ISO text on SQLite, a date on PostgreSQL; sorts right either way
    sex: str
    group_id: int | None
    group_code: str
    funding: str
    status: str = "studying"
    specialty_code: str = ""
    language: str = ""
    intake_year: int | None = None
    category_bits: int = 0  # social categories and "sen" for special needs, as CATEGORY_BITS
    row_version: int = 0  # as the list read it: an order over the students shown refuses if one changed since

    @property
    def birth_date(self) -> date | None:
        return date.fromisoformat(self.born) if isinstance(self.born, str) else self.born

    @property
    def categories(self) -> frozenset[str]:
        bits = self.category_bits
        return frozenset(name for bit, name in CATEGORY_BITS if bits & bit) if bits else frozenset()

    def has_category(self, name: str) -> bool:
        return bool(self.category_bits & _BIT_OF[name])

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)

    def course(self, today: date | None = None) -> int | None:
        return None if self.intake_year is None else study_year(self.intake_year, today or date.today())


_BIT_OF = {name: bit for bit, name in CATEGORY_BITS}


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
    allowed = curator_groups(db)
    if allowed is not None:  # a curator sees only their own groups
        query = query.where(StudyGroup.id.in_(sorted(allowed)))
    with db.session() as session:
        return [GroupRow(g.id, g.code, scode, skk, sru, qcode or "", g.intake_year, g.entry_base, g.language,
                         g.study_form, n, g.curriculum_id, title or "", g.funding, g.curator, g.duration_months,
                         g.dual)
                for g, scode, skk, sru, qcode, title, n in session.execute(query)]


def list_students(db: Database) -> list[StudentRow]:
    """Every student, unsorted (the table sorts).

    The database does the little work there is (empty strings for NULLs, the categories as one number)
    and the rows come from the driver's cursor as plain tuples: for 20,000 students SQLAlchemy's row
    objects, and any Python loop over the rows, cost more than the query itself.
    """
    s, g = Student.__table__.c, StudyGroup.__table__.c
    bits = reduce(lambda a, b: a + b, (case((s[name] if name != "sen" else s.sen_category != "", bit), else_=0)
                                       for bit, name in CATEGORY_BITS))
    query = (select(s.id, func.coalesce(s.iin, ""), s.surname, s.given_name, s.patronymic, s.birth_date, s.sex,
                    s.group_id, func.coalesce(g.code, ""), s.funding, s.status, func.coalesce(Specialty.code, ""),
                    func.coalesce(g.language, ""), g.intake_year, bits, s.row_version)
             .select_from(Student.__table__.outerjoin(StudyGroup.__table__, s.group_id == g.id)
                          .outerjoin(Specialty, g.specialty_id == Specialty.id)))
    allowed = curator_groups(db)
    if allowed is not None:  # a curator sees only their own groups' students
        query = query.where(s.group_id.in_(sorted(allowed)))
    with db.session() as session:
        connection = session.connection()
        cursor = connection.connection.cursor()  # the driver's own cursor: plain tuples, no row objects
        cursor.execute(str(query.compile(connection, compile_kwargs={"literal_binds": True})))
        return list(map(StudentRow._make, cursor.fetchall()))


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
    dual: bool = False  # trained in the dual form: every student needs a dual-training contract


@dataclass(frozen=True)
class GroupCard:
    """A group as its form reads it: the values and the version its save hands back."""
    data: GroupData
    row_version: int


def _group_data(group: StudyGroup) -> GroupData:
    return GroupData(group.code, group.specialty.code, group.qualification.code if group.qualification else "",
                     group.intake_year, group.entry_base, group.language, group.study_form,
                     group.duration_months, group.curator, group.funding, group.curriculum_id, group.dual)


def read_group(db: Database, group_id: int) -> GroupCard:
    with db.session() as session:
        group = session.get(StudyGroup, group_id)
        if group is None:
            raise NotFound(group_id)
        check_curator_reads(db, group.id)
        return GroupCard(_group_data(group), group.row_version)


def get_group(db: Database, group_id: int) -> GroupData:
    return read_group(db, group_id).data


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
    problems += text_problems({"group_code": data.code.strip(), "curator": data.curator.strip()},
                              {"group_code": StudyGroup.code, "curator": StudyGroup.curator})
    return problems, found


def save_group(db: Database, data: GroupData, group_id: int | None = None, version: int | None = None) -> int:
    """Create a group, or save one read with `version` (None: no check): StaleRecord, nothing written, when
    another workstation saved the group since."""
    with db.session() as session:
        group = session.get(StudyGroup, group_id) if group_id else StudyGroup()
        if group is None:
            raise NotFound(group_id)
        if group_id:
            check_version(session, group, version, _compared(data))
        problems, found = _group_problems(session, data, group_id)
        if problems:
            raise ValidationFailed(problems)
        for f in fields(GroupData):
            if f.name not in ("specialty_code", "qualification_code"):
                value = getattr(data, f.name)
                setattr(group, f.name, value.strip() if isinstance(value, str) else value)
        group.specialty = found["specialty"]
        group.qualification = found["qualification"]
        session.add(group)
        session.flush()
        return group.id


def _compared(data: GroupData) -> dict:
    """The form's values under the record's own names, to show which the other save changed (the specialty and
    qualification are codes on the form and the curriculum a title, ids on the record: the reload shows them)."""
    return {f.name: getattr(data, f.name).strip() if isinstance(getattr(data, f.name), str) else getattr(data, f.name)
            for f in fields(GroupData) if f.name not in ("specialty_code", "qualification_code", "curriculum_id")}


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
