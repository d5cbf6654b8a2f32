"""Issue #16: the contract dialog tells every problem at one Save (it told the module hours, then the
representative's IIN at the next Save); a module is not added twice; an appendix line with more hours than its days
allow is questioned (a plausibility check at 8 hours a day, not a legal rule)."""
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services import dual, dual_lists
from desktop.services.dual import ContractData
from desktop.services.errors import ValidationFailed
from desktop.views.dual.appendix_dialog import AppendixDialog
from desktop.views.dual.contract_dialog import ContractDialog


def _draft(demo_db):
    return next(c for c in dual_lists.list_contracts(demo_db) if c.status == "draft")


def test_bad_hours_and_a_bad_iin_are_told_at_one_save(demo_db, qtbot, dialogs):
    draft = _draft(demo_db)
    before = dual.contract_data(demo_db, draft.id)
    dialog = ContractDialog(demo_db, draft.student_id, contract_id=draft.id)
    qtbot.addWidget(dialog)
    dialog.modules.item(0, 2).setText("много")
    dialog.representative.setText("Ермекова Айгүл Серікқызы")
    dialog.representative_iin.setText("123456789012")
    dialog.save()
    [(_, title, _, text)] = dialogs
    assert title == "Contract not saved"
    assert "много" in text and "Legal representative's IIN" in text
    assert dual.contract_data(demo_db, draft.id) == before


def test_the_same_module_is_not_added_twice_from_the_plan(demo_db, qtbot, dialogs):
    draft = _draft(demo_db)
    dialog = ContractDialog(demo_db, draft.student_id, contract_id=draft.id)
    qtbot.addWidget(dialog)
    listed = {dialog.modules.item(row, 0).text() for row in range(dialog.modules.rowCount())}
    dialog.from_plan.setCurrentIndex(next(n for n in range(dialog.from_plan.count()) if dialog.from_plan.itemData(n)
                                          and dialog.from_plan.itemData(n)[0] not in listed))
    dialog.add_from_plan()
    rows = dialog.modules.rowCount()
    assert rows == len(listed) + 1 and not dialogs
    dialog.add_from_plan()  # the same plan module again
    assert dialog.modules.rowCount() == rows
    assert dialog.from_plan.currentData()[0] in dialog.module_note.text() and not dialogs


def test_the_service_refuses_a_module_listed_twice(demo_db):
    draft = dual.contract_data(demo_db, _draft(demo_db).id)
    code, name, hours = draft.modules[0]
    twice = ContractData(**{**draft.__dict__, "modules": (*draft.modules, (code, name, hours)),
                            "module_names_ru": ()})
    assert ("modules", "dual.repeated_module") in {(p.field, p.code) for p in dual.contract_problems(demo_db, twice)}
    with pytest.raises(ValidationFailed):
        dual.update_contract(demo_db, _draft(demo_db).id, twice)


def test_more_hours_than_the_days_allow_is_a_warning_not_a_refusal():
    one_day = [("production_training", date(2027, 3, 1), date(2027, 3, 1), 216, "")]
    [warning] = dual.period_warnings(one_day)
    assert warning.params == {"hours": 216, "days": 1, "most": 8} and warning.row == 1
    assert dual.period_warnings([("production_training", date(2027, 3, 1), date(2027, 3, 27), 216, "")]) == []


@pytest.mark.parametrize("answer, saved", [(QMessageBox.StandardButton.No, False),
                                           (QMessageBox.StandardButton.Yes, True)])
def test_the_appendix_asks_before_saving_a_day_of_216_hours(demo_db, qtbot, monkeypatch, answer, saved):
    signed = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    dialog = AppendixDialog(demo_db, signed.id)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    dialog.add_period("production_training", date(2027, 3, 1), date(2027, 3, 1), 216, "")
    dialog.save()
    assert len(asked) == 1 and "216" in asked[0] and "8 hours a day" in asked[0]
    periods = dual_lists.contract_document(demo_db, signed.id).periods
    assert any(p[3] == 216 for p in periods) is saved
