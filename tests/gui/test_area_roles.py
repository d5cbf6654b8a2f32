"""The Dual training, Demonstration exams and Teacher load pages obey the signed-in user's role (what changes records
is off, saying why; the contract, the session, the scores and the teacher's card open read-only with History…), and
their forms refuse a save over another computer's newer one, say who and when, and reload on request."""
import sys
import types
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QPushButton

from desktop.domain.roles import Role
from desktop.services import dual, dual_lists, exam_documents, exams, teachers
from desktop.services.actors import Actor
from desktop.services.database import open_database
from desktop.views.dual import contract_dialog
from desktop.views.dual.contract_dialog import ContractDialog
from desktop.views.dual.page import WRITING as DUAL_WRITING, DualPage
from desktop.views.exams import score_grid, session_form
from desktop.views.exams.page import WRITING as EXAM_WRITING, ExamsPage
from desktop.views.exams.score_grid import FIXED, ScoreGridDialog
from desktop.views.load import teacher_form
from desktop.views.load.page import LoadPage
from desktop.views.load.staff_dialog import StaffDialog
from desktop.views.load.teacher_form import TeacherForm

REGISTRAR = Actor("r", "R", Role.REGISTRAR)
GOOD = {"A": ["18"], "B": ["19"], "C": [3, 3, 3], "D": ["10"], "E": [1, 1, 1]}


def _save(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


@pytest.fixture
def other(demo_db, paths):
    """The same college opened on another computer by another user."""
    database = open_database(demo_db.path, paths.backups)
    database.actor = Actor("dana", "Дана Әлиқызы", Role.OWNER, workstation="OTHER-PC")
    yield database
    database.close()


@pytest.fixture
def history(monkeypatch):
    shown = []
    fake = types.ModuleType("desktop.views.access.history")
    fake.show_history = lambda parent, db, kind, record_id, label: shown.append((kind, record_id, label))
    monkeypatch.setitem(sys.modules, "desktop.views.access.history", fake)
    return shown


# --- dual training ---------------------------------------------------------------------------------------------


def test_the_dual_page_is_read_only_for_a_registrar(qtbot, demo_db, history):
    demo_db.actor = REGISTRAR
    page = DualPage(demo_db, "en")
    qtbot.addWidget(page)
    page.contracts.selectRow(0)
    for key in DUAL_WRITING:
        assert not page.buttons[key].isEnabled(), key
        assert "may not change dual training" in page.buttons[key].toolTip(), key
    assert page.buttons["edit_contract"].isEnabled() and page.buttons["print"].isEnabled()
    page.new_contract()  # reached by a double click on a check's line: refused too, nothing opens
    signed = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    dialog = ContractDialog(demo_db, signed.student_id, None, "en", signed.id)  # Edit… shows any contract, read-only
    qtbot.addWidget(dialog)
    assert dialog.read_only and _save(dialog).isHidden() and not dialog.number.isEnabled()
    assert "may not change" in dialog.findChild(QLabel, "read_only").text()
    dialog.findChild(QPushButton, "record_history").click()
    assert history == [("dual_contract", signed.id, signed.number)]


def test_the_dual_page_is_the_coordinators(qtbot, demo_db):
    demo_db.actor = Actor("d", "D", Role.DUAL)
    page = DualPage(demo_db, "en")
    qtbot.addWidget(page)
    page.contracts.selectRow(0)
    assert all(page.buttons[key].isEnabled() for key in ("new_contract", "new_enterprise", "new_payment"))


def test_a_draft_saved_on_another_computer_is_refused_and_reloaded_on_request(qtbot, demo_db, other, dialogs,
                                                                                 monkeypatch):
    draft = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "draft")
    dialog = ContractDialog(demo_db, draft.student_id, None, "en", draft.id)
    qtbot.addWidget(dialog)
    theirs = dual.contract_data(other, draft.id)
    dual.update_contract(other, draft.id, replace(theirs, representative="Сейткали Серік"), version=theirs.version)
    dialog.representative.setText("Әлиев Марат")
    dialog.save()
    [(kind, title, text, compared)] = dialogs
    assert kind == "box" and title == "Changed by someone else" and "Дана Әлиқызы" in text and "OTHER-PC" in text
    assert "«Сейткали Серік»" in compared and "«Әлиев Марат»" in compared
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dual.contract_data(demo_db, draft.id).representative == "Сейткали Серік"
    monkeypatch.setattr(contract_dialog, "show_stale", lambda *args: True)  # "Reload the saved record"
    dialog.representative.setText("Әлиев Марат")
    dialog.save()
    assert dialog.representative.text() == "Сейткали Серік"  # theirs shown, with their version
    dialog.representative.setText("Әлиев Марат")
    dialog.save()  # typed again over what is stored now: saved
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dual.contract_data(demo_db, draft.id).representative == "Әлиев Марат"


# --- exams -----------------------------------------------------------------------------------------------------


def _held(db):
    return next(s for s in exams.list_sessions(db) if s.status == "held" and s.drawn_task)


def test_the_exams_page_and_its_forms_are_read_only_for_a_registrar(qtbot, demo_db, history, monkeypatch):
    demo_db.actor = REGISTRAR
    page = ExamsPage(demo_db, "en")
    qtbot.addWidget(page)
    held = _held(demo_db)
    page.sessions.selectRow(next(n for n, s in enumerate(page.session_model.rows()) if s.id == held.id))
    page.candidates.selectRow(0)
    for key in EXAM_WRITING:
        button = page.findChild(QPushButton, key)
        assert not button.isEnabled() and "may not change demonstration exams" in button.toolTip(), key
    for key in ("edit_session", "scores", "protocol", "results"):
        assert page.findChild(QPushButton, key).isEnabled(), key
    opened = []
    monkeypatch.setattr(session_form.FormDialog, "exec", lambda self: opened.append(self) or 0)
    page.edit_session()
    [form] = opened
    assert _save(form).isHidden() and not form.widgets["venue_name"].isEnabled()
    form.findChild(QPushButton, "record_history").click()
    assert history == [("exam_session", held.id, f"Exam session № {held.id}")]
    grid = ScoreGridDialog(demo_db, held.id, page.document.lines)
    qtbot.addWidget(grid)
    assert grid.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers and _save(grid).isHidden()
    assert not grid.table.item(0, 2).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_a_session_saved_on_another_computer_is_refused_and_reloaded_on_request(qtbot, demo_db, other, dialogs,
                                                                                  monkeypatch):
    page = ExamsPage(demo_db, "en")
    qtbot.addWidget(page)
    held = _held(demo_db)
    form = session_form.session_form(page, "Session", exams.session_data(demo_db, held.id), held.id)
    qtbot.addWidget(form)
    theirs = exams.session_data(other, held.id)
    exams.update_session(other, held.id, replace(theirs, venue_name="Шеберхана 2"), version=theirs.version)
    form.widgets["venue_name"].setText("Зертхана 5")
    form.accept_if_valid()
    [(_, title, text, compared)] = dialogs
    assert title == "Changed by someone else" and "Дана Әлиқызы" in text
    assert "Venue name: saved «Шеберхана 2», yours «Зертхана 5»" in compared
    assert exams.session_data(demo_db, held.id).venue_name == "Шеберхана 2"
    monkeypatch.setattr(session_form, "show_stale", lambda *args: True)
    form.accept_if_valid()
    assert form.widgets["venue_name"].text() == "Шеберхана 2"
    form.widgets["pass_mark"].setValue(int(theirs.pass_mark))
    form.accept_if_valid()  # over the session as stored now: saved
    assert form.result() == form.DialogCode.Accepted


def test_scores_typed_over_a_candidate_changed_since_are_refused_naming_them(qtbot, demo_db, other, dialogs,
                                                                             monkeypatch):
    held = _held(demo_db)
    grid = ScoreGridDialog(demo_db, held.id, exam_documents.protocol_document(demo_db, held.id).lines)
    qtbot.addWidget(grid)
    first = grid.lines[0]
    line = next(g for g in exams.session_scores(other, held.id)[1] if g.student_id == first.student_id)
    exams.set_all_scores(other, held.id, [exams.ScoreEntry(first.student_id, GOOD, version=line.version)])
    grid.table.item(0, 2).setCheckState(Qt.CheckState.Checked)  # absent, typed over the other computer's marks
    grid.save()
    [(_, title, text, compared)] = dialogs
    assert title == "Changed by someone else" and "Дана Әлиқызы" in text
    assert f"{first.name}: marks: saved «A 18; B 19; C 3, 3, 3; D 10; E 1, 1, 1»" in compared
    assert grid.result() != grid.DialogCode.Accepted
    assert next(g for g in exams.session_scores(demo_db, held.id)[1] if g.student_id == first.student_id).scores == GOOD
    monkeypatch.setattr(score_grid, "show_stale", lambda *args: True)
    grid.save()  # refused again; this time the line is shown as stored
    assert grid.table.item(0, 2).checkState() == Qt.CheckState.Unchecked
    assert grid.table.item(0, FIXED).text() == "18" and grid.total_text(0)[0] != ""
    grid.save()  # nothing typed over it now: the grid closes, nothing is written back
    assert grid.result() == grid.DialogCode.Accepted


# --- the teacher load ------------------------------------------------------------------------------------------


def test_the_load_page_staff_and_card_are_read_only_for_a_registrar(qtbot, demo_db, history):
    demo_db.actor = REGISTRAR
    page = LoadPage(demo_db, "en")
    qtbot.addWidget(page)
    assert not page.buttons["copy"].isEnabled()
    assert "may not change teachers and the teacher load" in page.buttons["copy"].toolTip()
    assert page.buttons["staff"].isEnabled() and page.buttons["print"].isEnabled()
    by_group = page.by_group
    by_group.table.setCurrentIndex(by_group.model.index(0, 0))
    for key in ("assign", "split", "take_back"):
        assert not by_group.buttons[key].isEnabled() and "may not change" in by_group.buttons[key].toolTip(), key
    assert by_group.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    page.tabs.setCurrentWidget(page.differences)
    assert not page.differences.buttons["accept_all"].isEnabled()
    page.tabs.setCurrentWidget(page.actual)
    actual = page.actual
    assert actual.grid.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not actual.buttons["replacement"].isEnabled() and not actual.buttons["import"].isEnabled()
    assert not actual.grid.paste("4\t4")  # a paste by the keys is refused too
    staff = StaffDialog(demo_db, "en")
    qtbot.addWidget(staff)
    staff.table.selectRow(0)
    assert all(not staff.actions[key].isEnabled() for key in ("new", "delete", "departments"))
    assert staff.actions["edit"].isEnabled()  # the card opens read-only
    record = teachers.list_teachers(demo_db)[0]
    card = TeacherForm(demo_db, record.id, "en")
    qtbot.addWidget(card)
    assert card.read_only and _save(card).isHidden() and not card.widgets["full_name"].isEnabled()
    card.findChild(QPushButton, "record_history").click()
    assert history == [("teacher", record.id, record.full_name)]


def test_the_load_page_is_the_deputy_directors(qtbot, demo_db):
    demo_db.actor = Actor("z", "Z", Role.DEPUTY)
    page = LoadPage(demo_db, "en")
    qtbot.addWidget(page)
    assert page.buttons["copy"].isEnabled()
    assert page.by_group.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def test_a_teacher_saved_on_another_computer_is_refused_and_reloaded_on_request(qtbot, demo_db, other, dialogs,
                                                                                  monkeypatch):
    record = teachers.list_teachers(demo_db)[0]
    card = TeacherForm(demo_db, record.id, "en")
    qtbot.addWidget(card)
    theirs = teachers.get_teacher(other, record.id)
    teachers.update_teacher(other, record.id, replace(card.data(), subject="Информатика", rate="0,5"),
                            version=theirs.version)
    card.widgets["subject"].setText("Физика")
    card.save()
    [(_, title, text, compared)] = dialogs
    assert title == "Changed by someone else" and "Дана Әлиқызы" in text
    assert "«Информатика»" in compared and "«Физика»" in compared and "saved «0.5»" in compared
    assert teachers.get_teacher(demo_db, record.id).subject == "Информатика"
    monkeypatch.setattr(teacher_form, "show_stale", lambda *args: True)
    card.save()
    assert card.widgets["subject"].text() == "Информатика" and card.widgets["rate"].text() == "0.5"
    card.widgets["subject"].setText("Физика")
    card.save()
    assert card.result() == card.DialogCode.Accepted
    stored = teachers.get_teacher(demo_db, record.id)
    assert (stored.subject, stored.rate) == ("Физика", Decimal("0.50"))
