"""A college's grade sheet imported into a group: a dry run listing every problem, then all or nothing."""
import pytest
from final_grades import graded_group
from openpyxl import Workbook

from desktop.services import grade_import, grades
from desktop.services.errors import ValidationFailed


def _sheet(tmp_path, rows, header=("№", "ФИО", "ЖСН", "ЖБП 01", "ЖБП 09", "ОН 1.1", "Ф 01", "ZZ 7 Астрономия")):
    book = Workbook()
    book.active.title = "Ведомость"
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    return path


@pytest.fixture
def group(db):
    group_id, _ = graded_group(db)
    return group_id, grades.grade_grid(db, group_id).students


def test_the_dry_run_matches_students_and_items_and_lists_what_it_cannot_place(db, group, tmp_path):
    group_id, students = group
    first, second, third = students
    surname_and_name = " ".join(second.full_name.split()[:2])  # the sheet leaves the patronymic out
    path = _sheet(tmp_path, [[1, first.full_name.upper(), "", 91, "сынақ", "84,5", "зачтено", 70],
                             [2, surname_and_name, "", 75, "сынақ", 60, None, 80],
                             [3, "Жоқ Адам", "", 80, "сынақ", 80, None, 80]])
    plan = grade_import.analyse(db, group_id, path)
    assert plan.can_apply and plan.sheet == "Ведомость"
    assert [(s.line, s.student_id) for s in plan.students] == [(2, first.id), (3, second.id)]
    codes = [(p.code, p.params.get("student") or p.params.get("item") or p.params.get("row")) for p in plan.notes]
    assert ("grade.unmatched_student", "Жоқ Адам") in codes
    assert ("grade.not_on_sheet", third.full_name) in codes
    assert ("grade.unmatched_item", "ZZ 7 Астрономия") in codes
    assert any(code == "grade.uncovered_row" for code, _ in codes)  # the plan's other rows
    assert grades.grade_grid(db, group_id).cells == {}  # a dry run writes nothing
    assert grade_import.apply(db, plan) == 7
    cells = grades.grade_grid(db, group_id).cells
    assert cells[(first.id, "g1")] == 91 and cells[(first.id, "m1.1")] == 85 and cells[(first.id, "f1")] is True
    assert cells[(second.id, "g9")] is True and (second.id, "f1") not in cells


def test_a_grade_of_the_wrong_kind_blocks_the_import(db, group, tmp_path):
    group_id, students = group
    path = _sheet(tmp_path, [[1, students[0].full_name, "", 91, 88, "сынақ", None, None]])
    plan = grade_import.analyse(db, group_id, path)
    assert not plan.can_apply
    assert [(p.code, p.params["row_key"], p.row) for p in plan.errors] == [("grade.expected_pass_fail", "g9", 2),
                                                                          ("grading.not_a_percent", "m1.1", 2)]
    with pytest.raises(ValidationFailed):
        grade_import.apply(db, plan)
    assert grades.grade_grid(db, group_id).cells == {}


def test_bad_cells_refuse_the_file_naming_each(db, group, tmp_path):
    group_id, students = group
    path = _sheet(tmp_path, [[1, students[0].full_name, "", "9x", "сынақ", 101, None, None]])
    with pytest.raises(ValidationFailed) as caught:
        grade_import.analyse(db, group_id, path)
    assert len(caught.value.problems) == 2 and all(p.row == 2 for p in caught.value.problems)


def test_students_are_matched_by_iin_when_the_sheet_has_it(db, group, tmp_path):
    group_id, students = group
    path = _sheet(tmp_path, [[1, "Басқа жазылған аты", students[2].iin, 70, "сынақ", 70, None, None]])
    plan = grade_import.analyse(db, group_id, path)
    assert [s.student_id for s in plan.students] == [students[2].id]
