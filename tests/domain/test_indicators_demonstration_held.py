"""The demonstration-exam indicator of one college (DOMAIN.md section 6): held or not in a period, by a day."""
from datetime import date, timedelta

from hypothesis import given, strategies as st

from desktop.domain.indicators import ExamHeld, demonstration_held

YEAR = (date(2027, 1, 1), date(2027, 12, 31))
days = st.dates(date(2026, 6, 1), date(2028, 6, 30))
sessions = st.lists(st.builds(ExamHeld, st.sampled_from(["demonstration", "practical"]),
                              st.sampled_from(["held", "planned"]), days, st.integers(0, 3)), max_size=5)


@given(sessions, days)
def test_held_means_a_finished_demonstration_session_of_the_period_that_came_and_assessed_somebody(found, today):
    expected = any(s.form == "demonstration" and s.status == "held" and YEAR[0] <= s.starts_on <= YEAR[1]
                   and s.starts_on <= today and s.assessed > 0 for s in found)
    assert demonstration_held(found, *YEAR, today) is expected


@given(sessions, days, st.integers(1, 400))
def test_once_held_it_stays_held_as_days_pass(found, today, later):
    if demonstration_held(found, *YEAR, today):
        assert demonstration_held(found, *YEAR, today + timedelta(days=later))


def test_by_hand():
    held = ExamHeld("demonstration", "held", date(2027, 6, 10), 9)
    assert demonstration_held([held], *YEAR, date(2027, 6, 10))
    assert not demonstration_held([held], *YEAR, date(2027, 6, 9))  # still to come
    assert not demonstration_held([ExamHeld("demonstration", "held", date(2027, 6, 10), 0)], *YEAR, date(2027, 12, 1))
    assert not demonstration_held([ExamHeld("demonstration", "planned", date(2027, 6, 10), 9)], *YEAR,
                                  date(2027, 12, 1))
    assert not demonstration_held([ExamHeld("practical", "held", date(2027, 6, 10), 9)], *YEAR, date(2027, 12, 1))
    assert not demonstration_held([held], date(2026, 1, 1), date(2026, 12, 31), date(2027, 12, 1))  # another year
