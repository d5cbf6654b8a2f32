"""The year's distribution on a real database: the units of every group's curriculum in its semesters of the year,
assigning, splitting and unassigning as batches with undo, and the views by group, teacher and department."""
from decimal import Decimal

import pytest
from teacher_load_college import FIRST_YEAR_HOURS, SECOND_YEAR_HOURS, small_college

from desktop.services import teacher_load as load
from desktop.services.errors import ValidationFailed
from desktop.services.teacher_load import Change

YEAR = 2026


@pytest.fixture
def college(db):
    return small_college(db)


def test_each_group_gets_the_units_of_its_course_this_year(db, college):
    plan = load.year_plan(db, YEAR)
    first = {(u.row_key, u.semester, u.component): u.hours for u in plan.units if u.group_id == college["first"]}
    assert first == {("kz", 1, "theory"): 21, ("kz", 1, "practice"): 43, ("kz", 2, "theory"): 19,
                     ("kz", 2, "practice"): 37, ("cons", 1, "consultations"): 8, ("cons", 2, "consultations"): 8,
                     ("aa", 2, "exams"): 12}
    second = [u for u in plan.units if u.group_id == college["second"]]
    assert {u.row_key for u in second} == {"b1", "m1.1", "pp", "aa"}  # the module counts through its outcome
    assert sum(u.hours for u in second) == SECOND_YEAR_HOURS
    assert plan.groups[college["second"]].course == 2
    assert [s.unassigned for s in load.group_summaries(db, YEAR)] == [SECOND_YEAR_HOURS, FIRST_YEAR_HOURS]


def test_assigning_and_splitting_show_in_every_view(db, college):
    units = load.year_plan(db, YEAR, [college["first"]]).units
    load.assign(db, YEAR, [u.key for u in units], college["abenova"])
    practice = next(u for u in units if u.row_key == "kz" and u.component == "practice" and u.semester == 1)
    load.split(db, YEAR, practice.key, college["abenova"], college["kim"])
    lines = {(l.row_key, l.semester, l.component): l for l in load.group_lines(db, YEAR, college["first"])}
    assert lines[("kz", 1, "practice")].teachers == {1: college["abenova"], 2: college["kim"]}
    summary = {s.code: s for s in load.group_summaries(db, YEAR)}["26ПО-11к"]
    assert (summary.planned, summary.assigned, summary.unassigned) == (FIRST_YEAR_HOURS + 43, FIRST_YEAR_HOURS + 43, 0)
    people = {s.full_name: s for s in load.teacher_summaries(db, YEAR)}
    assert (people["Әбенова Сәуле"].autumn, people["Әбенова Сәуле"].spring) == (72, 76)
    assert people["Ким Ольга"].total == 43 and people["Ким Ольга"].status == "under"
    assert people["Ким Ольга"].norm == Decimal("1.5") * load.current_norms().annual_hours
    assert [(l.row_key, l.component) for l in load.teacher_lines(db, YEAR, college["kim"])] == [("kz", "practice")]
    departments = {d.name("ru"): d for d in load.department_summaries(db, YEAR)}
    assert departments["Информационные технологии"].total == 43
    assert departments["Информационные технологии"].rates == Decimal("2.00")
    assert departments["Языки"].total == 148


def test_a_batch_is_undone_by_the_batch_it_returns(db, college):
    unit = load.year_plan(db, YEAR, [college["second"]]).units[0]
    first = load.assign(db, YEAR, [unit.key], college["kim"])
    second = load.split(db, YEAR, unit.key, college["baimukhanov"], None)
    assert load.group_lines(db, YEAR, college["second"])[0].teachers == {1: college["baimukhanov"]}
    load.apply(db, YEAR, second)
    assert load.group_lines(db, YEAR, college["second"])[0].teachers == {0: college["kim"]}
    load.apply(db, YEAR, first)
    assert load.assignments(db, YEAR) == []


def test_a_bad_batch_writes_nothing_and_names_each_change(db, college):
    unit = load.year_plan(db, YEAR, [college["second"]]).units[0]
    with pytest.raises(ValidationFailed) as caught:
        load.apply(db, YEAR, [Change(*unit.key, 0, college["kim"]), Change(*unit.key, 3, college["kim"]),
                              Change(college["second"], "nope", 3, "theory", 0, college["kim"]),
                              Change(*unit.key, 1, 9999)])
    assert [(p.code, p.row) for p in caught.value.problems] == [
        ("load.bad_subgroup", 1), ("load.no_such_unit", 2), ("load.no_teacher", 3)]
    with pytest.raises(ValidationFailed) as caught:
        load.apply(db, YEAR, [Change(*unit.key, 0, college["kim"]), Change(*unit.key, 1, college["kim"])])
    assert [(p.code, p.row) for p in caught.value.problems] == [("load.whole_and_subgroups", 1)]
    assert load.assignments(db, YEAR) == []


def test_unassigning_takes_the_unit_from_every_subgroup(db, college):
    unit = load.year_plan(db, YEAR, [college["second"]]).units[0]
    load.split(db, YEAR, unit.key, college["kim"], college["abenova"])
    undo = load.unassign(db, YEAR, [unit.key])
    assert load.assignments(db, YEAR) == []
    load.apply(db, YEAR, undo)
    assert {a.subgroup: a.teacher_id for a in load.assignments(db, YEAR)} == {1: college["kim"], 2: college["abenova"]}


def test_a_teacher_over_the_norm_is_marked(db, college):
    units = load.year_plan(db, YEAR, [college["second"]]).units
    load.assign(db, YEAR, [u.key for u in units], college["baimukhanov"])  # 444 hours on half a rate
    half = {s.teacher_id: s for s in load.teacher_summaries(db, YEAR)}[college["baimukhanov"]]
    assert half.total == SECOND_YEAR_HOURS and half.status == "over"
    assert half.balance == SECOND_YEAR_HOURS - load.current_norms().annual_hours / 2
    assert load.calculate(db, YEAR, norm_per_rate=Decimal(2000)).teachers[college["baimukhanov"]].status == "under"


def test_a_slot_emptied_and_taken_again_in_one_batch_is_undone_to_what_it_held(db, college):
    unit = load.year_plan(db, YEAR, [college["second"]]).units[0]
    load.assign(db, YEAR, [unit.key], college["kim"])
    undo = load.apply(db, YEAR, [Change(*unit.key, 0, None), Change(*unit.key, 0, college["abenova"])])
    assert [(a.subgroup, a.teacher_id) for a in load.assignments(db, YEAR)] == [(0, college["abenova"])]
    assert [(c.subgroup, c.teacher_id) for c in undo] == [(0, college["kim"])]  # empty subgroups need no undo
    load.apply(db, YEAR, undo)
    assert [(a.subgroup, a.teacher_id) for a in load.assignments(db, YEAR)] == [(0, college["kim"])]
