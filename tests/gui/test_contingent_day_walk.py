"""What a day's walk through the contingent at 1366×768 in kk and ru found: the groups' list showed the curator off
the screen, a half-typed card closed on Escape without a word, an order nobody could get had a dead OK button."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.views.contingent.group_dialog import GroupDialog
from desktop.views.contingent.order_dialog import OrderDialog
from desktop.views.contingent.page import GROUP_CURRICULUM_WIDTH
from desktop.views.contingent.student_dialog import StudentDialog
from tests.gui.layout_check import FRAME_HEIGHT, SCREEN


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_groups_list_shows_the_curator_on_a_1366_screen(make_window, demo_db, qapp, language):
    window = make_window(demo_db, language)
    window.resize(SCREEN[0], SCREEN[1] - FRAME_HEIGHT)
    window.show_page("contingent")
    page = window.page("contingent")
    page.tabs.setCurrentIndex(1)
    qapp.processEvents()
    header = page.groups.horizontalHeader()
    curator = header.count() - 1
    assert header.sectionSize(curator - 1) <= GROUP_CURRICULUM_WIDTH
    assert header.sectionPosition(curator) + 60 <= page.groups.viewport().width()  # the curator's column in sight


@pytest.mark.parametrize("dialog_kind", ["student", "group"])
def test_a_half_typed_form_asks_before_it_is_dropped(make_window, demo_db, monkeypatch, dialog_kind):
    window = make_window(demo_db, "kk")
    window.show_page("contingent")
    page = window.page("contingent")
    if dialog_kind == "student":
        dialog = StudentDialog(demo_db, page, student_id=page.student_model.row_at(0).id, language="kk")
        field = dialog.edits["phone"]
    else:
        dialog = GroupDialog(demo_db, "kk", page, page.groups_list[0].id)
        field = dialog.curator
    asked = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer[0])
    dialog.show()
    dialog.reject()  # untouched: closes without a question
    assert not asked and dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    dialog.show()
    field.setText(field.text() + " 7")
    dialog.reject()
    assert len(asked) == 1 and dialog.isVisible()  # "Cancel": the form stays with what was typed
    answer[0] = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert len(asked) == 2 and not dialog.isVisible()


def test_the_student_card_fits_a_1366_screen(make_window, demo_db):
    window = make_window(demo_db, "ru")
    window.show_page("contingent")
    page = window.page("contingent")
    dialog = StudentDialog(demo_db, page, student_id=page.student_model.row_at(0).id, language="ru")
    size = dialog.size().expandedTo(dialog.minimumSizeHint())
    assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1] - FRAME_HEIGHT


def test_an_order_nobody_can_get_says_why_its_button_is_off(make_window, demo_db):
    from desktop.domain.contingent import MovementKind

    window = make_window(demo_db, "en")
    window.show_page("contingent")
    page = window.page("contingent")
    page.students.selectRow(0)  # a studying student cannot return from a leave
    dialog = OrderDialog(demo_db, page.selected_students(), page.groups_list, page)
    dialog.kind.set_value(MovementKind.RETURN.value)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "choose another movement" in ok.toolTip()
    dialog.kind.set_value(MovementKind.TRANSFER.value)
    assert ok.isEnabled() and ok.toolTip() == ""


def test_refresh_says_what_it_read(make_window, demo_db):
    from PySide6.QtWidgets import QPushButton

    window = make_window(demo_db, "ru")
    window.show_page("contingent")
    page = window.page("contingent")
    page.findChild(QPushButton, "refresh").click()
    assert str(len(page.groups_list)) in window.statusBar().currentMessage()
