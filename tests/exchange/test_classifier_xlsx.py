from datetime import date, datetime

import pytest
from openpyxl import Workbook

from desktop.exchange.classifier_xlsx import ClassifierFileError, read_classifier
from desktop.services import classifier
from desktop.services.errors import ValidationFailed


def test_export_then_import_gives_the_same_classifier(demo_db, db, tmp_path):
    path = tmp_path / "classifier.xlsx"
    classifier.export_classifier_file(demo_db, path)
    classifier.import_classifier_file(db, path)
    assert classifier.list_entries(db) == classifier.list_entries(demo_db)


def _sheet(path, header, *rows, title="Жіктеуіш", skip=0):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for _ in range(skip):
        sheet.append(["Бекітемін"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_bilingual_headers_in_any_order_below_a_title(tmp_path, db):
    path = _sheet(tmp_path / "c.xlsx",
                  ["Атауы (орысша) / Наименование на русском", "Коды / Код", "Атауы (қазақша) / На казахском",
                   "Действует до"],
                  ["Машиностроение", "07150300", "Машина жасау", None],
                  ["Токарь", "3W07150301", "Токарь", datetime(2030, 6, 30)],
                  [None, None, None, None],
                  ["Слесарь", "3W07150302", "Слесарь", "30.06.2030"],
                  skip=3)
    sheet = read_classifier(path)
    assert [r.code for r in sheet.rows] == ["07150300", "3W07150301", "3W07150302"]
    assert sheet.rows[1].valid_to == date(2030, 6, 30) and sheet.rows[2].valid_to == date(2030, 6, 30)
    assert sheet.rows[0].row == 5
    summary = classifier.import_classifier_file(db, path)
    assert summary.added == 3


def test_a_code_typed_as_a_number_keeps_its_leading_zero(tmp_path):
    path = _sheet(tmp_path / "c.xlsx", ["Код", "Қазақша", "Русский"], [1140100, "Бастауыш", "Начальное"])
    assert read_classifier(path).rows[0].code == "01140100"


def test_every_bad_cell_is_reported_with_sheet_row_and_column(tmp_path, db):
    path = _sheet(tmp_path / "c.xlsx", ["Код", "Қазақша атауы", "Русское наименование"],
                  ["0715030", "Машина жасау", "Машиностроение"],
                  ["3W07150301", "", "Токарь"],
                  ["4S99990101", "Белгісіз", "Неизвестно"])
    before = classifier.list_entries(db)
    with pytest.raises(ValidationFailed) as caught:
        classifier.import_classifier_file(db, path)
    located = {(p.sheet, p.row, p.column, p.code) for p in caught.value.problems}
    assert located == {("Жіктеуіш", 2, "A", "code.bad_specialty"), ("Жіктеуіш", 3, "B", "field.required"),
                       ("Жіктеуіш", 4, "A", "code.no_specialty")}
    assert classifier.list_entries(db) == before


def test_a_bad_date_cell_is_reported(tmp_path):
    path = _sheet(tmp_path / "c.xlsx", ["Код", "Қазақша", "Русский", "Действует с"],
                  ["07150300", "Машина", "Машины", "в прошлом году"])
    with pytest.raises(ClassifierFileError) as caught:
        read_classifier(path)
    problem = caught.value.problems[0]
    assert (problem.row, problem.column, problem.code) == (2, "D", "file.bad_date")


def test_a_sheet_without_the_columns_and_a_file_that_is_not_excel(tmp_path, db):
    path = _sheet(tmp_path / "c.xlsx", ["Фамилия", "Имя"], ["Ахметов", "Ерлан"])
    with pytest.raises(ValidationFailed) as caught:
        classifier.import_classifier_file(db, path)
    assert caught.value.problems[0].code == "file.no_header"
    text = tmp_path / "c2.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(ValidationFailed) as caught:
        classifier.import_classifier_file(db, text)
    assert caught.value.problems[0].code == "file.not_workbook"
