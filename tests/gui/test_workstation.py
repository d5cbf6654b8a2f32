"""The main window on a shared database: who is signed in, the pages and menus of their role, and pages that
show what another workstation changed."""
from dataclasses import replace

from PySide6.QtGui import QAction

from desktop.domain.roles import Role
from desktop.services import students
from desktop.services.actors import Actor
from desktop.services.database import open_database
from desktop.views.main_window import KEYS


def shown_pages(window) -> list[str]:
    return [key for row, key in enumerate(KEYS) if not window.nav.item(row).isHidden()]


def signed_in_as(monkeypatch, actor):
    def sign_in(_parent, db):
        db.actor = actor
        return True
    monkeypatch.setattr("desktop.views.access.sign_in.sign_in", sign_in)


def test_a_curator_sees_only_their_groups_pages(make_window, demo_db, monkeypatch):
    window = make_window(None)
    signed_in_as(monkeypatch, Actor("cur", "Куратор", Role.CURATOR, frozenset({1})))
    window.switch_to(demo_db, str(demo_db.path))
    assert shown_pages(window) == ["contingent", "grades"]
    assert window.current_key() == "contingent"
    window.show_page("dual")  # by its key, too, the page is not for a curator
    assert window.current_key() == "contingent"
    assert "Куратор" in window.workstation.user_label.text()


def test_a_registrar_has_no_users_or_backups(make_window, demo_db, monkeypatch):
    window = make_window(None)
    signed_in_as(monkeypatch, Actor("reg", "Тіркеуші", Role.REGISTRAR))
    window.switch_to(demo_db, str(demo_db.path))
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    assert not actions["users"].isEnabled() and not actions["backup"].isEnabled()
    assert actions["change_log"].isEnabled() and actions["change_password"].isEnabled()
    assert "users" not in shown_pages(window) and len(shown_pages(window)) == len(KEYS)


def test_giving_up_signing_in_keeps_the_database_that_was_open(make_window, demo_db, db, monkeypatch):
    window = make_window(None)
    window.switch_to(db, str(db.path))
    monkeypatch.setattr("desktop.views.access.sign_in.sign_in", lambda _parent, _db: False)
    other = open_database(demo_db.path, db.backups_root)
    window.switch_to(other, str(demo_db.path))
    assert window.db is db


def test_a_page_shows_what_another_workstation_saved(make_window, demo_db, paths, qtbot):
    window = make_window(None)
    window.switch_to(demo_db, str(demo_db.path))
    window.show_page("contingent")
    page = window.page("contingent")
    window.page("dual")
    window.show_page("contingent")
    from desktop.services.contingent import list_students

    sid = list_students(demo_db)[0].id
    other = open_database(demo_db.path, paths.backups)
    other.actor = Actor("marat", "Марат", Role.REGISTRAR, workstation="REG-02")
    try:
        card = students.get_student(other, sid)
        students.update_student(other, sid, replace(card.data, surname="Жаңатегі"), version=card.row_version)
    finally:
        other.close()
    reloaded = []
    page.reload = lambda: reloaded.append(True)
    window.workstation.check()
    assert reloaded  # the page on screen is read again
    assert "dual" not in window.pages  # one not on screen is made again when next shown
    assert "another computer" in window.statusBar().currentMessage()
