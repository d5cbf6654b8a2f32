"""Demonstration exams on a real database: a session from scheme to awarded qualification, the checks and figures."""
import random
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from contingent import add_group, enrol
from curricula import mid_level_9

from desktop.domain.exams import Aspect, AspectKind as K
from desktop.services import curricula, exams, students
from desktop.services.errors import ValidationFailed

ASPECTS = [Aspect("A1", K.MEASUREMENT, Decimal(40)), Aspect("A2", K.MEASUREMENT, Decimal(30)),
           Aspect("B1", K.JUDGEMENT, Decimal(30))]


@pytest.fixture(autouse=True)
def on_the_last_day(monkeypatch):
    """The office works on 3 June 2027, the sessions' last day: scores are taken (not before the first day)."""
    monkeypatch.setattr(exams, "clock_day", lambda: date(2027, 6, 3))


def session(db, scheme, kind="qualification", form="demonstration", pass_mark=Decimal(60), drawn=True):
    """A session on 1-3 June 2027 with its task drawn (scores are taken only then)."""
    sid = exams.create_session(db, exams.SessionData(kind, form, "3W06130102", date(2027, 6, 1), date(2027, 6, 3),
                                                     "workshop", "Шеберхана 12", "Web Technologies", scheme,
                                                     pass_mark, tasks=("Модуль A", "Модуль B")))
    if drawn:
        exams.draw_task(db, sid, random.Random(1))
    return sid


def test_a_session_from_scheme_to_awarded_qualification(db):
    group = add_group(db)
    ids = enrol(db, group, 3)
    scheme = exams.create_scheme(db, "Web Technologies", "WSK 2027", ASPECTS)
    sid = session(db, scheme, drawn=False)
    exams.add_expert(db, sid, "Ахметов Ерлан", "chief", "Алатау Софт", "WSR-123")
    assert exams.draw_task(db, sid, random.Random(1)) in ("Модуль A", "Модуль B")
    assert exams.add_candidates(db, sid, ids + ids[:1]) == 3
    assert exams.set_scores(db, sid, ids[0], {"A1": [38], "A2": [25.5], "B1": [3, 2, 3]}) == Decimal("90.17")
    assert exams.set_scores(db, sid, ids[1], {"A1": [20], "A2": [10], "B1": [1, 1, 2]}) == Decimal("43.33")
    assert exams.set_scores(db, sid, ids[2], {}, absent=True) is None
    assert exams.finish_session(db, sid) == 1
    assert exams.finish_session(db, sid) == 0  # awarded once
    [earned] = students.get_student(db, ids[0]).qualifications
    assert earned.code == "3W06130102" and earned.awarded_on == date(2027, 6, 3)
    assert students.get_student(db, ids[1]).qualifications == []
    [line] = exams.results_by_qualification(db)
    assert (line.specialty, line.candidates, line.absent, line.passed, line.mean_total) == ("06130100", 3, 1, 1, Decimal("66.75"))
    assert line.letters == {"A-": 1, "F": 1}
    assert exams.holds_demonstration_exams(db)


def test_bad_scores_name_the_aspect_and_nothing_changes(db):
    group = add_group(db)
    [sid_student] = enrol(db, group)
    sid = session(db, exams.create_scheme(db, "Web", "S", ASPECTS))
    exams.add_candidates(db, sid, [sid_student])
    with pytest.raises(ValidationFailed) as error:
        exams.set_scores(db, sid, sid_student, {"A1": [41], "B1": [3, 4, 1], "Z9": [1]})
    found = {(p.code, p.params["aspect"]) for p in error.value.problems}
    assert found == {("exam.score_out_of_range", "A1"), ("exam.judgement_0_3", "B1"), ("exam.unknown_aspect", "Z9")}
    with pytest.raises(ValidationFailed) as error:
        exams.finish_session(db, sid)
    assert error.value.problems[0].code == "exam.unscored"


def test_a_scheme_must_sum_to_100_and_a_session_name_real_things(db):
    with pytest.raises(ValidationFailed) as error:
        exams.create_scheme(db, "Web", "S", ASPECTS[:2])
    assert error.value.problems[0].code == "exam.scheme_not_100"
    with pytest.raises(ValidationFailed) as error:
        exams.create_session(db, exams.SessionData("oral", "demonstration", "3W99999999", date(2027, 6, 3),
                                                   date(2027, 6, 1), "garden", pass_mark=Decimal(0)))
    assert {p.field for p in error.value.problems} == {"kind", "venue_type", "ends_on", "pass_mark", "qualification"}


def test_qual_exam_needs_a_session_for_each_group_that_reaches_it(db):
    # Its 3W06130102 exam row is in semester 5, where the worker modules end (MR l.946-950), not in semester 8.
    plan = curricula.create(db, replace(mid_level_9(), title="Plan"))
    third = add_group(db, "23ПО-41к", intake_year=2023, curriculum_id=plan)
    other_third = add_group(db, "23ПО-42к", intake_year=2023, curriculum_id=plan)
    first = add_group(db, "26ПО-11к", curriculum_id=plan)  # course 1: not there yet
    ids = enrol(db, third, 2)
    enrol(db, other_third, 1, start=5000)
    enrol(db, first, 1, start=6000)
    today = date(2026, 11, 20)
    assert {(g.group_code, g.qualification) for g in exams.qual_exam_gaps(db, today)} == {
        ("23ПО-41к", "3W06130102"), ("23ПО-42к", "3W06130102")}
    sid = session(db, exams.create_scheme(db, "Web", "S", ASPECTS))
    exams.add_candidates(db, sid, ids[:1])  # planned, with a candidate from the first group
    assert [g.group_code for g in exams.qual_exam_gaps(db, today)] == ["23ПО-42к"]
    assert [g.group_code for g in exams.qual_exam_gaps(db, date(2027, 9, 10))] == ["23ПО-42к"]  # course 2
    assert [g.group_code for g in exams.qual_exam_gaps(db, date(2028, 9, 10))] == ["23ПО-42к", "26ПО-11к"]


def test_the_exam_semester_comes_from_the_plan():
    rows = [("m1", None, "3W1", None, [[3, 144, None]]), ("m1.1", "m1", None, None, [[4, 72, "Е"]]),
            ("q", None, "3W1", "demonstration_exam", [[4, 24, None]]), ("m2", None, "4S1", None, [[6, 100, None]]),
            ("w2", None, "3W2", None, [[5, 10, None], [6, 0, None]])]
    assert exams.exam_semesters(rows) == {"3W1": 4, "3W2": 5}


def test_the_share_of_graduating_students_assessed(db):
    last_course = add_group(db, "23ПО-41к", intake_year=2023)  # 46 months: the 4th course graduates
    first_course = add_group(db)
    graduates = enrol(db, last_course, 4)
    enrol(db, first_course, 3, start=5000)
    sid = session(db, exams.create_scheme(db, "Web", "S", ASPECTS), kind="final")
    exams.add_candidates(db, sid, graduates)
    exams.set_scores(db, sid, graduates[0], {"A1": [30], "A2": [20], "B1": [2, 2, 2]})
    exams.set_scores(db, sid, graduates[1], {"A1": [10]})
    exams.set_scores(db, sid, graduates[2], {}, absent=True)  # and the fourth not yet scored
    share = exams.assessed_share(db, date(2026, 11, 20))
    assert (share.assessed, share.graduating) == (2, 4) and share.percent == 50.0


def test_a_planned_session_may_be_deleted_a_session_with_results_not(db):
    group = add_group(db)
    ids = enrol(db, group, 2)
    scheme = exams.create_scheme(db, "Web", "S", ASPECTS)
    planned, scored = session(db, scheme), session(db, scheme)
    for sid in (planned, scored):
        exams.add_candidates(db, sid, ids)
        exams.add_expert(db, sid, "Сарапшы", "expert")
    exams.set_scores(db, scored, ids[0], {"A1": [10]})
    with pytest.raises(ValidationFailed) as error:
        exams.delete_planned(db, scored)
    assert error.value.problems[0].code == "exam.has_results"
    exams.remove_expert(db, exams.list_experts(db, scored)[0][0])
    assert exams.list_experts(db, scored) == []
    exams.delete_planned(db, planned)
    assert [s.id for s in exams.list_sessions(db)] == [scored]


def test_a_session_is_edited_but_its_marking_stays_once_scored(db):
    group = add_group(db)
    [student] = enrol(db, group)
    scheme = exams.create_scheme(db, "Web", "S", ASPECTS)
    sid = session(db, scheme)
    data = exams.session_data(db, sid)
    exams.update_session(db, sid, replace(data, venue_name="Зал 3", tasks=("X",)))
    assert exams.session_data(db, sid).venue_name == "Зал 3" and exams.session_data(db, sid).tasks == ("X",)
    exams.add_candidates(db, sid, [student])
    exams.set_scores(db, sid, student, {"A1": [30]})
    with pytest.raises(ValidationFailed) as error:
        exams.update_session(db, sid, replace(data, pass_mark=Decimal(70)))
    assert error.value.problems[0].code == "exam.has_results"
    exams.update_session(db, sid, replace(data, venue_name="Зал 4"))  # the rest may still change


def test_a_session_without_a_panel_is_not_finished(db):
    """The protocol is the record of the exam and the panel signs it: no panel, no held session and no award."""
    group = add_group(db)
    ids = enrol(db, group, 2)
    sid = session(db, exams.create_scheme(db, "Web", "S", ASPECTS))
    exams.add_candidates(db, sid, ids)
    for student in ids:
        exams.set_scores(db, sid, student, {"A1": [40], "A2": [30], "B1": [3, 3, 3]})
    with pytest.raises(ValidationFailed) as error:
        exams.finish_session(db, sid)
    assert [(p.field, p.code) for p in error.value.problems] == [("panel", "exam.no_panel")]
    assert exams.list_sessions(db)[0].status == "planned"
    assert students.get_student(db, ids[0]).qualifications == []
    expert = exams.add_expert(db, sid, "Ахметов Ерлан", "chief")
    exams.remove_expert(db, expert)
    with pytest.raises(ValidationFailed):  # a panel removed again counts as none
        exams.finish_session(db, sid)
    exams.add_expert(db, sid, "Ахметов Ерлан", "chief")
    assert exams.finish_session(db, sid) == 2
