"""The results workbook read back with openpyxl, in Kazakh and Russian: whole sheet names and headers in the
language, no English keys, "not scored" for candidates without marks, and the print settings an office needs
(landscape, fitted to the width, the header repeated and frozen, page X of Y and the identity on every page)."""
import pytest
from openpyxl import load_workbook

from desktop.services import exam_documents, exams

SHEETS = {"kk": ["Нәтижелер", "Аспектілер"], "ru": ["Результаты", "Аспекты"]}
HEADERS = {"kk": ("№", "Аты-жөні", "ЖСН", "Топ", "A (20)", "B (25)", "C (15)", "D (25)", "E (15)", "Барлығы (100)",
                  "Әріптік баға", "Дәстүрлі баға", "Нәтиже"),
           "ru": ("№", "Фамилия, имя, отчество", "ИИН", "Группа", "A (20)", "B (25)", "C (15)", "D (25)", "E (15)",
                  "Итого (100)", "Буквенная оценка", "Традиционная оценка", "Результат")}
RESULTS = {"kk": {"тапсырды", "тапсырмады", "келмеді"}, "ru": {"сдал", "не сдал", "неявка"}}
NOT_SCORED = {"kk": "бағаланбаған", "ru": "не оценено"}
PAGE = {"kk": "&P-бет, барлығы &N", "ru": "Страница &P из &N"}
ASPECTS = {"kk": ("Коды", "Аспектінің атауы", "Бағалау түрі", "Ең жоғары балл"),
           "ru": ("Код", "Наименование аспекта", "Вид оценки", "Максимальный балл")}


def session_id(demo_db, status: str) -> int:
    # the held one is the qualification exam of 23ПО-41р, protocol № 1
    return next(s.id for s in exams.list_sessions(demo_db)
                if s.status == status and (status != "held" or s.kind == "qualification"))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_results_workbook_in_the_chosen_language(demo_db, tmp_path, language):
    path = tmp_path / f"{language}.xlsx"
    assert exam_documents.write_results_workbook(demo_db, session_id(demo_db, "held"), path, language) == 10
    book = load_workbook(path)
    assert book.sheetnames == SHEETS[language]
    sheet = book[SHEETS[language][0]]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS[language]
    assert {row[-1] for row in rows[1:]} == RESULTS[language]
    assert [row[0] for row in rows[1:]] == list(range(1, 11))
    scored = [row for row in rows[1:] if row[9] is not None]
    assert all(row[9] == round(row[9], 2) and sheet.cell(2, 10).number_format == "0.00" for row in scored)
    assert all(isinstance(row[2], str) and len(row[2]) == 12 for row in rows[1:])  # IINs keep their leading zero
    aspects = list(book[SHEETS[language][1]].iter_rows(values_only=True))
    assert aspects[0] == ASPECTS[language] and aspects[-1][-1] == 100
    text = " ".join(str(value) for sheet in book for row in sheet.iter_rows(values_only=True) for value in row
                    if value is not None)
    for raw in ("measurement", "judgement", "good", "satisfactory", "passed", "absent", "None"):
        assert raw not in text


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_sheet_prints_on_landscape_pages_fitted_to_the_width(demo_db, tmp_path, language):
    path = tmp_path / f"{language}.xlsx"
    exam_documents.write_results_workbook(demo_db, session_id(demo_db, "held"), path, language)
    for sheet in load_workbook(path):
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.freeze_panes in ("A2", "C2")
        assert sheet.oddFooter.right.text == PAGE[language]
        assert "№ 1" in sheet.oddHeader.left.text
        assert all(sheet.column_dimensions[letter].width >= 5 for letter in "ABCD")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_candidates_not_yet_scored_are_not_scored_in_the_workbook(demo_db, tmp_path, language):
    path = tmp_path / f"{language}.xlsx"
    assert exam_documents.write_results_workbook(demo_db, session_id(demo_db, "planned"), path, language) == 26
    rows = list(load_workbook(path)[SHEETS[language][0]].iter_rows(values_only=True))
    assert {row[-1] for row in rows[1:]} == {NOT_SCORED[language]}
