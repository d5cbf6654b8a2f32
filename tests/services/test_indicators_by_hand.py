"""Every figure the dashboard and the report pack print, on a small college built by hand in each test and counted
by hand in the comments: employment, dual coverage, demonstration exams (held, not planned), inclusive
conditions, Kazakh textbooks, teachers' upgrades; the dual share warning at its edge; the exam session's life."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from contingent import add_group, enrol
from curricula import mid_level_9

from desktop.domain.dual import ContractStep
from desktop.domain.exams import Aspect, AspectKind
from desktop.domain.ids import make_bin
from desktop.services import college, curricula, dual, employment, exams, indicators, movements, report_records
from desktop.services.college import CollegeProfileData
from desktop.services.dual import ContractData, EnterpriseData
from desktop.services.movements import OrderInput

DAY = date(2027, 11, 1)


def figures(db, year=2027, today=DAY):
    return {f.key: f for f in indicators.figures(db, year, today)}


def graduates(db, state_count, paid_count, on=date(2027, 6, 30), code="23ПО-41к"):
    group = add_group(db, code, intake_year=2023)
    state = enrol(db, group, state_count, start=100 + 50 * on.year % 7, enrolled_on=date(2023, 8, 28))
    paid = enrol(db, group, paid_count, start=4000 + 50 * on.year % 7, funding="paid", enrolled_on=date(2023, 8, 28))
    movements.apply_order(db, OrderInput(f"{on.year}-в", on, "graduation", on), state + paid)
    return state, paid


def test_employment_counts_employed_state_order_graduates_of_the_year(db):
    state, paid = graduates(db, 5, 2)
    for sid, status in zip(state, ("employed_in_specialty", "employed_outside", "further_study", "not_employed")):
        employment.set_employment(db, sid, status, date(2027, 9, 1))  # the fifth stays unknown
    employment.set_employment(db, paid[0], "employed_in_specialty", date(2027, 9, 1))
    figure = figures(db)["employment"]
    # State Program l.372-384 counts the employed: state order 5 graduates; employed in specialty, outside it = 2
    # -> 40 %, under the 75 % target; further study = 1 (20 %) is shown beside it, not counted
    assert (figure.numerator, figure.denominator, figure.percent, figure.target, figure.meets) == (2, 5, 40.0, 75, False)
    assert (figure.continuing, figure.continuing_percent) == (1, 20.0)
    for sid in state[3:]:
        employment.set_employment(db, sid, "military", date(2027, 9, 1))
    # military service is not employment: still 2 of 5 employed, now 3 of 5 (60 %) continuing
    figure = figures(db)["employment"]
    assert (figure.numerator, figure.continuing, figure.continuing_percent, figure.meets) == (2, 3, 60.0, False)
    for sid in state[2:]:
        employment.set_employment(db, sid, "employed_outside", date(2027, 10, 1))
    # all 5 employed: 100 % meets the target, none continuing
    figure = figures(db)["employment"]
    assert (figure.numerator, figure.continuing, figure.meets) == (5, 0, True)
    assert figures(db, 2026)["employment"].denominator == 0  # nobody graduated in 2026


@pytest.fixture(autouse=True)
def in_2027(monkeypatch):
    """The office's clock for the exam services: after every session of these tables (scores taken)."""
    monkeypatch.setattr(exams, "clock_day", lambda: date(2028, 1, 31))


def exam_session(db, form, starts_on, finish=True, sat=True):
    """A session of one candidate; finished: on its day, its task drawn, its panel sitting, the candidate scored
    (or absent when not `sat`)."""
    scheme = exams.create_scheme(db, f"Scheme {form} {starts_on}", "WSK",
                                 [Aspect("A", AspectKind.MEASUREMENT, Decimal(100))])
    sid = exams.create_session(db, exams.SessionData("qualification", form, "3W06130102", starts_on, starts_on,
                                                     "workshop", "Шеберхана", "Web", scheme, Decimal(50),
                                                     tasks=("Модуль A",)))
    [student] = enrol(db, add_group(db, f"26ПО-1{sid}к"), start=400 + 10 * sid)
    exams.add_candidates(db, sid, [student])
    if finish:
        exams.draw_task(db, sid)
        exams.add_expert(db, sid, "Ахметов Ерлан", "chief", "Алатау Софт")
        exams.set_scores(db, sid, student, {"A": [75]} if sat else {}, absent=not sat, today=starts_on)
        exams.finish_session(db, sid, today=starts_on)
    return sid


def _force_held(db, sid):
    """A session marked held by an older version, which finished sessions whatever their day."""
    from desktop.models import ExamSession  # noqa: PLC0415

    with db.session() as session:
        session.get(ExamSession, sid).status = "held"


@pytest.mark.parametrize("sessions, held", [
    ([], 0),
    ([("demonstration", date(2027, 5, 20), False)], 0),  # planned, not yet held
    ([("practical", date(2027, 5, 20), True)], 0),  # held, but not a demonstration exam
    ([("demonstration", date(2026, 12, 31), True)], 0),  # held the year before
    ([("demonstration", date(2028, 1, 1), True)], 0),
    ([("demonstration", date(2027, 1, 1), True)], 1),
    ([("demonstration", date(2027, 12, 31), True)], 0),  # in the year, but still to come on 1 November
    ([("demonstration", date(2027, 5, 20), True), ("demonstration", date(2027, 6, 20), True)], 1),  # yes or no
])
def test_demonstration_exams_count_only_sessions_held_in_the_year(db, sessions, held):
    for form, day, finish in sessions:
        exam_session(db, form, day, finish)
    figure = figures(db)["demo_exams"]
    assert (figure.numerator, figure.denominator, figure.percent) == (held, 1, 100.0 * held)
    assert figure.meets is bool(held)  # target 100 % from 2025


def test_a_session_not_held_yet_or_with_nobody_assessed_is_no_demonstration_exam_held(db):
    """The demo showed 100 % for a college none of whose candidates was assessed: a session counts when it took
    place (its first day by the day counted) and somebody sat and was scored."""
    exam_session(db, "demonstration", date(2027, 5, 20), sat=False)  # held, everyone absent
    assert figures(db)["demo_exams"].numerator == 0
    assert not exams.holds_demonstration_exams(db, DAY)
    coming = exam_session(db, "demonstration", date(2027, 12, 10), finish=False)
    _force_held(db, coming)  # marked held, but 10 December is still to come on 1 November
    assert figures(db)["demo_exams"].numerator == 0
    assert figures(db, today=date(2027, 12, 31))["demo_exams"].numerator == 0  # and nobody was scored in it
    exam_session(db, "demonstration", date(2027, 10, 31))
    assert figures(db)["demo_exams"].numerator == 1 and exams.holds_demonstration_exams(db, DAY)
    assert figures(db, today=date(2027, 10, 30))["demo_exams"].numerator == 0  # the day before it


def test_dual_coverage_counts_state_order_students_under_a_contract_in_force(db):
    group = add_group(db, "26ПО-11к", dual=True)
    state = enrol(db, group, 3, start=10)
    paid = enrol(db, group, 1, start=20, funding="paid")
    company = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 1) or make_bin(5, 3, 4, 0, 2),
                                                      "Кәсіпорын", "Предприятие", "large"))

    def contract(student, number, sign):
        cid = dual.create_contract(db, ContractData(number, student, company, date(2026, 9, 1), date(2027, 12, 30),
                                                    representative="Ата-анасы"))
        if sign:
            dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1))
        return cid

    contract(state[0], "Д-1", True)
    contract(state[1], "Д-2", False)  # a draft is not in force
    contract(paid[0], "Д-3", True)  # paid students are outside the ministry's indicator
    figure = figures(db)["dual_coverage"]
    # 1 covered of 3 state-order students studying now
    assert (figure.numerator, figure.denominator) == (1, 3)
    assert figure.percent == pytest.approx(100 / 3) and figure.target == 35 and figure.meets is False
    contract(state[2], "Д-4", True)
    assert (figures(db)["dual_coverage"].numerator, figures(db)["dual_coverage"].meets) == (2, True)  # 66.7 %


@pytest.mark.parametrize("present, met", [((True, True, True, True), 1), ((True, True, True, False), 0),
                                          ((False, True, True, True), 0), ((False, False, False, False), 0)])
def test_inclusive_conditions_need_all_four(db, present, met):
    ramps, lights, button, sanitary = present
    college.save_profile(db, CollegeProfileData(name_kk="К", name_ru="К", has_ramps=ramps, has_light_signals=lights,
                                                has_call_button=button, has_sanitary_unit=sanitary))
    figure = figures(db)["inclusive"]
    assert (figure.numerator, figure.denominator, figure.target) == (met, 1, 100)


def test_inclusive_without_a_profile_and_textbooks_of_the_year(db):
    assert (figures(db)["inclusive"].numerator, figures(db)["kazakh_textbooks"].denominator) == (0, 0)
    report_records.set_library_count(db, 2027, 1200, 600)
    report_records.set_library_count(db, 2026, 1000, 100)
    figure = figures(db)["kazakh_textbooks"]
    # 600 of 1200 = 50 %, the target of 2025 (50 %) still standing: met exactly
    assert (figure.numerator, figure.denominator, figure.percent, figure.target, figure.meets) == (
        600, 1200, 50.0, 50, True)
    assert figures(db, 2026)["kazakh_textbooks"].percent == 10.0


def test_teachers_overdue_for_an_upgrade(db):
    report_records.add_teacher(db, "Ким Елена", date(2024, 11, 1))  # exactly three years before DAY: not overdue
    report_records.add_teacher(db, "Әбенов Нұрлан", date(2027, 1, 15))
    figure = figures(db)["teacher_upgrade"]
    # none overdue of 2: 0 % meets the ceiling of none
    assert (figure.numerator, figure.denominator, figure.percent, figure.target, figure.meets) == (0, 2, 0.0, 0.0, True)
    report_records.add_teacher(db, "Серікова Айгүл", date(2024, 10, 31))  # a day more than three years
    report_records.add_teacher(db, "Омаров Дархан", None)  # never recorded
    figure = figures(db)["teacher_upgrade"]
    assert (figure.numerator, figure.denominator, figure.percent, figure.meets) == (2, 4, 50.0, False)


def test_past_years_keep_only_their_dated_figures(db):
    state, _ = graduates(db, 2, 0, on=date(2026, 6, 30))
    employment.set_employment(db, state[0], "further_study", date(2026, 9, 1))
    exam_session(db, "demonstration", date(2026, 4, 1))
    found = indicators.history(db, [2026, 2027], DAY)
    # further study is continuing, not employed: 0 of 2 employed, 1 beside the figure
    assert (found[2026]["employment"].numerator, found[2026]["employment"].denominator) == (0, 2)
    assert found[2026]["employment"].continuing == 1
    assert found[2026]["demo_exams"].numerator == 1 and found[2027]["demo_exams"].numerator == 0
    assert {key for key, figure in found[2026].items() if figure is None} == {
        "dual_coverage", "inclusive", "teacher_upgrade"}
    assert all(figure is not None for figure in found[2027].values())


# --- the dual share warning through the service ------------------------------------------------------------
@pytest.mark.parametrize("enterprise_hours, warned", [(259, True), (260, False), (261, False)])
def test_the_share_warning_starts_under_60_percent(db, enterprise_hours, warned):
    """mid_level_9 plans 432 hours of professional practice; 60 % of that is 259.2 hours."""
    plan = curricula.create(db, replace(mid_level_9(), title="Plan"))
    group = add_group(db, curriculum_id=plan, dual=True)
    [student] = enrol(db, group)
    company = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 1) or make_bin(5, 3, 4, 0, 2), "К", "П"))
    cid = dual.create_contract(db, ContractData("Д-1", student, company, date(2026, 9, 1), date(2027, 6, 30),
                                                representative="Ата-анасы",
                                                modules=(("КП", "Кәсіптік практика", enterprise_hours),)))
    issues = [i for i in dual.checks(db, 0.6, date(2026, 11, 20)) if i.code == "dual.share_low"]
    assert [i.target_id for i in issues] == ([cid] if warned else [])


def test_no_share_warning_at_exactly_the_threshold(db):
    plan = curricula.create(db, replace(mid_level_9(), title="Plan"))
    group = add_group(db, curriculum_id=plan, dual=True)
    [student] = enrol(db, group)
    company = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 1) or make_bin(5, 3, 4, 0, 2), "К", "П"))
    for hours, number in ((216, "Д-1"),):  # 216 of 432 = 50 %
        dual.create_contract(db, ContractData(number, student, company, date(2026, 9, 1), date(2027, 6, 30),
                                              representative="Ата-анасы", modules=(("КП", "Кәсіптік практика", hours),)))
    assert [i.params["share"] for i in dual.checks(db, 0.5, date(2026, 11, 20)) if i.code == "dual.share_low"] == []
    [low] = [i for i in dual.checks(db, 0.51, date(2026, 11, 20)) if i.code == "dual.share_low"]
    assert (low.params["share"], low.params["threshold"], low.params["hours"], low.params["practical"]) == (
        50, 51, 216, 432)


# --- the exam report's totals, letters and means; the dual report's lines ----------------------------------
def test_exam_results_by_qualification_counted_by_hand(db):
    group = add_group(db, "23ПО-41к", intake_year=2023)  # 46 months: the fourth course is the last
    first, second, third, fourth = enrol(db, group, 4, start=300)
    scheme = exams.create_scheme(db, "Web", "WSK", [Aspect("A1", AspectKind.MEASUREMENT, Decimal(50)),
                                                    Aspect("A2", AspectKind.MEASUREMENT, Decimal(50))])
    sid = exams.create_session(db, exams.SessionData("qualification", "demonstration", "3W06130102", date(2027, 6, 1),
                                                     date(2027, 6, 3), "workshop", "Шеберхана", "Web", scheme,
                                                     Decimal(60), tasks=("Модуль A",)))
    exams.draw_task(db, sid)
    exams.add_candidates(db, sid, [first, second, third])
    # 45.5 + 44.67 = 90.17: A- (90-94); 20 + 23.32 = 43.32: F; the third is absent
    assert exams.set_scores(db, sid, first, {"A1": [45.5], "A2": [44.67]}) == Decimal("90.17")
    assert exams.set_scores(db, sid, second, {"A1": [20], "A2": ["23.32"]}) == Decimal("43.32")
    assert exams.set_scores(db, sid, third, {}, absent=True) is None
    [line] = exams.results_by_qualification(db)
    assert (line.specialty, line.qualification, line.candidates, line.absent, line.passed, line.letters) == (
        "06130100", "3W06130102", 3, 1, 1, {"A-": 1, "F": 1})
    # all 4 are in their last course; 2 sat and were scored (the absent one was not): 2 of 4
    share = exams.assessed_share(db, date(2027, 6, 10))
    assert (share.assessed, share.graduating, share.percent) == (2, 4, 50.0)


def test_the_mean_total_is_rounded_half_up_like_the_totals(db):
    [first, second] = enrol(db, add_group(db), 2, start=300)
    scheme = exams.create_scheme(db, "Web", "WSK", [Aspect("A1", AspectKind.MEASUREMENT, Decimal(100))])
    sid = exams.create_session(db, exams.SessionData("qualification", "demonstration", "3W06130102", date(2027, 6, 1),
                                                     date(2027, 6, 3), "workshop", "Шеберхана", "Web", scheme,
                                                     Decimal(60), tasks=("Модуль A",)))
    exams.draw_task(db, sid)
    exams.add_candidates(db, sid, [first, second])
    exams.set_scores(db, sid, first, {"A1": ["90.17"]})
    exams.set_scores(db, sid, second, {"A1": ["43.32"]})
    # (90.17 + 43.32) / 2 = 66.745 -> 66.75 half up
    assert exams.results_by_qualification(db)[0].mean_total == Decimal("66.75")


def test_dual_coverage_by_specialty_and_course_counted_by_hand(db):
    first_year = add_group(db, "26ПО-11к", intake_year=2026, dual=True)
    second_year = add_group(db, "25ПО-21к", intake_year=2025, dual=True)
    new = enrol(db, first_year, 2, start=10)
    older = enrol(db, second_year, 2, start=40) + enrol(db, second_year, 1, start=70, funding="paid")
    company = dual.save_enterprise(db, EnterpriseData(make_bin(5, 3, 4, 0, 1) or make_bin(5, 3, 4, 0, 2), "К", "П"))
    for number, student in enumerate([new[0], older[0], older[2]], start=1):
        cid = dual.create_contract(db, ContractData(f"Д-{number}", student, company, date(2026, 9, 1),
                                                    date(2027, 6, 30), representative="Ата-анасы"))
        dual.step(db, cid, ContractStep.SIGN, date(2026, 9, 1))
    state, everyone, lines = dual.coverage_figures(db, date(2026, 11, 20))
    # state order: 4 students, 2 under contract; everyone: 5 students, 3 under contract
    assert (state.covered, state.total, everyone.covered, everyone.total) == (2, 4, 3, 5)
    assert [(line.specialty_code, line.course, line.state_order.covered, line.state_order.total,
             line.everyone.covered, line.everyone.total) for line in lines] == [
        ("06130100", 1, 1, 2, 1, 2), ("06130100", 2, 1, 2, 2, 3)]
    assert [line.state_order.percent for line in lines] == [50.0, 50.0]
