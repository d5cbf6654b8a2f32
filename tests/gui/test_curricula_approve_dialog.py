"""Approving a curriculum asks who approves in a dialog that says it is the director and shows the full name."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from desktop.services import college, curricula
from desktop.views.curricula.approve_dialog import ApproveDialog

LONG_NAME = "Сейтқалиев Ержан Болатұлы"


def test_the_whole_director_name_is_visible_and_enter_approves(qtbot):
    dialog = ApproveDialog(LONG_NAME, "Бағдарламалық қамтамасыз ету 2025")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == LONG_NAME
    # The whole name fits the field, so nothing of it scrolls out of sight (the old dialog showed «ейтқалиев …»).
    assert dialog.name.width() > dialog.name.fontMetrics().horizontalAdvance(LONG_NAME) + 20
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.who() == LONG_NAME


def test_escape_cancels_and_an_empty_name_cannot_approve(qtbot):
    dialog = ApproveDialog("", "Plan")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("  ")
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("A. Director")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_approving_proposes_the_director_of_the_college_profile_and_cancel_approves_nothing(open_draft, monkeypatch):
    editor = open_draft("en")
    editor.model.setData(editor.model.index_of("g6", 1), "Mathematics")
    profile = college.get_profile(editor.db)
    seen = []

    def look(dialog):
        seen.append((dialog.name.text(), " ".join(label.text() for label in dialog.findChildren(QLabel))))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ApproveDialog, "exec", look)
    editor.approve()
    name, texts = seen[0]
    assert profile.director and name == profile.director
    assert "director" in texts and editor.model.curriculum.title in texts
    assert curricula.get_curriculum(editor.db, editor.curriculum_id).status == "draft"
