"""The services behind issue #16's flow: a grid of scores written all or nothing, a contract step taken back
only while nothing came after it, the appendix's modules from the student's curriculum."""
import random
from datetime import date

import pytest

from desktop.domain.dual import ContractStep
from desktop.services import dual, dual_lists, exams
from desktop.services.errors import ValidationFailed


def _planned(db, monkeypatch):
    """The demo's planned session on its first day, its task drawn: scores are taken from then on."""
    planned = next(s for s in exams.list_sessions(db) if s.status == "planned")
    monkeypatch.setattr(exams, "clock_day", lambda: planned.starts_on)
    exams.draw_task(db, planned.id, random.Random(1))
    return planned.id


def test_the_grid_is_saved_all_or_nothing(demo_db, monkeypatch):
    session_id = _planned(demo_db, monkeypatch)
    _, lines = exams.session_scores(demo_db, session_id)
    every = {"A": ["18"], "B": ["20"], "C": [3, 2, 3], "D": ["15"], "E": [2, 2, 2]}
    good = exams.ScoreEntry(lines[0].student_id, every)
    absent = exams.ScoreEntry(lines[1].student_id, {}, absent=True)
    bad = exams.ScoreEntry(lines[2].student_id, {**every, "A": ["21"]})  # above the aspect's 20
    with pytest.raises(ValidationFailed) as refused:
        exams.set_all_scores(demo_db, session_id, [good, absent, bad])
    [problem] = refused.value.problems
    assert problem.row == 3 and problem.code == "exam.score_out_of_range"
    after = {line.student_id: line for line in exams.session_scores(demo_db, session_id)[1]}
    assert after[lines[0].student_id].scores == {} and not after[lines[1].student_id].absent  # nothing written
    assert exams.set_all_scores(demo_db, session_id, [good, absent]) == 1
    after = {line.student_id: line for line in exams.session_scores(demo_db, session_id)[1]}
    assert after[lines[0].student_id].scores == every and after[lines[1].student_id].absent
    exams.set_all_scores(demo_db, session_id, [exams.ScoreEntry(lines[0].student_id, {})])  # emptied
    line = next(l for l in exams.session_scores(demo_db, session_id)[1] if l.student_id == lines[0].student_id)
    assert line.scores == {} and not line.absent


def test_a_step_is_taken_back_only_from_where_it_led(demo_db):
    draft = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "draft")
    dual.step(demo_db, draft.id, ContractStep.SIGN, date(2026, 9, 2))
    with pytest.raises(ValidationFailed):  # it was not handed over: that cannot be undone
        dual.undo_step(demo_db, draft.id, ContractStep.ISSUE_APPENDIX, "signed")
    dual.undo_step(demo_db, draft.id, ContractStep.SIGN, "draft")
    back = next(c for c in dual_lists.list_contracts(demo_db) if c.id == draft.id)
    assert (back.status, back.signed_on) == ("draft", None)
    with pytest.raises(ValidationFailed):  # already taken back
        dual.undo_step(demo_db, draft.id, ContractStep.SIGN, "draft")


def test_the_appendix_offers_the_curriculums_modules_with_hours(demo_db):
    signed = next(c for c in dual_lists.list_contracts(demo_db) if c.status == "signed")
    modules = dual.plan_modules(demo_db, signed.id)
    assert [m.code for m in modules][:2] == ["КМ 01", "КМ 02"] and all(m.hours > 0 for m in modules)
    assert all(m.name_kk and m.name_ru for m in modules)


def test_a_row_half_typed_in_is_refused_not_failed(demo_db, monkeypatch):
    """Issue 16: a candidate with one aspect typed in was saved as failed, the rest counted 0."""
    session_id = _planned(demo_db, monkeypatch)
    _, lines = exams.session_scores(demo_db, session_id)
    with pytest.raises(ValidationFailed) as refused:
        exams.set_all_scores(demo_db, session_id, [exams.ScoreEntry(lines[0].student_id, {"A": ["12"]})])
    [problem] = refused.value.problems
    assert problem.code == "exam.incomplete_scores" and problem.row == 1 and problem.params["aspects"] == "B, C, D, E"
    line = next(l for l in exams.session_scores(demo_db, session_id)[1] if l.student_id == lines[0].student_id)
    assert line.scores == {} and not line.absent  # still not scored
