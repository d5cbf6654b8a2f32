"""The proposed process schedule follows the plan: for any plan, each semester holds the weeks its hours need,
attestation stands only in the semesters the plan gives attestation (hours or exams), the final attestation only
where its row sits, holidays close every year and the summary adds up to the year's weeks."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.curriculum import Control, Curriculum, Row, SemesterLoad, Section, YearSchedule
from desktop.domain.schedule import (ACTIVITIES, WEEKS_IN_YEAR, layouts, month_spans, propose, semester_weeks,
                                     weeks_by_activity)

PER_WEEK = 36
SECTIONS = {"T": Section.PROFESSIONAL, "P": Section.PRACTICE, "A": Section.INTERMEDIATE, "F": Section.FINAL}
LIMITS = {"T": 20 * PER_WEEK, "P": 4 * PER_WEEK, "A": 3 * PER_WEEK, "F": 3 * PER_WEEK}


@st.composite
def plans(draw):
    years = draw(st.integers(1, 4))
    rows, planned = [], {}
    for semester in range(1, 2 * years + 1):
        for kind, section in SECTIONS.items():
            hours = draw(st.sampled_from([0, 0, 1, 24, 36, 37, 108, LIMITS[kind]]))
            exam = draw(st.booleans())
            if hours:
                control = Control.EXAM if exam else None
                rows.append(Row(f"{kind}{semester}", section, kind, kind, kind, hours,
                                semesters=(SemesterLoad(semester, hours, control),)))
            planned[semester, kind] = (hours, bool(hours) and exam)
    return Curriculum("06130100", (), "11", "kk", years=years, rows=tuple(rows)), planned


def weeks(hours: int) -> int:
    return -(-hours // PER_WEEK)


@settings(max_examples=150, deadline=None)
@given(plans())
def test_every_semester_holds_what_its_plan_rows_need(case):
    curriculum, planned = case
    for layout in layouts(curriculum, PER_WEEK):
        for semester, part in ((2 * layout.year - 1, layout.autumn), (2 * layout.year, layout.spring)):
            hours = {kind: planned[semester, kind][0] for kind in SECTIONS}
            examined = planned[semester, "T"][1] or planned[semester, "A"][1]
            assert part.count("T") == weeks(hours["T"])
            assert part.count("P") == weeks(hours["P"])
            assert part.count("F") == weeks(hours["F"])  # final attestation only where its row sits
            # attestation only in the semesters the plan gives attestation hours or exams; an exam takes a week
            assert part.count("A") == (max(weeks(hours["A"]), 1) if examined else weeks(hours["A"]))
            assert "H" not in part


@settings(max_examples=150, deadline=None)
@given(plans())
def test_years_have_holidays_and_the_summary_adds_up_to_the_grid(case):
    curriculum, _ = case
    schedule = propose(curriculum, PER_WEEK)
    summary = weeks_by_activity(schedule)
    assert [year.year for year in schedule] == list(range(1, curriculum.years + 1))
    for year in schedule:
        counts = summary[year.year]
        assert sum(counts.values()) == len(year.weeks)
        assert {kind: year.weeks.count(kind) for kind in ACTIVITIES} == {k: counts[k] for k in ACTIVITIES}
        study = len(year.weeks) - counts["H"]
        if study <= WEEKS_IN_YEAR - 2:  # MR l.216-218: holidays every year that has room for them
            assert year.weeks.count("H") >= 2
        if year.year < curriculum.years and study <= WEEKS_IN_YEAR:
            assert len(year.weeks) == WEEKS_IN_YEAR  # the summer holidays fill the year
        elif study <= WEEKS_IN_YEAR:
            assert len(year.weeks) <= WEEKS_IN_YEAR  # the graduating year ends with its work: no summer
        autumn, spring = semester_weeks(year.weeks)
        assert autumn + spring == len(year.weeks) - counts["H"]


def test_semesters_part_at_the_winter_holidays():
    assert semester_weeks("T" * 20 + "A" + "HH" + "T" * 20 + "A" + "H" * 8) == (21, 21)
    assert semester_weeks("HH" + "PP") == (0, 2)  # an autumn without study
    assert semester_weeks("T" * 50 + "HH") == (50, 0)
    assert semester_weeks("") == (0, 0)


def test_weeks_belong_to_the_month_they_start_in():
    spans = month_spans(2025, 52)
    # 1 Sep 2025 + 7-day steps: September holds weeks 1-5 (1, 8, 15, 22, 29), October 6-9 (6, 13, 20, 27)
    assert spans[:2] == [(9, 1, 5), (10, 6, 9)]
    assert [month for month, _, _ in spans] == [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]
    assert sum(last - first + 1 for _, first, last in spans) == 52
    # the intake year's own calendar: 29 February 2028 makes week 40 of 2027/28 start on 31 May, in May,
    # while week 40 of 2026/27 starts on 1 June 2027
    assert dict((m, (f, l)) for m, f, l in month_spans(2027, 52))[5] == (36, 40)
    assert dict((m, (f, l)) for m, f, l in month_spans(2026, 52))[5] == (36, 39)


def test_a_hand_edited_grid_is_summed_as_printed():
    summary = weeks_by_activity((YearSchedule(1, "TTAX-HH"),))
    assert summary[1] == {"T": 2, "P": 0, "A": 1, "F": 0, "H": 2, "-": 2}
