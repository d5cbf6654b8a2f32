"""Issue #16: a phone field with letters ("абв12", "abc") is refused, naming the field and what is expected."""
from dataclasses import replace

import pytest
from contingent import add_group, person
from hypothesis import given
from hypothesis import strategies as st

from desktop.services import college, dual, students
from desktop.services.demo import demo_profile
from desktop.services.errors import ValidationFailed
from desktop.services.text_limits import phone_is_valid, phone_problems
from desktop.views.messages import problem_text


@pytest.mark.parametrize("phone", ["+7 701 234 56 78", "8 (7172) 12-34-56", "87012345678", "+7(727)000-00-00",
                                   "701 234 56 78"])
def test_kazakhstan_numbers_as_people_write_them_pass(phone):
    assert phone_is_valid(phone)


@pytest.mark.parametrize("phone", ["абв12", "abc", "12-34-56", "+7 701 234 56 78 доб. 5", "7+7012345678",
                                   "8 (7172 12-34-56", "1" * 16])
def test_letters_short_numbers_and_misplaced_signs_fail(phone):
    assert not phone_is_valid(phone)


@given(st.text(alphabet="абвгдеABCxyz@#.", min_size=1), st.text(alphabet="0123456789", min_size=10, max_size=12))
def test_a_letter_anywhere_makes_a_number_invalid(letters, digits):
    assert not phone_is_valid(digits[:5] + letters + digits[5:])


def test_an_empty_phone_is_fine_it_is_never_required():
    assert phone_problems("phone", "  ") == []


def test_a_students_phone_with_letters_is_refused_and_the_message_names_the_field(db):
    group = add_group(db)
    with pytest.raises(ValidationFailed) as caught:
        students.create_student(db, replace(person(1), phone="абв12"), group)
    [problem] = [p for p in caught.value.problems if p.field == "phone"]
    assert problem.code == "field.phone"
    text = problem_text(problem)
    assert text.startswith("Phone:") and "абв12" in text and "+7 701 234 56 78" in text
    students.create_student(db, replace(person(1), phone="+7 701 234 56 78"), group)  # a real number saves


def test_a_mentors_phone_with_letters_is_refused_on_adding_and_on_editing(demo_db):
    from desktop.services import dual_lists

    firm = dual_lists.list_enterprises(demo_db)[0].id
    with pytest.raises(ValidationFailed) as caught:
        dual.save_mentor(demo_db, firm, "Сейітов Нұрлан", phone="abc")
    assert [(p.field, p.code) for p in caught.value.problems] == [("phone", "field.phone")]
    mentor = dual.save_mentor(demo_db, firm, "Сейітов Нұрлан", phone="8 (7172) 12-34-56")
    with pytest.raises(ValidationFailed):
        dual.update_mentor(demo_db, mentor, "Сейітов Нұрлан", phone="тел")


def test_an_empty_name_and_a_bad_phone_are_told_together(demo_db):
    from desktop.services import dual_lists

    firm = dual_lists.list_enterprises(demo_db)[0].id
    with pytest.raises(ValidationFailed) as caught:
        dual.save_mentor(demo_db, firm, " ", phone="abc")
    assert {p.field for p in caught.value.problems} == {"full_name", "phone"}


def test_the_colleges_phone_may_list_several_numbers_but_not_letters():
    profile = replace(demo_profile(), phone="8 (7172) 12-34-56, +7 701 234 56 78")
    assert not [p for p in college.profile_problems(profile) if p.field == "phone"]
    bad = replace(profile, phone="приёмная")
    assert [p.code for p in college.profile_problems(bad) if p.field == "phone"] == ["field.phone"]
