"""The Dual training page's flow (issue #16): steps asked first on the date typed, undone from the Edit menu,
the contract kept selected; the appendix's dates and its modules picked from the curriculum; the list's search
and filters; the contract number offered; a printed contract said in the status bar."""
from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QPushButton

from desktop.domain.ids import make_bin
from desktop.services import contingent, dual, dual_lists
from desktop.services.dual import ContractData, EnterpriseData
from desktop.views.dual.appendix_dialog import AppendixDialog, ModulePicker
from desktop.views.dual.contract_dialog import ContractDialog
from desktop.views.dual.contract_steps import StepDialog


def _contract(db, contract_id):
    return next(c for c in dual_lists.list_contracts(db) if c.id == contract_id)


def _dual_page(make_window, db, language="en"):
    window = make_window(db, language)
    window.show_page("dual")  # shown: its undo stack is the Edit menu's
    return window, window.page("dual")


def _select(page, status):
    row = next(r for r, c in enumerate(page.contract_model.rows()) if c.status == status)
    page.contracts.selectRow(row)
    return page.contract_model.rows()[row]


def _answer(monkeypatch, on=None):
    def run(dialog: StepDialog):
        if on is not None:
            dialog.on.set_value(on)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(StepDialog, "exec", run)


def test_sign_asks_takes_the_date_keeps_the_selection_and_undoes(make_window, demo_db, monkeypatch):
    window, page = _dual_page(make_window, demo_db)
    draft = _select(page, "draft")
    asked = []
    monkeypatch.setattr(StepDialog, "exec", lambda dialog: asked.append(
        dialog.findChild(QLabel, "question").text()) or QDialog.DialogCode.Rejected)
    page.findChild(QPushButton, "sign").click()  # asked, and cancelled: nothing changes
    assert asked == [f"Sign contract № {draft.number} ({draft.student})?"]
    assert _contract(demo_db, draft.id).status == "draft"

    _answer(monkeypatch, on=date(2026, 9, 3))
    page.findChild(QPushButton, "sign").click()
    signed = _contract(demo_db, draft.id)
    assert (signed.status, signed.signed_on) == ("signed", date(2026, 9, 3))  # the date typed, not today
    assert page.selected_contract().id == draft.id  # the next button works on the same contract
    assert page.contracts.currentIndex().row() == page.contracts.selectionModel().selectedRows()[0].row()
    assert window.statusBar().currentMessage() == f"Contract № {draft.number}: signed."

    undo = window.findChild(QAction, "undo")
    assert undo.isEnabled() and draft.number in undo.text()
    undo.trigger()
    back = _contract(demo_db, draft.id)
    assert (back.status, back.signed_on) == ("draft", None)
    assert page.selected_contract().id == draft.id
    window.findChild(QAction, "redo").trigger()
    assert _contract(demo_db, draft.id).signed_on == date(2026, 9, 3)


def test_hand_over_and_end_are_asked_dated_and_undone_in_turn(make_window, demo_db, monkeypatch):
    window, page = _dual_page(make_window, demo_db)
    signed = _select(page, "signed")
    dual.set_periods(demo_db, signed.id, [("production", date(2027, 3, 1), date(2027, 3, 30), 144, "КМ 01")])
    page.reload()
    _answer(monkeypatch, on=date(2027, 2, 20))
    page.findChild(QPushButton, "issue_appendix").click()
    assert _contract(demo_db, signed.id).appendix_issued_on == date(2027, 2, 20)
    assert page.selected_contract().id == signed.id
    dated = []
    monkeypatch.setattr(StepDialog, "exec", lambda dialog: dated.append(dialog.on.isVisibleTo(dialog)) or
                        dialog.on.set_value(date(2027, 6, 30)) or QDialog.DialogCode.Accepted)
    page.findChild(QPushButton, "end").click()  # the same contract, still selected: the next button works
    ended = _contract(demo_db, signed.id)
    assert dated == [True] and (ended.status, ended.ended_on) == ("ended", date(2027, 6, 30))  # the day asked for
    undo = window.findChild(QAction, "undo")
    undo.trigger()
    back = _contract(demo_db, signed.id)
    assert (back.status, back.ended_on) == ("appendix_issued", None)
    undo.trigger()
    again = _contract(demo_db, signed.id)
    assert (again.status, again.appendix_issued_on) == ("signed", None)


def test_terminate_asks_the_reason_and_the_date(make_window, demo_db, monkeypatch, dialogs):
    window, page = _dual_page(make_window, demo_db)
    signed = _select(page, "signed")

    def fill(dialog: StepDialog):
        dialog.on.set_value(date(2026, 11, 1))
        dialog.reason.setText("Кәсіпорын жабылды")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StepDialog, "exec", fill)
    page.findChild(QPushButton, "terminate").click()
    assert _contract(demo_db, signed.id).status == "terminated" and dialogs == []
    document = dual_lists.contract_document(demo_db, signed.id)
    assert (document.terminated_on, document.termination_reason) == (date(2026, 11, 1), "Кәсіпорын жабылды")
    window.findChild(QAction, "undo").trigger()
    assert _contract(demo_db, signed.id).status == "signed"


def test_a_step_refused_says_why_and_pushes_nothing(make_window, demo_db, monkeypatch, dialogs):
    window, page = _dual_page(make_window, demo_db)
    signed = _select(page, "signed")
    dual.set_periods(demo_db, signed.id, [])
    page.reload(signed.id)  # the list as it is now (a step over the contract as it was is refused as stale)
    _answer(monkeypatch)
    page.findChild(QPushButton, "issue_appendix").click()  # an appendix with no periods is not handed over
    [(_, title, text, details)] = dialogs
    assert title == f"Contract № {signed.number}" and "appendix" in details.lower()
    assert not window.findChild(QAction, "undo").isEnabled()


def test_the_appendix_takes_dates_and_the_curriculums_modules(make_window, demo_db, monkeypatch):
    window, page = _dual_page(make_window, demo_db)
    signed = _select(page, "signed")
    plan = dual.plan_modules(demo_db, signed.id)
    assert plan and all(m.hours > 0 for m in plan)

    def fill(dialog: AppendixDialog):
        row = dialog.add_period("production", date(2027, 3, 1), date(2027, 3, 30), 144, "")
        picker = dialog.table.cellWidget(row, 4)
        assert isinstance(picker, ModulePicker)
        offered = picker.actions_by_code()
        assert list(offered) == [m.code for m in plan]  # the curriculum's, with their hours in the text
        assert f"({plan[0].hours})" in offered[plan[0].code].text()
        offered[plan[0].code].trigger()
        offered[plan[2].code].trigger()
        assert picker.text() == f"{plan[0].code}, {plan[2].code}"
        dialog.table.cellWidget(row, 2).set_value(date(2027, 4, 2))  # a calendar date, not text
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AppendixDialog, "exec", fill)
    page.findChild(QPushButton, "appendix").click()
    *autumn, period = dual_lists.contract_document(demo_db, signed.id).periods  # after the demo's autumn lines
    assert period == ("production", date(2027, 3, 1), date(2027, 4, 2), 144, f"{plan[0].code}, {plan[2].code}")
    assert page.selected_contract().id == signed.id

    def reopen(dialog: AppendixDialog):
        picker = dialog.table.cellWidget(len(autumn), 4)
        ticked = [code for code, action in picker.actions_by_code().items() if action.isChecked()]
        assert ticked == [plan[0].code, plan[2].code]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AppendixDialog, "exec", reopen)
    page.edit_appendix()


def test_the_russian_appendix_names_modules_in_russian(make_window, demo_db):
    window, page = _dual_page(make_window, demo_db, "ru")
    signed = _select(page, "signed")
    dialog = AppendixDialog(demo_db, signed.id, page, "ru")
    row = dialog.add_period("production", date(2027, 3, 1), date(2027, 3, 30), 144, "КМ 01, старый")
    offered = dialog.table.cellWidget(row, 4).actions_by_code()
    assert "Настройка и обслуживание компьютерных систем" in offered["КМ 01"].text()
    assert offered["старый"].isChecked()  # a code typed before is kept, not lost
    dialog.close()


def test_search_and_filters_narrow_the_contracts(make_window, demo_db):
    window, page = _dual_page(make_window, demo_db)
    everyone = page.contract_model.rowCount()
    filters = page.filters
    filters.status.setCurrentIndex(filters.status.findData("draft"))
    assert {c.status for c in page.contract_model.rows()} == {"draft"}
    filters.status.setCurrentIndex(0)
    assert page.contract_model.rowCount() == everyone
    filters.search.setText("д-02")  # the number, case aside
    assert [c.number for c in page.contract_model.rows()] == ["Д-02/2026"]
    filters.search.setText("тұрсынов")
    assert {c.student.split()[0] for c in page.contract_model.rows()} == {"Тұрсынов"}
    filters.search.clear()

    other = dual.save_enterprise(demo_db, EnterpriseData(bin=make_bin(12, 5, 4, 0, 777) or make_bin(12, 5, 4, 0, 778), name_kk="Басқа ЖШС", name_ru="ТОО Другое",
                                                         size="large"))
    student = next(s for s in contingent.list_students(demo_db) if s.group_code != "25ПО-21р" and s.status == "studying")
    dual.create_contract(demo_db, ContractData("Д-90/2026", student.id, other, date(2026, 9, 1), date(2027, 6, 30)))
    page.reload()
    assert filters.enterprise.findText("Басқа ЖШС") >= 0  # shown in the interface's language (English: Kazakh)
    filters.enterprise.setCurrentIndex(filters.enterprise.findData("ТОО Другое"))
    assert [c.number for c in page.contract_model.rows()] == ["Д-90/2026"]
    filters.enterprise.setCurrentIndex(0)
    filters.group.setCurrentIndex(filters.group.findData(student.group_code))
    assert [c.number for c in page.contract_model.rows()] == ["Д-90/2026"]
    filters.group.setCurrentIndex(filters.group.findData("25ПО-21р"))
    assert page.contract_model.rowCount() == everyone


def test_a_new_contract_is_offered_the_next_number(make_window, demo_db, monkeypatch):
    window, page = _dual_page(make_window, demo_db)
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, names, *a: (names[0], True))

    def keep(dialog: ContractDialog):
        offered.append(dialog.number.text())
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ContractDialog, "exec", keep)
    page.findChild(QPushButton, "new_contract").click()
    assert offered == ["Д-25/2026"] or offered == [dual.next_contract_number(demo_db, date.today().year)]
    made = page.selected_contract()  # the new contract, selected
    assert made is not None and made.number == offered[0]


def test_printing_says_where_it_went(make_window, demo_db, tmp_path):
    window, page = _dual_page(make_window, demo_db)
    _select(page, "signed")
    written = page.print_contract(str(tmp_path / "c.pdf"), "kk")
    assert window.statusBar().currentMessage() == f"Saved: {written}"
    page.save_report("xlsx", str(tmp_path / "r.xlsx"))
    assert window.statusBar().currentMessage().endswith("r.xlsx")


def test_the_status_said_after_signing_is_in_the_interface_language(make_window, demo_db, monkeypatch):
    for language, word in (("kk", "жасалды"), ("ru", "заключён")):
        window, page = _dual_page(make_window, demo_db, language)
        draft = _select(page, "draft")
        _answer(monkeypatch, on=date(2026, 9, 3))
        page.findChild(QPushButton, "sign").click()
        assert word in window.statusBar().currentMessage() and draft.number in window.statusBar().currentMessage()
        window.findChild(QAction, "undo").trigger()  # the draft back for the next language
        assert _contract(demo_db, draft.id).status == "draft"


def test_a_contract_signed_under_the_drafts_filter_leaves_the_list_and_the_status_says_so(make_window, demo_db,
                                                                                          monkeypatch):
    window, page = _dual_page(make_window, demo_db)
    page.filters.status.setCurrentIndex(page.filters.status.findData("draft"))
    draft = _select(page, "draft")
    _answer(monkeypatch)
    page.findChild(QPushButton, "sign").click()
    assert draft.id not in {c.id for c in page.contract_model.rows()}
    assert window.statusBar().currentMessage() == f"Contract № {draft.number}: signed."


def test_a_printed_contract_is_offered_a_file_name_from_its_number():
    from desktop.views.dual.page import _file_name

    assert _file_name("Д-01/2026", "kk") == "Шарт Д-01-2026 (kk).pdf"
    assert _file_name("Д-01/2026", "ru") == "Договор Д-01-2026 (ru).pdf"
