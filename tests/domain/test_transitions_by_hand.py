"""The two state machines of the domain against tables written here by hand, cell by cell, from the orders a
college issues and the life of a dual-training contract (DOMAIN.md section 3) -- never against the code's own
table. Every (state, action) pair is listed: allowed ones with the state they lead to, the rest refused."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.domain import contingent as dc
from desktop.domain import dual as dd
from desktop.domain.contingent import Move, MovementKind as K, Status as S

# status -> movement -> status after it, or None when the order cannot be issued for such a student
STUDENT = {
    S.NOT_ENROLLED: {K.ADMISSION: S.STUDYING, K.TRANSFER: None, K.LEAVE: None, K.RETURN: None,
                     K.REINSTATEMENT: None, K.EXPULSION: None, K.GRADUATION: None},
    S.STUDYING: {K.ADMISSION: None, K.TRANSFER: S.STUDYING, K.LEAVE: S.ACADEMIC_LEAVE, K.RETURN: None,
                 K.REINSTATEMENT: None, K.EXPULSION: S.EXPELLED, K.GRADUATION: S.GRADUATED},
    # on academic leave a student only comes back or is expelled: no graduation, no transfer, no second leave
    S.ACADEMIC_LEAVE: {K.ADMISSION: None, K.TRANSFER: None, K.LEAVE: None, K.RETURN: S.STUDYING,
                       K.REINSTATEMENT: None, K.EXPULSION: S.EXPELLED, K.GRADUATION: None},
    S.EXPELLED: {K.ADMISSION: None, K.TRANSFER: None, K.LEAVE: None, K.RETURN: None,
                 K.REINSTATEMENT: S.STUDYING, K.EXPULSION: None, K.GRADUATION: None},
    S.GRADUATED: {K.ADMISSION: None, K.TRANSFER: None, K.LEAVE: None, K.RETURN: None,
                  K.REINSTATEMENT: None, K.EXPULSION: None, K.GRADUATION: None},
}
STUDENT_CELLS = [(status, kind, after) for status, row in STUDENT.items() for kind, after in row.items()]
GROUP = 7  # the group a student in any state was last placed in
LEFT = {S.EXPELLED, S.GRADUATED}


def test_the_table_covers_every_status_and_movement():
    assert set(STUDENT) == set(S) and all(set(row) == set(K) for row in STUDENT.values())


@pytest.mark.parametrize("status, kind, after", STUDENT_CELLS,
                         ids=[f"{s.value}-{k.value}" for s, k, _ in STUDENT_CELLS])
def test_a_student_movement(status, kind, after):
    group = None if status is S.NOT_ENROLLED else GROUP
    state = dc.State(status, group, date(2025, 9, 1), date(2025, 9, 1) if status in LEFT else None)
    move = Move(kind, date(2026, 3, 2), 9, 1, "reason")
    assert dc.allowed(kind, status) is (after is not None)
    if after is None:
        with pytest.raises(dc.MovementNotAllowed) as refused:
            dc.apply(state, move)
        assert (refused.value.kind, refused.value.status) == (kind, status)
        return
    new = dc.apply(state, move)
    placed = kind in (K.ADMISSION, K.TRANSFER, K.REINSTATEMENT, K.RETURN)  # a return may name another group
    assert (new.status, new.group, new.since) == (after, 9 if placed else GROUP, date(2026, 3, 2))
    if after in LEFT:
        assert (new.left_on, new.leaving_reason) == (date(2026, 3, 2), "reason")
    else:
        assert (new.left_on, new.leaving_reason) == (None, "")


def test_a_student_on_leave_cannot_graduate_until_back():
    moves = [Move(K.ADMISSION, date(2023, 9, 1), 1, 1), Move(K.LEAVE, date(2025, 11, 1), None, 2),
             Move(K.GRADUATION, date(2026, 6, 30), None, 3)]
    with pytest.raises(dc.MovementNotAllowed) as refused:
        dc.fold(moves)
    assert refused.value.status is S.ACADEMIC_LEAVE
    back = moves[:2] + [Move(K.RETURN, date(2026, 2, 1), None, 3), Move(K.GRADUATION, date(2026, 6, 30), None, 4)]
    assert dc.fold(back) == dc.State(S.GRADUATED, 1, date(2026, 6, 30), date(2026, 6, 30), "")


def test_a_return_without_a_group_keeps_the_group_and_the_fold_sorts_by_date_then_record():
    state = dc.fold([Move(K.LEAVE, date(2026, 1, 1), None, 2), Move(K.ADMISSION, date(2025, 9, 1), 1, 1),
                     Move(K.RETURN, date(2026, 9, 1), None, 3)])
    assert (state.status, state.group) == (S.STUDYING, 1)
    same_day = [Move(K.EXPULSION, date(2026, 1, 1), None, 2, "x"), Move(K.ADMISSION, date(2026, 1, 1), 1, 1)]
    assert dc.fold(same_day).status is S.EXPELLED  # recorded first, applied first
    with pytest.raises(dc.MovementNotAllowed):
        dc.fold([Move(K.EXPULSION, date(2026, 1, 1), None, 1, "x"), Move(K.ADMISSION, date(2026, 1, 1), 1, 2)])


def test_the_groups_and_reasons_each_movement_needs():
    assert dc.NEEDS_GROUP == {K.ADMISSION, K.TRANSFER, K.REINSTATEMENT}
    assert dc.NEEDS_REASON == {K.EXPULSION}
    assert dc.ACTIVE == {"studying", "academic_leave"}
    assert dc.STATE_ORDER == {"state_republic", "state_local"}


# contract status -> step -> status after it, or None when refused
C, T = dd.ContractStatus, dd.ContractStep
CONTRACT = {
    C.DRAFT: {T.SIGN: C.SIGNED, T.ISSUE_APPENDIX: None, T.END: None, T.TERMINATE: C.TERMINATED},
    C.SIGNED: {T.SIGN: None, T.ISSUE_APPENDIX: C.APPENDIX_ISSUED, T.END: C.ENDED, T.TERMINATE: C.TERMINATED},
    C.APPENDIX_ISSUED: {T.SIGN: None, T.ISSUE_APPENDIX: None, T.END: C.ENDED, T.TERMINATE: C.TERMINATED},
    C.ENDED: {T.SIGN: None, T.ISSUE_APPENDIX: None, T.END: None, T.TERMINATE: None},
    C.TERMINATED: {T.SIGN: None, T.ISSUE_APPENDIX: None, T.END: None, T.TERMINATE: None},
}
CONTRACT_CELLS = [(status, step, after) for status, row in CONTRACT.items() for step, after in row.items()]


@pytest.mark.parametrize("status, step, after", CONTRACT_CELLS,
                         ids=[f"{s.value}-{t.value}" for s, t, _ in CONTRACT_CELLS])
def test_a_contract_step(status, step, after):
    if after is None:
        with pytest.raises(dd.StepNotAllowed) as refused:
            dd.next_status(status, step)
        assert (refused.value.step, refused.value.status) == (step, status)
        assert step not in dd.allowed_steps(status)
    else:
        assert dd.next_status(status, step) is after
        assert step in dd.allowed_steps(status)


def test_the_steps_offered_follow_the_table_in_order():
    assert set(CONTRACT) == set(C)
    for status, row in CONTRACT.items():
        assert dd.allowed_steps(status) == [step for step in T if row[step] is not None]
    assert dd.ACTIVE_CONTRACTS == {"signed", "appendix_issued"}  # in force: the student trains at the enterprise
