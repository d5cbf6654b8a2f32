"""The Dual training page offscreen: a contract made from a student's card, its life from the page, the checks."""
from datetime import date

from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton

from desktop.services import contingent, dual_lists
from desktop.views.contingent.student_dialog import StudentDialog
from desktop.views.dual.appendix_dialog import AppendixDialog
from desktop.views.dual.contract_dialog import ContractDialog
from desktop.views.dual.contract_steps import StepDialog
from desktop.views.dual.form import FormDialog


def test_the_models_pass_qt_model_tester(make_window, demo_db, qtmodeltester):
    page = make_window(demo_db).page("dual")
    for model in (page.contract_model, page.enterprise_model, page.mentor_model, page.agreement_model,
                  page.payment_model, page.coverage_model, page.issue_model):
        qtmodeltester.check(model)
    assert "state-order students" in page.coverage.text()


def test_a_contract_from_a_students_card(make_window, demo_db, monkeypatch, dialogs):
    window = make_window(demo_db)
    window.show_page("contingent")
    contingent_page = window.page("contingent")
    student = next(s for s in contingent.list_students(demo_db)
                   if s.status == "studying" and s.group_code == "25ПО-21р"
                   and s.id not in {c.student_id for c in dual_lists.list_contracts(demo_db)})

    def fill_contract(dialog: ContractDialog):
        dialog.number.setText("Д-99/2026")
        assert dialog.minor.text()  # born 2009-2010: under 18 at signing
        dialog.representative.insert("Ата-анасы")
        assert dialog.from_plan.isEnabled()
        dialog.add_from_plan()
        dialog.add_module("КМ 99", "Қосымша модуль", 72)
        dialog.save()
        return dialog.result()

    def open_card_and_make_contract(dialog: StudentDialog):
        assert dialog.findChild(QPushButton, "new_contract") is not None
        dialog.new_contract()
        assert dialog.contract_id is not None
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ContractDialog, "exec", fill_contract)
    monkeypatch.setattr(StudentDialog, "exec", open_card_and_make_contract)
    contingent_page.open_card(student.id)
    [made] = [c for c in dual_lists.list_contracts(demo_db) if c.number == "Д-99/2026"]
    assert (made.student_id, made.status) == (student.id, "draft")
    document = dual_lists.contract_document(demo_db, made.id)
    assert document.modules[-1] == ("КМ 99", "Қосымша модуль", 72) and len(document.modules) == 2
    assert dialogs == []

    page = window.page("dual")
    page.reload()
    row = next(r for r, c in enumerate(page.contract_model.rows()) if c.id == made.id)
    page.contracts.selectRow(row)
    monkeypatch.setattr(StepDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    page.findChild(QPushButton, "sign").click()
    assert next(c for c in dual_lists.list_contracts(demo_db) if c.id == made.id).status == "signed"

    def fill_appendix(dialog: AppendixDialog):
        dialog.add_period("production", date(2027, 3, 1), date(2027, 3, 30), 144, "КМ 99")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AppendixDialog, "exec", fill_appendix)
    page.contracts.selectRow(next(r for r, c in enumerate(page.contract_model.rows()) if c.id == made.id))
    page.edit_appendix()
    page.contracts.selectRow(next(r for r, c in enumerate(page.contract_model.rows()) if c.id == made.id))
    page.findChild(QPushButton, "issue_appendix").click()
    assert next(c for c in dual_lists.list_contracts(demo_db) if c.id == made.id).status == "appendix_issued"


def test_a_bad_appendix_line_is_named(make_window, demo_db, monkeypatch, dialogs):
    page = make_window(demo_db).page("dual")
    signed = next(r for r, c in enumerate(page.contract_model.rows()) if c.status == "signed")
    page.contracts.selectRow(signed)

    def bad(dialog: AppendixDialog):
        dialog.add_period("production", date(2027, 3, 30), date(2027, 3, 1), 0, "")  # ends before it starts
        dialog.save()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AppendixDialog, "exec", bad)
    page.edit_appendix()
    [(_, title, text, details)] = dialogs
    assert "row" in details and "0 is not a number of hours" in details


def test_an_enterprise_and_a_memorandum_through_the_forms(make_window, demo_db, monkeypatch, dialogs):
    from desktop.domain.ids import make_bin

    page = make_window(demo_db).page("dual")
    before = page.enterprise_model.rowCount()

    def fill(dialog: FormDialog):
        widgets = dialog.widgets
        if "bin" in widgets:
            widgets["bin"].setText(make_bin(12, 5, 4, 0, 777) or make_bin(12, 5, 4, 0, 778))
            widgets["name_kk"].insert("Жаңа кәсіпорын")
            widgets["name_ru"].insert("Новое предприятие")
            widgets["size"].setCurrentIndex(widgets["size"].findData("small"))
        else:
            # the English interface names the enterprise in Kazakh
            widgets["enterprise"].setCurrentIndex(widgets["enterprise"].findText("Жаңа кәсіпорын"))
        dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    page.new_enterprise()
    assert page.enterprise_model.rowCount() == before + 1
    page.new_memorandum()  # a small enterprise: refused and said why
    [(_, title, text, details)] = dialogs
    assert "not a large enterprise" in details


def test_the_checks_open_the_contract_and_reports_are_written(make_window, demo_db, tmp_path, monkeypatch):
    page = make_window(demo_db).page("dual")
    codes = {i.code for i in page.issue_model.rows()}
    assert {"dual.no_contract", "dual.ended_without_appendix"} <= codes
    assert "dual.share_low" not in codes  # each demo contract places its modules' practical hours at the enterprise
    contract_issue = next(r for r, i in enumerate(page.issue_model.rows()) if i.target == "contract")
    page.issues.doubleClicked.emit(page.issues.model().index(contract_issue, 0))
    assert page.tabs.currentIndex() == 0 and page.selected_contract() is not None
    assert page.print_contract(str(tmp_path / "c.pdf"), "ru").exists()
    assert page.save_report("xlsx", str(tmp_path / "r.xlsx")).exists()
    assert page.save_monitoring(str(tmp_path / "m.xlsx")).exists()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    page.new_contract()  # the student picker, cancelled: nothing happens


def test_a_draft_is_edited_from_the_page(make_window, demo_db, monkeypatch):
    page = make_window(demo_db).page("dual")
    draft = next(r for r, c in enumerate(page.contract_model.rows()) if c.status == "draft")
    draft_id = page.contract_model.rows()[draft].id
    page.contracts.selectRow(draft)

    def renumber(dialog: ContractDialog):
        assert dialog.modules.rowCount() == 2  # the draft's modules, loaded
        dialog.number.setText("Д-01a/2026")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ContractDialog, "exec", renumber)
    page.findChild(QPushButton, "edit_contract").click()
    assert next(c for c in dual_lists.list_contracts(demo_db) if c.id == draft_id).number == "Д-01a/2026"


def test_a_draft_is_deleted_after_confirmation(make_window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = make_window(demo_db).page("dual")
    draft = next(r for r, c in enumerate(page.contract_model.rows()) if c.status == "draft")
    draft_id = page.contract_model.rows()[draft].id
    page.contracts.selectRow(draft)
    page.findChild(QPushButton, "delete_draft").click()  # the autouse answer is "discard": nothing deleted
    assert any(c.id == draft_id for c in dual_lists.list_contracts(demo_db))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.contracts.selectRow(draft)
    page.findChild(QPushButton, "delete_draft").click()
    assert not any(c.id == draft_id for c in dual_lists.list_contracts(demo_db))


def test_new_contract_button_asks_for_the_student_and_makes_the_contract(make_window, demo_db, monkeypatch, dialogs):
    """The button's `checked` flag once arrived as the student id: NotFound: False, every time."""
    page = make_window(demo_db).page("dual")
    contracted = {c.student_id for c in dual_lists.list_contracts(demo_db) if c.status in ("draft", "signed",
                                                                                          "appendix_issued")}
    busy = {s.full_name for s in contingent.list_students(demo_db) if s.id in contracted}
    asked = []

    def pick(parent, title, label, names, current, editable):
        asked.append(names)
        return names[0], True

    def fill(dialog: ContractDialog):
        dialog.number.setText("Д-77/2026")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(ContractDialog, "exec", fill)
    before = len(dual_lists.list_contracts(demo_db))
    page.findChild(QPushButton, "new_contract").click()
    assert dialogs == [] and asked and all(" — " in name for name in asked[0])
    assert not {name.split(" — ")[1] for name in asked[0]} & busy  # only students who may get a contract
    [made] = [c for c in dual_lists.list_contracts(demo_db) if c.number == "Д-77/2026"]
    assert made.status == "draft" and made.student_id not in contracted
    assert len(dual_lists.list_contracts(demo_db)) == before + 1
    assert made.id in {c.id for c in page.contract_model.rows()}  # the page shows it
