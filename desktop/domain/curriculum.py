"""A working curriculum as plain data: sections, rows, semester distribution, process schedule.

Hours are whole academic hours; credits are derived (1 credit = the rule set's hours per credit) unless
a row records the credits it was entered with, so CREDIT-UNIT can compare the two.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Section(str, Enum):
    GENERAL = "general"  # ЖБП / ООД: general-education subjects (9-grade base only)
    BASIC = "basic"  # БМ: basic modules
    PROFESSIONAL = "professional"  # КМ / ПМ and their learning outcomes ОН / РО
    PRACTICE = "practice"  # professional practice and production training
    INTERMEDIATE = "intermediate"  # intermediate attestation (qualification exams among them)
    FINAL = "final"  # final attestation
    CONSULTATIONS = "consultations"
    ELECTIVES = "electives"  # Ф


class Control(str, Enum):
    EXAM = "exam"
    TEST = "test"
    GRADED_TEST = "graded_test"


class ExamForm(str, Enum):
    """How a qualification exam is held (QUAL-EXAM)."""

    PRACTICAL_WORK = "practical_work"
    DEMONSTRATION_EXAM = "demonstration_exam"


class Level(str, Enum):
    WORKER = "worker"
    MID_LEVEL = "mid_level"
    APPLIED_BACHELOR = "applied_bachelor"


@dataclass(frozen=True)
class SemesterLoad:
    semester: int  # 1, 2, ... counted from the start of study
    hours: int
    control: Control | None = None

    @property
    def year(self) -> int:
        return (self.semester + 1) // 2


@dataclass(frozen=True)
class Row:
    id: str  # stable within the curriculum; findings name rows by it
    section: Section
    code: str  # as the college writes it: "ЖБП 01", "БМ 1", "КМ 04", "ОН 1.1", "Ф 01"
    name_kk: str
    name_ru: str
    hours: int
    credits: float | None = None  # as entered; None when only hours were entered
    theory: int = 0
    practice: int = 0  # laboratory and practical lessons
    course_project: int = 0
    production: int = 0  # production training
    distance: int = 0  # of the hours, those taught at a distance
    semesters: tuple[SemesterLoad, ...] = ()
    parent: str | None = None  # the module a learning outcome belongs to
    qualification: str | None = None  # professional modules and qualification exams: the qualification
    subject: str | None = None  # general education: the subject's key in the rule set ("mathematics")
    basic_module: int | None = None  # БМ number 1-4 (5+ for extra basic modules)
    merged_into: str | None = None  # a basic module merged into this professional module's code
    justification: str = ""  # why an extra basic module is needed
    exam_form: ExamForm | None = None  # intermediate attestation rows that are qualification exams


@dataclass(frozen=True)
class YearSchedule:
    """The weeks of one study year, one letter a week (see WEEK_TYPES)."""

    year: int
    weeks: str
    theory_hours_per_week: int = 36


WEEK_TYPES = {
    "T": "theory",
    "A": "intermediate_attestation",
    "P": "practice",  # professional practice or production training
    "H": "holidays",
    "F": "final_attestation",
    "-": "none",
}


@dataclass(frozen=True)
class Curriculum:
    specialty: str  # 8-digit code
    qualifications: tuple[str, ...]  # codes, worker qualifications first
    entry_base: str  # "9", "11" or "tvet"
    language: str  # "kk" or "ru"
    study_form: str = "full_time"
    intake_year: int = 2025
    years: int = 4  # study years, the last possibly incomplete
    rows: tuple[Row, ...] = ()
    schedule: tuple[YearSchedule, ...] = ()
    military: bool = False  # military specialties may not merge basic modules
    title: str = ""
    rule_set: str = ""  # the id of the rule set it was last checked against
    # The intake already holds a TVET qualification of the same profile («мәндес біліктілік», MR l.258-260):
    # only then does a mid-level programme on the TVET base have its own volume (TOTAL-RANGE).
    cognate: bool = False
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def level(self) -> Level:
        """The level of the highest qualification: 3W worker, 4S mid-level, 5AB applied bachelor."""
        prefixes = {code[:2] for code in self.qualifications}
        if any(code.startswith("5") for code in self.qualifications):
            return Level.APPLIED_BACHELOR
        return Level.MID_LEVEL if "4S" in prefixes else Level.WORKER

    @property
    def worker_qualifications(self) -> tuple[str, ...]:
        return tuple(code for code in self.qualifications if code[1:2] == "W")

    def row(self, row_id: str) -> Row:
        for row in self.rows:
            if row.id == row_id:
                return row
        raise KeyError(row_id)


def leaves(curriculum: Curriculum) -> list[Row]:
    """Rows that carry their own hours: a module with learning outcomes counts through them."""
    parents = {row.parent for row in curriculum.rows if row.parent}
    return [row for row in curriculum.rows if row.id not in parents]
