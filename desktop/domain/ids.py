"""Kazakhstan's 12-digit identification numbers: IIN (persons) and BIN (organisations).

Both end with a check digit: the weighted sum of the first 11 digits with weights 1..11, modulo 11;
when that gives 10, the sum is taken again with weights 3..11,1,2; when that also gives 10, the
number is never issued.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


class IdProblem(str, Enum):
    """Why a number is wrong; views translate the value as a message code."""

    EMPTY = "id.empty"
    NOT_12_DIGITS = "id.not_12_digits"
    FOREIGN_DIGITS = "id.foreign_digits"
    BAD_CHECK_DIGIT = "id.bad_check_digit"
    NOT_ISSUABLE = "id.not_issuable"
    BAD_DATE = "id.bad_date"
    BAD_CENTURY = "id.bad_century"
    BAD_ENTITY_TYPE = "id.bad_entity_type"
    BIRTH_DATE_MISMATCH = "id.birth_date_mismatch"
    SEX_MISMATCH = "id.sex_mismatch"


def check_digit(first11: str) -> int | None:
    """The check digit for 11 digits, or None when no valid number can start with them."""
    digits = [int(c) for c in first11]
    total = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS)) % 11
        if total == 10:
            return None
    return total


def _shape_problem(value: str) -> IdProblem | None:
    if not value:
        return IdProblem.EMPTY
    if len(value) == 12 and value.isdecimal() and not value.isascii():
        return IdProblem.FOREIGN_DIGITS  # full-width or other scripts' digits: they look right, and are not
    if len(value) != 12 or not (value.isascii() and value.isdigit()):
        return IdProblem.NOT_12_DIGITS
    expected = check_digit(value[:11])
    if expected is None:
        return IdProblem.NOT_ISSUABLE
    if expected != int(value[11]):
        return IdProblem.BAD_CHECK_DIGIT
    return None


# The 7th IIN digit: century of birth and sex (odd: male, even: female).
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


@dataclass(frozen=True)
class IinFacts:
    birth_date: date
    sex: str  # "M" or "F"


def iin_facts(iin: str) -> IinFacts | None:
    """Birth date and sex written in a well-formed IIN, or None when they cannot be read."""
    if len(iin) != 12 or not (iin.isascii() and iin.isdigit()):
        return None
    century = _CENTURY.get(int(iin[6]))
    if century is None:
        return None
    try:
        born = date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None
    return IinFacts(born, "M" if int(iin[6]) % 2 else "F")


_UNREADABLE = (IdProblem.EMPTY, IdProblem.NOT_12_DIGITS, IdProblem.FOREIGN_DIGITS)  # nothing more can be read


def iin_problems(iin: str, birth_date: date | None = None, sex: str | None = None) -> list[IdProblem]:
    """Everything wrong with an IIN, including disagreement with a known birth date and sex."""
    iin = (iin or "").strip()
    shape = _shape_problem(iin)
    if shape in _UNREADABLE:
        return [shape]
    problems = [shape] if shape else []
    if int(iin[6]) not in _CENTURY:
        problems.append(IdProblem.BAD_CENTURY)
        return problems
    facts = iin_facts(iin)
    if facts is None:
        problems.append(IdProblem.BAD_DATE)
        return problems
    if birth_date is not None and facts.birth_date != birth_date:
        problems.append(IdProblem.BIRTH_DATE_MISMATCH)
    if sex is not None and facts.sex != sex:
        problems.append(IdProblem.SEX_MISMATCH)
    return problems


def make_iin(birth_date: date, sex: str, serial: int) -> str | None:
    """An IIN for a person, or None when that serial gives no issuable number."""
    century_digit = {1800: 1, 1900: 3, 2000: 5}[birth_date.year // 100 * 100] + (0 if sex == "M" else 1)
    first11 = f"{birth_date:%y%m%d}{century_digit}{serial:04d}"
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)


# The 5th BIN digit: 4 resident legal entity, 5 non-resident, 6 joint individual entrepreneurship.
_BIN_ENTITY_TYPES = {4, 5, 6}


def bin_problems(bin_: str) -> list[IdProblem]:
    """Everything wrong with a BIN."""
    bin_ = (bin_ or "").strip()
    shape = _shape_problem(bin_)
    if shape in _UNREADABLE:
        return [shape]
    problems = [shape] if shape else []
    if not 1 <= int(bin_[2:4]) <= 12:
        problems.append(IdProblem.BAD_DATE)
    if int(bin_[4]) not in _BIN_ENTITY_TYPES:
        problems.append(IdProblem.BAD_ENTITY_TYPE)
    return problems


def make_bin(year: int, month: int, entity_type: int, division: int, serial: int) -> str | None:
    first11 = f"{year % 100:02d}{month:02d}{entity_type}{division}{serial:05d}"
    digit = check_digit(first11)
    return None if digit is None else first11 + str(digit)
