"""A button that needs a chosen row is off while none is, and its tooltip says what to do: pressing it used to do
nothing at all, which a new user took for a broken program."""
import pytest
from PySide6.QtWidgets import QPushButton, QToolButton, QWidget

from desktop.views.reports.records_dialog import LibraryDialog, TeachersDialog


def _tool_button(page, name: str) -> QToolButton:
    return next(b for b in page.findChildren(QToolButton) if b.defaultAction() is page.actions[name])


def test_classifier_change_and_delete_wait_for_an_entry_and_say_so(make_window, demo_db, qtbot):
    window = make_window(demo_db, "en")
    page = window.page("classifier")
    page.table.clearSelection()
    for name in ("edit", "delete"):
        button = _tool_button(page, name)
        assert not button.isEnabled()
        assert "Select an entry in the list first." in button.toolTip()
    # F2 pressed with nothing chosen says so in the status bar (offscreen: trigger what the key triggers)
    f2 = next(a for a in QWidget.actions(page) if a.isEnabled() and a.shortcut().toString() == "F2")
    f2.trigger()
    assert window.statusBar().currentMessage() == "Select an entry in the list first."
    page.table.selectRow(0)
    for name in ("edit", "delete"):
        button = _tool_button(page, name)
        assert button.isEnabled()
        assert "Select" not in button.toolTip()
    page.search.setText("no such entry anywhere")  # the chosen entry filtered away: nothing is chosen again
    assert not page.actions["edit"].isEnabled()


@pytest.mark.parametrize("dialog_class", [TeachersDialog, LibraryDialog])
def test_the_indicator_lists_edit_and_delete_wait_for_a_row(demo_db, qtbot, dialog_class):
    dialog = dialog_class(demo_db)
    qtbot.addWidget(dialog)
    edit, delete = dialog.findChild(QPushButton, "edit"), dialog.findChild(QPushButton, "delete")
    assert dialog.model.rowCount() > 0  # the demo has teachers and textbook counts
    for button in (edit, delete):
        assert not button.isEnabled() and button.toolTip() == "Select a row in the list first."
    dialog.table.selectRow(0)
    assert edit.isEnabled() and delete.isEnabled() and edit.toolTip() == ""
    chosen = dialog._chosen()
    dialog.reload()  # after an edit the list is read again: the same row stays chosen
    assert dialog._chosen() == chosen and edit.isEnabled()
    dialog.table.clearSelection()
    assert not edit.isEnabled()
