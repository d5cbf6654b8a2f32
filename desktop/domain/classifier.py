"""Codes of the classifier of TVET specialties and qualifications.

A specialty code is 8 digits (06130100). A qualification code is its level and kind followed by
8 digits (3W06130102: level 3, worker; 4S06130103: level 4, mid-level specialist; 5AB...: applied
bachelor); its first 6 digits repeat the specialty's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum


class QualificationKind(str, Enum):
    WORKER = "worker"  # 3W
    MID_LEVEL = "mid_level"  # 4S
    APPLIED_BACHELOR = "applied_bachelor"  # 5AB


_KIND_BY_PREFIX = {"W": QualificationKind.WORKER, "S": QualificationKind.MID_LEVEL,
                   "AB": QualificationKind.APPLIED_BACHELOR}
_SPECIALTY_RE = re.compile(r"^[0-9]{8}$")  # ASCII digits only: \d takes full-width ones too
_QUALIFICATION_RE = re.compile(r"^([0-9])(W|S|AB)([0-9]{8})$")


class CodeProblem(str, Enum):
    EMPTY = "code.empty"
    BAD_SPECIALTY = "code.bad_specialty"
    BAD_QUALIFICATION = "code.bad_qualification"
    UNKNOWN = "code.unknown"
    SPECIALTY_MISMATCH = "code.specialty_mismatch"
    DATES_REVERSED = "code.dates_reversed"


@dataclass(frozen=True)
class QualificationCode:
    code: str
    level: int
    kind: QualificationKind
    digits: str

    @property
    def specialty_prefix(self) -> str:
        return self.digits[:6]


def normalize_code(raw: object) -> str:
    """Codes as people type them: spaces dropped, Cyrillic look-alikes of W/S/A/B latinised."""
    text = str(raw or "").strip().upper().replace(" ", "")
    return text.translate(str.maketrans({"С": "S", "А": "A", "В": "B"}))


def is_specialty_code(code: str) -> bool:
    return bool(_SPECIALTY_RE.match(code))


def parse_qualification(code: str) -> QualificationCode | None:
    match = _QUALIFICATION_RE.match(code)
    if not match:
        return None
    return QualificationCode(code, int(match[1]), _KIND_BY_PREFIX[match[2]], match[3])


def specialty_prefix(specialty_code: str) -> str:
    return specialty_code[:6]


def code_problems(code: str) -> list[CodeProblem]:
    """What is wrong with a code that should be a specialty or a qualification."""
    if not code:
        return [CodeProblem.EMPTY]
    if code.isdigit():
        return [] if is_specialty_code(code) else [CodeProblem.BAD_SPECIALTY]
    if parse_qualification(code) is None:
        return [CodeProblem.BAD_QUALIFICATION if code[:1].isdigit() else CodeProblem.UNKNOWN]
    return []


def qualification_matches_specialty(qualification_code: str, specialty_code: str) -> bool:
    parsed = parse_qualification(qualification_code)
    return parsed is not None and parsed.specialty_prefix == specialty_prefix(specialty_code)


def validity_problems(valid_from: date | None, valid_to: date | None) -> list[CodeProblem]:
    if valid_from and valid_to and valid_to < valid_from:
        return [CodeProblem.DATES_REVERSED]
    return []


def is_valid_on(day: date, valid_from: date | None, valid_to: date | None) -> bool:
    return (valid_from is None or valid_from <= day) and (valid_to is None or day <= valid_to)
