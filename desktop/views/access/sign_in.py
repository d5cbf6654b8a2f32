"""Signing in when a database asks for it: the sign-in dialog, the first administrator of a database without
users, and the signed-in user's own password change."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
                               QWidget)

from desktop.domain.problems import FieldProblem
from desktop.services import users
from desktop.services.actors import local_owner
from desktop.services.errors import ValidationFailed
from desktop.views.access.conflicts import refused_save
from desktop.views.errors import show_validation
from desktop.views.widgets import fit_to_screen, hint

log = logging.getLogger(__name__)

FREE_TRIES = 3  # wrong sign-ins before each next try must wait


def sign_in(parent: QWidget | None, db) -> bool:
    """Who works on `db`, set as db.actor: the local owner when the database asks for no sign-in, else the user
    who signs in (the first administrator, created here, when the database has no users yet). False when the
    user cancelled: nobody is signed in and the database should not be shown."""
    if not users.sign_in_required(db):
        db.actor = local_owner()
        return True
    dialog = FirstAdministratorDialog(db, parent) if not users.has_users(db) else SignInDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return False
    db.actor = dialog.actor
    return True


def password_field(name: str, new: bool = False) -> QLineEdit:
    """A masked field; a `new` password's field says the rule before it is typed (not only after a refusal)."""
    field = QLineEdit()
    field.setObjectName(name)
    if new:
        field.setPlaceholderText(QCoreApplication.translate("SignInDialog", "At least {count} characters").format(
            count=users.MIN_PASSWORD))
    field.setEchoMode(QLineEdit.EchoMode.Password)
    # No input method between the keys and the field: it would show the typed letters in its own window.
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    field.setMaxLength(200)
    return field


def text_field(name: str, limit: int) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(limit)
    return field


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)  # Enter in any field submits
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def passwords_differ() -> ValidationFailed:
    return ValidationFailed([FieldProblem("password", "user.passwords_differ")])


class SignInDialog(QDialog):
    """Login and password. A failure says only that the pair is not right, never which of the two."""

    def __init__(self, db, parent=None, login: str = ""):
        super().__init__(parent)
        self.db, self.actor = db, None
        self.setWindowTitle(self.tr("Sign in to Zhospar"))
        layout = QVBoxLayout(self)
        place = hint(self.tr("Database: {name}").format(name=db.display_name))
        place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(place)
        form = QFormLayout()
        self.login = text_field("login", 60)
        self.login.setText(login)
        self.password = password_field("password")
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.buttons = _buttons(self, self.tr("Sign in"))
        layout.addWidget(self.buttons)
        self.failures = 0
        (self.password if login else self.login).setFocus()
        fit_to_screen(self, 460, 220)

    def accept(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return  # still waiting after wrong tries
        try:
            self.actor = users.authenticate(self.db, self.login.text(), self.password.text())
        except users.SignInFailed as failed:
            # the log (sent to support) keeps who tried, never what was typed as the password
            log.warning("sign-in refused for %r (%s)", self.login.text().strip()[:60],
                        "switched off" if failed.inactive else "wrong login or password")
            self.say(self.tr("This account is switched off. Ask the college's administrator to switch it on.")
                     if failed.inactive else
                     self.tr("The login or the password is not right. Check the keyboard layout and Caps Lock, "
                             "and try again."))
            self.password.clear()
            (self.password if self.login.text().strip() else self.login).setFocus()
            self._slow_down()
            return
        log.info("signed in: %s (%s)", self.actor.login, self.actor.role.value)
        super().accept()

    def _slow_down(self) -> None:
        """After a few wrong tries, each next one waits longer (up to half a minute): guessing at the keyboard
        takes too long to be worth it, and a mistyped password costs nothing."""
        self.failures += 1
        if self.failures < FREE_TRIES:
            return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        QTimer.singleShot(min(1000 * 2 ** (self.failures - FREE_TRIES), 30_000), ok, lambda: ok.setEnabled(True))

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class FirstAdministratorDialog(QDialog):
    """A database without users (a new server database) gets its administrator first: whoever opens it."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db, self.actor = db, None
        self.setWindowTitle(self.tr("Create the administrator"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "This database asks everyone to sign in, and it has no users yet. Create its administrator: the "
            "administrator adds the other users and gives them their roles. Keep the password safe: nobody can "
            "read it back.")))
        form = QFormLayout()
        self.login = text_field("login", 60)
        self.full_name = text_field("full_name", 200)
        self.password = password_field("password", new=True)
        self.repeat = password_field("repeat")
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Create and sign in")))
        self.login.setFocus()
        fit_to_screen(self, 520, 320)

    def accept(self) -> None:
        title = self.tr("The administrator is not created")
        if self.password.text() != self.repeat.text():
            show_validation(self, title, passwords_differ())
            return
        try:
            self.actor = users.create_first_administrator(self.db, self.login.text(), self.full_name.text(),
                                                          self.password.text())
        except ValidationFailed as error:
            show_validation(self, title, error)
            return
        super().accept()


class ChangePasswordDialog(QDialog):
    """The signed-in user's own password: the current one, then the new one twice."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Signed in as {name} ({login}).").format(name=db.actor.name,
                                                                               login=db.actor.login)))
        form = QFormLayout()
        self.old = password_field("old_password")
        self.password = password_field("password", new=True)
        self.repeat = password_field("repeat")
        form.addRow(self.tr("&Current password:"), self.old)
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(_buttons(self, self.tr("Change the password")))
        self.old.setFocus()
        fit_to_screen(self, 480, 240)

    def accept(self) -> None:
        title = self.tr("The password is not changed")
        if self.password.text() != self.repeat.text():
            show_validation(self, title, passwords_differ())
            return
        try:
            users.change_own_password(self.db, self.old.text(), self.password.text())
        except ValidationFailed as error:
            show_validation(self, title, error)
            return
        except Exception as error:  # noqa: BLE001 - a refusal is shown plainly; anything else is a bug
            if not refused_save(self, error):
                raise
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Your password is changed. Use the new one "
                                                                  "the next time you sign in."))
        super().accept()
