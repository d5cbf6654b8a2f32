"""Users, roles and sign-in, checked by the services whatever a window allows (no Qt)."""
import os

import pytest

from desktop.domain.roles import Role
from desktop.services import contingent, users
from desktop.services.actors import AccessDenied, Actor
from desktop.services.errors import ValidationFailed
from desktop.services.users import SignInFailed, UserData

PASSWORD = "correct horse"


def codes(error) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.value.problems}


def admin(db, login="admin"):
    users.create_user(db, UserData(login, "Әкімші Айгүл", Role.ADMIN), PASSWORD)


def test_only_an_administrator_creates_users(db):
    db.actor = Actor("r", "Registrar", Role.REGISTRAR)
    with pytest.raises(AccessDenied):
        users.create_user(db, UserData("newone", "New One", Role.CURATOR), PASSWORD)
    with pytest.raises(AccessDenied):
        users.list_users(db)
    db.actor = Actor("a", "Admin", Role.ADMIN)
    user_id = users.create_user(db, UserData("newone", "New One", Role.CURATOR), PASSWORD)
    assert [(u.id, u.login, u.role, u.active) for u in users.list_users(db)] == [(user_id, "newone", Role.CURATOR, True)]


def test_the_journal_refuses_a_user_written_by_another_role_too(db):
    db.actor = Actor("d", "Deputy", Role.DEPUTY)
    from desktop.models import AppUser  # noqa: PLC0415
    from datetime import datetime  # noqa: PLC0415

    with pytest.raises(AccessDenied), db.session() as session:
        session.add(AppUser(login="sneaky", full_name="S", role="administrator", password_hash="x", active=True,
                            created_at=datetime.now()))


def test_a_user_signs_in_with_any_case_of_the_login(db):
    users.create_user(db, UserData("Registrar.1", "Тіркеуші Асель", Role.REGISTRAR), PASSWORD)
    actor = users.authenticate(db, "registrar.1", PASSWORD)
    assert (actor.login, actor.name, actor.role) == ("Registrar.1", "Тіркеуші Асель", Role.REGISTRAR)


def test_unknown_login_and_wrong_password_fail_alike(db):
    users.create_user(db, UserData("registrar", "R", Role.REGISTRAR), PASSWORD)
    with pytest.raises(SignInFailed) as unknown:
        users.authenticate(db, "nobody", PASSWORD)
    with pytest.raises(SignInFailed) as wrong:
        users.authenticate(db, "registrar", "wrong password")
    assert str(unknown.value) == str(wrong.value) and not unknown.value.inactive and not wrong.value.inactive


def test_a_switched_off_user_cannot_sign_in(db):
    admin(db)
    user_id = users.create_user(db, UserData("curator", "C", Role.CURATOR), PASSWORD)
    users.set_active(db, user_id, False)
    with pytest.raises(SignInFailed) as refused:
        users.authenticate(db, "curator", PASSWORD)
    assert refused.value.inactive
    with pytest.raises(SignInFailed) as wrong:
        users.authenticate(db, "curator", "not the password")
    assert not wrong.value.inactive  # only who knows the password learns the account is off


def test_a_curator_signs_in_with_their_groups(demo_db):
    groups = [g.id for g in contingent.list_groups(demo_db)[:2]]
    users.create_user(demo_db, UserData("curator", "Куратор", Role.CURATOR, True, frozenset(groups)), PASSWORD)
    actor = users.authenticate(demo_db, "CURATOR", PASSWORD)
    assert actor.role is Role.CURATOR and actor.group_ids == frozenset(groups)


def test_only_a_curator_has_groups(demo_db):
    group = contingent.list_groups(demo_db)[0].id
    with pytest.raises(ValidationFailed) as refused:
        users.create_user(demo_db, UserData("registrar", "R", Role.REGISTRAR, True, frozenset({group})), PASSWORD)
    assert codes(refused) == {("group_ids", "user.groups_not_curator")}
    with pytest.raises(ValidationFailed) as refused:
        users.create_user(demo_db, UserData("curator", "C", Role.CURATOR, True, frozenset({999999})), PASSWORD)
    assert codes(refused) == {("group_ids", "user.no_such_group")}


def test_what_a_user_record_needs(db):
    admin(db)
    cases = [
        (UserData("ab", "Name", Role.CURATOR), PASSWORD, ("login", "user.bad_login")),
        (UserData("with space", "Name", Role.CURATOR), PASSWORD, ("login", "user.bad_login")),
        (UserData("", "Name", Role.CURATOR), PASSWORD, ("login", "field.required")),
        (UserData("ADMIN", "Name", Role.CURATOR), PASSWORD, ("login", "user.login_taken")),
        (UserData("person", " ", Role.CURATOR), PASSWORD, ("full_name", "field.required")),
        (UserData("person", "Name", "owner"), PASSWORD, ("role", "user.bad_role")),
        (UserData("person", "Name", "janitor"), PASSWORD, ("role", "user.bad_role")),
        (UserData("person", "Name", Role.CURATOR), "short", ("password", "user.password_short")),
        (UserData("longlogin", "Name", Role.CURATOR), "LongLogin", ("password", "user.password_is_login")),
    ]
    for data, password, problem in cases:
        with pytest.raises(ValidationFailed) as refused:
            users.create_user(db, data, password)
        assert codes(refused) == {problem}, data
    users.create_user(db, UserData("айгүл.н", "Айгүл Н.", Role.DIRECTOR), PASSWORD)  # letters of any script
    assert len(users.list_users(db)) == 2


def test_the_last_active_administrator_stays_one(db):
    admin(db)
    only = users.list_users(db)[0]
    with pytest.raises(ValidationFailed) as refused:
        users.set_active(db, only.id, False)
    assert codes(refused) == {("active", "user.last_admin")}
    with pytest.raises(ValidationFailed) as refused:
        users.update_user(db, only.id, UserData("admin", "A", Role.DIRECTOR))
    assert codes(refused) == {("role", "user.last_admin")}
    admin(db, "second")
    users.update_user(db, only.id, UserData("admin", "A", Role.DIRECTOR))
    assert {u.login: u.role for u in users.list_users(db)} == {"admin": Role.DIRECTOR, "second": Role.ADMIN}


def test_an_administrator_sets_a_password_and_the_old_one_stops_working(db):
    admin(db)
    user_id = users.create_user(db, UserData("exams", "E", Role.EXAMS), PASSWORD)
    users.set_password(db, user_id, "brand new pass")
    with pytest.raises(SignInFailed):
        users.authenticate(db, "exams", PASSWORD)
    assert users.authenticate(db, "exams", "brand new pass").role is Role.EXAMS
    db.actor = Actor("exams", "E", Role.EXAMS)
    with pytest.raises(AccessDenied):
        users.set_password(db, user_id, "mine to choose")


def test_any_role_changes_its_own_password_and_only_that(db):
    admin(db)
    users.create_user(db, UserData("curator", "Куратор К.", Role.CURATOR), PASSWORD)
    db.actor = users.authenticate(db, "curator", PASSWORD)
    with pytest.raises(ValidationFailed) as refused:
        users.change_own_password(db, "not it at all", "another password")
    assert codes(refused) == {("old_password", "user.wrong_password")}
    with pytest.raises(ValidationFailed) as refused:
        users.change_own_password(db, PASSWORD, "short")
    assert codes(refused) == {("password", "user.password_short")}
    users.change_own_password(db, PASSWORD, "another password")
    assert users.authenticate(db, "curator", "another password").login == "curator"
    with pytest.raises(AccessDenied):  # the exception for one's own password opens nothing else
        users.update_user(db, 2, UserData("curator", "Куратор К.", Role.ADMIN))
    from desktop.models import AuditEntry  # noqa: PLC0415
    from sqlalchemy import select  # noqa: PLC0415

    with db.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.user_login, last.record_kind, last.action) == ("curator", "app_user", "update")
        assert "another password" not in last.changes and "scrypt" not in last.changes


def test_the_local_owner_has_no_password_to_change(db):
    with pytest.raises(ValidationFailed) as refused:
        users.change_own_password(db, "x", "something long")
    assert codes(refused) == {("old_password", "user.no_account")}


def test_the_first_administrator_is_created_before_anyone_signs_in(db):
    assert not users.has_users(db)
    actor = users.create_first_administrator(db, "director.admin", "Әкімші", PASSWORD)
    assert actor.role is Role.ADMIN and users.has_users(db)
    assert users.authenticate(db, "director.admin", PASSWORD).role is Role.ADMIN
    with pytest.raises(ValidationFailed) as refused:
        users.create_first_administrator(db, "another", "Another", PASSWORD)
    assert codes(refused) == {("login", "user.not_first")}


def test_the_first_administrator_even_when_the_program_runs_as_another_role(db):
    db.actor = Actor("guest", "Guest", Role.DIRECTOR)  # whatever the window set: no users means none signed in
    users.create_first_administrator(db, "admin", "Admin", PASSWORD)
    assert users.authenticate(db, "admin", PASSWORD).role is Role.ADMIN


def test_a_local_file_asks_for_sign_in_only_when_set_and_with_an_administrator(db):
    assert not users.sign_in_required(db)
    with pytest.raises(ValidationFailed) as refused:
        users.set_sign_in_required(db, True)
    assert codes(refused) == {("sign_in", "user.sign_in_needs_admin")}
    admin(db)
    users.set_sign_in_required(db, True)
    assert users.sign_in_required(db)
    db.actor = Actor("r", "R", Role.REGISTRAR)
    with pytest.raises(AccessDenied):
        users.set_sign_in_required(db, False)
    db.actor = users.authenticate(db, "admin", PASSWORD)
    users.set_sign_in_required(db, False)
    assert not users.sign_in_required(db)


@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="ZHOSPAR_TEST_PG_URL is not set")
def test_a_server_database_always_asks_for_sign_in(pg):
    assert pg.shared and users.sign_in_required(pg)
    users.create_first_administrator(pg, "admin", "Admin", PASSWORD)
    pg.actor = users.authenticate(pg, "ADMIN", PASSWORD)
    with pytest.raises(ValidationFailed) as refused:
        users.set_sign_in_required(pg, False)
    assert codes(refused) == {("sign_in", "user.sign_in_always_shared")}
    assert users.sign_in_required(pg)
    user_id = users.create_user(pg, UserData("registrar", "R", Role.REGISTRAR), PASSWORD)
    assert users.authenticate(pg, "registrar", PASSWORD).role is Role.REGISTRAR
    pg.actor = users.authenticate(pg, "registrar", PASSWORD)
    with pytest.raises(AccessDenied):
        users.set_password(pg, user_id, "registrar's own choice")


def test_a_weaker_hash_is_renewed_when_its_user_signs_in(db, monkeypatch):
    from desktop.services import passwords  # noqa: PLC0415

    admin(db)
    with monkeypatch.context() as weaker:
        weaker.setattr(passwords, "N", 2**12)
        users.create_user(db, UserData("dual", "D", Role.DUAL), PASSWORD)
    from desktop.models import AppUser  # noqa: PLC0415
    from sqlalchemy import select  # noqa: PLC0415

    def stored():
        with db.session() as session:
            return session.scalar(select(AppUser.password_hash).where(AppUser.login == "dual"))

    assert passwords.needs_rehash(stored())
    db.actor = users.authenticate(db, "dual", PASSWORD)
    assert not passwords.needs_rehash(stored())
    assert users.authenticate(db, "dual", PASSWORD).role is Role.DUAL


def test_an_administrator_who_renames_themselves_keeps_their_own_password_change(db):
    admin(db)
    db.actor = users.authenticate(db, "admin", PASSWORD)
    me = users.list_users(db)[0]
    users.update_user(db, me.id, UserData("aigul", "Айгүл Серікқызы", Role.ADMIN))
    assert (db.actor.login, db.actor.name) == ("aigul", "Айгүл Серікқызы")
    users.change_own_password(db, PASSWORD, "a better password")
    assert users.authenticate(db, "aigul", "a better password").role is Role.ADMIN
