"""Students and their movements on a real database: the card's checks, orders for many, history kept."""
from dataclasses import replace
from datetime import date

import pytest
from contingent import add_group, enrol, person

from desktop.services import contingent, movements, students
from desktop.services.errors import ValidationFailed
from desktop.services.movements import OrderInput


def codes(error) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.value.problems}


def test_a_new_student_is_enrolled_by_an_admission_under_its_order(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    card = students.get_student(db, sid)
    assert (card.status, card.group_code) == ("studying", "26ПО-11к")
    [admission] = card.movements
    assert (admission.kind, admission.order_number, admission.to_group) == ("admission", "101-к", "26ПО-11к")
    assert contingent.list_groups(db)[0].students == 1


def test_the_card_names_every_wrong_field(db):
    group = add_group(db)
    bad = replace(person(1), surname="", sex="M", citizenship="K1", sen_curriculum="special", dormitory_given=True)
    with pytest.raises(ValidationFailed) as error:
        students.create_student(db, bad, group)
    assert codes(error) >= {("surname", "field.required"), ("iin", "id.sex_mismatch"),
                            ("citizenship", "student.bad_country"), ("sen_curriculum", "student.sen_without_category"),
                            ("dormitory_given", "student.dormitory_not_needed")}
    assert contingent.list_students(db) == []


def test_a_foreign_student_may_wait_for_an_iin_but_a_citizen_may_not(db):
    group = add_group(db)
    with pytest.raises(ValidationFailed) as error:
        students.create_student(db, person(1, iin=""), group)
    assert ("iin", "id.empty") in codes(error)
    sid = students.create_student(db, person(1, iin="", citizenship="uz"), group)
    assert students.get_student(db, sid).data.citizenship == "UZ"


def test_an_iin_belongs_to_one_student(db):
    group = add_group(db)
    [first] = enrol(db, group)
    again = students.get_student(db, first).data
    with pytest.raises(ValidationFailed) as error:
        students.create_student(db, again, group)
    assert codes(error) == {("iin", "student.duplicate_iin")}


def test_an_update_keeps_status_and_group(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    card = students.get_student(db, sid)
    students.update_student(db, sid, replace(card.data, surname="Жаңа", large_family=True))
    after = students.get_student(db, sid)
    assert (after.data.surname, after.data.large_family, after.status, after.group_id) == ("Жаңа", True, "studying", group)


def test_one_order_moves_many_and_history_is_kept(db):
    first, second = add_group(db), add_group(db, "26ПО-12к")
    ids = enrol(db, first, 3)
    movements.apply_order(db, OrderInput("214-к", date(2026, 10, 5), "transfer", date(2026, 10, 6), second), ids[:2])
    moved = students.get_student(db, ids[0])
    assert moved.group_code == "26ПО-12к"
    assert [(m.kind, m.from_group, m.to_group, m.order_number) for m in moved.movements] == [
        ("admission", "", "26ПО-11к", "101-к"), ("transfer", "26ПО-11к", "26ПО-12к", "214-к")]
    assert students.get_student(db, ids[2]).group_code == "26ПО-11к"
    assert [(o.number, o.students) for o in movements.list_orders(db)][0] == ("214-к", 2)


def test_leave_return_expulsion_reinstatement_graduation(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    steps = [("leave", date(2026, 10, 1), None, "health", "academic_leave"),
             ("return", date(2027, 9, 1), None, "", "studying"),
             ("expulsion", date(2027, 11, 1), None, "own_wish", "expelled"),
             ("reinstatement", date(2028, 1, 10), group, "", "studying"),
             ("graduation", date(2030, 6, 30), None, "", "graduated")]
    for number, (kind, on, to, reason, status) in enumerate(steps):
        movements.apply_order(db, OrderInput(f"{number}-к", on, kind, on, to, reason), [sid])
        assert students.get_student(db, sid).status == status
    card = students.get_student(db, sid)
    assert card.left_on == date(2030, 6, 30) and len(card.movements) == 6
    assert contingent.list_groups(db)[0].students == 0


def test_an_order_not_allowed_for_one_student_writes_nothing_and_names_them(db):
    group, other = add_group(db), add_group(db, "26ПО-12к")
    ids = enrol(db, group, 2)
    movements.apply_order(db, OrderInput("1-к", date(2026, 10, 1), "expulsion", date(2026, 10, 1), reason="own_wish"),
                          ids[:1])
    with pytest.raises(ValidationFailed) as error:
        movements.apply_order(db, OrderInput("2-к", date(2026, 10, 2), "transfer", date(2026, 10, 2), other), ids)
    [problem] = error.value.problems
    assert problem.code == "movement.not_allowed" and problem.params["status"] == "expelled"
    assert students.get_student(db, ids[1]).group_code == "26ПО-11к"
    assert [o.number for o in movements.list_orders(db)] == ["1-к", "101-к"]


def test_an_order_needs_its_number_dates_group_and_reason(db):
    group = add_group(db)
    ids = enrol(db, group)
    with pytest.raises(ValidationFailed) as error:
        movements.apply_order(db, OrderInput(" ", None, "transfer", None), ids)
    assert codes(error) == {("order_number", "field.required"), ("order_date", "field.required"),
                            ("effective_date", "field.required"), ("to_group", "field.required")}
    with pytest.raises(ValidationFailed) as error:
        movements.apply_order(db, OrderInput("3-к", date(2026, 10, 2), "expulsion", date(2026, 10, 2)), ids)
    assert codes(error) == {("reason", "field.required")}
    with pytest.raises(ValidationFailed) as error:
        movements.apply_order(db, OrderInput("3-к", date(2026, 10, 2), "transfer", date(2026, 10, 2), group), ids)
    assert codes(error) == {("students", "movement.same_group")}


def test_a_group_with_history_cannot_be_deleted_an_unused_one_can(db):
    used, unused = add_group(db), add_group(db, "26ПО-12к")
    enrol(db, used)
    with pytest.raises(ValidationFailed) as error:
        contingent.delete_group(db, used)
    assert codes(error) == {("group_code", "group.in_use")}
    contingent.delete_group(db, unused)
    assert [g.code for g in contingent.list_groups(db)] == ["26ПО-11к"]


def test_a_group_must_use_codes_of_the_classifier(db):
    from desktop.services.contingent import GroupData

    add_group(db)
    with pytest.raises(ValidationFailed) as error:
        contingent.save_group(db, GroupData("26ПО-11к", "99999999", "4S04110102", 1900, duration_months=0))
    assert codes(error) == {("group_code", "group.duplicate"), ("specialty", "group.unknown_code"),
                            ("intake_year", "group.bad_year"), ("duration", "group.bad_duration")}
    with pytest.raises(ValidationFailed) as error:
        contingent.save_group(db, GroupData("X-1", "06130100", "4S04110102", 2026))
    assert codes(error) == {("qualification", "code.specialty_mismatch")}


def test_a_qualification_is_recorded_on_the_student(db):
    group = add_group(db)
    [sid] = enrol(db, group)
    students.award_qualification(db, sid, "3W06130102", date(2027, 6, 20), "protocol 3")
    [earned] = students.get_student(db, sid).qualifications
    assert (earned.code, earned.evidence) == ("3W06130102", "protocol 3")
    with pytest.raises(ValidationFailed):
        students.award_qualification(db, sid, "3W99999999", date(2027, 6, 20))
