"""The demo's dual-training contracts as a reviewer reads them: periods inside the contract's life, a termination
that names its order, an appendix for every contract past signing, modules of the student's own curriculum and
course."""
import re
from datetime import date

from sqlalchemy import select

from desktop.domain.contingent import study_year
from desktop.models import CurriculumRowRecord, DualContract
from desktop.services import dual_lists


def _documents(db):
    return [(row, dual_lists.contract_document(db, row.id)) for row in dual_lists.list_contracts(db)]


def test_periods_fall_within_the_contracts_life(demo_db):
    for row, doc in _documents(demo_db):
        last_day = doc.terminated_on or doc.ended_on or doc.ends_on
        for kind, start, end, hours, modules in doc.periods:
            assert doc.starts_on <= start <= end <= min(doc.ends_on, last_day), (doc.number, start, end)
            # the modules of a period are the contract's
            assert set(modules.split(", ")) <= {code for code, *_ in doc.modules}, (doc.number, modules)
        if doc.status == "ended":  # ended in fulfilment: after its term, not cutting a year short
            assert doc.ended_on is not None and doc.ended_on >= doc.ends_on, doc.number
        if doc.appendix_issued_on:
            assert all(end < doc.appendix_issued_on for _, _, end, _, _ in doc.periods), doc.number


def test_a_termination_names_its_order_in_both_languages(demo_db):
    [doc] = [doc for _, doc in _documents(demo_db) if doc.status == "terminated"]
    kazakh, russian = doc.termination_reason.split(" / ")
    ordered = re.search(r"бұйрық № [\w-]+, (\d\d)\.(\d\d)\.(\d{4})", kazakh)
    assert ordered and re.search(r"приказ № [\w-]+ от \d\d\.\d\d\.\d{4}", russian)
    day, month, year = map(int, ordered.groups())
    assert doc.signed_on < date(year, month, day) <= doc.terminated_on


def test_every_contract_past_signing_has_its_appendix(demo_db):
    for row, doc in _documents(demo_db):
        if doc.status != "draft":
            assert doc.periods and row.enterprise_hours == sum(p[3] for p in doc.periods), doc.number


def test_contract_modules_belong_to_the_students_curriculum_and_course(demo_db):
    with demo_db.session() as session:
        for contract in session.scalars(select(DualContract)):
            group = contract.student.group
            course = study_year(group.intake_year, contract.starts_on)
            semesters = {2 * course - 1, 2 * course}
            rows = session.scalars(select(CurriculumRowRecord).where(
                CurriculumRowRecord.curriculum_id == group.curriculum_id)).all()
            outcomes = [r for r in rows if r.parent_key and any(s in semesters for s, *_ in r.semesters)]
            taught = {r.parent_key for r in outcomes}
            # a module of the course, or (an autumn-only contract) one of its outcomes taught in the course
            codes = {r.code: r for r in rows if r.row_key in taught} | {r.code: r for r in outcomes}
            for module in contract.modules:
                assert module.code in codes, (contract.number, module.code, course)
                assert module.name == codes[module.code].name_kk and module.name_ru == codes[module.code].name_ru
                assert module.hours <= codes[module.code].hours


def test_the_share_at_the_enterprise_compares_each_contract_with_its_own_modules(demo_db):
    """A year's contract (КМ 01 and КМ 02: 216 + 144 hours of production training) is compared with those 360 hours,
    not with the whole programme's 792 (which made every demo contract "under 60 %")."""
    from desktop.domain.dual import ContractStep
    from desktop.services import dual

    day = date(2026, 12, 1)
    assert [i for i in dual.checks(demo_db, today=day) if i.code == "dual.share_low"] == []
    signed = next(c for c in dual_lists.list_contracts(demo_db)
                  if c.status == "signed" and c.ends_on == date(2027, 6, 30))
    first = dual_lists.contract_document(demo_db, signed.id).periods[0]
    dual.set_periods(demo_db, signed.id, [first])  # only the first autumn period took place: 36 hours
    dual.step(demo_db, signed.id, ContractStep.ISSUE_APPENDIX, day)
    [low] = [i for i in dual.checks(demo_db, today=day) if i.code == "dual.share_low"]
    assert low.target_id == signed.id
    assert (low.params["hours"], low.params["practical"], low.params["share"], low.params["threshold"]) == (
        36, 360, 10, 60)


def test_the_appendix_fits_the_plans_semester_and_is_handed_over_when_training_ends(demo_db):
    """Issue #15: Д-04's appendix held 216 hours of КМ 01 in October-November while the plan has 204 hours of КМ 01
    in semester 3 (72 of them production training wholly in it), and was handed over on 14.11.2026 although the
    contract's training ran to 30.06.2027. Each autumn period lies in semester 3 (01.09.2026 - 31.01.2027 for the
    2025 intake) and within the production hours of the module's outcomes taught wholly in that semester."""
    with demo_db.session() as session:
        contract = session.scalars(select(DualContract)).first()
        rows = session.scalars(select(CurriculumRowRecord).where(
            CurriculumRowRecord.curriculum_id == contract.student.group.curriculum_id)).all()
    in_semester_3 = {}  # production hours taught wholly in semester 3, by module and by outcome
    for r in rows:
        if r.parent_key and {s for s, *_ in r.semesters} == {3}:
            in_semester_3[r.parent_key] = in_semester_3.get(r.parent_key, 0) + r.production
            in_semester_3[r.row_key] = r.production
    codes = {r.code: r.row_key for r in rows}
    issued = 0
    for row, doc in _documents(demo_db):
        by_module = {}
        for kind, start, end, hours, modules in doc.periods:
            assert date(2026, 9, 1) <= start <= end <= date(2027, 1, 31), (doc.number, start, end)
            by_module[modules] = by_module.get(modules, 0) + hours
        for code, hours in by_module.items():
            assert hours <= in_semester_3[codes[code]], (doc.number, code, hours)
        if doc.appendix_issued_on:
            issued += 1
            assert doc.ends_on <= doc.appendix_issued_on, doc.number  # training over before it is handed over
    assert issued == 2
