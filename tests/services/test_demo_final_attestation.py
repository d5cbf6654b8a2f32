"""The demo's 2026 graduates sat their final attestation as a demonstration exam (issue #15: the report pack
printed "0 of 50 assessed" beside "holds demonstration exams: 100 %"): held with its task drawn and its panel,
every graduate scored with varied marks, every total agreeing with the graduate's
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
    assert (session.form, session.qualification, session.starts_on) == ("demonstration", "4S06130103",
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
    # every graduate has the final-attestation grade (issue #15: nobody graduates without it), so all sat
    assert not [line.student_id for line in lines if line.absent]
    totals = {}
    for line in lines:
        if not line.absent:
            aspects = list(ASPECTS)
            totals[line.student_id] = total_mark(aspects, {c: tuple(v) for c, v in line.scores.items()})
    assert len(totals) == 24 and len(set(totals.values())) >= 15  # not one mark copied down the list
    for sid, total in totals.items():
        assert int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP)) == grid.cells[(sid, FINAL_ROW)]


def test_those_who_passed_hold_the_qualification_from_this_session(demo_db):
    session = _final(demo_db)
    with demo_db.session() as db_session:
        awarded = list(db_session.scalars(select(StudentQualification.student_id)
                                          .where(StudentQualification.exam_session_id == session.id)))
    _, lines = exams.session_scores(demo_db, session.id)
    assert len(awarded) == len(set(awarded)) == 24
    assert not {line.student_id for line in lines if line.absent} & set(awarded)


def test_the_2026_pack_counts_the_graduates_assessed(demo_db):
    data = report_pack.collect(demo_db, 2026, date(2026, 11, 22))
    # all 24 of 22ПО-41к sat and were scored; 23УА-31р's 26 sat no demonstration exam
    assert (data.assessed.assessed, data.assessed.graduating) == (24, 50)


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


def test_each_group_is_awarded_the_qualification_its_plan_prepares(demo_db):
    """Issue #15: 22ПО-41к was recorded as 4S06130105 while its plan prepares 3W06130102 and 4S06130103, so its
    supplements, its protocol and its awarded qualifications named a qualification it never studied for."""
    from desktop.models import CurriculumRecord, StudyGroup

    with demo_db.session() as session:
        for group in session.scalars(select(StudyGroup).where(StudyGroup.curriculum_id.is_not(None))):
            plan = session.get(CurriculumRecord, group.curriculum_id)
            assert group.qualification.code in plan.qualifications.split(), (group.code, plan.qualifications)
        codes = {g.code: g.qualification.code for g in session.scalars(select(StudyGroup))}
    assert {codes[c] for c in ("21ПО-41р", "22ПО-41к", "23ПО-41р", "24ПО-31к")} == {"4S06130103"}
    final = _final(demo_db)
    with demo_db.session() as session:
        awarded = {q.qualification.code for q in session.scalars(
            select(StudentQualification).where(StudentQualification.exam_session_id == final.id))}
    assert final.qualification == "4S06130103" and awarded == {"4S06130103"}


def test_the_protocols_are_numbered_in_the_order_of_their_dates_and_the_plan_semester(demo_db):
    """Issue #15: protocol №3 (01.06.2026) came before №1 (10.06.2026), and the 3W06130102 exam was held at the end
    of year 2 while the plan puts it in semester 5 (the attestation weeks closing it, in January)."""
    sessions = sorted(exams.list_sessions(demo_db), key=lambda s: s.id)
    assert [s.starts_on for s in sessions] == sorted(s.starts_on for s in sessions)
    [qualification] = [s for s in sessions if s.kind == "qualification"]
    assert qualification.starts_on == date(2026, 1, 12)  # 23ПО-41р, intake 2023: semester 5 is 2025-2026's first
