"""The group's final grade sheet read from the colleges' own workbooks (tests/fixtures/college-sheets, filled with
made-up students in tests/fixtures/grade-sheets): the items of the header, every student's grades, and every bad
cell named by sheet, row, column and item; nothing half-read."""
import importlib.util
from functools import lru_cache
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.curriculum import Section
from desktop.domain.grading import GradeKind, national_scale
from desktop.domain.grading_sheet import Role, SheetLayout
from desktop.exchange.cells import SheetFileError
from desktop.exchange.grade_sheet import GRADE_SHEET_MESSAGES, read_grade_workbook

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEADERS = FIXTURES / "college-sheets"
GRADED = FIXTURES / "grade-sheets"
SCALE = national_scale()


def _maker():
    spec = importlib.util.spec_from_file_location("make_grade_sheets", GRADED / "make_grade_sheets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKER = _maker()


@lru_cache(maxsize=None)
def _read(path: Path, sheets: tuple | None = None) -> tuple:
    """Each workbook read once for all the tests (a полотно of six sheets takes seconds to open)."""
    return tuple(read_grade_workbook(path, sheets=list(sheets) if sheets else None))


def sheets_of(name: str, sheets: list | None = None) -> dict:
    return {sheet.sheet: sheet for sheet in _read(GRADED / name, tuple(sheets) if sheets else None)}


@lru_cache(maxsize=None)
def _refused(path: Path, sheets: tuple | None) -> tuple:
    with pytest.raises(SheetFileError) as refused:
        read_grade_workbook(path, sheets=list(sheets) if sheets else None)
    return tuple(refused.value.problems)


def problems_of(path: Path, sheets: list | None = None) -> list:
    return list(_refused(path, tuple(sheets) if sheets else None))


def test_the_zhambyl_headers_give_every_graded_item_with_its_code_module_hours_and_credits():
    sheets = {s.sheet: s for s in _read(HEADERS / "zhambyl-accounting-and-it-2023-2026-headers.xlsx")}
    assert list(sheets) == ["3D-1", "3D-2", "3Ғ-1", "3Ғ-2", "3Ғ-3", "3Ғ-4"]
    accounting = sheets["3D-1"]
    assert accounting.layout is SheetLayout.QUAD and accounting.students == () and accounting.first_student_row == 7
    assert len(accounting.items) == 40 and "04110100" in accounting.title
    kazakh = accounting.item("C")
    assert (kazakh.name_kk, kazakh.name_ru, kazakh.hours, kazakh.credits) == ("Қазақ тілі", "Казахский язык", 96, 4.0)
    assert (kazakh.first_column, kazakh.last_column) == (3, 6)
    assert [kazakh.column(role) for role in Role] == [3, 4, 5, 6]
    basic = accounting.item("BC")
    assert (basic.code, basic.section, basic.hours, basic.credits) == ("БМ1", Section.BASIC, 240, 10.0)
    assert basic.name_ru.startswith("Развитие и совершенствование")
    outcome = accounting.item("BS")
    assert (outcome.code, outcome.module, outcome.section) == ("ОН 1.1", "КМ 1", Section.PROFESSIONAL)
    assert outcome.name_ru.startswith("Понимание целей") and not outcome.name_kk.startswith("ОН")
    practice, final = accounting.item("EY"), accounting.item("FC")
    assert (practice.section, practice.hours, practice.credits) == (Section.PRACTICE, 432, 18.0)
    assert (final.section, final.hours) == (Section.FINAL, None)
    software = sheets["3Ғ-1"]
    assert software.first_student_row == 6 and len(software.items) == 51
    assert software.item("DG").module == "КМ 04" and software.item("CU").module == "КМ 3"
    assert software.item("EM").credits == 1.5 and software.item("EY").code == "ОН7.2"
    history = sheets["3Ғ-3"].item("S")  # the sheet forgot the п over S: still the percent of the subject over S:V
    assert [history.column(role) for role in Role] == [19, 20, 21, 22] and history.name_kk == "Қазақстан тарихы"
    final = sheets["3Ғ-4"].items[-1]  # written п and цэ only
    assert final.section is Section.FINAL and [role for role, _ in final.columns] == [Role.PERCENT, Role.LETTER]


def test_the_oral_headers_give_one_item_a_column_with_its_module():
    (sheet,) = read_grade_workbook(HEADERS / "oral-primary-teacher-2022-2026-headers.xlsx")
    assert sheet.layout is SheetLayout.SINGLE and sheet.first_student_row == 12 and len(sheet.items) == 67
    first = sheet.item("D")
    assert (first.name_kk, first.module, first.section, first.hours) == ("Математика", "ЖБП 00", Section.GENERAL, 120)
    assert sheet.item("Q").module == "БМ 01" and sheet.item("AA").module == "КМ 01"
    assert sheet.item("BI").hours == 32 and sheet.item("BI").section is Section.ELECTIVES
    assert (sheet.item("BO").hours, sheet.item("BO").section) == (1728, Section.PRACTICE)
    exam = sheet.item("BQ")
    assert exam.code == "" and exam.section is Section.INTERMEDIATE and exam.name_kk.startswith("КМ 02, КМ 03")
    assert "C" not in {item.key for item in sheet.items}  # the average column is no item


def test_a_filled_polotno_reads_every_student_with_grades_as_written():
    sheets = sheets_of("zhambyl-graded.xlsx")
    accounting = sheets["3D-1"]
    names = [s.full_name for s in accounting.students]
    assert names == MAKER.KAZAKH_NAMES[:5] + MAKER.RUSSIAN_NAMES[:3]
    assert [s.row for s in accounting.students] == list(range(7, 15))
    assert accounting.students[0].number == "1"
    for student in (*accounting.students, *sheets["3Ғ-1"].students, *sheets["3Ғ-4"].students):
        for found in student.grades:
            assert found.grade == SCALE.grade(found.percent)
            assert found.letter.replace("В", "B") == found.grade.letter
    assert all(len(s.grades) == 51 for s in sheets["3Ғ-1"].students)  # every item filled there
    assert sum(len(s.grades) for s in accounting.students) < 8 * 40  # a few left for reconciliation
    assert sheets["3D-2"].students == ()


def test_cells_are_taken_as_colleges_write_them():
    sheet = sheets_of("zhambyl-graded.xlsx")["3D-1"]
    book = load_workbook(GRADED / "zhambyl-graded.xlsx", read_only=True)
    try:
        rows = {n: r for n, r in enumerate(book["3D-1"].iter_rows(min_row=7, max_row=14, values_only=True), start=7)}
        written = {(s.row, g.item): rows[s.row][sheet.item(g.item).first_column - 1]
                   for s in sheet.students for g in s.grades}
    finally:
        book.close()
    comma = {key: value for key, value in written.items() if isinstance(value, str)}
    assert comma, "the generator writes some percents with a decimal comma"
    by_key = {(s.row, g.item): g for s in sheet.students for g in s.grades}
    for key, value in comma.items():  # "84,5" is 85: half up
        assert by_key[key].percent == int(value.split(",")[0]) + 1
    found = list(by_key.values())
    cyrillic = [g for g in found if "В" in g.letter]
    assert cyrillic and all(g.grade.letter.startswith("B") for g in cyrillic)
    assert {g.points for g in found} & {Decimal("3.67"), Decimal("3.33")}
    assert {g.traditional for g in found} >= {"жақсы", "4 (хорошо)"}


def test_every_bad_cell_is_named_and_nothing_is_read():
    found = problems_of(GRADED / "zhambyl-bad-cells.xlsx")
    where = sorted((p.sheet, p.row, p.column, p.code, p.field) for p in found)
    expected = sorted((sheet, row, "".join(ch for ch in cell if ch.isalpha()), code, field)
                      for sheet, cell, _, code, field, row in MAKER.BAD_CELLS)
    assert where == expected
    for problem in found:
        text = GRADE_SHEET_MESSAGES[problem.code].format(**problem.params)
        assert "{" not in text
    letter = next(p for p in found if p.code == "grades.letter_disagrees" and p.sheet == "3D-2")
    assert letter.params == {"letter": "A", "percent": 72, "expected": "C+", "item": "Қазақ әдебиеті"}


def test_the_good_sheets_of_a_workbook_with_bad_sheets_are_not_returned_alone():
    assert {p.sheet for p in problems_of(GRADED / "zhambyl-bad-cells.xlsx")} == {"3D-2", "3Ғ-2"}
    assert [s.sheet for s in _read(GRADED / "zhambyl-bad-cells.xlsx", ("3D-1",))] == ["3D-1"]


def test_a_sheet_asked_for_that_is_missing_or_no_grade_sheet_is_named(tmp_path):
    found = problems_of(GRADED / "oral-graded.xlsx", sheets=["экви", "3D-9"])
    assert [(p.code, p.params["sheet"]) for p in found] == [("file.no_such_sheet", "3D-9")]
    book = Workbook()
    book.active.title = "Мұқаба"
    book.active["A1"] = "Қорытынды бағалар"
    book.save(tmp_path / "cover.xlsx")
    assert [p.code for p in problems_of(tmp_path / "cover.xlsx")] == ["grades.no_grade_sheet"]
    assert [p.code for p in problems_of(tmp_path / "cover.xlsx", sheets=["Мұқаба"])] == ["grades.not_a_grade_sheet"]


def test_the_oral_sheet_reads_percents_and_passed_electives_and_stops_at_the_signatures():
    (sheet,) = read_grade_workbook(GRADED / "oral-graded.xlsx")
    assert [s.full_name for s in sheet.students] == MAKER.KAZAKH_NAMES[4:] + MAKER.RUSSIAN_NAMES[:2]
    first = sheet.students[0]
    assert first.grade_of("D").grade.kind is GradeKind.SCALED
    electives = [first.grade_of(i.key) for i in sheet.items if i.section is Section.ELECTIVES]
    passed = [g for g in electives if g is not None]
    assert passed and all(g.grade.kind is GradeKind.PASS_FAIL and g.grade.passed for g in passed)
    assert len(passed) < len(electives)  # some electives not yet passed: no grade, not a fail
    assert sheet.students[-1].row == 18  # the signature lines (rows 38-41) are no students


def test_our_own_layout_reads_codes_names_iins_and_pass_fail(tmp_path):
    (sheet,) = read_grade_workbook(GRADED / "own-layout.xlsx")
    assert sheet.layout is SheetLayout.OWN and sheet.first_student_row == 2
    assert [i.code for i in sheet.items] == ["ЖБП 01", "ЖБП 02", "БМ 01", "БМ 02", "КМ 01", "ОН 1.1", "ОН 1.2",
                                             "РО 2.1", "", "Ф 01"]
    assert sheet.items[7].name_kk == "Программирование" and sheet.items[7].section is Section.PROFESSIONAL
    assert sheet.items[8].section is Section.PRACTICE and sheet.items[9].section is Section.ELECTIVES
    assert [s.iin for s in sheet.students] == MAKER.OWN_IINS
    assert sheet.students[1].grade_of("F").percent == 93  # "92,5" rounded half up
    assert sheet.students[3].grade_of("I") is None  # an empty cell is no grade yet
    assert sheet.students[0].grade_of("M").grade == SCALE.pass_fail_grade(True)


def _own(tmp_path, rows) -> Path:
    book = Workbook()
    book.active.append(["№", "ФИО", "ОН 1.1", "ОН 1.2"])
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "own.xlsx")
    return tmp_path / "own.xlsx"


def test_average_rows_are_passed_over_and_signatures_end_the_table(tmp_path):
    path = _own(tmp_path, [[1, "Әлиев Ұлан", 85, 90], [None, "Орташа балл", 85, 90], [2, "Ким Ольга", "сынақ", 70],
                           [None, None, "Топ жетекшісі", "Сәрсенова Ә."], [3, "Қасымов Һ.", "жақсы", 80]])
    (sheet,) = read_grade_workbook(path)
    assert [s.full_name for s in sheet.students] == ["Әлиев Ұлан", "Ким Ольга"]


def test_a_row_of_grades_without_a_name_is_named_not_skipped(tmp_path):
    found = problems_of(_own(tmp_path, [[1, "Әлиев Ұлан", 85, 90], [2, None, 70, 101], [3, "—", "A", None]]))
    assert [(p.row, p.column, p.code) for p in found] == [
        (3, "B", "grades.missing_name"), (3, "D", "grades.percent_out_of_range"),
        (4, "B", "grades.missing_name"), (4, "C", "grades.not_a_percent")]


def test_a_sheet_of_traditional_marks_is_not_taken_for_percents(tmp_path):
    found = problems_of(_own(tmp_path, [[n, f"Оқушы {n}", 5 - n % 3, 4] for n in range(1, 7)]))
    assert [(p.code, p.row, p.column, p.params) for p in found] == [
        ("grades.marks_not_percents", 2, "C", {"sheet": "Sheet"})]
