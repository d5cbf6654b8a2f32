"""The demo's 2026 graduates sat their final attestation as a demonstration exam (issue #15: the report pack
printed "0 of 50 assessed" beside "holds demonstration exams: 100 %"): held with its task drawn and its panel,
most candidates scored with varied marks, the absent ones not scored, every total agreeing with the graduate's
final-attestation grade, and the qualification recorded on each who passed."""
import random
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings, strategies as st
from sqlalchemy import select

from desktop.domain.exams import AspectKind, aspect_mark, total_mark
from desktop.models import StudentQualification
from desktop.services import exams, grades, report_pack
from desktop.services.demo_exams import ASPECTS, FINAL_GROUP, FINAL_ROW, PANEL, marks_for


def _final(demo_db):
    return next(s for s in exams.list_sessions(demo_db) if s.kind == "final" and s.status == "held")


def test_the_graduates_final_attestation_was_held_with_its_panel_and_draw(demo_db):
    session = _final(demo_db)
    assert (session.form, session.qualification, session.starts_on) == ("demonstration", "4S06130105",
                                                                        date(2026, 6, 1))
    assert session.drawn_task and session.candidates == 24
    experts = exams.list_experts(demo_db, session.id)
    assert {e[1] for e in experts} == {name for name, *_ in PANEL}
    # before the graduation order of 27.06.2026, which the group's graduates left on
    assert session.ends_on < date(2026, 6, 27)


def test_most_sat_with_varied_totals_and_each_total_is_the_final_attestation_grade(demo_db):
    session = _final(demo_db)
    _, lines = exams.session_scores(demo_db, session.id)
    grid = grades.grade_grid(demo_db, grades.find_group(demo_db, FINAL_GROUP))
    absent = [line.student_id for line in lines if line.absent]
    assert len(absent) == 2  # the two whose sheet has no final-attestation grade
    assert all((sid, FINAL_ROW) not in grid.cells for sid in absent)
    totals = {}
    for line in lines:
        if not line.absent:
            aspects = list(ASPECTS)
            totals[line.student_id] = total_mark(aspects, {c: tuple(v) for c, v in line.scores.items()})
    assert len(totals) == 22 and len(set(totals.values())) >= 15  # not one mark copied down the list
    for sid, total in totals.items():
        assert int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP)) == grid.cells[(sid, FINAL_ROW)]


def test_those_who_passed_hold_the_qualification_from_this_session(demo_db):
    session = _final(demo_db)
    with demo_db.session() as db_session:
        awarded = list(db_session.scalars(select(StudentQualification.student_id)
                                          .where(StudentQualification.exam_session_id == session.id)))
    _, lines = exams.session_scores(demo_db, session.id)
    assert len(awarded) == len(set(awarded)) == 22
    assert not {line.student_id for line in lines if line.absent} & set(awarded)


def test_the_2026_pack_counts_the_graduates_assessed(demo_db):
    data = report_pack.collect(demo_db, 2026, date(2026, 11, 22))
    # 22 of 22ПО-41к's 24 sat and were scored; 23УА-31р's 26 sat no demonstration exam
    assert (data.assessed.assessed, data.assessed.graduating) == (22, 50)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=30, max_value=100), st.integers(min_value=0, max_value=10**6))
def test_marks_for_a_percent_total_to_that_percent_within_each_aspect(percent, seed):
    scores = marks_for(percent, random.Random(seed))
    for aspect in ASPECTS:
        values = tuple(Decimal(v) if aspect.kind == AspectKind.MEASUREMENT else v for v in scores[aspect.code])
        assert 0 <= aspect_mark(aspect, values) <= aspect.max_mark  # raises on a mark out of its range
    total = total_mark(list(ASPECTS), {c: tuple(Decimal(v) if isinstance(v, str) else v for v in vs)
                                       for c, vs in scores.items()})
    assert int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP)) == percent
