"""What the printed contract needs besides the contract itself: bank details checked as Kazakh banks write them,
who signs for the enterprise, the legal representative's IIN, the date a contract was terminated, the modules'
Russian names and the mentor's Russian position, and the college's place of signing and bank details."""
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, strategies as st

from desktop.domain.dual import ContractStep
from desktop.domain.ids import make_iin
from desktop.services import college, dual, dual_lists
from desktop.services.college import CollegeProfileData
from desktop.services.dual import ContractData, EnterpriseData
from desktop.services.dual_details import bank_problems, iban_ok, make_iban
from desktop.services.errors import ValidationFailed

from contingent import add_group, enrol
from curricula import mid_level_9
from desktop.domain.ids import make_bin
from desktop.services import curricula


def enterprise(db, serial=1):
    return dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, serial) or make_bin(5, 3, 4, 0, serial + 1),
                                                   "Кәсіпорын", "Предприятие", "large", "IT"))


@pytest.fixture
def setup(db):
    group = add_group(db, curriculum_id=curricula.create(db, replace(mid_level_9(), title="Plan")), dual=True)
    company = enterprise(db)
    return {"students": enrol(db, group, 3), "enterprise": company,
            "mentor": dual.save_mentor(db, company, "Ахметов Ерлан", "инженер")}

ALNUM = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=1)


@given(st.lists(ALNUM, min_size=3, max_size=3).map("".join), st.lists(ALNUM, min_size=13, max_size=13).map("".join))
def test_a_made_iban_passes_and_other_check_digits_fail(bank, account):
    iban = make_iban(bank, account)
    assert len(iban) == 20 and iban_ok(iban) and iban_ok(" ".join(iban[i:i + 4] for i in range(0, 20, 4)))
    check = int(iban[2:4])
    assert not iban_ok(f"KZ{check + 1 if check < 98 else 2:02d}{iban[4:]}")  # 02..98: one right value only
    assert not iban_ok(iban[:19])


def test_bank_problems_name_the_field_and_the_value():
    assert bank_problems("KZ86125KZT5004100100", "HSBKKZKX") == []  # the published example account
    assert bank_problems("", "") == []  # not entered yet: the contract prints blanks
    problems = bank_problems("KZ86125KZT5004100101", "HSBK")
    assert [(p.field, p.code, p.params["value"]) for p in problems] == [
        ("bank_account", "bank.bad_account", "KZ86125KZT5004100101"), ("bank_bik", "bank.bad_bik", "HSBK")]


def test_the_enterprise_keeps_its_signatory_and_bank_details(db):
    company = enterprise(db)
    row = next(e for e in dual_lists.list_enterprises(db) if e.id == company)
    data = replace(dual_lists.enterprise_data(row), signatory="Әбдірахманов Талғат", signatory_position_kk="Директор",
                   signatory_position_ru="Директор", bank_account="kz86 125k zt50 0410 0100", bank_bik="hsbkkzkx",
                   bank_name="«Банк»")
    dual.save_enterprise(db, data, company)
    row = next(e for e in dual_lists.list_enterprises(db) if e.id == company)
    assert (row.signatory, row.bank_account, row.bank_bik) == ("Әбдірахманов Талғат", "KZ86125KZT5004100100", "HSBKKZKX")
    with pytest.raises(ValidationFailed) as error:  # a signatory without the position the contract names
        dual.save_enterprise(db, replace(data, signatory_position_ru=""), company)
    assert [(p.field, p.code) for p in error.value.problems] == [("signatory_position_ru", "field.required")]
    with pytest.raises(ValidationFailed) as error:
        dual.save_enterprise(db, replace(data, bank_account="KZ00"), company)
    assert error.value.problems[0].code == "bank.bad_account"
    with pytest.raises(ValidationFailed) as error:  # PostgreSQL would refuse it with an error no user can act on
        dual.save_enterprise(db, replace(data, bank_name="Б" * 201), company)
    assert [(p.field, p.code) for p in error.value.problems] == [("bank_name", "text.too_long")]


def test_the_contract_keeps_the_representatives_iin_and_russian_names(db, setup):
    iin = make_iin(date(1980, 5, 5), "M", 12) or make_iin(date(1980, 5, 5), "M", 13)
    data = ContractData("Д-7", setup["students"][0], setup["enterprise"], date(2026, 9, 1), date(2027, 6, 30),
                        setup["mentor"], "Сейткали Серік Қанатұлы", (("КМ 01", "Бағдарламалау", 240),), iin,
                        ("Программирование",))
    cid = dual.create_contract(db, data)
    assert dual.contract_data(db, cid) == data
    document = dual_lists.contract_document(db, cid)
    assert (document.representative_iin, document.modules_ru, document.minor) == (iin, ("Программирование",), True)
    with pytest.raises(ValidationFailed) as error:
        dual.update_contract(db, cid, replace(data, representative_iin="123456789012"))
    assert error.value.problems[0].field == "representative_iin"
    with pytest.raises(ValidationFailed) as error:  # an IIN without the name it belongs to
        dual.update_contract(db, cid, replace(data, representative=""))
    assert [p.field for p in error.value.problems] == ["representative"]


def test_termination_keeps_its_date_for_the_print(db, setup):
    cid = dual.create_contract(db, ContractData("Д-8", setup["students"][1], setup["enterprise"], date(2026, 9, 1),
                                                date(2027, 6, 30), None, "Әкесі Аты"))
    dual.step(db, cid, ContractStep.SIGN, date(2026, 8, 28))
    dual.step(db, cid, ContractStep.TERMINATE, date(2026, 11, 2), "ауысты / перевод")
    document = dual_lists.contract_document(db, cid)
    assert (document.status, document.terminated_on, document.termination_reason) == (
        "terminated", date(2026, 11, 2), "ауысты / перевод")


def test_the_mentor_has_a_position_in_russian(db, setup):
    dual.update_mentor(db, setup["mentor"], "Ахметов Ерлан", "аға инженер", position_ru="старший инженер")
    [mentor] = dual_lists.list_mentors(db)
    assert (mentor.position, mentor.position_ru) == ("аға инженер", "старший инженер")


def test_the_college_keeps_the_place_of_signing_and_bank_details(db):
    college.save_profile(db, CollegeProfileData(name_kk="К", name_ru="К", locality_kk="Қонаев қ.",
                                                locality_ru="г. Конаев", bank_account="kz86125kzt5004100100",
                                                bank_bik="kcjbkzkx", bank_name="«Банк ЦентрКредит»"))
    profile = college.get_profile(db)
    assert (profile.locality_ru, profile.bank_account, profile.bank_bik) == ("г. Конаев", "KZ86125KZT5004100100",
                                                                            "KCJBKZKX")
    with pytest.raises(ValidationFailed) as error:
        college.save_profile(db, replace(profile, bank_bik="12"))
    assert [p.code for p in error.value.problems] == ["bank.bad_bik"]


def test_the_demo_contracts_take_the_groups_second_course_modules(demo_db):
    drafts = [c for c in dual_lists.list_contracts(demo_db) if c.status == "draft"]
    document = dual_lists.contract_document(demo_db, drafts[0].id)
    assert [code for code, *_ in document.modules] == ["КМ 01", "КМ 02"]
    assert document.modules_ru[0] == "Настройка и обслуживание компьютерных систем"
    assert document.minor and document.representative and len(document.representative_iin) == 12
    assert document.representative.split()[1] + "қызы" in document.student_name or \
        document.representative.split()[1] + "ұлы" in document.student_name  # the father, by the patronymic
    assert document.enterprise_signatory and all(document.enterprise_bank) and all(document.college_bank)
