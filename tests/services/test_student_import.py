"""Students from a college's own Excel sheet: the guessed mapping, all-or-nothing, every bad cell named."""
from datetime import date, datetime

import pytest
from contingent import add_group, person
from openpyxl import Workbook

from desktop.exchange.student_sheet import guess_mapping, read_sheet
from desktop.services import contingent, student_import, students
from desktop.services.errors import ValidationFailed


def sheet_file(tmp_path, rows, headers=("№", "ФИО", "ИИН", "Дата рождения", "Пол", "Группа", "Финансирование")):
    book = Workbook()
    sheet = book.active
    sheet.title = "Студенты"
    sheet.append(["Список студентов на 01.09.2026"])
    sheet.append([])
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "students.xlsx"
    book.save(path)
    return path


def row(n, data, group="26ПО-11к", funding="МБ", sex="Ж"):
    return (n, f"{data.surname} {data.given_name} {data.patronymic}", data.iin, datetime(*data.birth_date.timetuple()[:3]),
            sex, group, funding)


def test_the_mapping_is_guessed_from_russian_kazakh_or_english_headers():
    assert guess_mapping(["№", "ФИО", "ИИН", "Дата рождения", "Пол", "Группа"]) == {
        "full_name": 1, "iin": 2, "birth_date": 3, "sex": 4, "group_code": 5}
    assert guess_mapping(["Тегі", "Аты", "ЖСН", "Туған күні", "Тобы"]) == {
        "surname": 0, "given_name": 1, "iin": 2, "birth_date": 3, "group_code": 4}
    assert guess_mapping(["Surname", "First name", "IIN", "Group"]) == {
        "surname": 0, "given_name": 1, "iin": 2, "group_code": 3}


def test_a_sheet_is_imported_with_its_admission_order(db, tmp_path):
    add_group(db)
    people = [person(3000 + 7 * n) for n in range(3)]
    path = sheet_file(tmp_path, [row(n + 1, p) for n, p in enumerate(people)])
    sheet = read_sheet(path)
    assert (sheet.header_row, len(sheet.rows)) == (3, 3)
    result = student_import.import_students(db, sheet, guess_mapping(sheet.headers), date(2026, 9, 1),
                                            ("103-к", date(2026, 8, 30)))
    assert (result.added, result.skipped_existing) == (3, 0)
    listed = contingent.list_students(db)
    assert {s.iin for s in listed} == {p.iin for p in people}
    card = students.get_student(db, listed[0].id)
    assert (card.data.funding, card.data.sex, card.movements[0].order_number) == ("state_local", "F", "103-к")
    again = student_import.import_students(db, sheet, guess_mapping(sheet.headers), date(2026, 9, 1))
    assert (again.added, again.skipped_existing) == (0, 3)


def test_every_bad_cell_is_named_and_nothing_is_written(db, tmp_path):
    add_group(db)
    good = person(3000)
    rows = [row(1, good), (2, "Бекова Сәуле", "12345", "32.01.2010", "?", "26ПО-11к", "МБ"),
            (3, "Ахметов Ерлан", person(3100, sex="M").iin, datetime(2010, 5, 17), "М", "NO-SUCH", "бесплатно")]
    sheet = read_sheet(sheet_file(tmp_path, rows))
    with pytest.raises(ValidationFailed) as error:
        student_import.import_students(db, sheet, guess_mapping(sheet.headers))
    found = {(p.row, p.column, p.code) for p in error.value.problems}
    assert {(5, "D", "file.bad_date"), (5, "E", "import.bad_sex"), (5, "C", "id.not_12_digits"),
            (6, "F", "import.unknown_group"), } <= found
    assert all(p.sheet == "Студенты" for p in error.value.problems)
    assert contingent.list_students(db) == []


def test_fields_left_unmapped_are_asked_for(db, tmp_path):
    sheet = read_sheet(sheet_file(tmp_path, [], headers=("A", "B")))
    with pytest.raises(ValidationFailed) as error:
        student_import.import_students(db, sheet, {})
    assert {p.field for p in error.value.problems} == {"group_code", "surname"}
