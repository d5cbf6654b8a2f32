"""Dual training: the contract's life, the share of practical training at the enterprise, eligibility for
training on enterprise request, and the coverage figures the ministry tracks (DOMAIN.md sections 3, 6).

Pure functions over plain values; the services feed them rows from the database.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class ContractStatus(str, Enum):
    DRAFT = "draft"
    SIGNED = "signed"
    APPENDIX_ISSUED = "appendix_issued"  # the enterprise filled the appendix and it was handed to the student
    ENDED = "ended"
    TERMINATED = "terminated"


class ContractStep(str, Enum):
    SIGN = "sign"
    ISSUE_APPENDIX = "issue_appendix"
    END = "end"
    TERMINATE = "terminate"


_STEPS = {
    ContractStep.SIGN: ({ContractStatus.DRAFT}, ContractStatus.SIGNED),
    ContractStep.ISSUE_APPENDIX: ({ContractStatus.SIGNED}, ContractStatus.APPENDIX_ISSUED),
    ContractStep.END: ({ContractStatus.APPENDIX_ISSUED, ContractStatus.SIGNED}, ContractStatus.ENDED),
    ContractStep.TERMINATE: ({ContractStatus.DRAFT, ContractStatus.SIGNED, ContractStatus.APPENDIX_ISSUED},
                             ContractStatus.TERMINATED),
}
# A contract in force: the student is training at the enterprise under it.
ACTIVE_CONTRACTS = frozenset({ContractStatus.SIGNED.value, ContractStatus.APPENDIX_ISSUED.value})


class StepNotAllowed(Exception):
    def __init__(self, step: ContractStep, status: ContractStatus):
        super().__init__(f"{step.value} is not allowed for a contract that is {status.value}")
        self.step, self.status = step, status


def next_status(status: ContractStatus, step: ContractStep) -> ContractStatus:
    sources, target = _STEPS[step]
    if status not in sources:
        raise StepNotAllowed(step, status)
    return target


def allowed_steps(status: ContractStatus) -> list[ContractStep]:
    return [step for step, (sources, _) in _STEPS.items() if status in sources]


class EnterpriseSize(str, Enum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


def may_train_on_request(size: str, agro_industrial: bool) -> bool:
    """Training on enterprise request: a medium or large enterprise outside the agro-industrial sector (MR l.573-630)."""
    return size in (EnterpriseSize.MEDIUM.value, EnterpriseSize.LARGE.value) and not agro_industrial


def may_sign_memorandum(size: str) -> bool:
    """Patronage memoranda are made with large enterprises (MR l.779-834)."""
    return size == EnterpriseSize.LARGE.value


# The sections a patronage memorandum must contain (MR l.779-834), as a checklist.
MEMORANDUM_SECTIONS = ("subject", "implementation", "obligations", "validity", "responsibility", "board_seats",
                       "student_practice", "equipment", "programmes", "teacher_internships", "employment")


def missing_sections(present: set[str]) -> list[str]:
    return [section for section in MEMORANDUM_SECTIONS if section not in present]


@dataclass(frozen=True)
class Share:
    enterprise_hours: int
    practical_hours: int

    @property
    def ratio(self) -> float | None:
        return None if self.practical_hours <= 0 else self.enterprise_hours / self.practical_hours

    def below(self, threshold: float) -> bool:
        ratio = self.ratio
        return ratio is not None and ratio < threshold


# A curriculum row as the share needs it: (key, code, section, parent key, hours, production hours).
PlanRow = tuple[str, str, str, str | None, int, int]


def practical_by_row(rows: Iterable[PlanRow]) -> dict[str, int]:
    """The practical training of every row of a curriculum, by key: a professional practice row's hours, another
    leaf's production training hours, a parent's (a module's) the sum over its leaves."""
    rows = list(rows)
    children: dict[str, list[str]] = {}
    for key, _, _, parent, _, _ in rows:
        if parent:
            children.setdefault(parent, []).append(key)
    own = {key: (hours if section == "practice" else production) for key, _, section, _, hours, production in rows}

    def practical(key: str, seen: frozenset = frozenset()) -> int:
        if key not in children or key in seen:  # a leaf (or a loop in damaged data: counted once)
            return own.get(key, 0)
        return sum(practical(child, seen | {key}) for child in children[key])

    return {key: practical(key) for key in own}


def contract_share(lines: Iterable[tuple[str, int]], rows: Iterable[PlanRow],
                   appendix_hours: int | None = None) -> Share:
    """The share of the practical training the contract covers that it places at the enterprise.

    Like with like: a contract covers some modules (its table of modules, section 1.2 of the printed contract),
    often of one year, so its hours at the enterprise are compared with the practical training of those modules
    in the student's curriculum, not with the whole programme's (360 hours of a year's modules against 792 of
    four years warned of every contract). The hours at the enterprise are the contract's lines (what it plans)
    until the appendix is final, then the appendix's periods (what took place): `appendix_hours`.

    Only lines whose code is a row of the curriculum count, on both sides; a row inside another row the contract
    names (an outcome of a named module) is counted once, with its module. None of its codes in the curriculum,
    or no practical training in its rows: no share (Share.ratio is None), so no warning."""
    rows = list(rows)
    practical = practical_by_row(rows)
    by_code: dict[str, str] = {}
    parent_of = {key: parent for key, _, _, parent, _, _ in rows}
    for key, code, *_ in rows:
        by_code.setdefault(code.strip(), key)
    lines = [(code.strip(), hours) for code, hours in lines if code.strip() in by_code]
    named = {by_code[code] for code, _ in lines}

    def inside_another(key: str) -> bool:
        parent, seen = parent_of.get(key), {key}
        while parent and parent not in seen:
            if parent in named:
                return True
            seen.add(parent)
            parent = parent_of.get(parent)
        return False

    covered = sum(practical[key] for key in named if not inside_another(key))
    planned = sum(hours for _, hours in lines)
    return Share(planned if appendix_hours is None else appendix_hours, covered if lines else 0)


def needs_representative(birth_date: date | None, signed_on: date) -> bool:
    """A student under 18 on the day of signing signs through a legal representative."""
    if birth_date is None:
        return False
    years = signed_on.year - birth_date.year - ((signed_on.month, signed_on.day) < (birth_date.month, birth_date.day))
    return years < 18


def expiring(end: date | None, status: str, today: date, within_days: int = 30) -> bool:
    """A contract in force whose end falls within the coming days (or has passed without it being closed)."""
    return status in ACTIVE_CONTRACTS and end is not None and end <= today + timedelta(days=within_days)


@dataclass(frozen=True)
class Coverage:
    """Students with a contract in force out of all counted, as the indicator puts it."""

    covered: int
    total: int

    @property
    def percent(self) -> float | None:
        return None if self.total == 0 else 100.0 * self.covered / self.total


def coverage(students: list[tuple[int, bool]], under_contract: set[int]) -> tuple[Coverage, Coverage]:
    """(state-order students covered, all students covered) from (student id, state order?) pairs and the ids
    of students with a contract in force. The first is the ministry's indicator (SP l.891-903)."""
    state = [sid for sid, state_order in students if state_order]
    return (Coverage(sum(1 for sid in state if sid in under_contract), len(state)),
            Coverage(sum(1 for sid, _ in students if sid in under_contract), len(students)))
