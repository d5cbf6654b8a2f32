"""Remove the row (contract's modules) and Remove the period (appendix): disabled, saying what to click, while no
row is current; clicking into a row's fields makes it current, and the button removes that row, not another."""
from datetime import date

from PySide6.QtWidgets import QApplication, QPushButton

from desktop.services import dual_lists
from desktop.views.dual.appendix_dialog import AppendixDialog
from desktop.views.dual.contract_dialog import ContractDialog


def _contract(demo_db, status):
    return next(c for c in dual_lists.list_contracts(demo_db) if c.status == status)


def test_remove_the_row_waits_for_a_row_and_removes_that_one(demo_db, qtbot):
    draft = _contract(demo_db, "draft")
    dialog = ContractDialog(demo_db, draft.student_id, contract_id=draft.id)
    qtbot.addWidget(dialog)
    remove = dialog.findChild(QPushButton, "remove_module")
    codes = lambda: [dialog.modules.item(r, 0).text() for r in range(dialog.modules.rowCount())]  # noqa: E731
    before = codes()
    assert len(before) >= 2
    dialog.modules.setCurrentCell(-1, -1)
    assert not remove.isEnabled() and remove.toolTip() == "Click a row of the table first: the one to remove."
    remove.click()
    assert codes() == before  # nothing removed, and the button said why
    dialog.modules.setCurrentCell(1, 1)
    assert remove.isEnabled() and remove.toolTip() == ""
    remove.click()
    assert codes() == before[:1] + before[2:]
    while dialog.modules.rowCount():
        remove.click()
    assert not remove.isEnabled()


def test_a_period_is_made_current_by_typing_in_it_and_removed(demo_db, qtbot):
    signed = _contract(demo_db, "signed")
    dialog = AppendixDialog(demo_db, signed.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    remove = dialog.findChild(QPushButton, "remove_period")
    added = dialog.add_period("production", date(2027, 3, 1), date(2027, 3, 30), 144, "")
    dialog.table.setCurrentCell(-1, -1)
    assert not remove.isEnabled() and remove.toolTip() == "Click a period of the table first: the one to remove."
    hours = dialog.table.cellWidget(added, 3)
    hours.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert dialog.table.currentRow() == added and remove.isEnabled()
    first = dialog.table.cellWidget(0, 2)  # the end date of the first period: its text part takes the focus
    first.setFocus()
    qtbot.waitUntil(lambda: dialog.table.currentRow() == 0)
    remove.click()
    kept = dialog.periods()
    assert len(kept) == added and kept[-1] == ("production", date(2027, 3, 1), date(2027, 3, 30), 144, "")
