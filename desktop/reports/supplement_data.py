"""What a printed diploma supplement holds, as plain values: the printing code reads nothing else, so the database
and the grade sheet can change without touching it, and a supplement can be printed from any source (the grade
sheet, a test, the command line).

Everything here is already decided by the caller: the grade's letter, points and traditional words come from the
grading scale, the averages are computed, the honours flag is set (by the rule, or by the registrar where the rule
is not confirmed). Names come in both languages; each printed copy takes its own (see supplement_labels for which
parts of the form are confirmed by the acts and which follow the colleges' practice).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum


class RowKind(str, Enum):
    """What a row of the supplement's table is; it decides how the row is printed (a module heading carries no
    grade; an elective or other pass/fail row prints the pass word instead of a grade) and under which section
    heading it falls on plain paper."""
    GENERAL = "general"  # general-education subject (ЖБП / ООД), on the 9-grade base only
    BASIC_MODULE = "basic_module"  # БМ, graded as a whole
    PROFESSIONAL_MODULE = "professional_module"  # КМ / ПМ heading: hours and credits, no grade of its own
    OUTCOME = "outcome"  # ОН / РО of the professional module above it, graded
    PRACTICE = "practice"  # professional practice / production training, with its hours
    QUALIFICATION_EXAM = "qualification_exam"  # БЕ / КЭ where the curriculum grades it on its own row
    FINAL_ATTESTATION = "final_attestation"  # ҚА / ИА, the graduating year's attestation
    ELECTIVE = "elective"  # факультатив, usually pass/fail


# Rows that never carry a grade of their own.
HEADING_KINDS = frozenset({RowKind.PROFESSIONAL_MODULE})


@dataclass(frozen=True)
class Grade:
    """One row's final grade, as the grade sheet's four columns (п / цэ / б / трад) hold it.

    percent: 0-100, None when the row is pass/fail only.
    letter: "A", "B+", ... ("" for pass/fail).
    points: the 4.0-scale points (3.33), None for pass/fail; printed with a decimal comma.
    traditional_kk / traditional_ru: the traditional grade in words as the scale gives it ("жақсы" / "хорошо",
        or "4 (жақсы)" if the college writes the figure too).
    passed: for a pass/fail row, True (сынақ / зачтено) or False; None for a graded row.
    """
    percent: int | None = None
    letter: str = ""
    points: float | None = None
    traditional_kk: str = ""
    traditional_ru: str = ""
    passed: bool | None = None

    @property
    def pass_fail(self) -> bool:
        return self.passed is not None

    def traditional(self, language: str) -> str:
        return self.traditional_ru if language == "ru" else self.traditional_kk


@dataclass(frozen=True)
class SupplementRow:
    """One row of the table, in the curriculum's order.

    kind: see RowKind.
    number: the row's number as printed ("14"; "" for none) - the caller numbers, so a college that numbers module
        headings (most do) or not prints as it always has.
    code: the curriculum code in its Kazakh form ("КМ 01", "ОН 1.1", "БМ 02", "Ф1"; "" for a subject); the
        Russian copy prints it as finishing.code_in gives it ("ПМ 01", "РО 1.1").
    name_kk / name_ru: the row's name without the code.
    hours: academic hours (int, or float where the plan has halves); None when not given.
    credits: credits (1,5 is common for electives); None when not given.
    grade: None for a module heading (and for a row not yet graded: it prints empty, never a made-up grade).
    """
    kind: RowKind
    number: str
    code: str
    name_kk: str
    name_ru: str
    hours: float | None = None
    credits: float | None = None
    grade: Grade | None = None

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_kk


@dataclass(frozen=True)
class College:
    """The issuing college: full name as in its charter and the locality it is in, in both languages."""
    name_kk: str
    name_ru: str
    locality_kk: str = ""
    locality_ru: str = ""


@dataclass(frozen=True)
class Qualification:
    """A qualification awarded: code (3W06130102, 4S06130103) and name in both languages."""
    code: str
    name_kk: str
    name_ru: str


@dataclass(frozen=True)
class Signatory:
    """A person signing the supplement: title in both languages ("Директор") and the name as printed
    ("Сейтқалиев Е. Б."); an empty name leaves the line to be written by hand."""
    title_kk: str
    title_ru: str
    name: str = ""


@dataclass(frozen=True)
class Supplement:
    """One graduate's supplement, both languages' values together (each printed copy takes its own).

    diploma_series / diploma_number: of the diploma the supplement belongs to ("JB", "0012345").
    registration_number: from the register of issued documents ("" prints a line to fill by hand).
    issued_on: date of issue (None prints a blank date to fill).
    full_name: as in the identity document.
    birth_date, iin: an empty one leaves its line empty (a foreign graduate has no IIN).
    entry_year / graduation_year: years of entry and graduation.
    prior_education_kk / _ru: the education the graduate entered on, in words ("негізгі орта білім").
    study_form_kk / _ru: form of study in words ("күндізгі" / "очная").
    specialty_code, specialty_name_kk / _ru: 8-digit code and name.
    qualifications: every qualification awarded, in the curriculum's order.
    rows: the table, in order.
    with_honours: a diploma with distinction (the caller decides; see the issue's note on the rule).
    average_points / average_percent: the averages, computed by the caller (None prints nothing).
    total_hours / total_credits: printed as the table's total row when given (the caller decides what counts).
    signatories: in the order they sign (director first).
    """
    college: College
    diploma_series: str
    diploma_number: str
    registration_number: str
    issued_on: date | None
    full_name: str
    birth_date: date | None
    iin: str
    entry_year: int | None
    graduation_year: int | None
    prior_education_kk: str
    prior_education_ru: str
    study_form_kk: str
    study_form_ru: str
    specialty_code: str
    specialty_name_kk: str
    specialty_name_ru: str
    qualifications: tuple[Qualification, ...]
    rows: tuple[SupplementRow, ...]
    with_honours: bool = False
    average_points: float | None = None
    average_percent: float | None = None
    total_hours: float | None = None
    total_credits: float | None = None
    signatories: tuple[Signatory, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Calibration:
    """How far the printer's output must move to land on the blank's fields, in millimetres: positive dx moves
    right, positive dy moves down. Saved per printer by the caller."""
    dx_mm: float = 0.0
    dy_mm: float = 0.0
