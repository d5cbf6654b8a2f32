"""The ministry's indicators (DOMAIN.md section 6) as plain formulas: each is a numerator over a denominator,
compared with the national target of its year (targets are data: resources/indicators/targets.json).

For an indicator measured across colleges (demonstration exams, inclusive conditions) a college's own figure
is 100% when it meets the condition and 0% when it does not.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Figure:
    key: str
    numerator: int
    denominator: int
    target: float | None = None
    # employment only: graduates of the denominator who continue (further study, military service, parental
    # leave) and are not available for work; shown beside the figure, never counted in it
    continuing: int = 0

    @property
    def continuing_percent(self) -> float | None:
        return None if self.denominator == 0 else 100.0 * self.continuing / self.denominator

    @property
    def percent(self) -> float | None:
        return None if self.denominator == 0 else 100.0 * self.numerator / self.denominator

    @property
    def meets(self) -> bool | None:
        """Whether the target is reached; for teacher_upgrade (lower is better) the target is a ceiling."""
        if self.target is None or self.percent is None:
            return None
        if self.key == "teacher_upgrade":
            return self.percent <= self.target
        return self.percent >= self.target


@dataclass(frozen=True)
class ExamHeld:
    """What the demonstration-exam indicator reads of one exam session."""
    form: str
    status: str
    starts_on: date
    assessed: int  # candidates who sat and were scored


def demonstration_held(sessions: list[ExamHeld], first: date, last: date, today: date) -> bool:
    """The State Program's indicator is the share of state technical colleges holding WorldSkills-style
    demonstration exams (SP l.816-829); for one college it is whether it held one between `first` and `last`: a
    session in the demonstration form, finished, whose first day has come by `today`, in which at least one
    candidate sat and was scored. A session planned, still to come, or with nobody assessed is not an exam held
    (a college was counted at 100% for a session planned for the next year). It counts sessions, not students:
    the share of graduates assessed is a figure of its own."""
    return any(s.form == "demonstration" and s.status == "held" and first <= s.starts_on <= min(last, today)
               and s.assessed > 0 for s in sessions)


def target(targets: dict, key: str, year: int) -> float | None:
    """The target of the year, or of the last year the plan names when it ran out (the plan ends in 2025)."""
    by_year = {int(y): float(v) for y, v in targets["indicators"][key]["targets"].items()}
    if not by_year:
        return None
    known = [y for y in by_year if y <= year]
    return by_year[max(known)] if known else None


# The State Program 2020-2025 (shared/reference/state-program-2020-2025-kk.txt l.372-384, indicator 4, measured
# from pension-contribution data, ЗТМО) counts graduates employed in the first year after graduation, of all
# state-order graduates: further study, military service and parental leave are not employment. They stay in
# the denominator and are reported beside the figure as "continuing / not available for work".
EMPLOYED = frozenset({"employed_in_specialty", "employed_outside"})
CONTINUING = frozenset({"further_study", "military", "parental_leave"})
STATUSES = ("employed_in_specialty", "employed_outside", "further_study", "military", "parental_leave",
            "not_employed", "unknown")


@dataclass(frozen=True)
class EmploymentEntry:
    """What is known of a graduate within 12 months of graduation."""
    status: str
    on: date | None
    employer: str = ""
    evidence: str = "self_reported"  # or "confirmed" (by records)


def employment(graduates: list[tuple[bool, str]]) -> tuple[int, int, int]:
    """(employed, continuing, state-order graduates) from (state order?, status) pairs: employed in or outside the
    specialty count; studying further, in military service or on parental leave are counted apart (continuing /
    not available for work) and stay in the denominator, as the State Program reads it (l.372-384)."""
    state = [status for state_order, status in graduates if state_order]
    return (sum(1 for status in state if status in EMPLOYED), sum(1 for status in state if status in CONTINUING),
            len(state))


def years_after(day: date, years: int) -> date:
    """The same day `years` later (28 February for a 29 February that year lacks)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def upgrade_overdue(last_upgrade: date | None, on: date, years: int = 3) -> bool:
    """A teacher whose last qualification upgrade is more than `years` before the day (or never recorded)."""
    return last_upgrade is None or on > years_after(last_upgrade, years)
