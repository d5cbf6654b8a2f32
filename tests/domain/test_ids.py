from datetime import date

import pytest
from hypothesis import given, strategies as st

from desktop.domain.ids import (IdProblem, bin_problems, check_digit, iin_facts, iin_problems, make_bin, make_iin)

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
sexes = st.sampled_from("MF")
serials = st.integers(min_value=0, max_value=9999)


@given(birth_dates, sexes, serials)
def test_a_made_iin_is_valid_and_tells_its_birth_date_and_sex(born, sex, serial):
    iin = make_iin(born, sex, serial)
    if iin is None:  # no check digit exists for these 11 digits
        return
    assert iin_problems(iin, born, sex) == []
    facts = iin_facts(iin)
    assert (facts.birth_date, facts.sex) == (born, sex)


def _first_sum(digits: str) -> int:
    return sum(int(d) * w for d, w in zip(digits, range(1, 12))) % 11


@given(birth_dates, sexes, serials, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_a_one_digit_typo_is_caught_while_the_first_weights_decide(born, sex, serial, position, delta):
    """The scheme catches a single-digit typo, except where the second weights take over, and except in
    the 11th digit, whose first weight (11) vanishes modulo 11: a typo there passes unless it moves the
    number into the second weights. Registrars should know an IIN check cannot catch everything."""
    iin = make_iin(born, sex, serial)
    if iin is None or position == 10:
        return
    typo = iin[:position] + str((int(iin[position]) + delta) % 10) + iin[position + 1:]
    if _first_sum(iin[:11]) == 10 or _first_sum(typo[:11]) == 10:
        return
    assert iin_problems(typo), f"typo {typo} of {iin} passed"


def test_a_typo_in_the_eleventh_digit_can_pass():
    assert iin_problems("000101500001") == [] and iin_problems("000101500011") == []


def test_check_digit_falls_back_to_the_second_weights():
    # Weights 1..11 give 10 for these digits, so the second set (3..11,1,2) decides.
    first11 = next(f"{n:011d}" for n in range(10**6, 10**7)
                   if sum(int(d) * w for d, w in zip(f"{n:011d}", range(1, 12))) % 11 == 10
                   and check_digit(f"{n:011d}") is not None)
    second = sum(int(d) * w for d, w in zip(first11, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    assert check_digit(first11) == second


def test_numbers_that_no_check_digit_fits_are_never_issued():
    first11 = next(f"{n:011d}" for n in range(10**6, 10**8) if check_digit(f"{n:011d}") is None)
    for last in "0123456789":
        assert IdProblem.NOT_ISSUABLE in iin_problems(first11 + last)


@pytest.mark.parametrize("value, problem", [
    ("", IdProblem.EMPTY),
    ("12345", IdProblem.NOT_12_DIGITS),
    ("1234567890123", IdProblem.NOT_12_DIGITS),
    ("12345678901a", IdProblem.NOT_12_DIGITS),
])
def test_shape_of_an_iin(value, problem):
    assert iin_problems(value) == [problem]


def test_century_digit_must_be_1_to_6():
    first11 = "0501017" + "0001"  # 7: no century
    digit = check_digit(first11)
    assert IdProblem.BAD_CENTURY in iin_problems(first11 + str(digit))


def test_the_century_digit_decides_the_birth_year():
    born_1999 = make_iin(date(1999, 5, 4), "F", 12)
    born_2005 = make_iin(date(2005, 5, 4), "M", 12)
    assert born_1999[6] == "4" and iin_facts(born_1999).birth_date.year == 1999
    assert born_2005[6] == "5" and iin_facts(born_2005).birth_date.year == 2005


def test_an_impossible_date_is_reported():
    first11 = "0513327" .replace("7", "3") + "0001"  # 13th month
    digit = check_digit(first11)
    if digit is None:
        pytest.skip("no issuable number for this prefix")
    assert IdProblem.BAD_DATE in iin_problems(first11 + str(digit))


def test_disagreement_with_the_record_is_reported():
    iin = make_iin(date(2008, 2, 29), "F", 77)
    assert iin_problems(iin, date(2008, 3, 1), "F") == [IdProblem.BIRTH_DATE_MISMATCH]
    assert iin_problems(iin, date(2008, 2, 29), "M") == [IdProblem.SEX_MISMATCH]


@given(st.integers(2000, 2030), st.integers(1, 12), st.sampled_from([4, 5, 6]), st.integers(0, 3),
       st.integers(0, 99999))
def test_a_made_bin_is_valid(year, month, kind, division, serial):
    value = make_bin(year, month, kind, division, serial)
    if value is not None:
        assert bin_problems(value) == []


def test_bin_problems():
    assert bin_problems("990340004720") == []
    assert bin_problems("990340004721") == [IdProblem.BAD_CHECK_DIGIT]
    assert bin_problems("") == [IdProblem.EMPTY]
    bad_month = "99134" + "000472"
    assert IdProblem.BAD_DATE in bin_problems(bad_month + str(check_digit(bad_month)))
    bad_kind = "99031" + "000472"
    assert IdProblem.BAD_ENTITY_TYPE in bin_problems(bad_kind + str(check_digit(bad_kind)))


def test_full_width_digits_are_named_as_such():
    """They look like an IIN on screen and would let one person exist twice; the message says what is wrong."""
    from desktop.domain.ids import iin_problems

    assert IdProblem.FOREIGN_DIGITS in iin_problems("０５０１０１５００１２３")
    assert IdProblem.NOT_12_DIGITS in iin_problems("⁰⁵⁰¹⁰¹⁵⁰⁰¹²³")  # superscripts are not digits of any script
