"""The indicator formulas and the dual-training figures at their edges, each expected value counted by hand:
a percentage at its target, the teachers' ceiling of none overdue, who counts as placed, the share of practical
training at the enterprise at exactly 60 %, coverage, a minor on the day of signing, contracts running out."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain import dual as dd
from desktop.domain import indicators as di

TARGETS = {"indicators": {"employment": {"targets": {"2020": 64, "2023": 70, "2025": 75}},
                          "teacher_upgrade": {"targets": {}}}}


@pytest.mark.parametrize("key, numerator, denominator, target, percent, meets", [
    ("employment", 3, 4, 75, 75.0, True),  # at the target
    ("employment", 2999, 4000, 75, 74.975, False),  # just under it
    ("employment", 4, 4, 75, 100.0, True),
    ("employment", 0, 4, 0, 0.0, True),
    ("employment", 0, 0, 75, None, None),  # no graduates: no figure
    ("employment", 3, 4, None, 75.0, None),  # no target that year
    ("teacher_upgrade", 0, 20, 0, 0.0, True),  # none overdue meets the ceiling of none
    ("teacher_upgrade", 1, 20, 0, 5.0, False),
    ("teacher_upgrade", 1, 20, 5, 5.0, True),  # a ceiling is met at the ceiling...
    ("teacher_upgrade", 2, 20, 5, 10.0, False),  # ... not above it
    ("teacher_upgrade", 0, 0, 0, None, None),
    ("dual_coverage", 7, 20, 35, 35.0, True), ("dual_coverage", 6, 20, 35, 30.0, False),
    ("demo_exams", 1, 1, 100, 100.0, True), ("demo_exams", 0, 1, 10, 0.0, False),
])
def test_a_figure_and_whether_it_meets_its_target(key, numerator, denominator, target, percent, meets):
    figure = di.Figure(key, numerator, denominator, target)
    assert figure.percent == percent and figure.meets is meets


# The State Program 2020-2025 (shared/reference/state-program-2020-2025-kk.txt l.372-384, indicator 4: "the share
# of state-order TVET graduates employed in the first year after graduation", from pension-contribution data)
# counts the employed only. Further study, military service and parental leave are "continuing / not available
# for work": they stay in the denominator, out of the numerator, and are counted beside the figure.
@pytest.mark.parametrize("status, employed, continuing", [
    ("employed_in_specialty", 1, 0), ("employed_outside", 1, 0), ("further_study", 0, 1), ("military", 0, 1),
    ("parental_leave", 0, 1), ("not_employed", 0, 0), ("unknown", 0, 0)])
def test_who_counts_as_employed(status, employed, continuing):
    """As the dashboard and the pack print it: employed in or outside the specialty count; studying further, in
    military service or on parental leave are shown apart; only state-order graduates are counted at all."""
    assert di.employment([(True, status)]) == (employed, continuing, 1)
    assert di.employment([(False, status)]) == (0, 0, 0)


def test_employment_of_a_small_year_by_hand():
    graduates = [(True, "employed_in_specialty"), (True, "further_study"), (True, "not_employed"), (True, "unknown"),
                 (True, "parental_leave"), (False, "employed_outside"), (False, "not_employed")]
    # state order: 5 graduates; employed: in specialty = 1 (20 %); continuing: further study, parental leave = 2
    # (40 %), beside the figure; not employed and unknown = 2 count against it
    assert di.employment(graduates) == (1, 2, 5)
    assert di.employment([]) == (0, 0, 0)
    figure = di.Figure("employment", 1, 5, 75.0, continuing=2)
    assert (figure.percent, figure.continuing_percent, figure.meets) == (20.0, 40.0, False)
    assert di.Figure("employment", 0, 0).continuing_percent is None  # no graduates: no share either
    assert set(di.STATUSES) == di.EMPLOYED | di.CONTINUING | {"not_employed", "unknown"}
    assert not di.EMPLOYED & di.CONTINUING


@pytest.mark.parametrize("year, target", [(2019, None), (2020, 64.0), (2022, 64.0), (2023, 70.0), (2024, 70.0),
                                          (2025, 75.0), (2030, 75.0)])
def test_the_target_of_a_year_is_the_last_one_set_by_then(year, target):
    assert di.target(TARGETS, "employment", year) == target
    assert di.target(TARGETS, "teacher_upgrade", year) is None


@pytest.mark.parametrize("last, on, overdue", [
    (date(2023, 11, 22), date(2026, 11, 22), False),  # exactly three years
    (date(2023, 11, 22), date(2026, 11, 23), True),
    (date(2023, 11, 23), date(2026, 11, 22), False),
    (date(2024, 2, 29), date(2027, 2, 28), False),  # no 29 February in 2027: the 28th is the day
    (date(2024, 2, 29), date(2027, 3, 1), True),
    (None, date(2026, 1, 1), True),  # never upgraded
    (date(2026, 1, 1), date(2026, 1, 1), False),
])
def test_a_teachers_upgrade_is_overdue_after_three_years(last, on, overdue):
    assert di.upgrade_overdue(last, on) is overdue


def test_years_after_keeps_29_february_when_it_can():
    assert di.years_after(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert di.years_after(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert di.years_after(date(2023, 12, 31), 3) == date(2026, 12, 31)
    assert di.upgrade_overdue(date(2024, 2, 29), date(2025, 3, 1), years=1)
    assert not di.upgrade_overdue(date(2024, 2, 29), date(2025, 2, 28), years=1)


# --- dual training -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("enterprise, practical, ratio, below", [
    (600, 1000, 0.6, False),  # exactly 60 %: no warning
    (3, 5, 0.6, False), (504, 840, 0.6, False),
    (599, 1000, 0.599, True), (601, 1000, 0.601, False),
    (0, 432, 0.0, True), (432, 432, 1.0, False), (500, 432, 500 / 432, False),
    (100, 0, None, False),  # no practical training planned: no share, no warning
])
def test_the_share_at_the_enterprise_warns_only_under_60_percent(enterprise, practical, ratio, below):
    share = dd.Share(enterprise, practical)
    assert share.ratio == ratio and share.below(0.6) is below


@pytest.mark.parametrize("born, signed, minor", [
    (date(2008, 9, 1), date(2026, 9, 1), False),  # 18 on the day
    (date(2008, 9, 1), date(2026, 8, 31), True),
    (date(2008, 9, 2), date(2026, 9, 1), True),
    (date(2008, 2, 29), date(2026, 2, 28), True),
    (date(2008, 2, 29), date(2026, 3, 1), False),
    (date(1990, 1, 1), date(2026, 9, 1), False),
    (None, date(2026, 9, 1), False),
])
def test_a_minor_signs_through_a_representative(born, signed, minor):
    assert dd.needs_representative(born, signed) is minor


TODAY = date(2026, 11, 20)


@pytest.mark.parametrize("end, status, soon", [
    (TODAY + timedelta(days=30), "signed", True), (TODAY + timedelta(days=31), "signed", False),
    (TODAY, "appendix_issued", True), (TODAY - timedelta(days=100), "signed", True),  # ran out, not closed
    (TODAY + timedelta(days=5), "draft", False), (TODAY + timedelta(days=5), "ended", False),
    (TODAY + timedelta(days=5), "terminated", False), (None, "signed", False),
])
def test_a_contract_running_out(end, status, soon):
    assert dd.expiring(end, status, TODAY) is soon
    assert dd.expiring(TODAY + timedelta(days=7), "signed", TODAY, within_days=7)
    assert not dd.expiring(TODAY + timedelta(days=8), "signed", TODAY, within_days=7)


def test_coverage_of_a_small_college_by_hand():
    # students 1-4 state order, 5-6 paid; contracts in force: 2, 3 and 5 (and 9, who is not counted)
    students = [(1, True), (2, True), (3, True), (4, True), (5, False), (6, False)]
    state, everyone = dd.coverage(students, {2, 3, 5, 9})
    assert (state.covered, state.total, state.percent) == (2, 4, 50.0)
    assert (everyone.covered, everyone.total, everyone.percent) == (3, 6, 50.0)
    nobody_state, _ = dd.coverage([(5, False)], {5})
    assert (nobody_state.covered, nobody_state.total, nobody_state.percent) == (0, 0, None)


@pytest.mark.parametrize("size, agro, on_request, memorandum", [
    ("small", False, False, False), ("medium", False, True, False), ("large", False, True, True),
    ("large", True, False, True), ("medium", True, False, False), ("", False, False, False)])
def test_who_may_train_on_request_and_sign_a_memorandum(size, agro, on_request, memorandum):
    assert dd.may_train_on_request(size, agro) is on_request
    assert dd.may_sign_memorandum(size) is memorandum


def test_a_memorandum_lists_its_missing_sections_in_order():
    everything = set(dd.MEMORANDUM_SECTIONS)
    assert dd.missing_sections(everything) == []
    assert dd.missing_sections(everything - {"validity", "employment"}) == ["validity", "employment"]
    assert len(dd.missing_sections(set())) == 11
