"""A button of the Dual page pressed with nothing selected says in the status bar what to select, opens no
dialog and changes nothing (it used to do nothing, silently)."""
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from desktop.services import dual_lists

CONTRACT_BUTTONS = ("edit_contract", "delete_draft", "sign", "appendix", "issue_appendix", "end", "terminate",
                    "print")
SAID = {"contract": "Select a contract in the list first.", "enterprise": "Select an enterprise in the list first.",
        "mentor": "Select a mentor in the list first."}


def _state(db):
    return (dual_lists.list_contracts(db), dual_lists.list_enterprises(db), dual_lists.list_mentors(db))


@pytest.mark.parametrize("button, tab, needs", [*((b, 0, "contract") for b in CONTRACT_BUTTONS),
                                                ("edit_enterprise", 1, "enterprise"), ("edit_mentor", 1, "mentor")])
def test_a_button_with_nothing_selected_says_what_to_select(make_window, demo_db, monkeypatch, dialogs, button,
                                                             tab, needs):
    window = make_window(demo_db)
    window.show_page("dual")
    page = window.page("dual")
    page.tabs.setCurrentIndex(tab)
    for table in (page.contracts, page.enterprises, page.mentors):
        table.clearSelection()
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: opened.append("file") or ("", ""))
    before = _state(demo_db)
    window.statusBar().clearMessage()
    page.findChild(QPushButton, button).click()
    assert window.statusBar().currentMessage() == SAID[needs]
    assert opened == [] and dialogs == []
    assert _state(demo_db) == before


def test_with_a_selection_the_same_buttons_act(make_window, demo_db, monkeypatch):
    """The message is for an empty selection only: with a contract selected, Edit opens it."""
    window = make_window(demo_db)
    page = window.page("dual")
    page.contracts.selectRow(0)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    window.statusBar().clearMessage()
    page.findChild(QPushButton, "edit_contract").click()
    assert opened and window.statusBar().currentMessage() != SAID["contract"]
