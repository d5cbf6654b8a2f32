from datetime import date

from hypothesis import given, strategies as st

from desktop.domain.classifier import (CodeProblem, QualificationKind, code_problems, is_valid_on, normalize_code,
                                       parse_qualification, qualification_matches_specialty, validity_problems)

eight_digits = st.text("0123456789", min_size=8, max_size=8)


@given(eight_digits)
def test_any_eight_digits_are_a_specialty_code(code):
    assert code_problems(code) == []


@given(st.sampled_from(["3W", "4S", "5AB"]), eight_digits)
def test_qualification_codes_parse(prefix, digits):
    parsed = parse_qualification(prefix + digits)
    assert parsed.digits == digits
    assert parsed.level == int(prefix[0])
    assert code_problems(prefix + digits) == []


@given(st.text(max_size=14))
def test_normalising_twice_changes_nothing(text):
    assert normalize_code(normalize_code(text)) == normalize_code(text)


def test_cyrillic_lookalikes_and_spaces_are_latinised():
    assert normalize_code(" 4с 06130103 ") == "4S06130103"
    assert normalize_code("5ав06130101") == "5AB06130101"


def test_kinds_and_specialty_match():
    assert parse_qualification("3W06130102").kind is QualificationKind.WORKER
    assert parse_qualification("4S04110102").kind is QualificationKind.MID_LEVEL
    assert qualification_matches_specialty("4S06130103", "06130100")
    assert not qualification_matches_specialty("4S06130103", "04110100")


def test_bad_codes():
    assert code_problems("") == [CodeProblem.EMPTY]
    assert code_problems("0613010") == [CodeProblem.BAD_SPECIALTY]
    assert code_problems("4X06130103") == [CodeProblem.BAD_QUALIFICATION]
    assert code_problems("ПО") == [CodeProblem.UNKNOWN]


def test_validity_dates():
    assert validity_problems(date(2025, 1, 1), date(2024, 1, 1)) == [CodeProblem.DATES_REVERSED]
    assert is_valid_on(date(2025, 7, 15), None, date(2025, 7, 15))
    assert not is_valid_on(date(2025, 7, 16), None, date(2025, 7, 15))
