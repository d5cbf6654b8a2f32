"""A curator reads only their own groups' students and grades, and changes nothing (the services refuse it)."""
from dataclasses import replace

import pytest
from contingent import add_group, enrol
from final_grades import graded_group

from desktop.domain.roles import Area, Role
from desktop.services import contingent, diplomas, grades, students
from desktop.services.actors import AccessDenied, Actor


def curator_of(*group_ids):
    return Actor("kurator", "Серікова А.", Role.CURATOR, frozenset(group_ids))


@pytest.fixture
def two_groups(db):
    own, _ = graded_group(db)
    other = add_group(db, code="26ПО-12к")
    return own, other, enrol(db, other, 2, start=5000)


def test_a_curator_lists_only_their_own_groups_and_students(db, two_groups):
    own, other, others = two_groups
    everyone = contingent.list_students(db)
    db.actor = curator_of(own)
    assert [g.id for g in contingent.list_groups(db)] == [own]
    listed = contingent.list_students(db)
    assert listed and {s.group_id for s in listed} == {own}
    assert {s.id for s in listed} == {s.id for s in everyone if s.group_id == own}
    assert not {s.id for s in listed} & set(others)


def test_a_curator_opening_another_groups_student_or_group_is_refused(db, two_groups):
    own, other, others = two_groups
    mine = next(s for s in contingent.list_students(db) if s.group_id == own)
    db.actor = curator_of(own)
    assert students.get_student(db, mine.id).group_id == own
    with pytest.raises(AccessDenied) as refused:
        students.get_student(db, others[0])
    assert (refused.value.role, refused.value.area) == (Role.CURATOR, Area.CONTINGENT)
    with pytest.raises(AccessDenied):
        contingent.read_group(db, other)
    assert contingent.get_group(db, own).code == "22ПО-41к"


def test_a_curators_grades_are_their_own_groups_only(db, two_groups):
    own, other, _ = two_groups
    db.actor = curator_of(own)
    assert len(grades.grade_grid(db, own).students) == 3
    assert len(grades.reconcile_group(db, own)) == 3
    for read in (grades.grade_grid, grades.reconcile_group):
        with pytest.raises(AccessDenied) as refused:
            read(db, other)
        assert refused.value.area is Area.GRADES


def test_a_curator_sees_only_their_groups_documents(db, two_groups):
    own, other, others = two_groups
    mine = next(s for s in contingent.list_students(db) if s.group_id == own)
    diplomas.spoil(db, diplomas.DIPLOMA, "ТКБ", "0000001", "misprint", mine.id)
    diplomas.spoil(db, diplomas.DIPLOMA, "ТКБ", "0000002", "misprint", others[0])
    assert len(diplomas.list_documents(db)) == 2
    db.actor = curator_of(own)
    assert [e.number for e in diplomas.list_documents(db)] == ["0000001"]


def test_a_curator_changes_nothing_even_in_their_own_group(db, two_groups):
    own, _, _ = two_groups
    mine = next(s for s in contingent.list_students(db) if s.group_id == own)
    card = students.get_student(db, mine.id)
    db.actor = curator_of(own)
    with pytest.raises(AccessDenied):
        students.update_student(db, mine.id, replace(card.data, phone="+7 701 000 0009"), card.row_version)
    db.actor = Actor("reg", "Registrar", Role.REGISTRAR)
    assert students.get_student(db, mine.id).data.phone == card.data.phone
    assert len(contingent.list_groups(db)) == 2  # every other role reads every group
