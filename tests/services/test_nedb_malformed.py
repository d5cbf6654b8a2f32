"""Malformed NEDB rows: every one a named problem on its line and column from the dry run, nothing written.

The dry run (analyse) must find every problem the import (apply) would meet: a row that passes it imports.
"""
import pytest
from nedb_system import HEADERS, TODAY, column, system_file, system_rows

from desktop.services import contingent, nedb, nedb_import
from desktop.services.errors import ValidationFailed

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _file(tmp_path, change) -> object:
    rows = system_rows(30)
    change(rows[0])
    path = tmp_path / "broken.txt"
    path.write_bytes(system_file(rows))
    return path


def _refused(db, path) -> set[tuple]:
    with pytest.raises(ValidationFailed) as caught:
        nedb_import.analyse(db, path, TODAY)
    assert all(problem.code for problem in caught.value.problems)
    return {(p.row, p.column, p.code) for p in caught.value.problems}


def _set(name: str, value: str):
    def change(row):
        row[column(name)] = value
    return change


def _left(enrolled: str, left: str):
    def change(row):
        row[column("Дата прибытия/зачисления")] = enrolled
        row[column("Дата выбытия")] = left
        row[column("Причина выбытия")] = "по собственному желанию"
    return change


CASES = [
    # a student who left without an enrolment date, or before enrolling: the import's movements would not fold
    ("left without enrolment", _left("", '="2026-10-01T00:00:00"'), "Дата прибытия/зачисления",
     "nedb.left_without_enrolment"),
    ("left before enrolling", _left('="2026-09-01T00:00:00"', '="2026-08-01T00:00:00"'), "Дата выбытия",
     "nedb.left_before_enrolment"),
    # digits str.isdigit() takes but int() does not, and full-width ones int() would read
    ("full-width IIN", lambda row: row.__setitem__(2, row[2].translate(FULL_WIDTH)), "ИИН", "id.foreign_digits"),
    ("superscript IIN", lambda row: row.__setitem__(2, row[2].translate(SUPERSCRIPT)), "ИИН", "id.not_12_digits"),
    ("superscript course", _set("Курс обучения", "² курс"), "Курс обучения", "nedb.bad_number"),
    ("full-width course", _set("Курс обучения", "１"), "Курс обучения", "nedb.bad_number"),
    ("superscript duration", _set("Срок обучения", "³ года"), "Срок обучения", "nedb.bad_number"),
    ("full-width date", _set("Дата рождения", "２００８-０１-０１"), "Дата рождения", "file.bad_date"),
    # numbers beyond what a field holds (a 20-digit course overflowed the database's integer)
    ("20-digit course", _set("Курс обучения", "9" * 20), "Курс обучения", "file.out_of_range"),
    ("5000-digit course", _set("Курс обучения", "9" * 5000), "Курс обучения", "file.out_of_range"),
    ("20-digit duration", _set("Срок обучения", "9" * 20 + " лет"), "Срок обучения", "group.bad_duration"),
    ("year 10000", _set("Дата прибытия/зачисления", '="10000-01-01"'), "Дата прибытия/зачисления", "file.bad_date"),
    ("enrolled in 1900", _set("Дата прибытия/зачисления", '="1900-01-01"'), "Дата прибытия/зачисления",
     "nedb.date_out_of_range"),
    ("scholarship of 20 digits", _set("Информация о начислении", "value=" + "9" * 20),
     "Информация о начислении", "file.out_of_range"),
    # NUL, control and bidi-override characters hide what a name holds
    ("NUL in a surname", _set("Фамилия", "Ахме\x00тов"), "Фамилия", "text.bad_character"),
    ("bell in a name", _set("Имя", "Ай\x07дос"), "Имя", "text.bad_character"),
    ("bidi override in a patronymic", _set("Отчество", "\u202eвечиванИ"), "Отчество", "text.bad_character"),
    # longer than the database's column (read from the models)
    ("5000-character group code", _set("Код группы", '="' + "Г" * 5000 + '"'), "Код группы", "file.too_long"),
    ("101-character surname", _set("Фамилия", "А" * 101), "Фамилия", "file.too_long"),
    ("41-character row id", _set("ID контингента", "7" * 41), "ID контингента", "file.too_long"),
    ("scholarship not a number", _set("Информация о начислении", "value=много"), "Информация о начислении",
     "file.not_a_number"),
]


@pytest.mark.parametrize("change, header, code", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_malformed_row_is_named_by_the_dry_run_and_nothing_is_written(db, tmp_path, change, header, code):
    found = _refused(db, _file(tmp_path, change))
    name = next(h for h in HEADERS if h.startswith(header))
    assert (2, name, code) in found
    assert contingent.list_students(db) == [] and nedb.list_submissions(db) == []


def test_a_row_the_dry_run_passes_imports(db, tmp_path):
    """Leaving on the day of enrolment, a leave in a file of the future, a reinstated student: all fold."""
    def change(rows):
        rows[0][column("Дата прибытия/зачисления")] = '="2026-09-01T00:00:00"'
        rows[0][column("Дата выбытия")] = '="2026-09-01T00:00:00"'
        rows[0][column("Причина выбытия")] = "выпуск"
        rows[1][column("Дата прибытия/зачисления")] = '="2027-01-10T00:00:00"'
        rows[1][column("Находится в академическом отпуске")] = "по состоянию здоровья"
    rows = system_rows(30)
    change(rows)
    path = tmp_path / "edge.txt"
    path.write_bytes(system_file(rows))
    plan = nedb_import.analyse(db, path, TODAY)
    assert nedb_import.apply(db, plan, set(), "registrar", TODAY).added == 30
    statuses = sorted(s.status for s in contingent.list_students(db))
    assert statuses.count("graduated") == 1 and statuses.count("academic_leave") == 2


def test_a_new_groups_qualification_of_another_specialty_is_named(db, tmp_path):
    def change(row):
        row[column("Специальность [speciality_a]")] = "04110100 Учет и аудит"
    found = _refused(db, _file(tmp_path, change))
    assert (2, "Квалификация [qualification_a]", "code.specialty_mismatch") in found
