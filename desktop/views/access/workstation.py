"""The main window's side of a shared database: sign-in when a database opens, the pages a role sees, the
menu of users and the change log, and the refresh when another workstation changes records."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject

from desktop.domain.roles import Area, Role, area_of

log = logging.getLogger(__name__)

# The area whose records a page shows (what a role must be able to read to see it) ...
PAGE_AREA = {"overview": None, "college": Area.COLLEGE, "classifier": Area.CLASSIFIER, "curricula": Area.CURRICULA,
             "contingent": Area.CONTINGENT, "dual": Area.DUAL, "exams": Area.EXAMS, "nedb": Area.CONTINGENT,
             "reports": Area.REPORTS, "grades": Area.GRADES, "load": Area.LOAD}
# ... and every area whose changes it shows, to refresh it when another workstation changes them.
EVERYTHING = frozenset(Area)
PAGE_SHOWS = {"overview": EVERYTHING, "college": {Area.COLLEGE}, "classifier": {Area.CLASSIFIER},
              "curricula": {Area.CURRICULA, Area.CLASSIFIER},
              "contingent": {Area.CONTINGENT, Area.CLASSIFIER, Area.CURRICULA, Area.USERS},
              "dual": {Area.DUAL, Area.CONTINGENT}, "exams": {Area.EXAMS, Area.CONTINGENT},
              "nedb": {Area.CONTINGENT}, "reports": EVERYTHING, "grades": {Area.GRADES, Area.CONTINGENT, Area.CURRICULA},
              "load": {Area.LOAD, Area.CONTINGENT, Area.CURRICULA}}
CURATOR_PAGES = ("contingent", "grades")  # a curator sees their own groups' students and grades, nothing college-wide


def readable_pages(actor) -> list[str]:
    if actor.role is Role.CURATOR:
        return list(CURATOR_PAGES)
    return [key for key, area in PAGE_AREA.items() if area is None or actor.may_read(area)]


def pages_showing(kinds: set[str]) -> set[str]:
    areas = {area_of(kind) for kind in kinds}
    return {key for key, shown in PAGE_SHOWS.items() if shown & areas}


def start_session(window, db) -> bool:
    """Sign in (when this database asks for it) and warn about a file on a network share. False: the user gave
    up signing in, and the database is not to be opened."""
    from desktop.views.access.network_warning import warn_if_network_share  # noqa: PLC0415
    from desktop.views.access.sign_in import sign_in  # noqa: PLC0415

    if not sign_in(window, db):
        return False
    warn_if_network_share(window, db)
    log.info("working as %s (%s)", db.actor.login, db.actor.role.value)
    return True



def signed_in_text(db) -> str:
    from desktop.views.access.texts import role_name  # noqa: PLC0415

    return QCoreApplication.translate("Workstation", "{name} · {role}").format(name=db.actor.name, role=role_name(db.actor.role))


class Workstation(QObject):
    """Per open database: the change watcher and the menu actions that need the signed-in user."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.watcher = None
        self.user_label = None

    def show_user(self, db) -> None:
        """Who works, in the status bar: on a shared database the name and role of the signed-in user."""
        from PySide6.QtWidgets import QLabel  # noqa: PLC0415

        if self.user_label is None:
            self.user_label = QLabel()
            self.user_label.setObjectName("signed_in")
            self.window.statusBar().addPermanentWidget(self.user_label)
        self.user_label.setText(signed_in_text(db))

    def attach(self, db) -> None:
        self.detach()
        from desktop.views.change_watcher import ChangeWatcher  # noqa: PLC0415

        try:
            self.watcher = ChangeWatcher(db, self)
        except Exception:  # noqa: BLE001 - seeing others' changes is a comfort; the database still works without it
            log.exception("cannot watch the database for other workstations' changes")
            self.watcher = None
            return
        self.watcher.changed.connect(self.others_changed)

    def detach(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher.deleteLater()
            self.watcher = None

    @staticmethod
    def release_holds(pages: dict) -> None:
        """Records held for editing (a curriculum) are let go while their database is still open."""
        for page in pages.values():
            release = getattr(page, "release_holds", None)
            if release is not None:
                release()

    def check(self) -> None:
        if self.watcher is not None:
            self.watcher.check()

    def others_changed(self, kinds) -> None:
        """Pages showing those records are read again: the one on screen now, the others when next shown."""
        window = self.window
        affected = pages_showing(set(kinds))
        current = window.stack.currentWidget()
        for key in affected & set(window.pages):
            page = window.pages[key]
            if page is current:
                refresh = getattr(page, "on_shown", None) or getattr(page, "reload", None)
                if refresh is not None:
                    refresh()
            else:
                window.drop_page(key)
        window.statusBar().showMessage(QCoreApplication.translate("Workstation", "Records were changed on another computer: the pages show them now."), 8000)

    @staticmethod
    def gate_backups(menu, actions, db) -> None:
        """Back up now and Restore are the administrator's: greyed for the others, saying why when pointed at."""
        from desktop.views.access.texts import refused_role  # noqa: PLC0415

        why = refused_role(db, Area.BACKUPS)()
        menu.setToolTipsVisible(True)
        for action in actions:
            action.setEnabled(why is None)
            action.setToolTip(why or action.text().replace("&", ""))

    def add_menu(self, bar, db) -> list:
        """The Database menu's entries for users, the change log, the own password and signing out."""
        menu = bar.addMenu(QCoreApplication.translate("Workstation", "&Users"))
        menu.setObjectName("users_menu")
        actions = []
        add = self.window._add
        users = add(menu, "users", QCoreApplication.translate("Workstation", "&Users and roles…"), self.show_users)
        menu.setToolTipsVisible(True)  # a greyed entry says why when pointed at
        from desktop.views.access.texts import refused_role  # noqa: PLC0415

        refused = refused_role(db, Area.USERS)()
        users.setEnabled(refused is None)
        if refused:
            users.setToolTip(refused)
        log = add(menu, "change_log", QCoreApplication.translate("Workstation", "&Change log…"), self.show_log)
        log.setEnabled(db.actor.role is not Role.CURATOR)  # a curator reads their groups, not the college's log
        actions.append(log)
        menu.addSeparator()
        own = add(menu, "change_password", QCoreApplication.translate("Workstation", "Change my &password…"), self.change_password)
        own.setEnabled(db.actor.role is not Role.OWNER)
        if db.actor.role is Role.OWNER:
            own.setToolTip(QCoreApplication.translate("Workstation", "This database asks for no sign-in: there is no "
                                                      "password of yours to change."))
        sign_out = add(menu, "sign_out", QCoreApplication.translate("Workstation", "&Sign in as another user…"), self.sign_out)
        from desktop.services.users import sign_in_required  # noqa: PLC0415

        sign_out.setEnabled(sign_in_required(db))
        if not sign_out.isEnabled():
            sign_out.setToolTip(QCoreApplication.translate("Workstation", "This database asks for no sign-in: turn it "
                                                           "on in Users and roles…"))
        return actions + [users, own, sign_out]

    def show_users(self) -> None:
        from desktop.views.access.users_dialog import UsersDialog  # noqa: PLC0415

        before = self.window.db.actor
        UsersDialog(self.window.db, self.window).exec()
        if self.window.db.actor != before:  # the administrator changed their own name or login
            self.window.rebuild_for_user()

    def show_log(self) -> None:
        from desktop.views.access.journal_dialog import show_change_log  # noqa: PLC0415

        show_change_log(self.window, self.window.db)

    def change_password(self) -> None:
        from desktop.views.access.sign_in import ChangePasswordDialog  # noqa: PLC0415

        ChangePasswordDialog(self.window.db, self.window).exec()

    def sign_out(self) -> None:
        from desktop.views.access.sign_in import sign_in  # noqa: PLC0415

        window = self.window
        if not window._can_leave():
            return
        before = window.db.actor
        if sign_in(window, window.db):
            window.rebuild_for_user()
        else:
            window.db.actor = before
