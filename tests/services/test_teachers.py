"""Teachers with their tarification fields and the departments, on a real database; every message code the load
services raise has its English text."""
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.services import load_texts, report_records, teacher_load as load, teachers
from desktop.services.errors import ValidationFailed
from desktop.services.teachers import TeacherData

SERVICES = Path(teachers.__file__).parent


def test_a_teacher_keeps_every_tarification_field(db):
    it = teachers.add_department(db, "Ақпараттық технологиялар", "Информационные технологии")
    data = TeacherData("Ким Ольга Викторовна", position="оқытушы", subject="Бағдарламалау", education="master",
                       diploma_number="ЖБ-М 0012345", diploma_on=date(2012, 6, 30), category="researcher",
                       category_on=date(2024, 12, 20), experience_since=date(2012, 9, 1), rate="1,5",
                       department_id=it)
    teacher = teachers.get_teacher(db, teachers.add_teacher(db, data, today=date(2026, 9, 1)), language="ru")
    assert (teacher.rate, teacher.category, teacher.department) == (Decimal("1.50"), "researcher",
                                                                    "Информационные технологии")
    assert teacher.experience(date(2026, 8, 31)) == 13 and teacher.experience(date(2026, 9, 1)) == 14
    assert teachers.teaching_experience(None, 7, date(2026, 9, 1)) == 7
    assert [t.full_name for t in teachers.list_teachers(db, department_id=it)] == ["Ким Ольга Викторовна"]
    assert teachers.list_departments(db)[0].teacher_ids == (teacher.id,)


@pytest.mark.parametrize("value, expected", [("1", Decimal("1.00")), ("0,5", Decimal("0.50")), (1.25, Decimal("1.25")),
                                             ("0", None), ("-1", None), ("abc", None), ("1.333", None), ("12", None)])
def test_a_rate_is_a_positive_number_with_two_places_at_most(value, expected):
    assert teachers.parse_rate(value) == expected


def test_wrong_fields_are_named_and_nothing_is_kept(db):
    with pytest.raises(ValidationFailed) as caught:
        teachers.add_teacher(db, TeacherData(" ", category="guru", category_on=None, education="phd", rate="0",
                                             experience_years=90, diploma_on=date(2030, 1, 1), department_id=42),
                             today=date(2026, 9, 1))
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("full_name", "field.required"), ("category", "teacher.bad_category"), ("education", "teacher.bad_education"),
        ("rate", "teacher.bad_rate"), ("experience_years", "teacher.bad_experience"),
        ("diploma_on", "teacher.date_in_future"), ("department_id", "teacher.no_department")]
    assert teachers.list_teachers(db) == []


def test_a_teacher_with_load_is_not_deleted_and_a_deleted_department_leaves_its_teachers(db):
    from teacher_load_college import small_college

    college = small_college(db)
    unit = load.year_plan(db, 2026).units[0]
    load.assign(db, 2026, [unit.key], college["kim"])
    refusal = teachers.deletion_refusal(db, college["kim"])  # known before anyone is asked "Delete?"
    assert (refusal.code, refusal.params["count"]) == ("teacher.has_load", 1)
    assert teachers.deletion_refusal(db, college["abenova"]) is None
    with pytest.raises(ValidationFailed) as caught:
        teachers.delete_teacher(db, college["kim"])
    assert caught.value.problems == [refusal]
    with pytest.raises(ValidationFailed):  # the reports page's Teachers list deletes through the same rule
        report_records.delete_teacher(db, college["kim"])
    teachers.delete_department(db, college["it"])
    assert teachers.get_teacher(db, college["kim"]).department_id is None
    teachers.delete_teacher(db, college["abenova"])
    assert college["abenova"] not in {t.id for t in teachers.list_teachers(db)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dates(min_value=date(2026, 9, 2), max_value=date(2099, 12, 31)),
       st.sampled_from(["diploma_on", "category_on", "experience_since"]))
def test_a_date_still_to_come_is_named_as_the_forms_write_dates(db, day, name):
    """«15.06.2027 — дата, которая ещё не наступила», not 2027-06-15."""
    data = TeacherData("Ким Елена", category="expert" if name == "category_on" else "", **{name: day})
    with pytest.raises(ValidationFailed) as caught:
        teachers.add_teacher(db, data, today=date(2026, 9, 1))
    [problem] = caught.value.problems
    assert (problem.field, problem.code, problem.params) == (name, "teacher.date_in_future",
                                                             {"value": day.strftime("%d.%m.%Y")})


def test_every_code_the_load_services_raise_has_its_text():
    sources = [SERVICES / name for name in ("teachers.py", "teacher_load.py", "teacher_load_actual.py",
                                            "teacher_load_changes.py")]
    codes = {code for path in sources
             for code in re.findall(r'"((?:load|teacher)\.[a-z_]+)"', path.read_text(encoding="utf-8"))}
    assert codes and codes <= set(load_texts.MESSAGES)
    fields = {name for path in sources for name in re.findall(r'FieldProblem\("([a-z_]+)"', path.read_text("utf-8"))}
    assert fields - {"full_name", "iin"} <= set(load_texts.FIELDS)


def test_departments_move_up_and_down_and_stop_at_the_ends(db):
    first = teachers.add_department(db, "Бірінші")
    second = teachers.add_department(db, "Екінші")
    third = teachers.add_department(db, "Үшінші")
    teachers.move_department(db, third, -1)
    assert [d.id for d in teachers.list_departments(db)] == [first, third, second]
    teachers.move_department(db, first, -1)  # first already: nothing moves
    teachers.move_department(db, second, +1)  # last already
    assert [d.id for d in teachers.list_departments(db)] == [first, third, second]
    teachers.move_department(db, first, +1)
    assert [d.name_kk for d in teachers.list_departments(db)] == ["Үшінші", "Бірінші", "Екінші"]
    assert [d.position for d in teachers.list_departments(db)] == [1, 2, 3]
