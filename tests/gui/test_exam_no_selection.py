"""The Demonstration exams page with nothing selected (issue #16): a button that needs a session or an expert is
disabled, its tooltip says what to select, and its action run anyway (a double click, a shortcut) says so in the
status bar and changes nothing."""
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.services import exams
from desktop.views.exams.page import NEEDS

SESSION_BUTTONS = sorted(name for name, what in NEEDS.items() if what == "session")


def _state(db):
    sessions = exams.list_sessions(db)
    return ([(s.id, s.status, s.candidates, s.drawn_task) for s in sessions],
            {s.id: exams.list_experts(db, s.id) for s in sessions},
            {s.id: exams.session_scores(db, s.id)[1] for s in sessions})


@pytest.fixture
def nothing_selected(make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    page = window.page("exams")
    page.sessions.clearSelection()
    # were a slot to reach a question, it would change something: answer yes, so the test sees it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return window, page


def test_every_session_button_is_disabled_saying_to_select_a_session(nothing_selected):
    _, page = nothing_selected
    assert page.selected_session() is None and page.document is None
    for name in SESSION_BUTTONS:
        button = page.findChild(QPushButton, name)
        assert not button.isEnabled(), name
        assert button.toolTip() == "Select a session in the list first.", name
    assert page.findChild(QPushButton, "new_session").isEnabled()  # needs nothing
    assert page.findChild(QPushButton, "import_scheme").isEnabled()


@pytest.mark.parametrize("name", SESSION_BUTTONS)
def test_each_session_action_without_a_session_says_so_and_changes_nothing(nothing_selected, demo_db, monkeypatch,
                                                                           name):
    window, page = nothing_selected
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: pytest.fail("a save dialog opened with no session"))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: pytest.fail("an open dialog opened with no session"))
    before = _state(demo_db)
    slot = {"edit_session": page.edit_session, "delete_session": page.delete_session, "add_group": page.add_group,
            "draw": page.draw, "scores": page.enter_scores, "import_scores": page.import_scores,
            "finish": page.finish, "protocol": page.print_protocol, "results": page.save_results,
            "add_expert": page.add_expert}[name]
    window.statusBar().clearMessage()
    slot()
    assert window.statusBar().currentMessage() == "Select a session in the list first."
    assert _state(demo_db) == before


def test_remove_expert_needs_an_expert_selected(make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    page = window.page("exams")
    page.sessions.selectRow(0)
    page.tabs.setCurrentIndex(1)
    assert page.panel.rowCount() > 0
    page.panel.clearSelection()
    button = page.findChild(QPushButton, "remove_expert")
    assert not button.isEnabled() and button.toolTip() == "Select an expert on the Panel tab first."
    assert page.findChild(QPushButton, "add_expert").isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    before = _state(demo_db)
    page.remove_expert()
    assert window.statusBar().currentMessage() == "Select an expert on the Panel tab first."
    assert _state(demo_db) == before
    page.panel.selectRow(0)
    assert button.isEnabled() and button.toolTip() == ""


def test_selecting_a_session_again_enables_its_buttons(nothing_selected):
    _, page = nothing_selected
    page.sessions.selectRow(0)
    assert all(page.findChild(QPushButton, name).isEnabled() for name in SESSION_BUTTONS)
    assert all(page.findChild(QPushButton, name).toolTip() == "" for name in SESSION_BUTTONS)


def test_remove_candidate_needs_a_candidate_asks_and_keeps_a_held_list(make_window, demo_db, monkeypatch, dialogs):
    window = make_window(demo_db)
    page = window.page("exams")
    page.sessions.selectRow(next(n for n, s in enumerate(page.session_model.rows()) if s.status == "planned"))
    session_id = page.selected_session().id
    page.candidates.clearSelection()
    button = page.findChild(QPushButton, "remove_candidate")
    assert not button.isEnabled() and button.toolTip() == "Select a candidate in the list first."
    before = _state(demo_db)
    page.remove_candidate()
    assert window.statusBar().currentMessage() == "Select a candidate in the list first." and _state(demo_db) == before
    page.candidates.selectRow(2)
    assert button.isEnabled()
    leaving = page.document.lines[2]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    button.click()
    assert _state(demo_db) == before  # asked first: no
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    button.click()
    assert leaving.student_id not in {line.student_id for line in page.document.lines}
    assert len(page.document.lines) == 25 and page.selected_session().id == session_id
    assert window.statusBar().currentMessage() == f"{leaving.name} was taken off the list of session № {session_id}."
    page.sessions.selectRow(next(n for n, s in enumerate(page.session_model.rows()) if s.status == "held"))
    page.candidates.selectRow(0)
    held = _state(demo_db)
    button.click()  # the list of a held session is the record of the exam
    assert dialogs[-1][1] == "Not removed" and _state(demo_db) == held
