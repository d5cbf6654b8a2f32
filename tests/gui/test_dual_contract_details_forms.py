"""The contract's new details entered through the screens: the enterprise's signatory and bank, the mentor's
Russian position, the legal representative's IIN and the modules' Russian names, the college's bank details."""
from desktop.domain.ids import make_iin
from desktop.services import college, dual_lists
from desktop.views.dual.contract_dialog import ContractDialog
from desktop.views.dual.form import FormDialog


def test_the_enterprise_form_takes_the_signatory_and_refuses_a_wrong_account(make_window, demo_db, monkeypatch,
                                                                              dialogs):
    page = make_window(demo_db).page("dual")
    page.enterprises.selectRow(0)
    first = page.enterprise_model.rows()[0]
    answers = iter(["KZ00 0000", "KZ86125KZT5004100100"])

    def fill(dialog: FormDialog):
        widgets = dialog.widgets
        widgets["signatory"].setText("Жаңа Басшы")
        widgets["signatory_position_kk"].setText("Директор")
        widgets["signatory_position_ru"].setText("Директор")
        widgets["bank_account"].setText(next(answers))
        dialog.accept_if_valid()
        if not dialog.result():
            widgets["bank_account"].setText(next(answers))
            dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    page.edit_enterprise()
    assert len(dialogs) == 1 and "not an account number" in dialogs[0][-1]
    row = next(e for e in dual_lists.list_enterprises(demo_db) if e.id == first.id)
    assert (row.signatory, row.bank_account) == ("Жаңа Басшы", "KZ86125KZT5004100100")


def test_the_contract_dialog_keeps_the_representatives_iin_and_the_russian_names(demo_db):
    draft = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "draft")
    dialog = ContractDialog(demo_db, draft.student_id, contract_id=draft.id)
    assert dialog.modules.columnCount() == 4 and dialog.modules.item(0, 3).text()
    iin = make_iin(__import__("datetime").date(1979, 4, 4), "F", 55) or make_iin(
        __import__("datetime").date(1979, 4, 4), "F", 56)
    dialog.representative.setText("Ермекова Айгүл Серікқызы")
    dialog.representative_iin.setText(iin)
    dialog.add_from_plan()
    dialog.save()
    document = dual_lists.contract_document(demo_db, draft.id)
    assert (document.representative, document.representative_iin) == ("Ермекова Айгүл Серікқызы", iin)
    assert document.modules_ru[-1] and document.modules_ru[-1] != document.modules[-1][1]


def test_the_college_page_saves_the_bank_details(make_window, db, dialogs):
    page = make_window(db).page("college")
    page.edits["name_kk"].setText("Колледж")
    page.edits["name_ru"].setText("Колледж")
    page.edits["locality_ru"].setText("г. Конаев")
    page.edits["bank_bik"].setText("KCJBKZKX")
    page.edits["bank_account"].setText("KZ86125KZT5004100100")
    assert page.save()
    profile = college.get_profile(db)
    assert (profile.locality_ru, profile.bank_bik, profile.bank_account) == ("г. Конаев", "KCJBKZKX",
                                                                           "KZ86125KZT5004100100")


def test_a_contract_started_from_a_students_card_is_offered_the_next_number(qtbot, demo_db):
    from datetime import date

    from desktop.services import contingent, dual

    student = next(s for s in contingent.list_students(demo_db) if s.status == "studying")
    dialog = ContractDialog(demo_db, student.id, language="ru")
    qtbot.addWidget(dialog)
    assert dialog.number.text() == dual.next_contract_number(demo_db, date.today().year) != ""
