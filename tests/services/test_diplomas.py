"""The register of diplomas and supplements: issue, spoil, search; a number is never used twice, spoiled or not."""
from datetime import date

import pytest
from contingent import add_group, enrol
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.services import diplomas
from desktop.services.diplomas import IssueData
from desktop.services.errors import ValidationFailed

DAY = date(2026, 6, 28)


@pytest.fixture
def graduates(db):
    group = add_group(db, code="22ПО-41к", intake_year=2022)
    return enrol(db, group, 3)


def _issue(db, student, number, series="ЖБ", kind="supplement", registration="", language="kk", **extra):
    return diplomas.issue(db, IssueData(kind, series, number, student, DAY, registration, "өзі", language=language,
                                        **extra))


def test_issue_then_the_next_number_keeps_the_width(db, graduates):
    assert diplomas.next_number(db, "supplement", "ЖБ") == "0000001"
    _issue(db, graduates[0], "0012345", registration="17")
    assert diplomas.next_number(db, "supplement", "жб") == "0012346"  # the series as typed
    assert diplomas.next_number(db, "diploma", "ЖБ") == "0000001"  # diplomas are numbered on their own
    entry = diplomas.list_documents(db)[0]
    assert (entry.series, entry.number, entry.status, entry.language) == ("ЖБ", "0012345", "issued", "kk")
    assert entry.student_name.startswith("Сейткали")


def test_a_used_number_is_refused_and_a_spoiled_one_stays_used(db, graduates):
    _issue(db, graduates[0], "0000100", registration="1")
    with pytest.raises(ValidationFailed) as caught:
        _issue(db, graduates[1], "0000100", registration="2")
    assert [(p.field, p.code, p.params["status"]) for p in caught.value.problems] == [
        ("number", "diploma.number_issued", "issued")]
    diplomas.spoil(db, "supplement", "ЖБ", "0000100", "printed crooked")
    with pytest.raises(ValidationFailed) as caught:
        _issue(db, graduates[0], "0000100", registration="1")
    assert caught.value.problems[0].code == "diploma.number_spoiled"
    assert diplomas.next_number(db, "supplement", "ЖБ") == "0000101"
    # its registration number may go to the replacement
    _issue(db, graduates[0], "0000101", registration="1")
    spoiled = diplomas.list_documents(db, status="spoiled")
    assert [(e.number, e.spoiled_reason, e.student_id) for e in spoiled] == [("0000100", "printed crooked", graduates[0])]


def test_a_blank_spoiled_before_use_is_recorded_with_its_reason(db, graduates):
    diplomas.spoil(db, "diploma", "JB", "0000007", "torn in the printer")
    with pytest.raises(ValidationFailed) as caught:
        diplomas.spoil(db, "diploma", "JB", "0000007", "again")
    assert caught.value.problems[0].code == "diploma.not_issued"
    with pytest.raises(ValidationFailed) as caught:
        diplomas.spoil(db, "diploma", "JB", "0000008", " ")
    assert [p.field for p in caught.value.problems] == ["spoiled_reason"]
    assert [e.student_id for e in diplomas.list_documents(db)] == [None]


def test_every_problem_of_an_issue_is_named(db, graduates):
    _issue(db, graduates[0], "0000001", registration="R-1")
    with pytest.raises(ValidationFailed) as caught:
        diplomas.issue(db, IssueData("supplement", "ЖБ", "12a", 10_000, DAY, "R-1", language="en"))
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("number", "diploma.bad_number"), ("language", "diploma.bad_language"), ("student", "diploma.no_student"),
        ("registration_number", "diploma.registration_used")]


def test_a_registration_number_is_shared_only_by_one_graduates_documents(db, graduates):
    _issue(db, graduates[0], "0000001", kind="diploma", registration="2026-001", language="")
    _issue(db, graduates[0], "0000001", registration="2026-001", language="kk")
    _issue(db, graduates[0], "0000002", registration="2026-001", language="ru")
    with pytest.raises(ValidationFailed) as caught:
        _issue(db, graduates[1], "0000003", registration="2026-001")
    assert caught.value.problems[0].params == {"value": "2026-001", "series": "ЖБ", "number": "0000001"}


def test_search_finds_by_name_registration_and_number(db, graduates):
    _issue(db, graduates[0], "0000001", registration="R-11", with_honours=True)
    _issue(db, graduates[1], "0000002", registration="R-12", language="ru")
    assert [e.number for e in diplomas.list_documents(db, search="R-12")] == ["0000002"]
    assert len(diplomas.list_documents(db, search="Аружан")) == 2
    assert diplomas.supplement_of(db, graduates[1], "ru").number == "0000002"
    assert diplomas.supplement_of(db, graduates[1], "kk") is None
    assert diplomas.list_documents(db, student_id=graduates[0])[0].with_honours


OPERATIONS = st.lists(st.tuples(st.sampled_from(["issue", "spoil"]), st.sampled_from(["A", "B"]),
                                st.integers(1, 6), st.integers(0, 2)), max_size=25)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_no_sequence_of_issues_and_spoils_uses_a_number_twice(db, graduates, operations):
    from sqlalchemy import delete

    from desktop.models import IssuedDocument

    with db.session() as session:
        session.execute(delete(IssuedDocument))
    used: dict[tuple[str, str], str] = {}
    for action, series, number, who in operations:
        text = f"{number:03d}"
        key = (series, text)
        try:
            if action == "issue":
                _issue(db, graduates[who], text, series=series)
                outcome = "issued"
            else:
                diplomas.spoil(db, "supplement", series, text, "spoiled")
                outcome = "spoiled"
        except ValidationFailed:
            # refused exactly when the number was used (an issue) or spoiled already (a spoil)
            assert key in used and (action == "issue" or used[key] == "spoiled")
            continue
        assert action == "spoil" or key not in used
        used[key] = outcome
    register = diplomas.list_documents(db)
    assert len({(e.series, e.number) for e in register}) == len(register) == len(used)
    assert {(e.series, e.number): e.status for e in register} == used
