"""A student's state is the fold of their movements: every path through the orders, checked by hypothesis."""
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from desktop.domain import contingent as dc
from desktop.domain.contingent import Move, MovementKind as K, Status

TARGET = {K.ADMISSION: Status.STUDYING, K.TRANSFER: Status.STUDYING, K.LEAVE: Status.ACADEMIC_LEAVE,
          K.RETURN: Status.STUDYING, K.REINSTATEMENT: Status.STUDYING, K.EXPULSION: Status.EXPELLED,
          K.GRADUATION: Status.GRADUATED}


@st.composite
def histories(draw):
    """Allowed movement sequences, as an office would record them day after day."""
    state, moves, day = dc.START, [], date(2020, 8, 25)
    for number in range(draw(st.integers(0, 12))):
        possible = [k for k in K if dc.allowed(k, state.status)]
        if not possible:
            break
        kind = draw(st.sampled_from(possible))
        day += timedelta(days=draw(st.integers(0, 60)))
        group = draw(st.integers(1, 5)) if kind in dc.NEEDS_GROUP else None
        move = Move(kind, day, group, number + 1, "own_wish" if kind == K.EXPULSION else "")
        state = dc.apply(state, move)
        moves.append(move)
    return moves


@given(histories())
def test_the_state_follows_the_last_movement(moves):
    state = dc.fold(moves)
    if not moves:
        assert state == dc.START
        return
    last = moves[-1]
    assert state.status == TARGET[last.kind]
    assert state.since == last.on
    placed = [m for m in moves if m.kind in dc.NEEDS_GROUP]
    assert state.group == placed[-1].to_group  # only admission, transfer and reinstatement move a student
    if state.status in (Status.EXPELLED, Status.GRADUATED):
        assert state.left_on == last.on
    else:
        assert state.left_on is None and state.leaving_reason == ""


@given(histories(), st.randoms())
def test_the_order_of_recording_does_not_matter_only_dates(moves, random):
    shuffled = list(moves)
    random.shuffle(shuffled)
    assert dc.fold(shuffled) == dc.fold(moves)


@given(histories(), st.sampled_from(list(K)))
def test_a_movement_not_allowed_is_refused_and_named(moves, kind):
    state = dc.fold(moves)
    move = Move(kind, date(2030, 1, 1), 9, 999)
    if dc.allowed(kind, state.status):
        assert dc.apply(state, move).status == TARGET[kind]
    else:
        with pytest.raises(dc.MovementNotAllowed) as refused:
            dc.apply(state, move)
        assert refused.value.status == state.status and refused.value.kind == kind


def test_a_student_is_admitted_once_and_reinstated_only_after_expulsion():
    admitted = dc.fold([Move(K.ADMISSION, date(2025, 8, 28), 1, 1)])
    assert not dc.allowed(K.ADMISSION, admitted.status)
    assert not dc.allowed(K.REINSTATEMENT, admitted.status)
    expelled = dc.apply(admitted, Move(K.EXPULSION, date(2026, 2, 1), None, 2, "academic_failure"))
    assert (expelled.status, expelled.group, expelled.leaving_reason) == (Status.EXPELLED, 1, "academic_failure")
    back = dc.apply(expelled, Move(K.REINSTATEMENT, date(2026, 9, 1), 3, 3))
    assert (back.status, back.group, back.left_on) == (Status.STUDYING, 3, None)


def test_a_return_from_leave_may_come_into_another_group():
    on_leave = dc.fold([Move(K.ADMISSION, date(2025, 8, 28), 1, 1), Move(K.LEAVE, date(2025, 12, 1), None, 2)])
    assert dc.apply(on_leave, Move(K.RETURN, date(2026, 12, 1), None, 3)).group == 1
    assert dc.apply(on_leave, Move(K.RETURN, date(2026, 12, 1), 4, 3)).group == 4


@pytest.mark.parametrize("day, open_, last", [
    (date(2026, 9, 1), "2026-autumn", "2026-autumn"), (date(2026, 10, 31), "2026-autumn", "2026-autumn"),
    (date(2026, 11, 22), None, "2026-autumn"), (date(2027, 2, 28), None, "2026-autumn"),
    (date(2027, 3, 1), "2027-spring", "2027-spring"), (date(2027, 4, 30), "2027-spring", "2027-spring"),
    (date(2027, 6, 15), None, "2027-spring"), (date(2027, 8, 31), None, "2027-spring"),
])
def test_the_nedb_rounds_are_september_october_and_march_april(day, open_, last):
    assert dc.open_round(day) == open_
    assert dc.last_round(day) == last


def test_the_course_follows_the_academic_year():
    assert dc.study_year(2026, date(2026, 9, 1)) == 1
    assert dc.study_year(2026, date(2027, 8, 31)) == 1
    assert dc.study_year(2025, date(2026, 11, 22)) == 2
    assert dc.academic_year(date(2027, 3, 1)) == "2026-2027"
