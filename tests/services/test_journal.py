"""Every change through the services is checked against the role and written down, in the same transaction."""
import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.domain.roles import Area, Role
from desktop.models import AuditEntry, CurriculumRecord, Student
from desktop.services import college, journal
from desktop.services.actors import AccessDenied, Actor
from desktop.services.college import CollegeProfileData


def entries(db, **where):
    with db.session() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        for name, value in where.items():
            query = query.where(getattr(AuditEntry, name) == value)
        return list(session.scalars(query))


def count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def test_a_saved_record_is_written_down_with_who_and_what_changed(db):
    db.actor = Actor("aigerim", "Айгерім Сәдуақасова", Role.ADMIN, workstation="REG-01")
    college.save_profile(db, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
    college.save_profile(db, CollegeProfileData(name_kk="Колледж", name_ru="Политехнический колледж"))
    last = entries(db, record_kind="college_profile")[-1]
    assert (last.user_login, last.user_name, last.workstation, last.action) == (
        "aigerim", "Айгерім Сәдуақасова", "REG-01", "update")
    assert json.loads(last.changes)["fields"]["name_ru"] == ["Колледж", "Политехнический колледж"]
    assert last.origin == db.origin


def test_a_role_that_may_not_change_an_area_is_refused_and_nothing_is_written(demo_db):
    before = count(demo_db)
    demo_db.actor = Actor("r", "Registrar", Role.REGISTRAR)
    with pytest.raises(AccessDenied) as refused:
        with demo_db.session() as session:
            session.scalars(select(CurriculumRecord)).first().title = "changed"
    assert refused.value.area is Area.CURRICULA
    demo_db.actor = Actor("d", "Director", Role.DIRECTOR)
    with pytest.raises(AccessDenied):
        college.save_profile(demo_db, replace(college.get_profile(demo_db), phone="+7 7172 000000"))
    assert count(demo_db) == before
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).where(CurriculumRecord.title == "changed")) == 0


def test_bulk_statements_are_checked_too(demo_db):
    from sqlalchemy import update

    demo_db.actor = Actor("e", "Exams", Role.EXAMS)
    with pytest.raises(AccessDenied):
        with demo_db.session() as session:
            session.execute(update(Student).values(phone=""))


def test_an_import_is_one_entry_with_its_counts(demo_db):
    before = count(demo_db)
    with demo_db.session() as session, journal.bulk(session, "test_import", "file.xlsx", rows=3):
        for student in session.scalars(select(Student).limit(3)):
            student.phone = "+7 700 000 0000"
    [entry] = entries(demo_db)[before:]
    assert (entry.action, entry.operation, entry.record_label) == ("bulk", "test_import", "file.xlsx")
    assert json.loads(entry.changes) == {"counts": {"student": {"update": 3}}, "params": {"rows": 3}}


def test_a_detail_row_is_written_under_its_record(demo_db):
    from desktop.models import Movement

    with demo_db.session() as session:
        movement = session.scalars(select(Movement)).first()
        student_id = movement.student_id
        movement.reason = "исправлено"
    entry = entries(demo_db)[-1]
    assert (entry.record_kind, entry.record_id) == ("student", student_id)
    [detail] = json.loads(entry.changes)["details"]
    assert detail["kind"] == "movement" and detail["fields"]["reason"][1] == "исправлено"


def test_a_password_never_reaches_the_log(db):
    from datetime import datetime

    from desktop.models import AppUser

    with db.session() as session:
        session.add(AppUser(login="admin", full_name="Admin", role="administrator", password_hash="scrypt$secret",
                            active=True, created_at=datetime(2026, 12, 6)))
    assert "secret" not in entries(db, record_kind="app_user")[-1].changes


def test_work_over_many_sessions_can_be_one_entry(db):
    before = count(db)
    with db.bulk("demo", "Demo college"):
        college.save_profile(db, CollegeProfileData(name_kk="А", name_ru="А"))
        college.save_profile(db, CollegeProfileData(name_kk="Б", name_ru="Б"))
    [entry] = entries(db)[before:]
    assert entry.operation == "demo" and json.loads(entry.changes)["counts"]["college_profile"]["create"] == 1


def test_an_account_switched_off_or_given_another_role_since_sign_in_is_refused(demo_db, monkeypatch):
    from desktop.services import users
    from desktop.services.users import UserData

    users.create_user(demo_db, UserData("deputy", "Гүлнар Нұрланова", Role.DEPUTY), "a-long-password")
    deputy = users.authenticate(demo_db, "deputy", "a-long-password")
    admin_db = demo_db
    monkeypatch.setattr(journal, "RECHECK_AFTER", 0.0)
    deputy_db_actor, owner = deputy, admin_db.actor
    admin_db.actor = deputy_db_actor
    with admin_db.session() as session:  # the deputy may change curricula
        session.scalars(select(CurriculumRecord)).first().title = "Жаңа атау"
    admin_db.actor = owner
    user_id = next(u.id for u in users.list_users(admin_db) if u.login == "deputy")
    users.update_user(admin_db, user_id, UserData("deputy", "Гүлнар Нұрланова", Role.REGISTRAR))
    admin_db.actor = deputy_db_actor
    with pytest.raises(AccessDenied) as refused:
        with admin_db.session() as session:
            session.scalars(select(CurriculumRecord)).first().title = "Тағы"
    assert refused.value.why == "role_changed" and refused.value.role is Role.REGISTRAR
    admin_db.actor = owner
    users.set_active(admin_db, user_id, False)
    admin_db.actor = replace(deputy_db_actor, role=Role.REGISTRAR)
    with pytest.raises(AccessDenied) as refused:
        college.save_profile(admin_db, CollegeProfileData(name_kk="А", name_ru="А"))
    assert refused.value.why == "switched_off"


def test_a_restore_is_in_the_log_and_others_working_lately_are_named(demo_db, paths):
    from desktop.services.database import open_database

    backup = demo_db.backup_now()
    other = open_database(demo_db.path, paths.backups)
    other.actor = Actor("marat", "Марат", Role.ADMIN, workstation="REG-02")
    try:
        college.save_profile(other, replace(college.get_profile(other), phone="+7 7172 55 55 55"))
    finally:
        other.close()
    assert ("Марат", "REG-02") in demo_db.others_lately()
    demo_db.restore(backup)
    assert entries(demo_db)[-1].operation == "restore" and entries(demo_db)[-1].record_label == backup.name
