"""Signing in: nothing asked of a local file's single user; a database that asks gets a sign-in that says only
that the pair is wrong; a database without users gets its administrator first; anyone changes their password."""
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from desktop.domain.roles import Role
from desktop.services import users
from desktop.services.actors import Actor
from desktop.services.users import UserData
from desktop.views.access import sign_in as module
from desktop.views.access.sign_in import ChangePasswordDialog, FirstAdministratorDialog, SignInDialog, sign_in

PASSWORD = "correct horse"


@pytest.fixture
def texts(monkeypatch):
    """The users' message texts merged as views/messages.py merges the other services' texts."""
    from desktop.services import users_texts
    from desktop.views import messages

    for code, text in users_texts.MESSAGES.items():
        monkeypatch.setitem(messages.MESSAGES, code, text)
    for name, text in users_texts.FIELDS.items():
        monkeypatch.setitem(messages.FIELDS, name, text)


@pytest.fixture
def asking(db):
    """A local file whose administrator asked for sign-in, with a registrar."""
    users.create_user(db, UserData("admin", "Әкімші", Role.ADMIN), PASSWORD)
    users.create_user(db, UserData("asel", "Асель Тіркеуші", Role.REGISTRAR), PASSWORD)
    users.set_sign_in_required(db, True)
    return db


def answering(monkeypatch, dialog_class, fill):
    """The dialog's exec filled in by `fill` and submitted as Enter would."""
    def exec_(self):
        fill(self)
        self.accept()
        return self.result()
    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_a_local_file_that_asks_nothing_opens_as_its_owner(qtbot, db):
    db.actor = Actor("someone", "S", Role.REGISTRAR)
    assert sign_in(None, db)
    assert db.actor.role is Role.OWNER


def test_the_right_pair_signs_in_with_enter(qtbot, asking):
    dialog = SignInDialog(asking)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.login, "ASEL")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.actor.login, dialog.actor.role) == ("asel", Role.REGISTRAR)


def test_a_wrong_pair_says_so_without_telling_which(qtbot, asking):
    said = []
    for login, password in (("asel", "wrong password"), ("nobody", PASSWORD)):
        dialog = SignInDialog(asking)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.login.setText(login)
        dialog.password.setText(password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.actor is None
        assert dialog.password.text() == ""  # typed again, not left to be read over a shoulder
        said.append(dialog.problem.text())
    assert said[0] == said[1] and "not right" in said[0]


def test_escape_cancels_and_nobody_is_signed_in(qtbot, asking, monkeypatch):
    def exec_(self):
        self.show()
        qtbot.keyClick(self.login, Qt.Key.Key_Escape)
        return self.result()
    monkeypatch.setattr(SignInDialog, "exec", exec_)
    before = asking.actor
    assert not sign_in(None, asking)
    assert asking.actor is before


def test_sign_in_sets_the_actor(qtbot, asking, monkeypatch):
    answering(monkeypatch, SignInDialog, lambda d: (d.login.setText("asel"), d.password.setText(PASSWORD)))
    assert sign_in(None, asking)
    assert (asking.actor.login, asking.actor.name, asking.actor.role) == ("asel", "Асель Тіркеуші", Role.REGISTRAR)


def test_a_switched_off_user_is_told_so_only_with_the_right_password(qtbot, asking):
    asel = next(u for u in users.list_users(asking) if u.login == "asel")
    users.set_active(asking, asel.id, False)
    dialog = SignInDialog(asking)
    qtbot.addWidget(dialog)
    dialog.login.setText("asel")
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert "switched off" in dialog.problem.text() and dialog.actor is None


def test_a_database_without_users_gets_its_administrator_first(qtbot, db, monkeypatch, dialogs, texts):
    monkeypatch.setattr(module.users, "sign_in_required", lambda _db: True)
    fills = iter([("admin", "Әкімші Айгүл", PASSWORD, "another one"), ("admin", "Әкімші Айгүл", PASSWORD, PASSWORD)])

    def fill(dialog):
        login, name, password, repeat = next(fills)
        dialog.login.setText(login)
        dialog.full_name.setText(name)
        dialog.password.setText(password)
        dialog.repeat.setText(repeat)

    def exec_(self):
        fill(self)
        self.accept()  # the two passwords differ: refused, the dialog stays
        assert self.result() != QDialog.DialogCode.Accepted
        fill(self)
        self.accept()
        return self.result()
    monkeypatch.setattr(FirstAdministratorDialog, "exec", exec_)
    assert sign_in(None, db)
    assert (db.actor.login, db.actor.role) == ("admin", Role.ADMIN)
    assert any("the two passwords typed differ" in said[3] for said in dialogs if said[0] == "box")
    assert users.authenticate(db, "admin", PASSWORD).role is Role.ADMIN


def test_a_short_first_password_is_refused_with_the_reason(qtbot, db, dialogs, texts):
    dialog = FirstAdministratorDialog(db)
    qtbot.addWidget(dialog)
    for field, value in ((dialog.login, "admin"), (dialog.full_name, "A"), (dialog.password, "short"),
                         (dialog.repeat, "short")):
        field.setText(value)
    dialog.accept()
    assert dialog.actor is None and not users.has_users(db)
    assert "at least 8 characters" in dialogs[-1][3]


def test_a_curator_changes_their_own_password(qtbot, asking, dialogs, texts):
    users.create_user(asking, UserData("curator", "Куратор", Role.CURATOR), PASSWORD)
    asking.actor = users.authenticate(asking, "curator", PASSWORD)
    dialog = ChangePasswordDialog(asking)
    qtbot.addWidget(dialog)
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in (dialog.old, dialog.password, dialog.repeat))
    dialog.old.setText("not my password")
    dialog.password.setText("a new password")
    dialog.repeat.setText("a new password")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Current password: is not right" in dialogs[-1][3]
    dialog.old.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(asking, "curator", "a new password").role is Role.CURATOR


@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="ZHOSPAR_TEST_PG_URL is not set")
def test_a_server_database_asks_for_its_administrator_at_once(qtbot, pg, monkeypatch):
    def fill(dialog):
        for field, value in ((dialog.login, "admin"), (dialog.full_name, "Админ"), (dialog.password, PASSWORD),
                             (dialog.repeat, PASSWORD)):
            field.setText(value)
    answering(monkeypatch, FirstAdministratorDialog, fill)
    assert sign_in(None, pg)
    assert pg.actor.role is Role.ADMIN
    answering(monkeypatch, SignInDialog, lambda d: (d.login.setText("Admin"), d.password.setText(PASSWORD)))
    assert sign_in(None, pg) and pg.actor.login == "admin"


def test_after_a_few_wrong_tries_the_next_waits(qtbot, asking):
    dialog = SignInDialog(asking)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for _ in range(module.FREE_TRIES):
        assert ok.isEnabled()
        dialog.login.setText("asel")
        dialog.password.setText("guess")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not ok.isEnabled()
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None  # not even the right password while it waits
    qtbot.waitUntil(ok.isEnabled, timeout=3000)
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.result() == QDialog.DialogCode.Accepted
