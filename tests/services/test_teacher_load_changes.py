"""Carrying a distribution over and keeping it true: last year's teachers copied into this year's open units, the
differences a curriculum change leaves (added, removed, hours changed) and their resolution, and the hours taught
per month with replacements against the plan."""
from dataclasses import replace
from datetime import date

import pytest
from teacher_load_college import ROWS, plan, small_college

from desktop.services import curricula, teacher_load as load, teacher_load_actual as actual, \
    teacher_load_changes as changes
from desktop.services.errors import ValidationFailed
from desktop.services.teacher_load_actual import ActualEntry

YEAR = 2026


@pytest.fixture
def college(db):
    return small_college(db)


def test_last_years_teachers_follow_their_class_and_their_subject(db, college):
    # 2025-2026: the group of 2025 was in its first year; its Kazakh teacher and its consultations' teacher.
    last = load.year_plan(db, YEAR - 1).units
    assert {u.group_id for u in last} == {college["second"]}
    load.assign(db, YEAR - 1, [u.key for u in last if u.row_key == "kz"], college["abenova"])
    load.assign(db, YEAR - 1, [u.key for u in last if u.row_key == "cons"], college["kim"])
    result = changes.copy_last_year(db, YEAR)
    # The first-years of 2026 are on the same plan in the same course: they get the same teachers.
    first = {(l.row_key, l.semester, l.component): l.teachers for l in load.group_lines(db, YEAR, college["first"])}
    assert first[("kz", 1, "practice")] == {0: college["abenova"]}
    assert first[("cons", 2, "consultations")] == {0: college["kim"]}
    assert first[("aa", 2, "exams")] == {}  # nobody held it last year
    assert result.copied == 6
    load.apply(db, YEAR, result.undo)
    assert load.assignments(db, YEAR) == []


def test_a_curriculum_change_shows_as_differences_to_resolve(db, college):
    units = load.year_plan(db, YEAR, [college["second"]]).units
    load.assign(db, YEAR, [u.key for u in units if u.row_key != "aa"], college["kim"])
    assert changes.differences(db, YEAR) == []  # the attestation left open on purpose is no difference
    rows = [replace(r, hours=96, semesters=(replace(r.semesters[0], hours=96),), theory=96) if r.id == "b1" else r
            for r in ROWS if r.id != "pp"]
    rows.append(replace(ROWS[1], id="b2", code="БМ 2"))
    curricula.save(db, college["curriculum"], plan(tuple(rows)))
    found = {(d.kind, d.row_key, d.assigned_hours, d.hours) for d in changes.differences(db, YEAR)}
    assert found == {("changed", "b1", 72, 96), ("removed", "pp", 216, None), ("added", "b2", None, 72)}
    undo = changes.resolve(db, YEAR, changes.differences(db, YEAR))
    assert changes.differences(db, YEAR) == []
    assert ("b2", 3) in {(l.row_key, l.semester) for l in load.group_lines(db, YEAR, college["second"])
                         if l.unassigned_hours}  # accepted, still open
    kim = {s.teacher_id: s for s in load.teacher_summaries(db, YEAR)}[college["kim"]]
    assert kim.total == 96 + 144
    load.apply(db, YEAR, undo)
    assert {d.kind for d in changes.differences(db, YEAR)} == {"changed", "removed"}


def test_hours_taught_with_a_replacement_against_the_plan(db, college):
    units = load.year_plan(db, YEAR, [college["second"]]).units
    b1 = next(u for u in units if u.row_key == "b1")
    load.assign(db, YEAR, [b1.key], college["kim"])
    actual.record_hours(db, YEAR, [
        ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], 30),
        ActualEntry(date(2026, 10, 1), *b1.key, 0, college["kim"], 30),
        ActualEntry(date(2026, 11, 1), *b1.key, 0, college["abenova"], 6)])
    [replacement] = [e for e in actual.entries(db, YEAR) if e.teacher_id == college["abenova"]]
    assert replacement.replaced_id == college["kim"]  # filled from the distribution
    year = actual.fulfilment(db, YEAR)
    kim, abenova = year.teachers[college["kim"]], year.teachers[college["abenova"]]
    assert (kim.planned, kim.done, kim.not_done, kim.replaced_by_others) == (72, 66, 6, 6)
    assert (abenova.replacing, abenova.months) == (6, {date(2026, 11, 1): 6})
    assert actual.fulfilment(db, YEAR, terms=(2,)).total.planned == 0  # b1 is an autumn row
    undo = actual.record_hours(db, YEAR, [ActualEntry(date(2026, 12, 1), *b1.key, 0, college["kim"], 20)])
    assert actual.fulfilment(db, YEAR).teachers[college["kim"]].over == 14
    actual.record_hours(db, YEAR, undo)
    assert actual.fulfilment(db, YEAR).teachers[college["kim"]].over == 0


def test_a_bad_month_of_hours_writes_nothing(db, college):
    b1 = next(u for u in load.year_plan(db, YEAR, [college["second"]]).units if u.row_key == "b1")
    with pytest.raises(ValidationFailed) as caught:
        actual.record_hours(db, YEAR, [ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], 30),
                                       ActualEntry(date(2026, 8, 1), *b1.key, 0, college["kim"], 30),
                                       ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], -2),
                                       ActualEntry(date(2026, 9, 1), *b1.key, 0, college["kim"], 2, college["kim"])])
    assert [(p.code, p.row) for p in caught.value.problems] == [
        ("load.month_outside_year", 1), ("load.bad_hours", 2), ("load.replaces_self", 3)]
    assert actual.entries(db, YEAR) == []
