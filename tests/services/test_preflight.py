"""The check before an NEDB round: each kind of problem, on records made to have it."""
from dataclasses import replace
from datetime import date

from contingent import add_group, enrol, person
from sqlalchemy import update

from desktop.models import Movement, Qualification, Student
from desktop.services import students
from desktop.services.preflight import preflight


def test_a_clean_contingent_passes(db):
    from desktop.services import curricula

    plan = curricula.create_from_template(db, "Plan", "06130100", ("4S06130103",), "9", "kk", 4, 2026)
    enrol(db, add_group(db, curriculum_id=plan), 2)
    assert preflight(db) == []


def test_every_problem_is_found_and_names_its_record(db):
    group = add_group(db)
    ok, broken, orderless = enrol(db, group, 3)
    same_person = replace(students.get_student(db, ok).data, iin=person(7000).iin)
    twin = students.create_student(db, same_person, add_group(db, "26ПО-12к"), ("5-к", date(2026, 8, 30)))
    with db.session() as session:
        session.execute(update(Student).where(Student.id == broken).values(iin="123456789012", birth_date=None))
        session.execute(update(Student).where(Student.id == orderless).values(group_id=None))
        session.execute(update(Qualification).where(Qualification.code == "4S06130103")
                        .values(valid_to=date(2020, 1, 1)))
    with db.session() as session:
        session.execute(update(Movement).where(Movement.student_id == orderless).values(order_id=None))
    issues = preflight(db)
    codes = {(i.code, i.target) for i in issues}
    assert codes >= {("preflight.bad_iin", "student"), ("preflight.no_birth_date", "student"),
                     ("preflight.no_group", "student"), ("preflight.no_order", "student"),
                     ("preflight.no_curriculum", "group"), ("preflight.code_expired", "group")}
    bad_iin = next(i for i in issues if i.code == "preflight.bad_iin")
    assert bad_iin.target_id == broken and bad_iin.params["problem"] == "id.bad_check_digit"
    twins = [i for i in issues if i.code == "preflight.two_groups"]
    assert {i.target_id for i in twins} == {ok, twin} and twins[0].params["groups"] == "26ПО-11к, 26ПО-12к"
    assert all(i.code == "preflight.two_groups" for i in issues if (i.target, i.target_id) == ("student", ok))


def test_students_who_left_are_not_checked(db):
    from desktop.services import movements
    from desktop.services.movements import OrderInput

    group = add_group(db)
    [sid] = enrol(db, group)
    with db.session() as session:
        session.execute(update(Student).where(Student.id == sid).values(birth_date=None))
    movements.apply_order(db, OrderInput("7-к", date(2026, 10, 1), "expulsion", date(2026, 10, 1), reason="own_wish"),
                          [sid])
    assert not any(i.target == "student" for i in preflight(db))
