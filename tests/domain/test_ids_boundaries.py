"""IIN and BIN checks on boundary tables: the date fields at and beyond their ends, every century and entity
digit, and the check digit computed here from its definition (weights 1..11 modulo 11, then 3..11,1,2)."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.ids import IdProblem as P, bin_problems, check_digit, iin_facts, iin_problems

FIRST = range(1, 12)
SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def own_check(first11: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(first11, FIRST)) % 11
    if total == 10:
        total = sum(int(d) * w for d, w in zip(first11, SECOND)) % 11
    return None if total == 10 else total


def complete(prefix: str) -> str:
    """A 12-digit number starting with `prefix`, the serial digits chosen so that a check digit exists."""
    for serial in range(10 ** (11 - len(prefix))):
        first11 = prefix + f"{serial:0{11 - len(prefix)}d}"
        digit = own_check(first11)
        if digit is not None:
            return first11 + str(digit)
    raise AssertionError(prefix)


def test_the_check_digit_by_hand():
    # 9·1 + 9·2 + 0·3 + 3·4 + 4·5 + 0 + 0 + 0 + 4·9 + 7·10 + 2·11 = 187 = 17·11: check digit 0
    assert check_digit("99034000472") == 0 and bin_problems("990340004720") == []
    # only the 10th digit set: the first weights give 10, the second weight of that place is 1
    assert check_digit("00000000010") == 1
    # 1·1 + 1·10 = 11 -> 0 ... and a number whose both sums give 10 is never issued
    never = next(f"{n:011d}" for n in range(10**6) if own_check(f"{n:011d}") is None)
    assert check_digit(never) is None
    assert all(P.NOT_ISSUABLE in bin_problems(never + d) for d in "0123456789")


@pytest.mark.parametrize("value, problems", [
    (None, [P.EMPTY]), ("", [P.EMPTY]), ("   ", [P.EMPTY]),
    ("99034000472", [P.NOT_12_DIGITS]), ("9903400047200", [P.NOT_12_DIGITS]), ("99034000472O", [P.NOT_12_DIGITS]),
    ("９９０３４０００４７２０", [P.FOREIGN_DIGITS]), ("99 340004720", [P.NOT_12_DIGITS]),
    (" 990340004720 ", []),
    ("990340004721", [P.BAD_CHECK_DIGIT]), ("990340004729", [P.BAD_CHECK_DIGIT]),
])
def test_the_shape_of_a_bin(value, problems):
    assert bin_problems(value) == problems


@pytest.mark.parametrize("month, valid", [("00", False), ("01", True), ("06", True), ("12", True), ("13", False),
                                          ("99", False)])
def test_a_bins_month_is_01_to_12(month, valid):
    assert bin_problems(complete(f"99{month}4")) == ([] if valid else [P.BAD_DATE])


@pytest.mark.parametrize("kind, valid", [(str(d), d in (4, 5, 6)) for d in range(10)])
def test_a_bins_fifth_digit_is_the_entity_type_4_5_or_6(kind, valid):
    assert bin_problems(complete(f"0503{kind}")) == ([] if valid else [P.BAD_ENTITY_TYPE])


def test_a_bin_with_a_bad_month_bad_type_and_bad_check_digit_reports_all_three():
    value = complete("99007")
    wrong = value[:11] + str((int(value[11]) + 1) % 10)
    assert bin_problems(wrong) == [P.BAD_CHECK_DIGIT, P.BAD_DATE, P.BAD_ENTITY_TYPE]


CENTURIES = [("1", 1800, "M"), ("2", 1800, "F"), ("3", 1900, "M"), ("4", 1900, "F"), ("5", 2000, "M"), ("6", 2000, "F")]


@pytest.mark.parametrize("digit, century, sex", CENTURIES)
def test_the_seventh_digit_gives_century_and_sex(digit, century, sex):
    iin = complete(f"070517{digit}")
    facts = iin_facts(iin)
    assert (facts.birth_date, facts.sex) == (date(century + 7, 5, 17), sex)
    assert iin_problems(iin, date(century + 7, 5, 17), sex) == []


@pytest.mark.parametrize("digit", "0789")
def test_no_century_outside_1_to_6(digit):
    iin = complete(f"070517{digit}")
    assert iin_problems(iin) == [P.BAD_CENTURY] and iin_facts(iin) is None


@pytest.mark.parametrize("yymmdd, century, valid", [
    ("070100", "5", False), ("070101", "5", True), ("070131", "5", True), ("070132", "5", False),
    ("070001", "5", False), ("071201", "5", True), ("071301", "5", False),
    ("080229", "5", True), ("070229", "5", False),  # 2008 is a leap year, 2007 is not
    ("000229", "5", True), ("000229", "3", False),  # 2000 was a leap year, 1900 was not
    ("070431", "5", False), ("070430", "5", True),
])
def test_the_birth_date_written_in_an_iin_must_exist(yymmdd, century, valid):
    assert iin_problems(complete(yymmdd + century)) == ([] if valid else [P.BAD_DATE])


@pytest.mark.parametrize("recorded, problems", [
    (date(2007, 5, 17), []),
    (date(2006, 5, 17), [P.BIRTH_DATE_MISMATCH]),  # same day and month, another year
    (date(1907, 5, 17), [P.BIRTH_DATE_MISMATCH]),  # same two year digits, another century
    (date(2007, 6, 17), [P.BIRTH_DATE_MISMATCH]),
    (date(2007, 5, 18), [P.BIRTH_DATE_MISMATCH]),
    (None, []),
])
def test_the_whole_birth_date_must_agree_with_the_record(recorded, problems):
    assert iin_problems(complete("0705175"), recorded, "M") == problems


def test_sex_must_agree_with_the_record_and_problems_add_up():
    male, female = complete("0705175"), complete("0705176")
    assert iin_problems(male, None, "F") == [P.SEX_MISMATCH] and iin_problems(female, None, "M") == [P.SEX_MISMATCH]
    assert iin_problems(female, date(2007, 5, 17), "F") == []
    wrong = male[:11] + str((int(male[11]) + 1) % 10)
    assert iin_problems(wrong, date(2006, 5, 17), "F") == [P.BAD_CHECK_DIGIT, P.BIRTH_DATE_MISMATCH, P.SEX_MISMATCH]
    assert iin_problems(" " + male + " ") == []
    assert iin_problems("０７０５１７５０００１０") == [P.FOREIGN_DIGITS]
    assert iin_facts("０７０５１７５０００１０") is None and iin_facts("07051750001") is None
