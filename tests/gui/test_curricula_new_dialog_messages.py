"""The new-curriculum dialog's messages follow what the deputy fills in after pressing OK too early."""
from PySide6.QtCore import Qt

from desktop.views.curricula.new_dialog import NewCurriculumDialog


def test_each_message_goes_when_its_field_is_filled(make_window, demo_db, qtbot):
    dialog = NewCurriculumDialog(demo_db, make_window(demo_db, "en"))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problems.text().splitlines() == ["Enter the title.", "Tick at least one qualification."]
    qtbot.keyClicks(dialog.title, "Accounting, 9 grades, 2027")
    assert dialog.problems.text() == "Tick at least one qualification."
    dialog.quals.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.problems.text() == ""
    dialog.title.clear()
    assert dialog.problems.text() == ""  # all was filled: a new gap waits for the next OK
    dialog.accept()
    assert dialog.problems.text() == "Enter the title." and dialog.created_id is None


def test_before_ok_nothing_is_said(make_window, demo_db, qtbot):
    dialog = NewCurriculumDialog(demo_db, make_window(demo_db, "en"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "x")
    dialog.title.clear()
    assert dialog.problems.text() == ""
