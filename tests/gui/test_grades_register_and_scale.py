"""The register of diplomas (a blank issued after a confirmation, a number used again refused plainly, a spoiled
blank needing its reason) and the grading scale dialog (a gap refused with the percents named, the national scale
back with one button)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.domain.grading import national_scale
from desktop.services import diplomas, grades


@pytest.fixture
def page(make_window, demo_db):
    window = make_window(demo_db, "en", is_demo=True)
    window.show_page("grades")
    found = window.page("grades")
    found.tabs.setCurrentIndex(1)
    return found


def _issue(page, series="ZZ", number=None, **fields):
    from desktop.views.grades.register_dialog import IssueDialog

    dialog = IssueDialog(page.db, page, page.group_id(), today=date(2027, 6, 28))
    dialog.series.setText(series)
    dialog.suggest_number()
    if number is not None:
        dialog.number.setText(number)
        dialog._number_typed = True
    for name, value in fields.items():
        getattr(dialog, name).setText(value)
    dialog.save()
    return dialog


def test_issuing_a_blank_asks_first_suggests_the_next_number_and_lists_it(page, dialogs, qtmodeltester):
    register = page.register
    dialog = _issue(page, registration="ТК-1")
    assert dialog.result() == dialog.DialogCode.Accepted
    question = next(d for d in dialogs if d[0] == "question")
    assert "ZZ № 0000001" in question[2] and "never used again" in question[2]
    register.reload(dialog.document_id)
    entries = [e for e in register.model.rows() if e.series == "ZZ"]  # the demo's register holds JB blanks
    assert [(e.series, e.number, e.registration_number, e.issued_on) for e in entries] == [
        ("ZZ", "0000001", "ТК-1", date(2027, 6, 28))]
    assert entries[0].received_by == dialog.student.currentText()  # the graduate, unless typed
    assert _issue(page).number.text() == "0000002"  # the next free number
    from desktop.views.grades.register_dialog import IssueDialog

    assert IssueDialog(page.db, page).series.text() == "ZZ"  # the series of the last blank
    qtmodeltester.check(register.model)
    assert "Recorded" in page.window().statusBar().currentMessage() or dialog.outcome.startswith("Recorded")


def test_a_number_used_already_is_refused_with_a_clear_message(page, dialogs):
    _issue(page, number="0000005")
    again = _issue(page, number="0000005")
    assert again.result() != again.DialogCode.Accepted
    box = [d for d in dialogs if d[0] == "box"][-1]
    assert box[1] == "Not recorded" and "ZZ № 0000005" in box[3] and "never used twice" in box[3]
    assert len(diplomas.list_documents(page.db, "ZZ")) == 1


def test_nothing_is_written_when_the_confirmation_is_declined(page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _issue(page, number="0000009")
    assert diplomas.list_documents(page.db, "ZZ") == []


def test_the_honours_flag_says_the_rule_is_not_confirmed(page):
    from desktop.views.grades.register_dialog import IssueDialog

    tip = IssueDialog(page.db, page).honours.toolTip()
    assert "could not be confirmed" in tip and "registrar sets" in tip


def test_spoiling_needs_a_reason_and_keeps_the_number_used(page, dialogs):
    from desktop.views.grades.register_dialog import SpoilDialog

    dialog = SpoilDialog(page.db, page)
    dialog.series.setText("ZZ")
    dialog.number.setText("0000003")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert any(d[0] == "warning" and "reason" in d[2] for d in dialogs)
    dialog.reason.setText("a misprint in the name")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [entry] = diplomas.list_documents(page.db, "ZZ")
    assert (entry.status, entry.spoiled_reason) == ("spoiled", "a misprint in the name")
    assert _issue(page, number="0000003").result() != 1  # a spoiled number is never given again


def test_the_register_filters_by_kind_status_and_search(page, dialogs):
    _issue(page, number="0000001")
    diplomas.spoil(page.db, "diploma", "ZZ", "0000002", "torn")
    register = page.register
    register.search.setText("ZZ")
    assert len(register.model.rows()) == 2
    register.status.setCurrentIndex(register.status.findData("spoiled"))
    assert [e.number for e in register.model.rows()] == ["0000002"]
    register.status.setCurrentIndex(0)
    register.kind.setCurrentIndex(register.kind.findData("supplement"))
    assert register.model.rows() == []
    register.kind.setCurrentIndex(0)
    register.search.setText("ZZ 0000001")
    assert [e.number for e in register.model.rows()] == ["0000001"]
    assert register.count.text() == "1 entries"
    register.search.setText("")
    group = register.group.findData(page.group_id())
    register.group.setCurrentIndex(group)  # the group's own blanks: the one issued here
    assert [e.number for e in register.model.rows()] == ["0000001"]


# --- the grading scale --------------------------------------------------------------------------------------

def test_the_scale_dialog_refuses_a_gap_naming_the_percents_and_keeps_nothing(page):
    from desktop.views.grades.scale_dialog import FROM, ScaleDialog

    dialog = ScaleDialog(page.db, page)
    assert dialog.table.rowCount() == len(national_scale().bands)
    dialog.table.item(0, FROM).setText("97")  # A from 97: 95 and 96 fall in no band
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "95-96 fall in no band" in dialog.problems.text()
    assert grades.college_scale(page.db) == national_scale()


def test_the_scale_dialog_keeps_the_colleges_scale_and_resets_to_the_national(page):
    from desktop.views.grades.scale_dialog import FROM, TO, ScaleDialog

    dialog = ScaleDialog(page.db, page)
    # A college whose A starts at 96: A- takes 95 too
    bands = [(dialog.table.item(r, FROM).text(), dialog.table.item(r, TO).text())
             for r in range(dialog.table.rowCount())]
    row = bands.index(("95", "100"))
    dialog.table.item(row, FROM).setText("96")
    dialog.table.item(row + 1, TO).setText("95")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problems.text()
    assert grades.college_scale(page.db).band(95).letter == "A-"
    again = ScaleDialog(page.db, page)
    again.reset()
    again.save()
    assert grades.college_scale(page.db).band(95).letter == "A"
    assert "national" in again.outcome


def test_remove_band_with_none_selected_says_so(page):
    from desktop.views.grades.scale_dialog import ScaleDialog

    dialog = ScaleDialog(page.db, page)
    dialog.table.setCurrentCell(-1, -1)
    dialog.remove_band()
    assert "Select the band" in dialog.problems.text()
