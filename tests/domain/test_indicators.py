"""The indicator formulas on hand-built cases, numerators and denominators named; targets read from the data."""
import json
from datetime import date, timedelta

from hypothesis import given, strategies as st

from desktop.domain import indicators as di
from desktop.paths import resource_path

TARGETS = json.loads(resource_path("indicators", "targets.json").read_text(encoding="utf-8"))


def test_targets_come_from_the_data_and_hold_after_the_plan_ends():
    assert di.target(TARGETS, "employment", 2024) == 72
    assert di.target(TARGETS, "dual_coverage", 2025) == 35
    assert di.target(TARGETS, "dual_coverage", 2026) == 35  # the plan ended: its last target stands
    assert di.target(TARGETS, "inclusive", 2021) is None  # no target before 2022
    assert di.target(TARGETS, "teacher_upgrade", 2025) is None


def test_employment_counts_state_order_graduates_employed():
    graduates = [(True, "employed_in_specialty"), (True, "military"), (True, "not_employed"), (True, "unknown"),
                 (False, "employed_in_specialty")]
    # State Program l.372-384: employed 1 of 4 state-order graduates; military service is shown beside it
    employed, continuing, state_order_graduates = di.employment(graduates)
    assert (employed, continuing, state_order_graduates) == (1, 1, 4)
    figure = di.Figure("employment", employed, state_order_graduates, di.target(TARGETS, "employment", 2025),
                       continuing=continuing)
    assert figure.percent == 25.0 and figure.continuing_percent == 25.0 and figure.meets is False


@given(st.lists(st.tuples(st.booleans(), st.sampled_from(di.STATUSES))))
def test_employment_is_a_share_of_state_order_graduates(graduates):
    employed, continuing, total = di.employment(graduates)
    assert 0 <= employed + continuing <= total == sum(1 for state, _ in graduates if state)


def test_a_teachers_upgrade_is_overdue_after_three_years():
    assert not di.upgrade_overdue(date(2023, 11, 22), date(2026, 11, 22))
    assert di.upgrade_overdue(date(2023, 11, 21), date(2026, 11, 22))
    assert di.upgrade_overdue(None, date(2026, 11, 22))
    assert not di.upgrade_overdue(date(2024, 2, 29), date(2027, 2, 28))
    figure = di.Figure("teacher_upgrade", 1, 20, 0)
    assert figure.percent == 5.0 and figure.meets is False
    assert di.Figure("dual_coverage", 0, 0).percent is None


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(min_value=1, max_value=5))
def test_years_after_keeps_the_month_and_never_overflows(day, years):
    later = di.years_after(day, years)
    assert later.year == day.year + years and later.month == day.month
    assert later.day == day.day or (day.month, day.day, later.day) == (2, 29, 28)
    # a teacher upgraded on that day is overdue from the next day only
    assert not di.upgrade_overdue(day, di.years_after(day, 3)) and di.upgrade_overdue(day, di.years_after(day, 3)
                                                                                        + timedelta(days=1))
