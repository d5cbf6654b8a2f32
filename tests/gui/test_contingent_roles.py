"""The contingent, NEDB and grades pages obey the signed-in user's role; the student card and the group's form refuse
a save over another computer's newer one, say who and when, and reload on request."""
import sys
import types
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QPushButton

from desktop.domain.roles import Role
from desktop.services import contingent, students
from desktop.services.actors import Actor
from desktop.services.database import open_database
from desktop.views.contingent import group_dialog, order_dialog, student_dialog
from desktop.views.contingent.group_dialog import GroupDialog
from desktop.views.contingent.nedb_page import NedbPage
from desktop.views.contingent.order_dialog import OrderDialog
from desktop.views.contingent.page import ContingentPage
from desktop.views.contingent.student_dialog import StudentDialog
from desktop.views.grades.page import GradesPage
from desktop.views.grades.scale_dialog import ScaleDialog

DIRECTOR = Actor("d", "D", Role.DIRECTOR)
REGISTRAR = Actor("r", "R", Role.REGISTRAR)
CHANGING = ("new", "order", "import_excel", "import_nedb", "new_group", "delete_group")


def _save(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def contingent_page(qtbot, demo_db):
    def make(actor):
        demo_db.actor = actor
        page = ContingentPage(demo_db)
        qtbot.addWidget(page)
        page.students.selectRow(0)
        page.groups.selectRow(0)
        return page
    return make


def test_a_director_sees_the_changing_actions_disabled_with_the_reason(contingent_page):
    page = contingent_page(DIRECTOR)
    for key in CHANGING:
        assert not page.buttons[key].isEnabled(), key
        assert "may not change" in page.buttons[key].toolTip()
    for key in ("new", "order", "import_excel", "import_nedb"):
        assert not page.actions[key].isEnabled()
    assert page.buttons["card"].isEnabled() and page.buttons["edit_group"].isEnabled()  # they open read-only


def test_a_registrar_may_change_the_contingent(contingent_page):
    page = contingent_page(REGISTRAR)
    assert all(page.buttons[key].isEnabled() for key in CHANGING)


def test_the_card_and_the_group_open_read_only_for_a_director(qtbot, demo_db):
    student_id = contingent.list_students(demo_db)[0].id
    group_id = contingent.list_groups(demo_db)[0].id
    demo_db.actor = DIRECTOR
    card = StudentDialog(demo_db, student_id=student_id)
    qtbot.addWidget(card)
    assert card.read_only and _save(card).isHidden()
    assert not card.edits["surname"].isEnabled() and not card.birth_date.isEnabled()
    assert not card.flags["orphan"].isEnabled() and not card.award_button.isEnabled()
    note = card.findChild(QLabel, "read_only")
    assert note is not None and "may not change" in note.text()
    assert card.findChild(QPushButton, "record_history") is not None
    group = GroupDialog(demo_db, "kk", None, group_id)
    qtbot.addWidget(group)
    assert group.read_only and _save(group).isHidden() and not group.code.isEnabled()
    assert group.findChild(QPushButton, "record_history") is not None
    demo_db.actor = REGISTRAR
    editable = StudentDialog(demo_db, student_id=student_id)
    qtbot.addWidget(editable)
    assert not editable.read_only and not _save(editable).isHidden() and editable.edits["surname"].isEnabled()


def test_the_history_button_shows_the_records_history(qtbot, demo_db, monkeypatch):
    shown = []
    fake = types.ModuleType("desktop.views.access.history")
    fake.show_history = lambda parent, db, kind, record_id, label: shown.append((kind, record_id, label))
    monkeypatch.setitem(sys.modules, "desktop.views.access.history", fake)
    row = contingent.list_students(demo_db)[0]
    card = StudentDialog(demo_db, student_id=row.id)
    qtbot.addWidget(card)
    card.findChild(QPushButton, "record_history").click()
    group = GroupDialog(demo_db, "kk", None, row.group_id)
    qtbot.addWidget(group)
    group.findChild(QPushButton, "record_history").click()
    assert shown == [("student", row.id, f"{row.surname} {row.given_name}"), ("study_group", row.group_id,
                                                                                row.group_code)]


def test_the_nedb_page_disables_export_and_import_for_a_director(qtbot, demo_db):
    demo_db.actor = DIRECTOR
    page = NedbPage(demo_db, is_demo=True)
    qtbot.addWidget(page)
    for key in ("export", "import", "import_demo"):
        assert not page.buttons[key].isEnabled() and "may not change" in page.buttons[key].toolTip()
    assert page.buttons["check"].isEnabled() and page.buttons["export_xlsx"].isEnabled()


def test_the_grades_pages_are_read_only_for_a_director(qtbot, demo_db):
    demo_db.actor = DIRECTOR
    page = GradesPage(demo_db)
    qtbot.addWidget(page)
    assert not page.buttons["import"].isEnabled()
    assert page.editor.read_only
    assert page.editor.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not page.editor.apply([(0, 0, "90")], "typed")  # a key or a paste is refused too
    assert not any(page.register.buttons[key].isEnabled() for key in ("issue", "spoil"))
    scale = ScaleDialog(demo_db)
    qtbot.addWidget(scale)
    assert scale.read_only and _save(scale).isHidden() and not scale.table.isEnabled()
    demo_db.actor = REGISTRAR
    writable = GradesPage(demo_db)
    qtbot.addWidget(writable)
    assert not writable.editor.read_only and all(writable.register.buttons[k].isEnabled() for k in ("issue", "spoil"))


@pytest.fixture
def other(demo_db):
    second = open_database(demo_db.path, demo_db.backups_root)
    second.actor = Actor("dana", "Дана К.", Role.REGISTRAR, workstation="REG-2")
    yield second
    second.close()


def test_the_card_refuses_a_save_over_a_newer_one_and_reloads_it(qtbot, demo_db, other, monkeypatch):
    student_id = contingent.list_students(demo_db)[0].id
    card = StudentDialog(demo_db, student_id=student_id)
    qtbot.addWidget(card)
    theirs = students.get_student(other, student_id)
    students.update_student(other, student_id, replace(theirs.data, phone="+7 701 222 3344"), theirs.row_version)
    asked = []

    def answer(parent, error, mine, labels):
        asked.append((error.by, error.theirs, mine["phone"], labels["phone"]))
        return "reload"

    monkeypatch.setattr(student_dialog, "ask_stale", answer)
    card.edits["phone"].setText("+7 777 000 0000")
    card.save()
    assert asked == [("Дана К.", {"phone": "+7 701 222 3344"}, "+7 777 000 0000", "Phone")]
    assert card.saved_id is None and card.edits["phone"].text() == "+7 701 222 3344"  # the stored value, reloaded
    assert students.get_student(demo_db, student_id).data.phone == "+7 701 222 3344"
    card.edits["phone"].setText("+7 777 000 0000")
    card.save()  # read again: saved
    assert card.saved_id == student_id and students.get_student(other, student_id).data.phone == "+7 777 000 0000"


def test_the_group_form_refuses_a_save_over_a_newer_one_and_reloads_it(qtbot, demo_db, other, monkeypatch):
    group_id = contingent.list_groups(demo_db)[0].id
    form = GroupDialog(demo_db, "kk", None, group_id)
    qtbot.addWidget(form)
    theirs = contingent.read_group(other, group_id)
    contingent.save_group(other, replace(theirs.data, curator="Ахметова Г."), group_id, theirs.row_version)
    asked = []
    monkeypatch.setattr(group_dialog, "show_stale", lambda parent, error, mine, labels: asked.append(
        (error.by, error.theirs, mine["curator"])) or True)
    form.curator.setText("Иванова Е.")
    form.save()
    assert asked == [("Дана К.", {"curator": "Ахметова Г."}, "Иванова Е.")]
    assert form.saved_id is None and form.curator.text() == "Ахметова Г."
    form.curator.setText("Иванова Е.")
    form.save()
    assert contingent.get_group(other, group_id).curator == "Иванова Е."


def test_an_order_over_a_student_changed_elsewhere_is_refused_whole(qtbot, demo_db, other, monkeypatch):
    chosen = [s for s in contingent.list_students(demo_db) if s.status == "studying"][:3]
    dialog = OrderDialog(demo_db, chosen, contingent.list_groups(demo_db), kind="leave")
    qtbot.addWidget(dialog)
    dialog.number.setText("300-к")
    changed = students.get_student(other, chosen[2].id)
    students.update_student(other, changed.id, replace(changed.data, phone="+7 701 999 0000"), changed.row_version)
    warned = []
    monkeypatch.setattr(order_dialog.QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    dialog.apply()
    assert dialog.refused_as_stale and dialog.order_id is None
    assert chosen[2].full_name in warned[0] and "Дана К." in warned[0]
    assert {s.status for s in contingent.list_students(demo_db) if s.id in {c.id for c in chosen}} == {"studying"}


def test_a_card_refused_after_an_order_moved_the_student_says_so_and_shows_the_move(qtbot, demo_db, other,
                                                                                      monkeypatch):
    from datetime import date

    from desktop.services import movements
    from desktop.services.movements import OrderInput

    row = next(s for s in contingent.list_students(demo_db) if s.status == "studying")
    card = StudentDialog(demo_db, student_id=row.id)
    qtbot.addWidget(card)
    moves_before = card.history.rowCount()
    movements.apply_order(other, OrderInput("77-к", date(2026, 11, 2), "leave", date(2026, 11, 3), reason="health",
                                            until=date(2027, 11, 3)), [row.id])
    asked = []
    monkeypatch.setattr(student_dialog, "ask_stale",
                        lambda parent, error, mine, labels: asked.append((error.theirs, mine, labels)) or "reload")
    card.edits["phone"].setText("+7 777 000 0000")
    card.save()
    theirs, mine, labels = asked[0]
    assert theirs["status"] != mine["status"] and labels["status"]  # the leave is said, though no field changed
    assert card.history.rowCount() == moves_before + 1  # reloaded: the movement shows
    assert card.findChild(QLabel, "status").text().startswith(theirs["status"])


def test_theirs_with_my_changes_put_back_keeps_both_and_saves(qtbot, demo_db, other, monkeypatch):
    student_id = contingent.list_students(demo_db)[0].id
    card = StudentDialog(demo_db, student_id=student_id)
    qtbot.addWidget(card)
    theirs = students.get_student(other, student_id)
    students.update_student(other, student_id, replace(theirs.data, no_parental_care=True), theirs.row_version)
    monkeypatch.setattr(student_dialog, "ask_stale", lambda *_args: "merge")
    card.edits["phone"].setText("+7 777 000 0000")
    card.save()
    assert card.saved_id is None and card.edits["phone"].text() == "+7 777 000 0000"
    card.save()  # checked and saved again: both changes stay
    stored = students.get_student(other, student_id).data
    assert stored.phone == "+7 777 000 0000" and stored.no_parental_care
