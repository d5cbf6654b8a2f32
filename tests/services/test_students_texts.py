"""Texts of a student's card, a group and a student sheet: checked against their columns before writing."""
from dataclasses import replace
from datetime import datetime

import pytest
from contingent import add_group, person
from openpyxl import Workbook

from desktop.exchange.student_sheet import guess_mapping, read_sheet
from desktop.services import contingent, student_import, students
from desktop.services.contingent import GroupData
from desktop.services.errors import ValidationFailed


@pytest.mark.parametrize("change, field, code", [
    ({"surname": "А" * 101}, "surname", "text.too_long"),
    ({"phone": "7" * 31}, "phone", "text.too_long"),
    ({"given_name": "Ай\x00дос"}, "given_name", "text.bad_character"),
    ({"patronymic": "\u202eвечиванИ"}, "patronymic", "text.bad_character"),
])
def test_a_card_with_an_overlong_or_hidden_text_is_refused(db, change, field, code):
    group = add_group(db)
    with pytest.raises(ValidationFailed) as caught:
        students.create_student(db, replace(person(1), **change), group)
    assert (field, code) in {(p.field, p.code) for p in caught.value.problems}
    assert contingent.list_students(db) == []


def test_a_group_code_longer_than_its_column_is_refused(db):
    with pytest.raises(ValidationFailed) as caught:
        contingent.save_group(db, GroupData("Г" * 31, "06130100", "4S06130103", 2026, "9", "kk", "full_time", 46, ""))
    assert [(p.field, p.code, p.params["limit"]) for p in caught.value.problems] == [("group_code", "text.too_long", 30)]


def test_a_sheet_with_superscript_or_full_width_digits_in_an_iin_names_the_cells(db, tmp_path):
    add_group(db)
    book = Workbook()
    sheet = book.active
    sheet.append(["ФИО", "ИИН", "Дата рождения", "Группа"])
    data = person(7)
    for iin in (data.iin.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")),
                data.iin.translate(str.maketrans("0123456789", "０１２３４５６７８９"))):
        sheet.append([f"{data.surname} {data.given_name}", iin, datetime(2010, 5, 17), "26ПО-11к"])
    path = tmp_path / "students.xlsx"
    book.save(path)
    raw = read_sheet(path)
    with pytest.raises(ValidationFailed) as caught:
        student_import.import_students(db, raw, guess_mapping(raw.headers))
    assert {(p.row, p.code) for p in caught.value.problems} >= {(2, "id.not_12_digits"), (3, "id.foreign_digits")}
    assert contingent.list_students(db) == []
