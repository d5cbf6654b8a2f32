"""The appendix refused for a period without hours (issue #16): the message names the period's kind as the Kind
column shows it ("production training"), not the stored code ("production_training")."""
from datetime import date

from desktop.services import dual_lists
from desktop.views.dual.appendix_dialog import AppendixDialog


def test_a_period_without_hours_is_named_in_words(demo_db, qtbot, dialogs):
    signed = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    before = dual_lists.contract_document(demo_db, signed.id).periods
    dialog = AppendixDialog(demo_db, signed.id)
    qtbot.addWidget(dialog)
    dialog.add_period("production_training", date(2027, 3, 1), date(2027, 3, 30), 0, "")
    dialog.save()
    [(_, title, _, text)] = dialogs
    assert title == "Appendix not saved"
    assert "production training: 0 is not a number of hours" in text
    assert "production_training" not in text
    assert dual_lists.contract_document(demo_db, signed.id).periods == before  # nothing saved
