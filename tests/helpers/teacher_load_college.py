"""A small college for the teacher-load tests: one plan of six rows, a first-year and a second-year group on it,
three teachers in two departments."""
from decimal import Decimal

from contingent import add_group

from desktop.domain.curriculum import Curriculum, Row, Section, SemesterLoad
from desktop.services import curricula, teachers


def _row(key, section, code, hours, semesters, theory=0, practice=0, course_project=0, parent=None):
    return Row(key, section, code, f"{code} kk", f"{code} ru", hours, None, theory, practice, course_project,
               semesters=tuple(SemesterLoad(s, h) for s, h in semesters), parent=parent)


ROWS = (
    _row("kz", Section.GENERAL, "ЖБП 01", 120, [(1, 64), (2, 56)], theory=40, practice=80),
    _row("b1", Section.BASIC, "БМ 1", 72, [(3, 72)], theory=72),
    _row("m1", Section.PROFESSIONAL, "КМ 01", 144, [(3, 72), (4, 72)]),
    _row("m1.1", Section.PROFESSIONAL, "ОН 1.1", 144, [(3, 72), (4, 72)], theory=72, practice=48, course_project=24,
         parent="m1"),
    _row("pp", Section.PRACTICE, "КП", 216, [(4, 216)]),
    _row("cons", Section.CONSULTATIONS, "К", 16, [(1, 8), (2, 8)]),
    _row("aa", Section.INTERMEDIATE, "АА", 24, [(2, 12), (4, 12)]),
)
# What each group's year holds: first-years (semesters 1, 2) and second-years (3, 4) in 2026-2027.
FIRST_YEAR_HOURS = 120 + 16 + 12
SECOND_YEAR_HOURS = 72 + 144 + 216 + 12


def plan(rows=ROWS) -> Curriculum:
    return Curriculum("06130100", ("3W06130102", "4S06130103"), "9", "kk", intake_year=2025, years=2, rows=rows,
                      title="06130100 load test")


def small_college(db) -> dict:
    curriculum_id = curricula.create(db, plan())
    first = add_group(db, code="26ПО-11к", intake_year=2026, curriculum_id=curriculum_id)
    second = add_group(db, code="25ПО-21к", intake_year=2025, curriculum_id=curriculum_id)
    languages = teachers.add_department(db, "Тілдер", "Языки")
    it = teachers.add_department(db, "Ақпараттық технологиялар", "Информационные технологии")
    ids = {
        "abenova": teachers.add_teacher(db, teachers.TeacherData("Әбенова Сәуле", department_id=languages)),
        "baimukhanov": teachers.add_teacher(db, teachers.TeacherData("Баймұханов Ерлан", department_id=it,
                                                                     rate=Decimal("0.5"))),
        "kim": teachers.add_teacher(db, teachers.TeacherData("Ким Ольга", department_id=it, rate=Decimal("1.5"))),
    }
    return dict(curriculum=curriculum_id, first=first, second=second, languages=languages, it=it, **ids)
