"""One student's record: the card's data, its checks, and the qualifications earned.

Status and group are not edited here: they follow from movements (services.movements).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import select

from desktop.domain import contingent as dc
from desktop.domain.ids import iin_problems
from desktop.domain.problems import FieldProblem
from desktop.domain.roles import Area, Role
from desktop.models import Movement, MovementOrder, Qualification, Student, StudentQualification, StudyGroup
from desktop.services.actors import AccessDenied
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.text_limits import phone_problems, text_problems
from desktop.services.versions import check_version

_CHOICES = {
    "sex": {"M", "F"},
    "funding": {f.value for f in dc.Funding},
    "locality": {v.value for v in dc.Locality},
    "prior_education": {v.value for v in dc.PriorEducation},
    "enrolment_kind": {v.value for v in dc.EnrolmentKind},
    "sen_category": {v.value for v in dc.SenCategory},
    "sen_curriculum": {v.value for v in dc.SenCurriculum},
}
_TEXTS = {"surname": Student.surname, "given_name": Student.given_name, "patronymic": Student.patronymic,
          "phone": Student.phone, "iin": Student.iin, "citizenship": Student.citizenship}


@dataclass(frozen=True)
class StudentData:
    iin: str = ""
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    birth_date: date | None = None
    sex: str = "F"
    citizenship: str = "KZ"
    locality: str = "urban"
    prior_education: str = "9"
    enrolment_kind: str = "general"
    enrolled_on: date | None = None
    funding: str = "state_local"
    orphan: bool = False
    no_parental_care: bool = False
    disability: bool = False
    large_family: bool = False
    low_income: bool = False
    sen_category: str = ""
    sen_curriculum: str = ""
    dormitory_needed: bool = False
    dormitory_given: bool = False
    scholarship: bool = False
    phone: str = ""


@dataclass(frozen=True)
class EarnedQualification:
    code: str
    name_kk: str
    name_ru: str
    awarded_on: date
    evidence: str


@dataclass(frozen=True)
class MovementLine:
    id: int
    kind: str
    on: date
    order_number: str
    order_date: date | None
    from_group: str
    to_group: str
    reason: str


@dataclass(frozen=True)
class StudentCard:
    id: int
    data: StudentData
    status: str
    group_id: int | None
    group_code: str
    left_on: date | None
    leaving_reason: str
    nedb_ei: str
    nedb_id: str
    movements: list[MovementLine] = field(default_factory=list)
    qualifications: list[EarnedQualification] = field(default_factory=list)
    row_version: int | None = None  # what the card's save hands back: a save over a newer one is refused


def cleaned(data: StudentData) -> StudentData:
    changes = {f.name: getattr(data, f.name).strip() for f in fields(StudentData)
               if isinstance(getattr(data, f.name), str)}
    changes["citizenship"] = changes["citizenship"].upper()
    return replace(data, **changes)


def student_problems(data: StudentData) -> list[FieldProblem]:
    """What is wrong with a card, field by field (duplicates in the database are checked on saving)."""
    problems = [FieldProblem(name, "field.required") for name in ("surname", "given_name") if not getattr(data, name)]
    if data.birth_date is None:
        problems.append(FieldProblem("birth_date", "field.required"))
    elif not date(1930, 1, 1) <= data.birth_date <= date.today():
        problems.append(FieldProblem("birth_date", "student.bad_birth_date", {"value": data.birth_date.isoformat()}))
    if data.iin or data.citizenship == "KZ":
        problems += [FieldProblem("iin", p.value, {"value": data.iin})
                     for p in iin_problems(data.iin, data.birth_date, data.sex)]
    if data.enrolled_on is None:
        problems.append(FieldProblem("enrolled_on", "field.required"))
    if len(data.citizenship) != 2 or not data.citizenship.isalpha():
        problems.append(FieldProblem("citizenship", "student.bad_country", {"value": data.citizenship}))
    for name, allowed in _CHOICES.items():
        if getattr(data, name) not in allowed:
            problems.append(FieldProblem(name, "field.bad_choice", {"value": getattr(data, name)}))
    if data.sen_curriculum and not data.sen_category:
        problems.append(FieldProblem("sen_curriculum", "student.sen_without_category"))
    if data.dormitory_given and not data.dormitory_needed:
        problems.append(FieldProblem("dormitory_given", "student.dormitory_not_needed"))
    problems += phone_problems("phone", data.phone)
    problems += text_problems({name: getattr(data, name) for name in _TEXTS}, _TEXTS)
    return problems


def _check_unique_iin(session, data: StudentData, student_id: int | None) -> None:
    if not data.iin:
        return
    other = session.execute(select(Student.id, Student.surname, Student.given_name).where(Student.iin == data.iin)).first()
    if other is not None and other.id != student_id:
        raise ValidationFailed([FieldProblem("iin", "student.duplicate_iin",
                                             {"value": data.iin, "name": f"{other.surname} {other.given_name}"})])


def _write(student: Student, data: StudentData) -> None:
    for f in fields(StudentData):
        setattr(student, f.name, getattr(data, f.name))
    student.iin = data.iin or None


def create_student(db: Database, data: StudentData, group_id: int, order: tuple[str, date] | None = None) -> int:
    """Enrol a student into a group: the record and its admission movement (under an order when given)."""
    data = cleaned(data)
    problems = student_problems(data)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        _check_unique_iin(session, data, None)
        if session.get(StudyGroup, group_id) is None:
            raise ValidationFailed([FieldProblem("group_code", "field.required")])
        student = Student(status=dc.Status.STUDYING.value, group_id=group_id)
        _write(student, data)
        session.add(student)
        session.flush()
        order_row = admission_order(session, order)
        session.add(Movement(student_id=student.id, order=order_row, kind=dc.MovementKind.ADMISSION.value,
                             on=data.enrolled_on, to_group_id=group_id, reason=""))
        return student.id


def admission_order(session, order: tuple[str, date] | None) -> MovementOrder | None:
    """The admission order of that number and date: found when other students were enrolled by it, else new."""
    if order is None or not order[0].strip():
        return None
    number = order[0].strip()
    found = session.scalar(select(MovementOrder).where(MovementOrder.number == number,
                                                       MovementOrder.signed_on == order[1],
                                                       MovementOrder.kind == dc.MovementKind.ADMISSION.value))
    if found is None:
        found = MovementOrder(number=number, signed_on=order[1], kind=dc.MovementKind.ADMISSION.value, note="")
        session.add(found)
    return found


def update_student(db: Database, student_id: int, data: StudentData, version: int | None = None) -> int:
    """Save the card; `version` is the one the card was read with (None: no check, e.g. an undo). StaleRecord,
    nothing written, when another workstation saved the student since. Returns the new version."""
    data = cleaned(data)
    problems = student_problems(data)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        student = session.get(Student, student_id)
        if student is None:
            raise NotFound(student_id)
        check_version(session, student, version, _stored(data))
        _check_unique_iin(session, data, student_id)
        _write(student, data)
        session.flush()
        return student.row_version


def _stored(data: StudentData) -> dict:
    """The card's values as the record's columns hold them (no IIN is NULL there)."""
    values = {f.name: getattr(data, f.name) for f in fields(StudentData)}
    values["iin"] = data.iin or None
    return values


def curator_groups(db: Database) -> frozenset[int] | None:
    """The groups a curator may read; None for every other role (they read every group)."""
    return db.actor.group_ids if db.actor.role is Role.CURATOR else None


def check_curator_reads(db: Database, group_id: int | None, area: Area = Area.CONTINGENT) -> None:
    """A curator reading another group's student or grades: refused as the services refuse a write."""
    allowed = curator_groups(db)
    if allowed is not None and group_id not in allowed:
        raise AccessDenied(Role.CURATOR, area)


def _data(student: Student) -> StudentData:
    values = {f.name: getattr(student, f.name) for f in fields(StudentData)}
    values["iin"] = student.iin or ""
    return StudentData(**values)


def get_student(db: Database, student_id: int) -> StudentCard:
    with db.session() as session:
        student = session.get(Student, student_id)
        if student is None:
            raise NotFound(student_id)
        check_curator_reads(db, student.group_id)
        codes = dict(session.execute(select(StudyGroup.id, StudyGroup.code)).all())
        moves = [MovementLine(m.id, m.kind, m.on, m.order.number if m.order else "",
                              m.order.signed_on if m.order else None, codes.get(m.from_group_id, ""),
                              codes.get(m.to_group_id, ""), m.reason)
                 for m in sorted(student.movements, key=lambda m: (m.on, m.id))]
        earned = [EarnedQualification(q.qualification.code, q.qualification.name_kk, q.qualification.name_ru,
                                      q.awarded_on, q.evidence)
                  for q in sorted(student.qualifications, key=lambda q: q.awarded_on)]
        return StudentCard(student.id, _data(student), student.status, student.group_id,
                           codes.get(student.group_id, ""), student.left_on, student.leaving_reason,
                           student.nedb_ei, student.nedb_id, moves, earned, student.row_version)


def award_qualification(db: Database, student_id: int, code: str, awarded_on: date, evidence: str = "") -> None:
    with db.session() as session:
        qualification = session.scalar(select(Qualification).where(Qualification.code == code))
        if qualification is None:
            raise ValidationFailed([FieldProblem("qualification", "group.unknown_code", {"code": code})])
        if session.get(Student, student_id) is None:
            raise NotFound(student_id)
        session.add(StudentQualification(student_id=student_id, qualification=qualification, awarded_on=awarded_on,
                                         evidence=evidence.strip()))


def remove_new_student(db: Database, student_id: int) -> None:
    """Remove a student entered by mistake (the undo of "New student"): only while the admission is their one
    movement, so no history is lost; an admission order left with no students goes too."""
    with db.session() as session:
        student = session.get(Student, student_id)
        if student is None:
            return
        if len(student.movements) > 1 or student.qualifications:
            raise ValidationFailed([FieldProblem("students", "movement.not_last",
                                                 {"name": f"{student.surname} {student.given_name}"})])
        orders = {m.order for m in student.movements if m.order is not None}
        session.delete(student)
        session.flush()
        for order in orders:
            session.refresh(order)
            if not order.movements:
                session.delete(order)
