"""No lost update on students and groups, and imports and orders as one entry of the change log each."""
import json
import os
from dataclasses import replace
from datetime import date

import pytest
from contingent import add_group, enrol, person
from final_grades import graded_group
from openpyxl import Workbook
from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.exchange.student_sheet import guess_mapping, read_sheet
from desktop.models import AuditEntry, Movement
from desktop.paths import resource_path
from desktop.services import contingent, grade_import, grades, movements, nedb_import, student_import, students
from desktop.services.actors import Actor
from desktop.services.database import open_database
from desktop.services.movements import OrderInput
from desktop.services.versions import StaleRecord

TODAY = date(2026, 11, 20)


@pytest.fixture
def second(demo_db):
    """Another workstation on the same college file, signed in as another registrar."""
    other = open_database(demo_db.path, demo_db.backups_root)
    demo_db.actor = Actor("aigerim", "Айгерим Б.", Role.REGISTRAR, workstation="REG-1")
    other.actor = Actor("dana", "Дана К.", Role.REGISTRAR, workstation="REG-2")
    yield other
    other.close()


def _entries(db, **where):
    with db.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for name, value in where.items():
            query = query.where(getattr(AuditEntry, name) == value)
        return session.scalars(query).all()


def test_a_student_saved_meanwhile_refuses_the_second_save_and_keeps_the_first(demo_db, second):
    student_id = contingent.list_students(demo_db)[0].id
    mine, theirs = students.get_student(demo_db, student_id), students.get_student(second, student_id)
    assert mine.row_version == theirs.row_version is not None
    other_place = "urban" if mine.data.locality == "rural" else "rural"
    students.update_student(demo_db, student_id, replace(mine.data, phone="+7 701 111 2233"), mine.row_version)
    with pytest.raises(StaleRecord) as refused:
        students.update_student(second, student_id, replace(theirs.data, phone="+7 777 000 0000",
                                                            locality=other_place), theirs.row_version)
    error = refused.value
    assert (error.by, error.workstation, error.record_id) == ("Айгерим Б.", "REG-1", student_id)
    assert error.at is not None and error.theirs == {"phone": "+7 701 111 2233", "locality": mine.data.locality}
    stored = students.get_student(second, student_id)
    assert (stored.data.phone, stored.data.locality) == ("+7 701 111 2233", mine.data.locality)
    # read again, the second user's save goes through
    students.update_student(second, student_id, replace(stored.data, locality=other_place), stored.row_version)
    assert students.get_student(demo_db, student_id).data.locality == other_place


def test_a_save_without_a_version_is_not_checked_and_a_good_one_returns_the_new_version(demo_db):
    student_id = contingent.list_students(demo_db)[0].id
    card = students.get_student(demo_db, student_id)
    new_version = students.update_student(demo_db, student_id, replace(card.data, phone="+7 701 555 0000"),
                                          card.row_version)
    assert new_version == card.row_version + 1 == students.get_student(demo_db, student_id).row_version
    students.update_student(demo_db, student_id, card.data)  # an undo: no version, no check
    assert students.get_student(demo_db, student_id).data.phone == card.data.phone


def test_a_group_saved_meanwhile_refuses_the_second_save(demo_db, second):
    group_id = contingent.list_groups(demo_db)[0].id
    mine, theirs = contingent.read_group(demo_db, group_id), contingent.read_group(second, group_id)
    contingent.save_group(demo_db, replace(mine.data, curator="Ахметова Г."), group_id, mine.row_version)
    with pytest.raises(StaleRecord) as refused:
        contingent.save_group(second, replace(theirs.data, curator="Иванова Е."), group_id, theirs.row_version)
    assert refused.value.by == "Айгерим Б." and refused.value.theirs == {"curator": "Ахметова Г."}
    assert contingent.get_group(second, group_id).curator == "Ахметова Г."


def _order(number="231-к"):
    return OrderInput(number, date(2026, 11, 2), "leave", date(2026, 11, 3), reason="health",
                      until=date(2027, 11, 3))


def test_an_order_over_students_changed_since_the_list_was_read_writes_nothing(demo_db, second):
    shown = [s for s in contingent.list_students(demo_db) if s.status == "studying"][:3]
    versions = {s.id: s.row_version for s in shown}
    card = students.get_student(second, shown[1].id)
    students.update_student(second, card.id, replace(card.data, phone="+7 702 000 1111"), card.row_version)
    with pytest.raises(StaleRecord) as refused:
        movements.apply_order(demo_db, _order(), [s.id for s in shown], versions)
    assert refused.value.record_id == shown[1].id and refused.value.by == "Дана К."
    with demo_db.session() as session:
        assert not session.scalars(select(Movement).where(Movement.student_id.in_(versions), Movement.kind == "leave")
                                   ).all()
    assert {s.id: s.status for s in contingent.list_students(demo_db) if s.id in versions} == \
        {s.id: "studying" for s in shown}
    fresh = {s.id: s.row_version for s in contingent.list_students(demo_db) if s.id in versions}
    movements.apply_order(demo_db, _order(), list(fresh), fresh)  # read again: applied
    assert {s.status for s in contingent.list_students(demo_db) if s.id in versions} == {"academic_leave"}


def test_an_order_over_several_students_is_one_entry_with_its_counts(demo_db):
    shown = [s for s in contingent.list_students(demo_db) if s.status == "studying"][:4]
    before = len(_entries(demo_db))
    movements.apply_order(demo_db, _order("77-к"), [s.id for s in shown], {s.id: s.row_version for s in shown})
    added = _entries(demo_db)[before:]
    assert [(e.action, e.operation, e.record_label) for e in added] == [("bulk", "movement_order", "№ 77-к, 02.11.2026")]
    changes = json.loads(added[0].changes)
    assert changes["counts"]["movement"] == {"create": 4} and changes["counts"]["student"] == {"update": 4}
    assert changes["params"] == {"kind": "leave", "students": 4}


def test_a_student_import_is_one_entry_named_by_its_file(db, tmp_path):
    add_group(db)
    book = Workbook()
    book.active.append(["ФИО", "ИИН", "Дата рождения", "Группа"])
    for n in range(3):
        p = person(4000 + 7 * n)
        book.active.append([f"{p.surname} {p.given_name}", p.iin, p.birth_date, "26ПО-11к"])
    path = tmp_path / "первый курс.xlsx"
    book.save(path)
    sheet = read_sheet(path)
    before = len(_entries(db))
    student_import.import_students(db, sheet, guess_mapping(sheet.headers), date(2026, 9, 1), label=path.name)
    added = _entries(db)[before:]
    assert [(e.operation, e.record_label) for e in added] == [("student_import", "первый курс.xlsx")]
    changes = json.loads(added[0].changes)
    assert changes["counts"]["student"] == {"create": 3} and changes["params"] == {"added": 3, "skipped": 0}


def test_an_nedb_import_is_one_entry_with_its_counts(demo_db):
    path = resource_path("demo", "nedb-contingent.txt")
    plan = nedb_import.analyse(demo_db, path, TODAY)
    surname = next(r for r in plan.rows if any(d.field == "surname" for d in r.differences))
    before = len(_entries(demo_db))
    nedb_import.apply(demo_db, plan, {surname.line}, "test", TODAY)
    added = _entries(demo_db)[before:]
    assert [(e.operation, e.record_label) for e in added] == [("nedb_import", "nedb-contingent.txt")]
    params = json.loads(added[0].changes)["params"]
    assert (params["added"], params["updated"], params["rows"]) == (4, 1, len(plan.rows))


def test_a_grade_import_is_one_entry_named_by_its_file(db, tmp_path):
    group_id, _ = graded_group(db)
    first, second_student, _third = grades.grade_grid(db, group_id).students
    book = Workbook()
    book.active.title = "Ведомость"
    book.active.append(["№", "ФИО", "ЖСН", "ЖБП 01", "ОН 1.1"])
    book.active.append([1, first.full_name, "", 91, 84])
    book.active.append([2, second_student.full_name, "", 75, 60])
    path = tmp_path / "ведомость 3 курс.xlsx"
    book.save(path)
    plan = grade_import.analyse(db, group_id, path)
    before = len(_entries(db))
    assert grade_import.apply(db, plan) == 4
    added = _entries(db)[before:]
    assert [(e.operation, e.record_label) for e in added] == [("grade_import", "ведомость 3 курс.xlsx")]
    changes = json.loads(added[0].changes)
    assert changes["counts"]["final_grade"] == {"create": 4} and changes["params"]["grades"] == 4


def test_a_student_save_is_its_own_entry_with_the_fields_changed(db):
    group_id = add_group(db)
    (student_id,) = enrol(db, group_id)
    card = students.get_student(db, student_id)
    students.update_student(db, student_id, replace(card.data, phone="+7 701 000 0001"), card.row_version)
    entry = _entries(db, record_kind="student", record_id=student_id)[-1]
    assert entry.action == "update" and json.loads(entry.changes)["fields"]["phone"] == ["", "+7 701 000 0001"]


@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="no PostgreSQL for the tests")
def test_on_postgresql_the_second_save_is_refused_and_nothing_is_lost(pg, paths):
    group_id = add_group(pg)
    (student_id,) = enrol(pg, group_id)
    other = open_database(os.environ["ZHOSPAR_TEST_PG_URL"], paths.backups)
    try:
        pg.actor = Actor("aigerim", "Айгерим Б.", Role.REGISTRAR, workstation="REG-1")
        other.actor = Actor("dana", "Дана К.", Role.REGISTRAR, workstation="REG-2")
        mine, theirs = students.get_student(pg, student_id), students.get_student(other, student_id)
        students.update_student(pg, student_id, replace(mine.data, phone="+7 701 111 2233"), mine.row_version)
        with pytest.raises(StaleRecord) as refused:
            students.update_student(other, student_id, replace(theirs.data, phone="+7 777 000 0000"),
                                    theirs.row_version)
        assert refused.value.by == "Айгерим Б." and refused.value.theirs == {"phone": "+7 701 111 2233"}
        assert students.get_student(other, student_id).data.phone == "+7 701 111 2233"
        shown = contingent.list_students(other)
        with pytest.raises(StaleRecord):  # the list read before the save: an order over it refuses
            movements.apply_order(other, _order(), [student_id], {student_id: theirs.row_version})
        movements.apply_order(other, _order(), [student_id], {s.id: s.row_version for s in shown})
        assert students.get_student(pg, student_id).status == "academic_leave"
    finally:
        other.close()
