"""What the teacher-load documents print, as plain data the services fill in: the tarification list, the
teacher's individual load card, the department's (cycle commission's) summary and the load fulfilment report.
Each document is in one language: the caller gives names and titles in it (the college's name, the subjects);
keys (category, education, position) are put into words by the documents themselves. Hours are academic
hours; figures are Decimal (or int) as the distribution computed them, never rounded here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Number = Decimal | int

# The months of each semester as the fulfilment report counts them: a college whose second semester runs into
# July (or whose first one ends in January) gives its own.
SEMESTER_MONTHS = {1: (9, 10, 11, 12), 2: (1, 2, 3, 4, 5, 6)}


@dataclass(frozen=True)
class Signatories:
    """The names under a load document (full name or surname and initials, as the college writes them); an empty
    name leaves a line to write it in by hand."""

    director: str = ""  # approves the tarification list (БЕКІТЕМІН / УТВЕРЖДАЮ)
    chief_accountant: str = ""  # signs the tarification list: the pay follows from it
    deputy_director: str = ""  # the deputy for studies, who distributed the load
    department_head: str = ""  # the chair of the cycle commission (ПЦК), on the card and the summary


@dataclass(frozen=True)
class TarifiedTeacher:
    """One line of the tarification list."""

    name: str  # surname, name, patronymic
    position: str  # "оқытушы" / "преподаватель", as the staff list names the position, in the document's language
    subjects: str = ""  # the subjects or modules taught, in the document's language
    education: str = ""  # services.teachers.EDUCATION (tvet, higher, master, doctorate) or the text itself
    institution: str = ""  # the school that issued the diploma, as written in it
    diploma_number: str = ""
    diploma_date: date | None = None
    category: str = ""  # services.teachers.CATEGORIES (pedagogue … master); "" or "none" for no category
    category_date: date | None = None  # when the category was given (or last confirmed)
    experience_years: int = 0  # teaching experience at the start of the academic year
    experience_months: int = 0
    hours_budget: Number = 0  # hours a year paid from the state budget (the state educational order)
    hours_extra: Number = 0  # hours a year paid from extra-budgetary income (paid students, courses)
    experience_coefficient: Number | None = None  # the coefficient by experience the accountant applies, if known
    category_percent: Number | None = None  # the category surcharge in percent (the norms' figure, unless the college's)
    salary_per_rate: Number | None = None  # the monthly position salary for one rate in tenge, if computed
    department: str = ""  # the cycle commission, for sorting and the department summary

    @property
    def hours_total(self) -> Number:
        return self.hours_budget + self.hours_extra


@dataclass(frozen=True)
class TarificationList:
    """The tarification list of a college's teachers for one academic year."""

    college_name: str  # in the document's language
    academic_year: str  # "2026–2027"
    teachers: list[TarifiedTeacher]
    norm_hours: Number = 720  # the hours a year of one rate (the norms' annual_hours_per_rate)
    as_of: date | None = None  # the date the list is made up to (usually 1 September)
    approved_on: date | None = None  # the director's approval; None prints a blank date to fill in
    signatories: Signatories = field(default_factory=Signatories)
    draft: bool = False  # a draft carries ЖОБА / ПРОЕКТ on every page


@dataclass(frozen=True)
class LoadRow:
    """One row of a teacher's load: one subject (curriculum row) in one group in one semester. A row split by
    subgroups appears once per subgroup the teacher takes, with that subgroup's hours."""

    semester: int  # 1 or 2 within the academic year
    group: str  # the group's code
    row_code: str  # the curriculum row's index (ООД 01, ПМ 03, РО 3.1…)
    subject: str  # the row's name in the document's language
    theory: Number = 0
    practice: Number = 0  # practical and laboratory classes
    course_project: Number = 0  # course project or course work
    consultations: Number = 0
    exams: Number = 0
    practice_supervision: Number = 0  # supervision of professional practice
    subgroup: int | None = None  # 1 or 2 when the group is split for this row
    funding: str = "budget"  # "budget" or "extra": who pays these hours

    @property
    def total(self) -> Number:
        return (self.theory + self.practice + self.course_project + self.consultations + self.exams
                + self.practice_supervision)


@dataclass(frozen=True)
class LoadCard:
    """A teacher's individual load for the year, against the norm of the teacher's rate."""

    college_name: str
    academic_year: str
    teacher: str
    position: str = ""
    department: str = ""
    category: str = ""  # as TarifiedTeacher.category
    rate: Number = 1  # the rate(s) held: 1, 0.5, 1.5…
    norm_hours: Number = 720  # hours a year of one rate
    rows: list[LoadRow] = field(default_factory=list)
    signed_on: date | None = None
    signatories: Signatories = field(default_factory=Signatories)

    @property
    def total(self) -> Number:
        return sum((row.total for row in self.rows), 0)

    @property
    def norm(self) -> Number:
        return self.norm_hours * Decimal(str(self.rate))

    def semester_total(self, semester: int) -> Number:
        return sum((row.total for row in self.rows if row.semester == semester), 0)


@dataclass(frozen=True)
class DepartmentSummary:
    """A cycle commission's load: each of its teachers' cards summed by semester and funding."""

    college_name: str
    academic_year: str
    department: str
    cards: list[LoadCard]
    signed_on: date | None = None
    signatories: Signatories = field(default_factory=Signatories)


@dataclass(frozen=True)
class FulfilmentRow:
    """Planned and actual hours of one teacher in one group and subject."""

    teacher: str
    group: str
    row_code: str
    subject: str
    planned: dict[int, Number]  # the plan per semester: {1: 72, 2: 64}
    actual: dict[int, Number]  # the hours given per month (1-12), as entered or imported
    replacements: dict[int, Number] = field(default_factory=dict)  # hours per month this teacher gave in this
    # group and subject in place of an absent colleague: paid apart, never counted toward the plan


@dataclass(frozen=True)
class FulfilmentReport:
    """The load fulfilment of a college (or one department) for the year or one semester."""

    college_name: str
    academic_year: str
    rows: list[FulfilmentRow]
    semester: int | None = None  # None for the whole year
    department: str = ""
    semester_months: dict[int, tuple[int, ...]] = field(default_factory=lambda: dict(SEMESTER_MONTHS))
    signed_on: date | None = None
    signatories: Signatories = field(default_factory=Signatories)

    @property
    def months(self) -> tuple[int, ...]:
        if self.semester is not None:
            return self.semester_months[self.semester]
        return tuple(m for s in sorted(self.semester_months) for m in self.semester_months[s])

    @property
    def semesters(self) -> tuple[int, ...]:
        return (self.semester,) if self.semester is not None else tuple(sorted(self.semester_months))


@dataclass(frozen=True)
class Fulfilment:
    """What the fulfilment report prints for one row over a period: hours given (done), the plan, the plan's
    hours not given, hours given beyond the plan, and replacement hours (apart from the plan)."""

    by_month: tuple[Number, ...]
    done: Number
    plan: Number
    not_done: Number
    over_plan: Number
    replacements: Number


def fulfilment(row: FulfilmentRow, months: tuple[int, ...], semesters: tuple[int, ...]) -> Fulfilment:
    by_month = tuple(row.actual.get(month, 0) for month in months)
    done = sum(by_month, 0)
    plan = sum((row.planned.get(s, 0) for s in semesters), 0)
    return Fulfilment(by_month, done, plan, max(plan - done, 0), max(done - plan, 0),
                      sum((row.replacements.get(month, 0) for month in months), 0))
