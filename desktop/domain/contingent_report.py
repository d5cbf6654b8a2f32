"""The registrar's report as plain figures: what services compute and the PDF and Excel writers lay out."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain import contingent as dc
from desktop.domain.collation import code_key, name_key

FUNDINGS = tuple(f.value for f in dc.Funding)


@dataclass(frozen=True)
class ContingentLine:
    specialty_code: str
    specialty_name_kk: str
    specialty_name_ru: str
    course: int
    language: str
    study_form: str
    by_funding: tuple[int, ...]  # in the order of FUNDINGS

    @property
    def total(self) -> int:
        return sum(self.by_funding)


@dataclass(frozen=True)
class MovementLine:
    group_code: str
    specialty_code: str
    at_start: int
    admitted: int
    transferred_in: int
    transferred_out: int
    on_leave: int
    expelled: int
    graduated: int
    at_end: int


@dataclass(frozen=True)
class OrderLine:
    number: str
    signed_on: date
    kind: str
    students: int


@dataclass(frozen=True)
class CategoryStudent:
    name: str
    group_code: str
    categories: tuple[str, ...]
    sen_category: str
    sen_curriculum: str


@dataclass
class ContingentReport:
    college_name_kk: str
    college_name_ru: str
    director: str
    on: date
    period: tuple[date, date]
    contingent: list[ContingentLine] = field(default_factory=list)
    movement: list[MovementLine] = field(default_factory=list)
    orders: list[OrderLine] = field(default_factory=list)
    category_counts: dict[str, int] = field(default_factory=dict)
    category_students: list[CategoryStudent] = field(default_factory=list)

    def college_name(self, language: str) -> str:
        return self.college_name_ru if language == "ru" else self.college_name_kk

    def in_order(self, language: str) -> ContingentReport:
        """The report with its lists in the order of the document's alphabet: specialties and groups by code
        (П-2 before П-10), students by group, then by name (Әбенов after Абаев, not after Төлеуов)."""
        return replace(
            self,
            contingent=sorted(self.contingent, key=lambda line: (code_key(line.specialty_code, language), line.course,
                                                                 line.language, line.study_form)),
            movement=sorted(self.movement, key=lambda line: code_key(line.group_code, language)),
            category_students=sorted(self.category_students, key=lambda student: (
                code_key(student.group_code, language), name_key(student.name, language))))
