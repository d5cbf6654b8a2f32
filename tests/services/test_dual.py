"""Dual training on a real database: the contract's life, the appendix, the checks, coverage, partnerships."""
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from contingent import add_group, enrol
from curricula import mid_level_9

from desktop.domain.dual import ContractStep
from desktop.domain.ids import make_bin
from desktop.services import curricula, dual, dual_lists, partnerships
from desktop.services.dual import ContractData, EnterpriseData
from desktop.services.errors import ValidationFailed
from desktop.models.dual import DualContract

TODAY = date(2026, 11, 20)


def enterprise(db, size="large", agro=False, serial=1):
    return dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, serial) or make_bin(5, 3, 4, 0, serial + 1),
                                                   "Кәсіпорын", "Предприятие", size, "IT", agro))


@pytest.fixture
def setup(db):
    plan = curricula.create(db, replace(mid_level_9(), title="Plan"))  # 432 hours of professional practice
    group = add_group(db, curriculum_id=plan, dual=True)
    students = enrol(db, group, 3)
    company = enterprise(db)
    mentor = dual.save_mentor(db, company, "Ахметов Ерлан", "инженер")
    return {"plan": plan, "group": group, "students": students, "enterprise": company, "mentor": mentor}


def contract(db, setup, student=0, number="Д-1", representative="Сейткали Серік (әкесі)",
             modules=(("КМ 01", "Бағдарламалау", 240),)):
    return dual.create_contract(db, ContractData(number, setup["students"][student], setup["enterprise"],
                                                 date(2026, 9, 1), date(2027, 6, 30), setup["mentor"], representative,
                                                 modules))


def test_the_life_of_a_contract(db, setup):
    cid = contract(db, setup)
    assert dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1)) == "signed"
    with pytest.raises(ValidationFailed) as error:
        dual.step(db, cid, ContractStep.ISSUE_APPENDIX, date(2027, 6, 30))
    assert error.value.problems[0].code == "dual.appendix_empty"
    dual.set_periods(db, cid, [("production_training", date(2027, 1, 10), date(2027, 2, 20), 216, "КМ 01"),
                               ("production", date(2027, 5, 1), date(2027, 6, 20), 288, "КМ 01")])
    assert dual.step(db, cid, ContractStep.ISSUE_APPENDIX, date(2027, 6, 30)) == "appendix_issued"
    with pytest.raises(ValidationFailed):
        dual.set_periods(db, cid, [])  # the appendix handed over is not changed any more
    assert dual.step(db, cid, ContractStep.END, date(2027, 6, 30)) == "ended"
    with db.session() as session:
        assert session.get(DualContract, cid).ended_on == date(2027, 6, 30)  # the End step keeps its day
    dual.undo_step(db, cid, ContractStep.END, "appendix_issued")
    with db.session() as session:
        assert session.get(DualContract, cid).ended_on is None
    dual.step(db, cid, ContractStep.END, date(2027, 6, 30))
    # the list and the printed contract show the day it ended
    [row] = [c for c in dual_lists.list_contracts(db) if c.id == cid]
    assert (row.signed_on, row.appendix_issued_on, row.ended_on, row.terminated_on) == (
        date(2026, 9, 1), date(2027, 6, 30), date(2027, 6, 30), None)
    assert dual_lists.contract_document(db, cid).ended_on == date(2027, 6, 30)
    with pytest.raises(ValidationFailed) as error:
        dual.step(db, cid, ContractStep.TERMINATE, date(2027, 7, 1), "late")
    assert error.value.problems[0].code == "dual.step_not_allowed"


def test_a_minor_needs_a_representative_and_termination_a_reason(db, setup):
    cid = contract(db, setup, representative="")
    with pytest.raises(ValidationFailed) as error:
        dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1))  # born in 2010: 16 at signing
    assert error.value.problems[0].code == "dual.minor_needs_representative"
    with pytest.raises(ValidationFailed):
        dual.step(db, cid, ContractStep.TERMINATE, date(2026, 9, 2), " ")
    assert dual.step(db, cid, ContractStep.TERMINATE, date(2026, 9, 2), "student moved away") == "terminated"


def test_a_contract_names_every_wrong_field(db, setup):
    other = enterprise(db, serial=50)
    bad = ContractData(" ", setup["students"][0], other, date(2027, 1, 1), date(2026, 1, 1), setup["mentor"], "",
                       (("КМ 01", "x", 0),))
    with pytest.raises(ValidationFailed) as error:
        dual.create_contract(db, bad)
    assert {p.code for p in error.value.problems} == {"field.required", "code.dates_reversed",
                                                      "dual.mentor_elsewhere", "dual.bad_hours"}


PRACTICE = (("КП", "Кәсіптік практика", 432),)  # the plan's professional practice: 432 hours of practical training


def test_the_checks(db, setup):
    low = contract(db, setup, 0, "Д-1", modules=PRACTICE)
    dual.step(db, low, ContractStep.SIGN, date(2026, 9, 1))
    dual.set_periods(db, low, [("production", date(2026, 10, 1), date(2026, 10, 20), 72, "КП")])
    # in force, the contract is judged by what it plans (all 432 hours): the appendix is filled as periods pass
    assert "dual.share_low" not in {i.code for i in dual.checks(db, 0.6, TODAY)}
    dual.step(db, low, ContractStep.ISSUE_APPENDIX, date(2026, 10, 21))
    ended = contract(db, setup, 1, "Д-2")
    dual.step(db, ended, ContractStep.SIGN, date(2026, 9, 1))
    dual.step(db, ended, ContractStep.END, date(2026, 11, 1))
    issues = dual.checks(db, 0.6, TODAY)
    codes = {(i.code, i.target_id) for i in issues}
    assert ("dual.share_low", low) in codes  # the appendix handed over holds 72 of its 432 hours
    assert ("dual.ended_without_appendix", ended) in codes
    share = next(i for i in issues if i.code == "dual.share_low" and i.target_id == low)
    assert (share.params["hours"], share.params["practical"], share.params["share"]) == (72, 432, 17)
    # КМ 01 of this plan has no production training (its practice is in the college's workshops): no share
    assert ("dual.share_low", ended) not in codes
    # the third student of the dual group has no contract; the second's ended, so no longer covered either
    assert {i.target_id for i in issues if i.code == "dual.no_contract"} == set(setup["students"][1:])
    assert ("dual.expiring", low) in {(i.code, i.target_id) for i in dual.checks(db, today=date(2027, 6, 15))}
    assert dual.share_threshold(TODAY) == 0.6  # from the rule set in force, not from the code


def test_coverage_by_specialty_and_course(db, setup):
    paid = enrol(db, setup["group"], 1, start=4000, funding="paid")
    for n, sid in enumerate([setup["students"][0], paid[0]]):
        cid = dual.create_contract(db, ContractData(f"Д-{n}", sid, setup["enterprise"], date(2026, 9, 1),
                                                    date(2027, 6, 30), None, "Ата-анасы"))
        dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1))
    state, everyone, lines = dual.coverage_figures(db, TODAY)
    assert (state.covered, state.total) == (1, 3)  # state order: the three local-budget students
    assert (everyone.covered, everyone.total) == (2, 4)
    [line] = lines
    assert (line.specialty_code, line.course, line.state_order.covered, line.everyone.total) == ("06130100", 1, 1, 4)


def test_requests_memoranda_and_payments(db, setup):
    small = enterprise(db, "small", serial=70)
    farm = enterprise(db, "large", agro=True, serial=90)
    with pytest.raises(ValidationFailed) as error:
        partnerships.add_enterprise_request(db, small, "ТЗ-1", TODAY, "06130100", 2027, 10, 3)
    assert error.value.problems[0].code == "dual.not_eligible_for_request"
    with pytest.raises(ValidationFailed):
        partnerships.add_enterprise_request(db, farm, "ТЗ-2", TODAY, "06130100", 2027, 10, 3)
    assert partnerships.add_enterprise_request(db, setup["enterprise"], "ТЗ-3", TODAY, "06130100", 2027, 10, 3)
    with pytest.raises(ValidationFailed) as error:
        partnerships.add_memorandum(db, small, "М-1", TODAY, (TODAY, date(2029, 12, 31)), {"subject"})
    assert error.value.problems[0].code == "dual.memorandum_needs_large"
    memo = partnerships.add_memorandum(db, setup["enterprise"], "М-2", TODAY, (TODAY, date(2029, 12, 31)),
                                       {"subject", "obligations", "student_practice"}, Decimal("1500000"))
    assert "implementation" in partnerships.memorandum_gaps(db, memo)
    partnerships.add_mentor_payment(db, setup["mentor"], "ӨҚ-1", TODAY, (date(2026, 9, 1), date(2026, 12, 31)),
                                    Decimal("250000"))
    partnerships.add_reimbursement(db, setup["enterprise"], TODAY, (date(2026, 9, 1), date(2026, 12, 31)),
                                   Decimal("100000.50"))
    totals = partnerships.totals(db, date(2026, 9, 1), date(2026, 12, 31))
    assert (totals.mentors, totals.reimbursements, totals.total) == (Decimal("250000"), Decimal("100000.50"),
                                                                      Decimal("350000.50"))
    assert partnerships.totals(db, date(2027, 1, 1), date(2027, 6, 30)).total == 0


def test_an_enterprise_needs_a_valid_bin_once(db, setup):
    with pytest.raises(ValidationFailed) as error:
        dual.save_enterprise(db, EnterpriseData("123456789012", "", "x", "huge"))
    assert {p.field for p in error.value.problems} == {"bin", "name_kk", "size"}
    with pytest.raises(ValidationFailed) as error:
        dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 1) or make_bin(5, 3, 4, 0, 2), "А", "Б"))
    assert error.value.problems[0].code == "enterprise.duplicate_bin"


def test_one_open_contract_a_student(db, setup):
    first = contract(db, setup, 0, "Д-1")
    with pytest.raises(ValidationFailed) as error:
        contract(db, setup, 0, "Д-2")
    assert error.value.problems[0].code == "dual.already_contracted"
    dual.step(db, first, ContractStep.TERMINATE, date(2026, 10, 1), "moved")
    assert contract(db, setup, 0, "Д-2")  # after the first is terminated, a new one may be made


def test_a_contract_number_names_one_contract_and_the_next_free_one_is_offered(db, setup):
    assert dual.next_contract_number(db, 2026) == "Д-01/2026"
    first = contract(db, setup, 0, "Д-01/2026")
    with pytest.raises(ValidationFailed) as error:
        contract(db, setup, 1, "д-01/2026 ")  # the same number, typed in lower case with a space
    assert [(p.field, p.code) for p in error.value.problems] == [("contract_number", "dual.number_taken")]
    assert dual.next_contract_number(db, 2026) == "Д-02/2026" and dual.next_contract_number(db, 2027) == "Д-01/2027"
    dual.update_contract(db, first, dual.contract_data(db, first))  # a contract keeps its own number when edited
    contract(db, setup, 1, "Д-02/2026")
    assert dual.next_contract_number(db, 2026) == "Д-03/2026"


def test_a_draft_changes_whole_a_signed_contract_only_its_mentor(db, setup):
    cid = contract(db, setup)
    data = dual.contract_data(db, cid)
    dual.update_contract(db, cid, replace(data, number="Д-1a", modules=(("КМ 02", "x", 100),)))
    assert dual.contract_data(db, cid).modules == (("КМ 02", "x", 100),)
    dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1))
    with pytest.raises(ValidationFailed):
        dual.update_contract(db, cid, data)
    other = dual.save_mentor(db, setup["enterprise"], "Екінші тәлімгер")
    dual.set_mentor(db, cid, other)
    assert dual.contract_data(db, cid).mentor_id == other
    stranger = dual.save_mentor(db, enterprise(db, serial=60), "Бөгде")
    with pytest.raises(ValidationFailed):
        dual.set_mentor(db, cid, stranger)


def test_only_a_draft_is_deleted_and_a_mentor_is_edited(db, setup):
    draft, signed = contract(db, setup, 0, "Д-1"), contract(db, setup, 1, "Д-2")
    dual.step(db, signed, ContractStep.SIGN, date(2026, 9, 1))
    with pytest.raises(ValidationFailed):
        dual.delete_draft(db, signed)
    dual.delete_draft(db, draft)
    from desktop.services import dual_lists

    assert [c.number for c in dual_lists.list_contracts(db)] == ["Д-2"]
    dual.update_mentor(db, setup["mentor"], "Жаңа Аты", "аға инженер")
    assert dual_lists.list_mentors(db)[0].position == "аға инженер"
    with pytest.raises(ValidationFailed):
        dual.update_mentor(db, setup["mentor"], " ")
