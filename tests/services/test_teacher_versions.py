"""Two workstations on the same teacher's card: the second save over the first is refused naming who saved, the first's
values stay. The load's saves, copies, accepted curriculum changes and hours imported are each one entry of the
change log with their counts; a role without the load is refused by the services."""
import json
import os
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from teacher_load_college import small_college

from desktop.domain.roles import Role
from desktop.models import AuditEntry
from desktop.services import teacher_load as load, teacher_load_actual as actual, teacher_load_changes as changes
from desktop.services import teacher_load_import as importing, teachers
from desktop.services.actors import AccessDenied, Actor
from desktop.services.database import open_database
from desktop.services.teacher_load_actual import ActualEntry
from desktop.services.teachers import TeacherData
from desktop.services.versions import StaleRecord

YEAR = 2026


@pytest.fixture
def other(demo_db, paths):
    database = open_database(demo_db.path, paths.backups)
    database.actor = Actor("saule", "Сәуле Қайратқызы", Role.DEPUTY, workstation="DEPUTY-PC")
    yield database
    database.close()


def _data(record) -> TeacherData:
    return TeacherData(record.full_name, record.iin or None, record.last_upgrade_on, record.position, record.subject,
                       record.education, record.diploma_number, record.diploma_on, record.category,
                       record.category_on, record.experience_since, record.experience_years, record.rate,
                       record.department_id)


def _last_entry_id(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def _entries_after(db, before: int) -> list[AuditEntry]:
    with db.session() as session:
        return session.scalars(select(AuditEntry).where(AuditEntry.id > before)).all()


def test_a_card_saved_by_another_since_it_was_read_is_refused_and_theirs_stays(demo_db, other):
    teacher_id = teachers.list_teachers(demo_db)[0].id
    mine, theirs = teachers.get_teacher(demo_db, teacher_id), teachers.get_teacher(other, teacher_id)
    assert mine.version == theirs.version is not None
    teachers.update_teacher(other, teacher_id, replace(_data(theirs), subject="Информатика"), version=theirs.version)
    with pytest.raises(StaleRecord) as refused:
        teachers.update_teacher(demo_db, teacher_id, replace(_data(mine), subject="Физика", rate="1,5"),
                                version=mine.version)
    assert refused.value.by == "Сәуле Қайратқызы" and refused.value.workstation == "DEPUTY-PC"
    assert refused.value.theirs["subject"] == "Информатика"
    stored = teachers.get_teacher(demo_db, teacher_id)
    assert stored.subject == "Информатика" and stored.rate == mine.rate
    assert stored.version == theirs.version + 1


def test_a_registrar_may_not_change_a_teacher_or_the_load(demo_db):
    record = teachers.list_teachers(demo_db)[0]
    demo_db.actor = Actor("r", "R", Role.REGISTRAR)
    with pytest.raises(AccessDenied):
        teachers.update_teacher(demo_db, record.id, replace(_data(record), subject="Басқа"), version=record.version)
    year, held = next((y, found) for y in range(2024, 2030) for found in [load.assignments(demo_db, y)] if found)
    with pytest.raises(AccessDenied):
        load.unassign(demo_db, year, [held[0].key])
    assert teachers.get_teacher(demo_db, record.id).subject == record.subject
    assert load.assignments(demo_db, year) == held


def test_one_save_of_the_distribution_is_one_entry_with_its_counts(db):
    college = small_college(db)
    units = load.year_plan(db, YEAR, [college["second"]]).units
    before = _last_entry_id(db)
    load.assign(db, YEAR, [u.key for u in units], college["kim"])
    [entry] = _entries_after(db, before)
    assert (entry.action, entry.operation, entry.record_label) == ("bulk", "load_assignment", "2026-2027")
    counts = json.loads(entry.changes)["counts"]
    assert counts["load_assignment"] == {"create": len(units)}
    before = _last_entry_id(db)
    load.unassign(db, YEAR, [units[0].key])  # taken back: one entry again
    [entry] = _entries_after(db, before)
    assert json.loads(entry.changes)["counts"] == {"load_assignment": {"delete": 1}}


def test_a_copy_and_an_acceptance_are_one_entry_each(db):
    college = small_college(db)
    last = load.year_plan(db, YEAR - 1).units
    load.assign(db, YEAR - 1, [u.key for u in last], college["abenova"])
    before = _last_entry_id(db)
    result = changes.copy_last_year(db, YEAR)
    [entry] = _entries_after(db, before)
    assert entry.operation == "load_copy_last_year"
    assert json.loads(entry.changes)["counts"]["load_assignment"]["create"] == result.copied
    before = _last_entry_id(db)
    assert changes.resolve(db, YEAR, []) == []  # nothing accepted: nothing written
    assert _entries_after(db, before) == []


def test_hours_imported_are_one_entry_and_one_typed_cell_its_own(db):
    college = small_college(db)
    unit = next(u for u in load.year_plan(db, YEAR, [college["second"]]).units if u.semester % 2)
    load.assign(db, YEAR, [unit.key], college["kim"])
    months = (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
    entries = tuple(ActualEntry(m, *unit.key, 0, college["kim"], 4) for m in months)
    preview = importing.ImportPreview(YEAR, "Часы", 1, entries, (), 0)
    before = _last_entry_id(db)
    importing.apply(db, preview)
    [entry] = _entries_after(db, before)
    assert (entry.operation, entry.record_label) == ("load_hours_import", "Часы")
    changes_made = json.loads(entry.changes)
    assert changes_made["counts"] == {"load_actual": {"create": 3}} and changes_made["params"]["hours"] == 12
    before = _last_entry_id(db)
    actual.record_hours(db, YEAR, [replace(entries[0], hours=6)])
    [entry] = _entries_after(db, before)
    assert entry.record_kind == "load_actual" and json.loads(entry.changes)["fields"]["hours"] == [4, 6]


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="ZHOSPAR_TEST_PG_URL is not set")
def test_on_postgres_the_second_card_saved_is_refused_and_nothing_lost(pg, paths):
    teacher_id = teachers.add_teacher(pg, TeacherData("Әбенова Гүлнар", rate="1"))
    other = open_database(os.environ["ZHOSPAR_TEST_PG_URL"], paths.backups)
    other.actor = Actor("saule", "Сәуле Қайратқызы", Role.DEPUTY, workstation="DEPUTY-PC")
    try:
        mine, theirs = teachers.get_teacher(pg, teacher_id), teachers.get_teacher(other, teacher_id)
        teachers.update_teacher(other, teacher_id, replace(_data(theirs), subject="Информатика"), version=theirs.version)
        with pytest.raises(StaleRecord) as refused:
            teachers.update_teacher(pg, teacher_id, replace(_data(mine), subject="Физика"), version=mine.version)
        assert refused.value.by == "Сәуле Қайратқызы"
        assert teachers.get_teacher(pg, teacher_id).subject == "Информатика"
    finally:
        other.close()
