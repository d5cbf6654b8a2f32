"""NEDB's contingent file: the layout, the round trip, matching by IIN, conflicts, changes and the log."""
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from contingent import add_group, enrol

from desktop.exchange import nedb_file
from desktop.paths import resource_path
from desktop.services import contingent, movements, nedb, nedb_import, students
from desktop.services.database import open_database
from desktop.services.errors import ValidationFailed
from desktop.services.movements import OrderInput

TODAY = date(2026, 11, 20)


def fresh(paths, name):
    return open_database(paths.data / name, paths.backups)


def import_all(db, path, take=()):
    plan = nedb_import.analyse(db, path, TODAY)
    return plan, nedb_import.apply(db, plan, set(take), "test", TODAY)


def test_the_demo_contingent_survives_export_import_export_byte_for_byte(demo_db, paths, tmp_path):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    nedb.export_contingent(demo_db, first, "registrar", TODAY)
    empty = fresh(paths, "empty.sqlite")
    try:
        plan, result = import_all(empty, first)
        assert (result.added, result.groups_added) == (290, 11)
        nedb.export_contingent(empty, second, "registrar", TODAY)
        assert second.read_bytes() == first.read_bytes()
        assert contingent.list_groups(empty)[0].duration_months == contingent.list_groups(demo_db)[0].duration_months
    finally:
        empty.close()


def test_the_exported_file_follows_the_systems_layout(demo_db, tmp_path):
    path = tmp_path / "contingent.txt"
    nedb.export_contingent(demo_db, path, "registrar", TODAY)
    data = path.read_bytes()
    assert data.startswith(b"\xff\xfe")  # UTF-16 little-endian with its byte-order mark
    text = data[2:].decode("utf-16-le")
    lines = text.split("\r\n")
    assert lines[-1] == "" and "\n" not in text.replace("\r\n", "")
    headers = lines[0].split("\t")
    assert headers[:2] == ["EI Контингента", "ID контингента"]
    assert headers[2:7] == ["ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения"]
    assert "Код группы [6159]" in headers and "Обучение за счет средств [6662]" in headers
    row = dict(zip(headers, lines[1].split("\t")))
    for text_cell in ("ИИН", "Дата рождения", "Дата прибытия/зачисления [267]", "Код группы [6159]"):
        assert row[text_cell].startswith('="') and row[text_cell].endswith('"')
    assert len(row["ИИН"]) == 15
    assert row["Язык обучения [209]"] in ("казахский", "русский")
    assert row["Форма обучения [5568]"] in ("очная", "заочная")
    assert row["Ребенок - сирота [251]"] in ("Да", "Нет")
    assert row["Обучение за счет средств [6662]"] in ("РБ", "МБ", "средства работодателя", "самофинансирование")
    assert all(len(line.split("\t")) == len(headers) for line in lines[1:-1])
    assert len(lines) - 2 == 290
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_students_who_left_this_year_are_exported_with_date_and_reason(demo_db):
    rows = {name: record for _, name, record in nedb.export_rows(demo_db, TODAY)}
    expelled = [r for r in rows.values() if r["left_on"]]
    assert len(expelled) == 2
    assert {r["leaving_reason"] for r in expelled} == {"по собственному желанию"}
    assert sum(r["academic_leave"] == "Да" for r in rows.values()) == 2
    next_year = nedb.export_rows(demo_db, date(2027, 9, 15))
    assert not any(record["left_on"] for _, _, record in next_year)


def test_the_demo_nedb_file_shows_every_outcome(demo_db):
    plan = nedb_import.analyse(demo_db, resource_path("demo", "nedb-contingent.txt"), TODAY)
    assert (plan.count("new"), plan.count("conflict")) == (4, 4)
    fields = {d.field for row in plan.rows for d in row.differences}
    assert fields == {"surname", "locality", "dormitory", "group_code"}


def test_conflicts_keep_ours_unless_the_user_takes_the_files(demo_db):
    path = resource_path("demo", "nedb-contingent.txt")
    plan = nedb_import.analyse(demo_db, path, TODAY)
    surname = next(r for r in plan.rows if any(d.field == "surname" for d in r.differences))
    locality = next(r for r in plan.rows if any(d.field == "locality" for d in r.differences))
    moved = next(r for r in plan.rows if any(d.field == "group_code" for d in r.differences))
    result = nedb_import.apply(demo_db, plan, {surname.line, moved.line}, "test", TODAY)
    assert (result.added, result.updated, result.kept) == (4, 1, 2)
    assert students.get_student(demo_db, surname.student_id).data.surname == surname.values["surname"]
    assert students.get_student(demo_db, locality.student_id).data.locality != locality.values["locality"]
    assert students.get_student(demo_db, moved.student_id).group_code == "25УА-21р"  # groups change by orders only
    kept = students.get_student(demo_db, locality.student_id)
    assert kept.nedb_id == locality.values["system_id"]  # the system's row ids are always taken


def test_a_second_import_of_the_same_file_changes_nothing(demo_db):
    path = resource_path("demo", "nedb-contingent.txt")
    import_all(demo_db, path)
    plan = nedb_import.analyse(demo_db, path, TODAY)
    assert plan.count("new") == 0
    new = [s for s in contingent.list_students(demo_db) if s.surname == "Сұлтанов"]
    card = students.get_student(demo_db, new[0].id)
    assert (card.group_code, card.data.enrolment_kind, card.movements[0].order_number) == ("25ПО-21р", "transfer", "")


def _file(tmp_path, records) -> Path:
    path = tmp_path / "bad.txt"
    nedb_file.write_file(path, nedb_file.from_records(records))
    return path


def test_every_bad_cell_is_reported_with_line_and_column_and_nothing_is_written(demo_db, tmp_path):
    rows = [record for _, _, record in nedb.export_rows(demo_db, TODAY)][:3]
    rows[0] = {**rows[0], "iin": "123456789012", "birth_date": "31.13.2010"}
    rows[1] = {**rows[1], "language": "английский", "group_code": "NEW-1", "specialty": "99999999 - ?"}
    rows[2] = {**rows[2], "scholarship": "может быть"}
    empty_before = len(contingent.list_students(demo_db))
    with pytest.raises(ValidationFailed) as error:
        nedb_import.analyse(demo_db, _file(tmp_path, rows), TODAY)
    found = {(p.row, p.column, p.code) for p in error.value.problems}
    assert (2, "ИИН", "id.bad_check_digit") in found
    assert (2, "Дата рождения", "file.bad_date") in found
    assert (3, "Язык обучения [209]", "nedb.bad_word") in found
    assert (3, "Специальность и классификатор (основной) [426]", "nedb.unknown_code") in found
    assert (4, "Назначена стипендия [447]", "nedb.bad_word") in found
    assert len(contingent.list_students(demo_db)) == empty_before


def test_a_file_that_is_not_nedbs_is_refused_plainly(db, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("ИИН;Фамилия\n1;2\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as error:
        nedb_import.analyse(db, path)
    assert error.value.problems[0].code == "nedb.no_bom"
    path.write_bytes(nedb_file.BOM + "Фамилия\tИмя\r\n".encode("utf-16-le"))
    with pytest.raises(ValidationFailed) as error:
        nedb_import.analyse(db, path)
    assert error.value.problems[0].code == "nedb.missing_columns"


def test_changes_since_the_last_export_and_the_log(db, tmp_path):
    group = add_group(db)
    ids = enrol(db, group, 3)
    assert nedb.changes_since_last_export(db, TODAY).since is None
    nedb.export_contingent(db, tmp_path / "1.txt", "Registrar", TODAY)
    card = students.get_student(db, ids[0])
    from dataclasses import replace

    students.update_student(db, ids[0], replace(card.data, scholarship=not card.data.scholarship))
    movements.apply_order(db, OrderInput("9-к", TODAY, "expulsion", TODAY, reason="own_wish"), [ids[1]])
    enrol(db, group, 1, start=5000)
    changes = nedb.changes_since_last_export(db, TODAY)
    assert (len(changes.added), len(changes.changed), len(changes.left)) == (1, 1, 1)
    row = nedb.export_contingent(db, tmp_path / "2.txt", "Registrar", TODAY)
    assert (row.total, row.added, row.changed, row.left, row.round) == (4, 1, 1, 1, "2026-autumn")
    log = nedb.list_submissions(db)
    assert [s.file_name for s in log] == ["2.txt", "1.txt"] and len(log[0].sha256) == 64


def test_the_round_reminder(db, tmp_path):
    assert nedb.round_reminder(db, date(2026, 11, 20)) is None
    reminder = nedb.round_reminder(db, date(2027, 3, 10))
    assert (reminder.round, reminder.exported) == ("2027-spring", False)
    nedb.export_contingent(db, tmp_path / "x.txt", "R", date(2027, 3, 10))
    assert nedb.round_reminder(db, date(2027, 3, 11)).exported


def test_the_workbook_for_hand_filled_sections(demo_db, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "nedb.xlsx"
    assert nedb.export_workbook(demo_db, path, TODAY) == 290
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    book = load_workbook(path)
    assert book.sheetnames == ["Контингент", "ООП", "Социальные категории"]
    assert book["Контингент"].max_row == 291
    sheet = book["Контингент"]
    column = [cell.value for cell in sheet[1]].index("ИИН") + 1
    iin = sheet.cell(2, column).value
    assert isinstance(iin, str) and len(iin) == 12
    assert book["ООП"].max_row - 1 == 5


def test_a_student_gone_from_the_file_is_named_among_those_who_left(db, tmp_path):
    group = add_group(db)
    ids = enrol(db, group, 2)
    nedb.export_contingent(db, tmp_path / "1.txt", "R", TODAY)
    movements.apply_order(db, OrderInput("9-к", TODAY, "expulsion", TODAY, reason="own_wish"), [ids[0]])
    card = students.get_student(db, ids[0])
    next_year = nedb.changes_since_last_export(db, date(2027, 9, 15))  # no longer in the file at all
    assert f"{card.data.surname} {card.data.given_name}" in next_year.left



def test_a_file_of_a_header_alone_is_refused_not_logged(demo_db, tmp_path):
    """A file cut after its header was logged as an import of nobody (a tester's finding)."""
    text = resource_path("demo", "nedb-contingent.txt").read_bytes().decode("utf-16")
    header_only = tmp_path / "header.txt"
    header_only.write_bytes(text.split("\r\n")[0].encode("utf-16") + "\r\n".encode("utf-16-le"))
    logged = len(nedb.list_submissions(demo_db))
    with pytest.raises(ValidationFailed) as refused:
        nedb_import.analyse(demo_db, header_only, TODAY)
    assert [(p.code, p.row) for p in refused.value.problems] == [("nedb.no_rows", 2)]
    assert len(nedb.list_submissions(demo_db)) == logged
