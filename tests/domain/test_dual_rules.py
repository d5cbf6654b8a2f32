"""Dual training rules: the contract's life, shares, eligibility, coverage — checked over every case."""
from datetime import date

import pytest
from hypothesis import given, strategies as st

from desktop.domain import dual as dd
from desktop.domain.dual import ContractStatus as S, ContractStep as Step


@given(st.lists(st.sampled_from(list(Step)), max_size=8))
def test_a_contract_only_moves_forward_and_terminated_or_ended_is_final(steps):
    status = S.DRAFT
    for action in steps:
        if action in dd.allowed_steps(status):
            new = dd.next_status(status, action)
            order = [S.DRAFT, S.SIGNED, S.APPENDIX_ISSUED, S.ENDED]
            assert new == S.TERMINATED or order.index(new) > order.index(status)
            status = new
        else:
            with pytest.raises(dd.StepNotAllowed):
                dd.next_status(status, action)
    if status in (S.ENDED, S.TERMINATED):
        assert dd.allowed_steps(status) == []


def test_the_usual_life_of_a_contract():
    status = S.DRAFT
    for action, expected in ((Step.SIGN, S.SIGNED), (Step.ISSUE_APPENDIX, S.APPENDIX_ISSUED), (Step.END, S.ENDED)):
        status = dd.next_status(status, action)
        assert status == expected
    assert dd.ACTIVE_CONTRACTS == {"signed", "appendix_issued"}


@given(st.sampled_from(["small", "medium", "large"]), st.booleans())
def test_training_on_request_needs_a_medium_or_large_enterprise_outside_agriculture(size, agro):
    assert dd.may_train_on_request(size, agro) == (size != "small" and not agro)


@given(st.integers(0, 3000), st.integers(0, 3000), st.sampled_from([0.5, 0.6, 0.8]))
def test_the_share_warns_only_under_the_threshold(enterprise, practical, threshold):
    share = dd.Share(enterprise, practical)
    if practical == 0:
        assert share.ratio is None and not share.below(threshold)
    else:
        assert share.below(threshold) == (enterprise / practical < threshold)


@given(st.dates(date(2000, 1, 1), date(2012, 12, 31)), st.dates(date(2018, 1, 1), date(2030, 12, 31)))
def test_a_minor_signs_through_a_representative(born, signed):
    adult_from = date(born.year + 18, born.month, born.day if (born.month, born.day) != (2, 29) else 28)
    assert dd.needs_representative(born, signed) == (signed < adult_from)


@given(st.lists(st.tuples(st.integers(1, 200), st.booleans()), unique_by=lambda t: t[0]),
       st.sets(st.integers(1, 200)))
def test_coverage_counts_state_order_students_and_everyone(students, under_contract):
    state, everyone = dd.coverage(students, under_contract)
    assert state.total == sum(1 for _, s in students if s)
    assert state.covered == sum(1 for sid, s in students if s and sid in under_contract)
    assert everyone.total == len(students) and everyone.covered == sum(1 for sid, _ in students if sid in under_contract)
    assert state.percent is None if state.total == 0 else 0 <= state.percent <= 100


def test_memorandum_sections_and_expiry():
    assert dd.missing_sections(set(dd.MEMORANDUM_SECTIONS)) == []
    assert dd.missing_sections({"subject"})[0] == "implementation"
    assert dd.expiring(date(2026, 12, 10), "signed", date(2026, 11, 20))
    assert not dd.expiring(date(2027, 6, 10), "signed", date(2026, 11, 20))
    assert not dd.expiring(date(2026, 12, 10), "ended", date(2026, 11, 20))
