"""Edit › Redo answers Ctrl+Y and Ctrl+Shift+Z on every desktop: some Linux desktops give the platform's Redo only
Ctrl+Shift+Z, and a registrar used to office suites presses Ctrl+Y."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack


class _Counted(QUndoCommand):
    def __init__(self, done: list):
        super().__init__("typed")
        self.done = done

    def redo(self):
        self.done.append("redo")

    def undo(self):
        self.done.append("undo")


def _window_with_an_undone_edit(make_window, demo_db, qtbot, language):
    window = make_window(demo_db, language)
    redo = window.findChild(QAction, "redo")
    qtbot.waitUntil(lambda: bool(redo.shortcuts()), timeout=3000)  # the keys come just after the first paint
    stack = QUndoStack(window)
    window.undo_group.addStack(stack)
    window.undo_group.setActiveStack(stack)
    done: list = []
    stack.push(_Counted(done))
    stack.undo()
    return window, redo, done


def test_redo_has_both_keys_and_ctrl_z_stays_undo(make_window, demo_db, qtbot):
    window, redo, _ = _window_with_an_undone_edit(make_window, demo_db, qtbot, "kk")
    keys = [key.toString(QKeySequence.SequenceFormat.PortableText) for key in redo.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    undo = window.findChild(QAction, "undo")
    assert "Ctrl+Z" in [key.toString(QKeySequence.SequenceFormat.PortableText) for key in undo.shortcuts()]
    assert not set(keys) & {key.toString(QKeySequence.SequenceFormat.PortableText) for key in undo.shortcuts()}


def test_ctrl_y_and_ctrl_shift_z_redo_from_the_page_list(make_window, demo_db, qtbot):
    window, _, done = _window_with_an_undone_edit(make_window, demo_db, qtbot, "ru")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert done == ["redo", "undo", "redo"]
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done[-1] == "undo"
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # Qt keeps the last key event's modifiers as the keyboard's state: released here, or the next tests' clicks
    # and selectRow() would act as if Ctrl and Shift were still held (a toggled, emptied selection)
    qtbot.keyRelease(window.nav, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    assert done[-1] == "redo" and len(done) == 5
