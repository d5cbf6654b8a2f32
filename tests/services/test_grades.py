"""Final grades on a real database: the grid of a group, saving cells all or nothing with undo, the college's scale,
and the reconciliation that lists what is missing before a supplement prints."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from final_grades import fill_all, graded_group

from desktop.domain.grading import national_scale
from desktop.models import StudyGroup
from desktop.services import curricula, grades
from desktop.services.errors import ValidationFailed
from desktop.services.grades import CellChange


def _row(grid, code):
    return next(r for r in grid.rows if r.code == code)


def test_the_grid_lists_students_alphabetically_and_rows_by_part(db):
    group_id, ids = graded_group(db)
    grid = grades.grade_grid(db, group_id)
    assert [s.full_name for s in grid.students] == sorted(s.full_name for s in grid.students)
    sections = [r.section.value for r in grid.rows if r.parent is None]
    parts = ["general", "basic", "professional", "practice", "intermediate", "final", "electives"]
    assert sections == sorted(sections, key=parts.index)
    module = _row(grid, "КМ 01")
    assert module.kind == grades.HEADING and not module.graded
    outcomes = [r for r in grid.rows if r.parent == module.key]
    assert len(outcomes) == 4 and all(r.kind == grades.SCALED for r in outcomes)
    assert grid.rows.index(outcomes[0]) == grid.rows.index(module) + 1  # outcomes follow their module
    # an elective and a subject closed by a test (сынақ / зачет) are pass/fail; the intermediate attestation's
    # hours are no subject, the qualification exam is graded on its own row
    assert _row(grid, "Ф 01").kind == _row(grid, "ЖБП 09").kind == grades.PASS_FAIL
    assert "АА" not in {r.code for r in grid.rows} and _row(grid, "БЕ 1").kind == grades.SCALED
    assert _row(grid, "ОН 1.1").credits == 6  # 144 hours at 24 hours a credit


def test_saving_cells_returns_what_they_held_for_undo(db):
    group_id, ids = graded_group(db)
    first = grades.save_cells(db, group_id, [CellChange(ids[0], "g1", 91), CellChange(ids[0], "g9", "сынақ")])
    assert [c.value for c in first] == [None, None]
    again = grades.save_cells(db, group_id, [CellChange(ids[0], "g1", "84,5"), CellChange(ids[0], "g9", None)])
    assert [c.value for c in again] == [91, True]
    grid = grades.grade_grid(db, group_id)
    assert grid.cells == {(ids[0], "g1"): 85}
    assert grid.grade(ids[0], "g1").letter == "B+"
    grades.save_cells(db, group_id, again)  # undo
    assert grades.grade_grid(db, group_id).cells == {(ids[0], "g1"): 91, (ids[0], "g9"): True}
    # cleared and typed again in one batch: the undo of both gives back 91
    twice = grades.save_cells(db, group_id, [CellChange(ids[0], "g1", None), CellChange(ids[0], "g1", 70)])
    assert grades.grade_grid(db, group_id).cells[(ids[0], "g1")] == 70 and [c.value for c in twice] == [91, 91]


def test_a_batch_with_bad_cells_writes_nothing_and_names_each(db):
    group_id, ids = graded_group(db)
    with pytest.raises(ValidationFailed) as caught:
        grades.save_cells(db, group_id, [CellChange(ids[0], "g1", 90), CellChange(ids[1], "g2", "101"),
                                         CellChange(ids[1], "g9", 75), CellChange(ids[2], "m1", 80),
                                         CellChange(999, "g1", 80)])
    found = [(p.code, p.params["row_key"]) for p in caught.value.problems]
    assert found == [("grading.percent_out_of_range", "g2"), ("grade.expected_pass_fail", "g9"),
                     ("grade.row_not_graded", "m1"), ("grade.not_in_group", "g1")]
    assert caught.value.problems[0].params["student"].startswith("Сейткали")
    assert grades.grade_grid(db, group_id).cells == {}


def test_the_college_scale_is_kept_checked_and_can_go_back_to_the_national(db):
    assert grades.college_scale(db) == national_scale()
    edited = national_scale().to_dict()
    for band in edited["bands"]:
        if band["letter"] == "C+":
            band["traditional"] = "good"  # good from 70, as some colleges count
    grades.set_college_scale(db, edited)
    assert grades.college_scale(db).grade(72).traditional == "good"
    broken = national_scale().to_dict()
    broken["bands"] = [b for b in broken["bands"] if b["letter"] != "B"]
    with pytest.raises(ValidationFailed) as caught:
        grades.set_college_scale(db, broken)
    assert [p.code for p in caught.value.problems] == ["grading.gap"]
    assert grades.college_scale(db).grade(72).traditional == "good"  # the edited one stays
    grades.set_college_scale(db, None)
    assert grades.college_scale(db).grade(72).traditional == "satisfactory"


def test_reconciliation_names_what_is_missing_failing_or_not_in_the_plan(db):
    group_id, ids = graded_group(db)
    fill_all(db, group_id)
    checks = grades.reconcile_group(db, group_id)
    assert all(c.clean for c in checks) and checks[0].total_credits > 0
    first, second = checks[0].student_id, checks[1].student_id
    grades.save_cells(db, group_id, [CellChange(first, "m2.3", None), CellChange(first, "fa", None),
                                     CellChange(first, "f1", None),  # an elective not taken: not missing
                                     CellChange(second, "g4", 40), CellChange(second, "g9", False)])
    checks = {c.student_id: c for c in grades.reconcile_group(db, group_id)}
    assert [(p.code, p.params["row"]) for p in checks[first].problems] == [
        ("grade.missing", "ОН 2.3 " + _row(grades.grade_grid(db, group_id), "ОН 2.3").name_kk),
        ("grade.missing", "ҚА " + _row(grades.grade_grid(db, group_id), "ҚА").name_kk)]
    assert [(p.code, p.params["row_key"]) for p in checks[second].problems] == [("grade.failing", "g4"),
                                                                               ("grade.failing", "g9")]
    assert [c.clean for c in checks.values()].count(True) == 1


def test_a_grade_kept_for_another_plan_is_not_in_the_plan(db):
    from desktop.services import contingent, curricula
    from final_grades import plan

    group_id, ids = graded_group(db)
    fill_all(db, group_id)
    other = curricula.create(db, plan())
    data = contingent.get_group(db, group_id)
    contingent.save_group(db, data.__class__(**{**data.__dict__, "curriculum_id": other}), group_id)
    check = grades.reconcile_group(db, group_id)[0]
    codes = {p.code for p in check.problems}
    assert codes == {"grade.missing", "grade.not_in_plan"}



CELLS = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["g1", "g9", "m1.1", "f1", "m1"]),
                           st.one_of(st.none(), st.integers(-5, 105), st.booleans(), st.sampled_from(["сынақ", "x"]))),
                 max_size=8)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(CELLS, min_size=1, max_size=3))
def test_any_batch_is_written_whole_or_not_at_all_and_its_undo_brings_the_grid_back(db, batches):
    from final_grades import graded_group as make

    if not hasattr(db, "_graded"):  # one group for all the examples (the database fixture outlives them)
        db._graded = make(db)
    group_id, ids = db._graded
    for batch in batches:
        before = grades.grade_grid(db, group_id).cells
        changes = [CellChange(ids[s], key, value) for s, key, value in batch]
        try:
            undo = grades.save_cells(db, group_id, changes)
        except ValidationFailed as exc:
            assert exc.problems and grades.grade_grid(db, group_id).cells == before
            continue
        expected = dict(before)
        for change in changes:  # the last change of a cell is what it holds
            key = (change.student_id, change.row_key)
            if change.value is None:
                expected.pop(key, None)
            else:
                expected[key] = True if change.value == "сынақ" else change.value
        assert grades.grade_grid(db, group_id).cells == expected
        grades.save_cells(db, group_id, undo)
        assert grades.grade_grid(db, group_id).cells == before


def test_a_draft_with_grades_given_against_it_is_not_deleted(db):
    group_id, _ = graded_group(db)
    fill_all(db, group_id)
    with db.session() as session:
        curriculum_id = session.get(StudyGroup, group_id).curriculum_id
    with pytest.raises(ValidationFailed) as error:
        curricula.delete(db, curriculum_id)
    assert error.value.problems[0].code == "curriculum.has_grades"
    assert curricula.get_curriculum(db, curriculum_id)  # still there, with its grades
