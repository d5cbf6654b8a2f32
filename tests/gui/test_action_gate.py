"""The one action gate every page uses: a button that cannot act is disabled and says why in its tooltip, its key
says why in the status bar instead of doing nothing, and the old import path still gives the same gate."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from desktop.views.action_gate import ActionGate, with_keys


def test_a_gated_action_explains_itself_and_its_key_says_why(qtbot):
    window = QMainWindow()
    page = QWidget()
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    selected: list = []
    ran: list = []
    delete = QAction("&Delete", page)
    delete.setShortcut(QKeySequence("Del"))
    delete.setToolTip(with_keys(delete))
    delete.triggered.connect(lambda: ran.append(True))
    page.addAction(delete)
    button = QPushButton("Delete")
    gate = ActionGate(page)
    gate.need(delete, lambda: None if selected else "Select a student first", keys_on=page)
    gate.follow_action(button, delete)
    gate.update()
    assert not delete.isEnabled() and not button.isEnabled()
    assert delete.toolTip() == "Delete (Del)\nSelect a student first" == button.toolTip()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Delete)
    assert not ran and window.statusBar().currentMessage() == "Select a student first"
    selected.append(1)
    gate.update()
    assert delete.isEnabled() and button.isEnabled() and delete.toolTip() == "Delete (Del)"
    qtbot.keyClick(page, Qt.Key.Key_Delete)
    assert ran == [True]


def test_the_old_path_gives_the_same_gate():
    from desktop.views import action_gate
    from desktop.views.contingent import gate
    for name in ("ActionGate", "with_keys", "search_box", "may_discard"):
        assert getattr(gate, name) is getattr(action_gate, name)
