"""The teachers with what the tarification list needs (issue #18), and the departments (cycle commissions).

services.report_records keeps its short form of a teacher (name, IIN, last upgrade) for the indicators; this module
reads and writes the whole record. A teacher's experience is entered either as a start date (it then grows by
itself: teaching_experience counts whole years to the day asked) or as whole years when the start is unknown.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from desktop.domain.collation import name_key
from desktop.domain.ids import iin_problems
from desktop.domain.problems import FieldProblem
from desktop.models import Department, LoadActual, LoadAssignment, Teacher
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.text_limits import text_problems
from desktop.services.versions import check_version

# The qualification categories of a teacher (педагог ... педагог-мастер) in their order; "" = none.
CATEGORIES = ("pedagogue", "moderator", "expert", "researcher", "master")
CATEGORY_NAMES = {
    "pedagogue": ("педагог", "педагог"),
    "moderator": ("педагог-модератор", "педагог-модератор"),
    "expert": ("педагог-сарапшы", "педагог-эксперт"),
    "researcher": ("педагог-зерттеуші", "педагог-исследователь"),
    "master": ("педагог-шебер", "педагог-мастер"),
}
# Education levels as the tarification list groups them: TVET, higher, master's, doctorate; "" = not entered.
EDUCATION = ("tvet", "higher", "master", "doctorate")
EDUCATION_NAMES = {
    "tvet": ("техникалық және кәсіптік", "техническое и профессиональное"),
    "higher": ("жоғары", "высшее"),
    "master": ("жоғары оқу орнынан кейінгі (магистратура)", "послевузовское (магистратура)"),
    "doctorate": ("жоғары оқу орнынан кейінгі (докторантура)", "послевузовское (докторантура)"),
}
# Numeric(4, 2): the largest rate the column holds. No legal limit is applied here: the rule set's (R1's) is.
MAX_RATE = Decimal("9.99")


@dataclass(frozen=True)
class TeacherData:
    """A teacher as the form edits it. rate may be given as text ("1,5")."""
    full_name: str
    iin: str | None = None
    last_upgrade_on: date | None = None
    position: str = ""
    subject: str = ""
    education: str = ""
    diploma_number: str = ""
    diploma_on: date | None = None
    category: str = ""
    category_on: date | None = None
    experience_since: date | None = None
    experience_years: int | None = None
    rate: Decimal | str | float = Decimal("1")
    department_id: int | None = None


@dataclass(frozen=True)
class TeacherRecord:
    id: int
    full_name: str
    iin: str
    last_upgrade_on: date | None
    position: str
    subject: str
    education: str
    diploma_number: str
    diploma_on: date | None
    category: str
    category_on: date | None
    experience_since: date | None
    experience_years: int | None
    rate: Decimal
    department_id: int | None
    department: str = ""  # the department's name in the language asked
    # as read: given back to update_teacher, so that no one's save is lost
    version: int | None = field(default=None, compare=False)

    def experience(self, on: date) -> int | None:
        return teaching_experience(self.experience_since, self.experience_years, on)


@dataclass(frozen=True)
class DepartmentRecord:
    id: int
    name_kk: str
    name_ru: str
    position: int
    teacher_ids: tuple[int, ...] = field(default=())
    head: str = ""  # the chair, who signs the department's load documents

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" and self.name_ru else self.name_kk


def teaching_experience(since: date | None, years: int | None, on: date) -> int | None:
    """Whole years of teaching on `on`: from the start date when there is one, else the years entered."""
    if since is None:
        return years
    full = on.year - since.year - ((on.month, on.day) < (since.month, since.day))
    return max(full, 0)


def parse_rate(value) -> Decimal | None:
    """A rate as a Decimal with two places ("1,5" and 1.5 alike), or None when it is not a positive number."""
    if isinstance(value, Decimal):
        number = value
    else:
        try:
            number = Decimal(str(value).strip().replace(",", "."))
        except InvalidOperation:
            return None
    if not number.is_finite() or number <= 0 or number > MAX_RATE or number != number.quantize(Decimal("0.01")):
        return None
    return number.quantize(Decimal("0.01"))


def _problems(session, data: TeacherData, teacher_id: int | None, today: date) -> list[FieldProblem]:
    problems = []
    if not data.full_name.strip():
        problems.append(FieldProblem("full_name", "field.required"))
    if data.iin:
        wrong = iin_problems(data.iin)
        if wrong:
            problems.append(FieldProblem("iin", wrong[0].value))
        other = session.scalar(select(Teacher).where(Teacher.iin == data.iin, Teacher.id != (teacher_id or 0)))
        if other is not None:
            problems.append(FieldProblem("iin", "student.duplicate_iin", {"value": data.iin, "name": other.full_name}))
    if data.category and data.category not in CATEGORIES:
        problems.append(FieldProblem("category", "teacher.bad_category", {"value": data.category}))
    if data.category_on and not data.category:
        problems.append(FieldProblem("category_on", "teacher.category_date_without_category"))
    if data.education and data.education not in EDUCATION:
        problems.append(FieldProblem("education", "teacher.bad_education", {"value": data.education}))
    if parse_rate(data.rate) is None:
        problems.append(FieldProblem("rate", "teacher.bad_rate", {"value": str(data.rate)}))
    if data.experience_years is not None and not 0 <= data.experience_years <= 70:
        problems.append(FieldProblem("experience_years", "teacher.bad_experience", {"value": data.experience_years}))
    for name in ("diploma_on", "category_on", "experience_since"):
        value = getattr(data, name)
        if value is not None and value > today:
            # as the forms show dates: 15.06.2027, not 2027-06-15
            problems.append(FieldProblem(name, "teacher.date_in_future", {"value": value.strftime("%d.%m.%Y")}))
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        problems.append(FieldProblem("department_id", "teacher.no_department"))
    return problems


def teacher_fields(data: TeacherData) -> dict:
    """The teacher's columns as `data` writes them (and as a refused save shows them against the stored ones)."""
    return {"full_name": data.full_name.strip(), "iin": data.iin or None, "last_upgrade_on": data.last_upgrade_on,
            "position": data.position.strip(), "subject": data.subject.strip(), "education": data.education,
            "diploma_number": data.diploma_number.strip(), "diploma_on": data.diploma_on, "category": data.category,
            "category_on": data.category_on, "experience_since": data.experience_since,
            "experience_years": data.experience_years, "rate": parse_rate(data.rate),
            "department_id": data.department_id}


def _fill(teacher: Teacher, data: TeacherData) -> None:
    for name, value in teacher_fields(data).items():
        setattr(teacher, name, value)


def add_teacher(db: Database, data: TeacherData, today: date | None = None) -> int:
    with db.session() as session:
        problems = _problems(session, data, None, today or date.today())
        if problems:
            raise ValidationFailed(problems)
        teacher = Teacher()
        _fill(teacher, data)
        session.add(teacher)
        session.flush()
        return teacher.id


def update_teacher(db: Database, teacher_id: int, data: TeacherData, today: date | None = None,
                   version: int | None = None) -> None:
    """`version`: the one the card read; StaleRecord (nothing written) when someone saved the teacher since."""
    with db.session() as session:
        teacher = session.get(Teacher, teacher_id)
        if teacher is None:
            raise NotFound(teacher_id)
        check_version(session, teacher, version, teacher_fields(data))
        problems = _problems(session, data, teacher_id, today or date.today())
        if problems:
            raise ValidationFailed(problems)
        _fill(teacher, data)


def _refusal(session, teacher: Teacher) -> FieldProblem | None:
    held = session.scalar(select(func.count()).select_from(LoadAssignment).where(LoadAssignment.teacher_id == teacher.id))
    taught = session.scalar(select(func.count()).select_from(LoadActual).where(LoadActual.teacher_id == teacher.id))
    if not held and not taught:
        return None
    return FieldProblem("teacher", "teacher.has_load", {"name": teacher.full_name, "count": held + taught})


def deletion_refusal(db: Database, teacher_id: int) -> FieldProblem | None:
    """Why the teacher may not be deleted (the lines of load and of hours taught they hold), or None: asked before
    the question "Delete?", so that nobody is asked to confirm what is then refused."""
    with db.session() as session:
        teacher = session.get(Teacher, teacher_id)
        return _refusal(session, teacher) if teacher is not None else None


def delete_teacher(db: Database, teacher_id: int) -> None:
    """Refused while the teacher holds load or actual hours: their hours would otherwise vanish unnoticed."""
    with db.session() as session:
        teacher = session.get(Teacher, teacher_id)
        if teacher is None:
            return
        refusal = _refusal(session, teacher)
        if refusal is not None:
            raise ValidationFailed([refusal])
        session.delete(teacher)


def _record(teacher: Teacher, departments: dict[int, Department], language: str) -> TeacherRecord:
    department = departments.get(teacher.department_id)
    name = ""
    if department is not None:
        name = department.name_ru if language == "ru" and department.name_ru else department.name_kk
    return TeacherRecord(teacher.id, teacher.full_name, teacher.iin or "", teacher.last_upgrade_on, teacher.position,
                         teacher.subject, teacher.education, teacher.diploma_number, teacher.diploma_on,
                         teacher.category, teacher.category_on, teacher.experience_since, teacher.experience_years,
                         Decimal(teacher.rate).quantize(Decimal("0.01")), teacher.department_id, name,
                         teacher.row_version)


def get_teacher(db: Database, teacher_id: int, language: str = "kk") -> TeacherRecord:
    with db.session() as session:
        teacher = session.get(Teacher, teacher_id)
        if teacher is None:
            raise NotFound(teacher_id)
        return _record(teacher, {d.id: d for d in session.scalars(select(Department))}, language)


def list_teachers(db: Database, language: str = "kk", department_id: int | None = None) -> list[TeacherRecord]:
    """The teachers (of one department when asked) by name in the alphabet of `language`."""
    with db.session() as session:
        departments = {d.id: d for d in session.scalars(select(Department))}
        query = select(Teacher)
        if department_id is not None:
            query = query.where(Teacher.department_id == department_id)
        records = [_record(t, departments, language) for t in session.scalars(query)]
    return sorted(records, key=lambda t: name_key(t.full_name, language))


# -- departments ----------------------------------------------------------------------------------------------------


def _department_problems(name_kk: str, name_ru: str = "", head: str | None = "") -> list[FieldProblem]:
    problems = [FieldProblem("name_kk", "field.required")] if not name_kk.strip() else []
    return problems + text_problems({"name_kk": name_kk, "name_ru": name_ru, "head": head or ""},
                                    {"name_kk": Department.name_kk, "name_ru": Department.name_ru,
                                     "head": Department.head})


def add_department(db: Database, name_kk: str, name_ru: str = "", head: str = "") -> int:
    problems = _department_problems(name_kk, name_ru, head)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        last = session.scalar(select(func.max(Department.position))) or 0
        department = Department(name_kk=name_kk.strip(), name_ru=name_ru.strip(), position=last + 1,
                                head=head.strip())
        session.add(department)
        session.flush()
        return department.id


def rename_department(db: Database, department_id: int, name_kk: str, name_ru: str = "",
                      head: str | None = None) -> None:
    """New names (and, when given, a new chair) for a department."""
    problems = _department_problems(name_kk, name_ru, head)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        department = session.get(Department, department_id)
        if department is None:
            raise NotFound(department_id)
        department.name_kk, department.name_ru = name_kk.strip(), name_ru.strip()
        if head is not None:
            department.head = head.strip()


def delete_department(db: Database, department_id: int) -> None:
    """Its teachers stay, without a department (the foreign key sets it to none)."""
    with db.session() as session:
        department = session.get(Department, department_id)
        if department is not None:
            for teacher in session.scalars(select(Teacher).where(Teacher.department_id == department_id)):
                teacher.department_id = None
            session.delete(department)


def move_department(db: Database, department_id: int, offset: int) -> None:
    """Swap the department with its neighbour above (offset -1) or below (+1) in the order the documents group the
    teachers by; at either end nothing moves. The positions are renumbered 1, 2, … on the way, so two departments
    that shared a position (or a gap left by a deletion) never stop a move."""
    with db.session() as session:
        ordered = list(session.scalars(select(Department).order_by(Department.position, Department.id)))
        at = next((n for n, d in enumerate(ordered) if d.id == department_id), None)
        if at is None:
            raise NotFound(department_id)
        other = at + (1 if offset > 0 else -1)
        if offset == 0 or not 0 <= other < len(ordered):
            return
        ordered[at], ordered[other] = ordered[other], ordered[at]
        for position, department in enumerate(ordered, start=1):
            department.position = position


def list_departments(db: Database) -> list[DepartmentRecord]:
    with db.session() as session:
        members: dict[int, list[int]] = {}
        for teacher_id, department_id in session.execute(select(Teacher.id, Teacher.department_id)):
            if department_id is not None:
                members.setdefault(department_id, []).append(teacher_id)
        return [DepartmentRecord(d.id, d.name_kk, d.name_ru, d.position, tuple(members.get(d.id, ())), d.head)
                for d in session.scalars(select(Department).order_by(Department.position, Department.id))]
