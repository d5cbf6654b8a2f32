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


# The tarification list has no single official form (the education workers' union: «Тарифтік кестенің бірыңғай
# нысаны жоқ»): its layout and columns are the colleges' practice (the fields the pay rules and colleges use), not
# an approved form. Said here and in the workbook's properties, not on the paper the director signs.
TARIFICATION_FORM = ("The colleges' practice, not an official form: no single form of the tarification list is "
                     "approved; the columns are those colleges fill in (name, position, education, diploma, category, "
                     "experience, hours a year by funding, rates, coefficients, pay).")


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
    production: Number = 0  # production training (өндірістік оқыту / производственное обучение) in the workshop
    consultations: Number = 0
    exams: Number = 0
    practice_supervision: Number = 0  # supervision of professional practice
    subgroup: int | None = None  # 1 or 2 when the group is split for this row
    funding: str = "budget"  # "budget" or "extra": who pays these hours

    @property
    def total(self) -> Number:
        return (self.theory + self.practice + self.course_project + self.production + self.consultations
                + self.exams + self.practice_supervision)


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
    """One teacher's plan in one group and subject over the report's period, with the figures the services'
    fulfilment gives it (domain.teacher_load.fulfilment: the one place they are counted); the report only prints
    and sums them. A class a colleague gave in the teacher's place counts toward the teacher's plan (the class was
    held), and is shown as given by a replacement; hours the teacher gave in a colleague's place are apart."""

    teacher: str
    group: str
    row_code: str
    subject: str
    by_month: dict[int, Number]  # hours given on the teacher's lines of this row per month (1-12), by anyone
    plan: Number = 0
    done: Number = 0  # the plan's hours given, by the teacher or a replacement: plan = done + not_done
    not_done: Number = 0
    over_plan: Number = 0  # given beyond the plan: the months add up to done + over_plan
    replaced: Number = 0  # of those hours, given by colleagues in the teacher's place
    replacements: Number = 0  # hours the teacher gave in colleagues' place in this group and subject: apart


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
        """Each month once, September first: January may hold both an autumn and a spring semester's hours, and
        the year's report sums them in one column (so that the months add up to the hours given)."""
        found = self.semester_months[self.semester] if self.semester is not None else \
            [m for months in self.semester_months.values() for m in months]
        return tuple(sorted(set(found), key=lambda m: (m - 9) % 12))

    @property
    def semesters(self) -> tuple[int, ...]:
        return (self.semester,) if self.semester is not None else tuple(sorted(self.semester_months))
