"""Scores are results of an exam that took place (issue #16): none are taken before the session's first day or
before its task is drawn, whether typed one by one, in the grid or from a sheet; nor is such a session finished
(and so never counted as held). On a real temporary SQLite database."""
import random
from datetime import date
from decimal import Decimal

import pytest
from contingent import add_group, enrol
from openpyxl import Workbook

from desktop.domain.exams import Aspect, AspectKind as K
from desktop.services import exam_documents, exams, students
from desktop.services.errors import ValidationFailed
from desktop.views.messages import problem_text

ASPECTS = [Aspect("A1", K.MEASUREMENT, Decimal(70)), Aspect("B1", K.JUDGEMENT, Decimal(30))]
FIRST_DAY = date(2027, 6, 12)
GOOD = {"A1": [60], "B1": [3, 2, 3]}


@pytest.fixture
def planned(db):
    """A session on 12-14.06.2027 with a panel and two candidates, its task not drawn yet."""
    ids = enrol(db, add_group(db), 2)
    scheme = exams.create_scheme(db, "Web", "WSK 2027", ASPECTS)
    sid = exams.create_session(db, exams.SessionData(
        "qualification", "demonstration", "3W06130102", FIRST_DAY, date(2027, 6, 14), "workshop", "Шеберхана 12",
        "Web", scheme, Decimal(50), tasks=("Модуль A", "Модуль B")))
    exams.add_expert(db, sid, "Ахметов Ерлан", "chief")
    exams.add_candidates(db, sid, ids)
    return sid, ids


def _codes(error) -> set[str]:
    return {p.code for p in error.value.problems}


def _untouched(db, sid):
    return all(line.scores == {} and not line.absent for line in exams.session_scores(db, sid)[1])


def test_before_the_first_day_nothing_is_taken_and_the_message_names_the_day(db, planned):
    sid, ids = planned
    exams.draw_task(db, sid, random.Random(1))
    day_before = date(2027, 6, 11)
    for attempt in (lambda: exams.set_scores(db, sid, ids[0], GOOD, today=day_before),
                    lambda: exams.set_scores(db, sid, ids[0], {}, absent=True, today=day_before),
                    lambda: exams.set_all_scores(db, sid, [exams.ScoreEntry(ids[0], GOOD)], today=day_before)):
        with pytest.raises(ValidationFailed) as refused:
            attempt()
        assert _codes(refused) == {"exam.before_session"}
        [problem] = refused.value.problems
        assert "the session is on 12.06.2027: scores are entered on or after that day" in problem_text(problem)
    assert _untouched(db, sid)
    assert exams.scores_refused(db, sid, day_before)[0].params == {"date": "12.06.2027"}


def test_on_the_first_day_and_after_scores_are_taken(db, planned):
    sid, ids = planned
    exams.draw_task(db, sid, random.Random(1))
    assert exams.scores_refused(db, sid, FIRST_DAY) == []
    assert exams.set_scores(db, sid, ids[0], GOOD, today=FIRST_DAY) == Decimal("86.67")
    assert exams.set_all_scores(db, sid, [exams.ScoreEntry(ids[1], {}, absent=True)], today=date(2027, 7, 1)) == 0


def test_without_a_task_drawn_nothing_is_taken_even_on_the_day(db, planned):
    sid, ids = planned
    with pytest.raises(ValidationFailed) as refused:
        exams.set_all_scores(db, sid, [exams.ScoreEntry(ids[0], GOOD)], today=FIRST_DAY)
    assert _codes(refused) == {"exam.not_drawn"}
    assert problem_text(refused.value.problems[0]).endswith("draw the task first: the candidates are marked on the "
                                                           "task drawn by lot")
    with pytest.raises(ValidationFailed) as refused:  # both reasons at once, before the day
        exams.set_scores(db, sid, ids[0], GOOD, today=date(2027, 1, 1))
    assert _codes(refused) == {"exam.before_session", "exam.not_drawn"}
    assert _untouched(db, sid)


def test_a_sheet_of_scores_is_refused_the_same_way(db, planned, tmp_path):
    sid, ids = planned
    iin = students.get_student(db, ids[0]).data.iin
    book = Workbook()
    book.active.append(["ИИН", "Аспект", "Балл", "Судья 2", "Судья 3"])
    book.active.append([iin, "A1", 60])
    book.active.append([iin, "B1", 3, 2, 3])
    sheet = tmp_path / "scores.xlsx"
    book.save(sheet)
    with pytest.raises(ValidationFailed) as refused:
        exam_documents.import_scores(db, sid, sheet, today=FIRST_DAY)
    assert _codes(refused) == {"exam.not_drawn"}
    exams.draw_task(db, sid, random.Random(1))
    with pytest.raises(ValidationFailed) as refused:
        exam_documents.import_scores(db, sid, sheet, today=date(2027, 6, 1))
    assert _codes(refused) == {"exam.before_session"}
    assert _untouched(db, sid)
    assert exam_documents.import_scores(db, sid, sheet, today=FIRST_DAY) == 1


def test_a_session_not_held_yet_is_not_finished_nor_counted_as_held(db, planned):
    sid, ids = planned
    with pytest.raises(ValidationFailed) as refused:
        exams.finish_session(db, sid, today=date(2027, 6, 1))
    assert "exam.before_session" in _codes(refused) and "exam.not_drawn" in _codes(refused)
    assert exams.list_sessions(db)[0].status == "planned"
    assert not exams.holds_demonstration_exams(db, today=date(2027, 6, 14))
    exams.draw_task(db, sid, random.Random(1))
    for student in ids:
        exams.set_scores(db, sid, student, GOOD, today=FIRST_DAY)
    assert exams.finish_session(db, sid, today=date(2027, 6, 14)) == 2
    assert exams.holds_demonstration_exams(db, today=date(2027, 6, 14))
    assert not exams.holds_demonstration_exams(db, today=date(2027, 6, 11))


def test_a_candidate_added_by_mistake_comes_off_a_planned_list_only(db, planned):
    sid, ids = planned
    exams.draw_task(db, sid, random.Random(1))
    exams.set_scores(db, sid, ids[0], GOOD, today=FIRST_DAY)
    exams.remove_candidate(db, sid, ids[0])  # marks and all
    assert [line.student_id for line in exams.session_scores(db, sid)[1]] == [ids[1]]
    exams.set_scores(db, sid, ids[1], GOOD, today=FIRST_DAY)
    exams.finish_session(db, sid, today=FIRST_DAY)
    with pytest.raises(ValidationFailed) as refused:
        exams.remove_candidate(db, sid, ids[1])
    assert _codes(refused) == {"exam.has_results"}
    with pytest.raises(ValidationFailed) as refused:
        exams.remove_candidate(db, sid, ids[0])  # no longer on the list
    assert _codes(refused) == {"exam.not_a_candidate"}
