"""An admission recorded without an order (the NEDB check lists 58 in the demo, issue #16) gets its order from the
student's card: double-click the movement, type the number and date, Save; the check then no longer lists it."""
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from desktop.services import students
from desktop.services.preflight import preflight
from desktop.views.contingent.attach_order import AttachOrderDialog
from desktop.views.contingent.student_dialog import StudentDialog


def _no_order(db):
    return [i for i in preflight(db) if i.code == "preflight.no_order"]


@pytest.fixture
def card(demo_db, qtbot):
    issue = _no_order(demo_db)[0]
    dialog = StudentDialog(demo_db, student_id=issue.target_id)
    qtbot.addWidget(dialog)
    row = next(n for n, m in enumerate(dialog.card.movements) if not m.order_number)
    return dialog, row


def _answer(monkeypatch, number, signed_on=None):
    def exec_(dialog):
        dialog.number.setText(number)
        if signed_on:
            dialog.signed_on.set_value(signed_on)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(AttachOrderDialog, "exec", exec_)


def test_the_order_is_given_and_the_check_drops_the_problem(card, demo_db, monkeypatch):
    dialog, row = card
    before = len(_no_order(demo_db))
    assert dialog.history.item(row, 2).text() == "no order" and dialog.history.item(row, 2).toolTip()
    _answer(monkeypatch, "12-к", date(2024, 8, 28))
    dialog.history.cellDoubleClicked.emit(row, 2)
    assert dialog.history.item(row, 2).text() == "№ 12-к 28.08.2024"
    assert students.get_student(demo_db, dialog.card.id).movements[row].order_number == "12-к"
    assert len(_no_order(demo_db)) == before - 1


def test_an_empty_number_is_refused_and_nothing_changes(card, demo_db, monkeypatch, dialogs):
    dialog, row = card
    _answer(monkeypatch, "  ")
    dialog.history.cellDoubleClicked.emit(row, 2)
    assert dialogs and "Order number" in dialogs[-1][3]
    assert dialog.history.item(row, 2).text() == "no order"
    assert not students.get_student(demo_db, dialog.card.id).movements[row].order_number


def test_a_movement_with_its_order_opens_nothing(card, demo_db, monkeypatch):
    dialog, row = card
    _answer(monkeypatch, "12-к")
    dialog.history.cellDoubleClicked.emit(row, 2)
    monkeypatch.setattr(AttachOrderDialog, "exec", lambda self: pytest.fail("asked again for an order it has"))
    dialog.history.cellDoubleClicked.emit(row, 2)
