"""A module added to a contract from the curriculum comes with its practical training as the hours at the
enterprise (what the printed contract totals and the share check compares), not with its whole hours."""
from desktop.services import dual_lists
from desktop.views.dual.contract_dialog import ContractDialog


def test_a_module_from_the_plan_brings_its_production_training_hours(demo_db, qtbot):
    draft = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "draft")
    dialog = ContractDialog(demo_db, draft.student_id, contract_id=draft.id, language="en")
    qtbot.addWidget(dialog)
    offered = [dialog.from_plan.itemText(n) for n in range(dialog.from_plan.count())]
    # the demo plan: КМ 01 has 576 hours, 216 of them production training; professional practice 432 of 432
    assert next(text for text in offered if text.startswith("КМ 01 ")).endswith("(576 h, practical training 216 h)")
    assert next(text for text in offered if text.startswith("КП ")).endswith("(432 h, practical training 432 h)")
    dialog.modules.setRowCount(0)  # the draft holds КМ 01 already, and a module is added once only
    rows = dialog.modules.rowCount()
    dialog.from_plan.setCurrentIndex(next(n for n, text in enumerate(offered) if text.startswith("КМ 01 ")))
    dialog.add_from_plan()
    assert dialog.modules.item(rows, 0).text() == "КМ 01" and dialog.modules.item(rows, 2).text() == "216"
    assert dialog.modules.horizontalHeaderItem(2).text() == "Hours at the enterprise"
