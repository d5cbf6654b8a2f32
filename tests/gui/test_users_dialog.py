"""The administrator's users window: add, edit a role and a curator's groups, set a password, switch a user off
(never the last administrator), and the sign-in setting of a local file."""
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.domain.roles import Role
from desktop.services import contingent, users
from desktop.services.actors import Actor
from desktop.services.users import UserData
from desktop.views.access.users_dialog import PasswordForm, UserForm, UsersDialog

PASSWORD = "correct horse"


@pytest.fixture
def texts(monkeypatch):
    from desktop.services import users_texts
    from desktop.views import messages

    for code, text in users_texts.MESSAGES.items():
        monkeypatch.setitem(messages.MESSAGES, code, text)
    for name, text in users_texts.FIELDS.items():
        monkeypatch.setitem(messages.FIELDS, name, text)


@pytest.fixture
def admin_db(demo_db):
    users.create_user(demo_db, UserData("admin", "Әкімші Айгүл", Role.ADMIN), PASSWORD)
    demo_db.actor = users.authenticate(demo_db, "admin", PASSWORD)
    return demo_db


def open_dialog(qtbot, db) -> UsersDialog:
    dialog = UsersDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog) -> dict[str, tuple[str, str, str]]:
    model = dialog.model
    return {model.index(r, 0).data(): tuple(model.index(r, c).data() for c in (1, 2, 3))
            for r in range(model.rowCount())}


def select(dialog, login: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.index(row, 0).data() == login:
            dialog.table.selectRow(row)
            return
    raise AssertionError(login)


def form_answers(monkeypatch, form_class, fill):
    def exec_(self):
        fill(self)
        self.accept()
        return self.result()
    monkeypatch.setattr(form_class, "exec", exec_)


def test_buttons_that_act_on_a_user_wait_for_one_to_be_selected(qtbot, admin_db):
    dialog = open_dialog(qtbot, admin_db)
    assert dialog.buttons["add"].isEnabled()
    for key in ("edit", "password", "active"):
        assert not dialog.buttons[key].isEnabled()
        assert "Select a user" in dialog.buttons[key].toolTip()
    select(dialog, "admin")
    assert all(dialog.buttons[key].isEnabled() for key in ("edit", "password", "active"))
    assert dialog.table.isSortingEnabled()


def test_a_curator_is_added_with_their_groups(qtbot, admin_db, monkeypatch):
    groups = contingent.list_groups(admin_db)[:2]

    def fill(form):
        form.login.setText("curator.k")
        form.full_name.setText("Куратор Қанат")
        form.role.setCurrentIndex(form.role.findData(Role.CURATOR.value))
        assert form.groups.isEnabled()
        for i in range(form.groups.count()):
            if form.groups.item(i).text() in {g.code for g in groups}:
                form.groups.item(i).setCheckState(Qt.CheckState.Checked)
        form.password.setText(PASSWORD)
        form.repeat.setText(PASSWORD)
    form_answers(monkeypatch, UserForm, fill)
    dialog = open_dialog(qtbot, admin_db)
    dialog.buttons["add"].click()
    assert shown(dialog)["curator.k"] == ("Куратор Қанат", "Curator", "yes")
    assert dialog.chosen().login == "curator.k" and dialog.changed
    actor = users.authenticate(admin_db, "curator.k", PASSWORD)
    assert actor.group_ids == frozenset(g.id for g in groups)


def test_a_role_changed_in_the_form_is_shown_and_kept(qtbot, admin_db, monkeypatch):
    users.create_user(admin_db, UserData("asel", "Асель", Role.REGISTRAR), PASSWORD)
    form_answers(monkeypatch, UserForm,
                 lambda form: form.role.setCurrentIndex(form.role.findData(Role.DEPUTY.value)))
    dialog = open_dialog(qtbot, admin_db)
    select(dialog, "asel")
    dialog.buttons["edit"].click()
    assert shown(dialog)["asel"][1] == "Deputy director for academic work"
    assert users.authenticate(admin_db, "asel", PASSWORD).role is Role.DEPUTY


def test_groups_are_only_for_a_curator(qtbot, admin_db):
    form = UserForm(admin_db, None)
    qtbot.addWidget(form)
    form.role.setCurrentIndex(form.role.findData(Role.REGISTRAR.value))
    assert not form.groups.isEnabled() and "Only a curator" in form.groups.toolTip()
    form.role.setCurrentIndex(form.role.findData(Role.CURATOR.value))
    assert form.groups.isEnabled()


def test_a_bad_user_is_refused_with_the_reasons(qtbot, admin_db, dialogs, texts):
    form = UserForm(admin_db, None)
    qtbot.addWidget(form)
    form.login.setText("Admin")
    form.full_name.setText("Someone")
    form.password.setText("short")
    form.repeat.setText("short")
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted
    kind, title, text, reasons = dialogs[-1]
    assert "“Admin” is already another user's login" in reasons and "at least 8 characters" in reasons
    assert len(users.list_users(admin_db)) == 1


def test_an_administrator_sets_a_password(qtbot, admin_db, monkeypatch):
    users.create_user(admin_db, UserData("asel", "Асель", Role.REGISTRAR), PASSWORD)
    form_answers(monkeypatch, PasswordForm, lambda form: (form.password.setText("fresh password"),
                                                         form.repeat.setText("fresh password")))
    dialog = open_dialog(qtbot, admin_db)
    select(dialog, "asel")
    dialog.buttons["password"].click()
    assert users.authenticate(admin_db, "asel", "fresh password").login == "asel"


def test_a_user_is_switched_off_and_on_after_a_question(qtbot, admin_db, monkeypatch):
    users.create_user(admin_db, UserData("asel", "Асель", Role.REGISTRAR), PASSWORD)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, admin_db)
    select(dialog, "asel")
    assert dialog.buttons["active"].text() == "Switch off"
    dialog.buttons["active"].click()
    assert "Switch off Асель (asel)?" in asked[-1]
    assert shown(dialog)["asel"][2] == "no, switched off"
    assert dialog.buttons["active"].text() == "Switch on"
    dialog.buttons["active"].click()
    assert shown(dialog)["asel"][2] == "yes"


def test_the_last_administrator_is_not_switched_off(qtbot, admin_db, monkeypatch, dialogs, texts):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, admin_db)
    select(dialog, "admin")
    dialog.buttons["active"].click()
    assert "admin is the last active administrator" in dialogs[-1][3]
    assert shown(dialog)["admin"][2] == "yes"


def test_a_role_that_may_not_manage_users_sees_the_buttons_disabled(qtbot, admin_db):
    dialog = open_dialog(qtbot, admin_db)
    admin_db.actor = Actor("r", "R", Role.REGISTRAR)
    dialog.gate.update()
    assert not dialog.buttons["add"].isEnabled() and "may not change users" in dialog.buttons["add"].toolTip()


def test_sign_in_on_a_local_file_is_the_administrators_choice(qtbot, db, dialogs, texts):
    dialog = open_dialog(qtbot, db)  # the local owner, no users yet
    assert dialog.sign_in.isEnabled() and not dialog.sign_in.isChecked()
    dialog.sign_in.setChecked(True)
    assert not dialog.sign_in.isChecked() and not users.sign_in_required(db)
    assert "add an active administrator first" in dialogs[-1][3]
    users.create_user(db, UserData("admin", "A", Role.ADMIN), PASSWORD)
    dialog.sign_in.setChecked(True)
    assert dialog.sign_in.isChecked() and users.sign_in_required(db)


@pytest.mark.skipif(not os.environ.get("ZHOSPAR_TEST_PG_URL"), reason="ZHOSPAR_TEST_PG_URL is not set")
def test_a_server_database_always_asks_for_sign_in(qtbot, pg):
    pg.actor = users.create_first_administrator(pg, "admin", "Admin", PASSWORD)
    dialog = open_dialog(qtbot, pg)
    assert dialog.sign_in.isChecked() and not dialog.sign_in.isEnabled()
    assert "always" in dialog.sign_in.toolTip()
    assert shown(dialog) == {"admin": ("Admin", "Administrator", "yes")}
