"""The administrator's window of users: who may sign in to this database, with which role (and a curator's
groups), their passwords, and whether a local file asks for sign-in at all."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from desktop.domain.roles import ROLES_SIGNING_IN, Area, Role
from desktop.services import contingent, users
from desktop.services.actors import AccessDenied
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.versions import StaleRecord
from desktop.views.access.conflicts import refused_save
from desktop.views.access.sign_in import passwords_differ, password_field, text_field
from desktop.views.access.texts import role_name
from desktop.views.action_gate import ActionGate, keyed_actions
from desktop.views.errors import show_validation
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel
from desktop.views.widgets import fit_to_screen, hint, row_table, without_checked

C = "UserColumns"
COLUMNS = [
    Column(C, QT_TRANSLATE_NOOP("UserColumns", "Login"), lambda u: u.login),
    Column(C, QT_TRANSLATE_NOOP("UserColumns", "Full name"), lambda u: u.full_name),
    Column(C, QT_TRANSLATE_NOOP("UserColumns", "Role"), lambda u: _role_text(u.role)),
    Column(C, QT_TRANSLATE_NOOP("UserColumns", "May sign in"),
           lambda u: QCoreApplication.translate("UserColumns", "yes") if u.active
           else QCoreApplication.translate("UserColumns", "no, switched off")),
]


def _role_text(role) -> str:
    return role_name(role) if isinstance(role, Role) else str(role)


def _saved(parent, title: str, save) -> bool:
    """Run a save; a refusal (validation, role, another's newer save) is shown and gives False."""
    try:
        save()
    except ValidationFailed as error:
        show_validation(parent, title, error)
        return False
    except (AccessDenied, StaleRecord) as error:
        refused_save(parent, error)
        return False
    return True


class UserForm(QDialog):
    """A new user (with a first password) or a user's login, name, role, groups and whether they may sign in."""

    def __init__(self, db, user: users.UserRow | None = None, parent=None):
        super().__init__(parent)
        self.db, self.user, self.user_id = db, user, user.id if user else None
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("User {login}").format(login=user.login))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.login = text_field("login", 60)
        self.full_name = text_field("full_name", 200)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLES_SIGNING_IN:
            self.role.addItem(role_name(role), role.value)
        self.active = QCheckBox(self.tr("May sign in"))
        self.active.setObjectName("active")
        self.active.setChecked(True)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        self.password = self.repeat = None
        if user is None:
            self.password, self.repeat = password_field("password", new=True), password_field("repeat")
            form.addRow(self.tr("&Password:"), self.password)
            form.addRow(self.tr("R&epeat the password:"), self.repeat)
        form.addRow("", self.active)
        layout.addLayout(form)
        self.groups_label = QLabel(self.tr("The curator's groups (a curator sees only these):"))
        layout.addWidget(self.groups_label)
        self.group_filter = QLineEdit()
        self.group_filter.setObjectName("group_filter")
        self.group_filter.setClearButtonEnabled(True)
        self.group_filter.setPlaceholderText(self.tr("Find a group by its code"))
        self.group_filter.textChanged.connect(self._filter_groups)
        layout.addWidget(self.group_filter)
        self.groups = QListWidget()
        self.groups.setObjectName("groups")
        chosen = user.group_ids if user else frozenset()
        for group in contingent.list_groups(db):
            item = QListWidgetItem(group.code)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group.id in chosen else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        layout.addWidget(self.groups, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        if user is not None:
            self.login.setText(user.login)
            self.full_name.setText(user.full_name)
            self.active.setChecked(user.active)
            at = self.role.findData(user.role.value if isinstance(user.role, Role) else user.role)
            self.role.setCurrentIndex(max(at, 0))
        else:
            self.role.setCurrentIndex(self.role.findData(Role.REGISTRAR.value))
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.login.setFocus()
        fit_to_screen(self, 540, 620)

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def chosen_groups(self) -> frozenset[int]:
        return frozenset(self.groups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.groups.count())
                         if self.groups.item(i).checkState() == Qt.CheckState.Checked)

    def _role_changed(self, *_args) -> None:
        curator = self.chosen_role() is Role.CURATOR
        why = "" if curator else self.tr("Only a curator has groups of their own; the other roles see every group.")
        for widget in (self.groups_label, self.group_filter, self.groups):
            widget.setEnabled(curator)
            widget.setToolTip(why)

    def _filter_groups(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def data(self) -> users.UserData:
        # Groups only go with a curator: a role changed away from curator leaves its former groups behind.
        groups = self.chosen_groups() if self.chosen_role() is Role.CURATOR else frozenset()
        return users.UserData(self.login.text(), self.full_name.text(), self.chosen_role(), self.active.isChecked(),
                              groups)

    def accept(self) -> None:
        title = self.tr("The user is not saved")
        if self.user is None:
            if self.password.text() != self.repeat.text():
                show_validation(self, title, passwords_differ())
                return

            def save():
                self.user_id = users.create_user(self.db, self.data(), self.password.text())
        else:
            def save():
                users.update_user(self.db, self.user.id, self.data())
        if _saved(self, title, save):
            super().accept()


class PasswordForm(QDialog):
    """A new password for a user who forgot theirs (the old one cannot be read, only replaced)."""

    def __init__(self, db, user: users.UserRow, parent=None):
        super().__init__(parent)
        self.db, self.user = db, user
        self.setWindowTitle(self.tr("New password for {login}").format(login=user.login))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("{name} signs in with this password from now on; tell it to them in person. "
                                      "They can change it themselves afterwards.").format(name=user.full_name)))
        form = QFormLayout()
        self.password, self.repeat = password_field("password", new=True), password_field("repeat")
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        layout.addLayout(form)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.password.setFocus()
        fit_to_screen(self, 480, 230)

    def accept(self) -> None:
        title = self.tr("The password is not set")
        if self.password.text() != self.repeat.text():
            show_validation(self, title, passwords_differ())
            return
        if _saved(self, title, lambda: users.set_password(self.db, self.user.id, self.password.text())):
            super().accept()


class UsersDialog(QDialog):
    """changed: whether anything was written."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.setWindowTitle(self.tr("Users and roles"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Everyone signs in with their own login; their role decides what they may "
                                      "change. A user who leaves is switched off, not deleted: the change log "
                                      "keeps their name.")))
        self.model = RowTableModel(COLUMNS, self)
        self.table = row_table(self.model, single=True)
        self.table.setObjectName("users")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's sortable header starts Z to A
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout.addWidget(self.table, 1)
        self.actions: dict[str, QAction] = {}
        specs = [("add", self.tr("Add…"), [QKeySequence("Ctrl+N")], self.add),
                 ("edit", self.tr("Edit…"), [QKeySequence("F2")], self.edit),
                 ("password", self.tr("Set password…"), [], self.set_password),
                 ("active", self.tr("Switch off"), [], self.toggle_active)]
        self.actions.update(keyed_actions(self, specs))
        edit_keys = QAction(self.table)  # Enter on a user edits them, as a double click does
        edit_keys.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_keys.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_keys.triggered.connect(without_checked(self.edit))
        self.table.addAction(edit_keys)
        self.gate = ActionGate(self)
        for key in ("edit", "password", "active"):
            self.gate.need(self.actions[key], self._why_nothing_chosen, keys_on=self)
        self.gate.writes(db, Area.USERS, *self.actions.values())
        bar = QVBoxLayout()
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action in self.actions.items():
            button = QPushButton(action.text())
            button.setObjectName(key)
            button.setAutoDefault(False)
            button.clicked.connect(without_checked(action.trigger))
            self.gate.follow_action(button, action)
            action.changed.connect(lambda button=button, action=action: button.setText(action.text()))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        bar.addLayout(row)
        self.sign_in = QCheckBox(self.tr("Ask for sign-in on this database"))
        self.sign_in.setObjectName("sign_in")
        bar.addWidget(self.sign_in)
        layout.addLayout(bar)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show_sign_in()
        self.sign_in.toggled.connect(self._sign_in_toggled)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.gate.watch_view(self.table)
        self.reload()
        fit_to_screen(self, 820, 520)

    # --- the list ---

    def reload(self, chosen: int | None = None) -> None:
        self.model.set_rows(users.list_users(self.db))
        self.table.resizeColumnsToContents()
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ROW_ROLE).id == chosen:
                self.table.selectRow(row)
        self._selection_changed()

    def chosen(self) -> users.UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _why_nothing_chosen(self) -> str | None:
        return None if self.chosen() is not None else self.tr("Select a user in the list first.")

    def _selection_changed(self, *_args) -> None:
        user = self.chosen()
        self.actions["active"].setText(self.tr("Switch on") if user is not None and not user.active
                                       else self.tr("Switch off"))
        self.gate.update()

    # --- the sign-in setting ---

    def _show_sign_in(self) -> None:
        self.sign_in.blockSignals(True)
        self.sign_in.setChecked(users.sign_in_required(self.db))
        self.sign_in.blockSignals(False)
        if self.db.shared:
            self.sign_in.setEnabled(False)
            self.sign_in.setToolTip(self.tr("A database on a server is shared by several computers: it always "
                                            "asks everyone to sign in."))
        elif not self.db.actor.may_write(Area.USERS):
            self.sign_in.setEnabled(False)
            self.sign_in.setToolTip(self.tr("Only an administrator changes this."))
        else:
            self.sign_in.setToolTip(self.tr("On: everyone opening this file signs in with a login and password. "
                                            "Off: whoever opens the file may do everything."))

    def _sign_in_toggled(self, on: bool) -> None:
        title = self.tr("Sign-in is not changed")
        if _saved(self, title, lambda: users.set_sign_in_required(self.db, on)):
            self.changed = True
        self._show_sign_in()

    # --- the actions ---

    def add(self) -> None:
        if self.gate.refused(self.actions["add"], self):
            return
        form = UserForm(self.db, None, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload(form.user_id)

    def edit(self) -> None:
        if self.gate.refused(self.actions["edit"], self):
            return
        user = self._fresh(self.chosen())
        if user is None:
            return
        form = UserForm(self.db, user, self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload(user.id)

    def set_password(self) -> None:
        if self.gate.refused(self.actions["password"], self):
            return
        user = self._fresh(self.chosen())
        if user is not None and PasswordForm(self.db, user, self).exec() == QDialog.DialogCode.Accepted:
            self.changed = True

    def toggle_active(self) -> None:
        if self.gate.refused(self.actions["active"], self):
            return
        user = self._fresh(self.chosen())
        if user is None:
            return
        if user.active:
            question = self.tr("Switch off {name} ({login})? They will no longer be able to sign in; what they "
                               "did stays in the change log under their name.")
        else:
            question = self.tr("Switch on {name} ({login})? They will be able to sign in again with their "
                               "password.")
        answer = QMessageBox.question(self, self.windowTitle(), question.format(name=user.full_name,
                                                                                 login=user.login))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if _saved(self, self.tr("Not changed"), lambda: users.set_active(self.db, user.id, not user.active)):
            self.changed = True
        self.reload(user.id)

    def _fresh(self, user: users.UserRow | None) -> users.UserRow | None:
        """The user as saved now (another administrator may have changed them since the list was read)."""
        if user is None:
            return None
        try:
            return users.get_user(self.db, user.id)
        except NotFound:
            self.reload()
            return None
