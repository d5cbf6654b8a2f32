"""str(SheetFileError) is what a log and a caller without the window's catalogue show: every problem of a grade
sheet reads as its English sentence there, not as a bare code."""
from openpyxl import Workbook

from desktop.domain.grading import GRADING_MESSAGES
from desktop.domain.problems import FieldProblem
from desktop.exchange.cells import SheetFileError
from desktop.exchange.grade_sheet import GRADE_SHEET_MESSAGES, read_grade_workbook


def test_a_workbook_without_a_grade_sheet_says_so_in_words(tmp_path):
    book = Workbook()
    book.active.append(["Тізім", "телефон"])
    book.active.append(["Әбенов Арман", "+7 700 000 00 00"])
    book.save(tmp_path / "list.xlsx")
    try:
        read_grade_workbook(tmp_path / "list.xlsx")
    except SheetFileError as error:
        text = str(error)
    assert "no sheet of the workbook is a grade sheet" in text and "grades." not in text


def test_every_grade_and_grading_code_has_its_sentence():
    problems = [FieldProblem("x", code, {}) for code in (*GRADE_SHEET_MESSAGES, *GRADING_MESSAGES)]
    parts = str(SheetFileError(problems)).split("; ")
    assert len(parts) == len(problems)
    assert not [part for part in parts if part.startswith(("grades.", "grading."))]


def test_the_parameters_are_filled_in():
    error = SheetFileError([FieldProblem("grade", "grades.not_a_percent", {"value": "12x", "item": "ОН 1.1"}),
                            FieldProblem("bands", "grading.gap", {"low": 50, "high": 54})])
    assert str(error) == ("“12x” is not a percent of “ОН 1.1”: a number from 0 to 100 is expected, or сынақ / "
                          "зачтено for a pass; the percents 50-54 fall in no band of the grading scale")
