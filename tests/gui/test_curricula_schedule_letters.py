"""The week grid of the process schedule typed from a Cyrillic keyboard, as a Russian or Kazakh deputy types it."""
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def selected_weeks(dialog, row: int, columns: range):
    grid = dialog.grid
    grid.clearSelection()
    for column in columns:
        grid.selectionModel().select(grid.model().index(row, column), QItemSelectionModel.SelectionFlag.Select)
    grid.setFocus()


def press(widget, letter: str) -> None:
    """A key as a Cyrillic layout sends it: its text is the Cyrillic letter (QTest cannot type those)."""
    key = ord(letter.upper()) if letter else Qt.Key.Key_Shift
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, letter))


def test_cyrillic_look_alikes_set_the_weeks_their_latin_codes_do(open_draft, qtbot):
    from desktop.views.curricula.schedule_dialog import ScheduleDialog

    dialog = ScheduleDialog(open_draft("ru").model.curriculum)
    qtbot.addWidget(dialog)
    for typed, code in (("Н", "H"), ("т", "T"), ("А", "A"), ("Р", "P")):
        selected_weeks(dialog, 0, range(3))
        press(dialog.grid, typed)
        assert [dialog.grid.item(0, c).text() for c in range(3)] == [code] * 3, typed
    assert all(week.weeks[:3] == "PPP" for week in dialog.current()[:1])


def test_other_keys_still_leave_the_weeks_alone(open_draft, qtbot):
    from desktop.views.curricula.schedule_dialog import ScheduleDialog, week_code

    dialog = ScheduleDialog(open_draft("ru").model.curriculum)
    qtbot.addWidget(dialog)
    before = dialog.current()
    selected_weeks(dialog, 0, range(2))
    for letter in ("Ж", "q", ""):
        press(dialog.grid, letter)
    assert dialog.current() == before
    assert week_code("f") == "F" and week_code("") is None and week_code("Ж") is None
