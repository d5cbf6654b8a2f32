"""The window's catalogue knows the grading scale's, the grade sheet reader's and the grade services' codes, and the
college's new fields: a refused grade sheet or college card never shows a bare code or field name."""
from desktop.domain.grading import GRADING_MESSAGES
from desktop.exchange.grade_sheet import GRADE_SHEET_MESSAGES
from desktop.services import grade_texts
from desktop.views.messages import MESSAGES, field_name, message


def test_the_grade_codes_are_merged_like_the_other_areas():
    for table in (GRADING_MESSAGES, GRADE_SHEET_MESSAGES, grade_texts.MESSAGES):
        assert {code: MESSAGES.get(code) for code in table} == table
    assert message("grades.missing_name", {"column": "C"}) == \
        "the row has grades but no student's name: write the full name in column C"
    assert message("grading.gap", {"low": 50, "high": 54}) == "the percents 50-54 fall in no band of the grading scale"


def test_the_colleges_deputy_director_and_russian_bank_name_are_named():
    assert field_name("deputy_director") == "Deputy director for academic work"
    assert field_name("bank_name_ru") == "Bank, in Russian"
