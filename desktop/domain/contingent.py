"""The contingent's vocabulary and a student's state, derived from the movements (orders) alone.

History is never overwritten: a student's status and current group are the result of folding their
movements in date order, so a wrong order is corrected by another order, not by editing the student.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Funding(str, Enum):
    STATE_REPUBLIC = "state_republic"
    STATE_LOCAL = "state_local"
    ENTERPRISE = "enterprise"
    PAID = "paid"


STATE_ORDER = frozenset({Funding.STATE_REPUBLIC.value, Funding.STATE_LOCAL.value})


class Locality(str, Enum):
    URBAN = "urban"
    RURAL = "rural"


class PriorEducation(str, Enum):
    BASIC = "9"
    GENERAL = "11"
    TVET = "tvet"


class EnrolmentKind(str, Enum):
    GENERAL = "general"
    TRANSFER = "transfer"
    REINSTATEMENT = "reinstatement"


class SenCategory(str, Enum):
    """Special educational needs; empty when none."""

    NONE = ""
    HEARING = "hearing"
    VISION = "vision"
    SPEECH = "speech"
    MOTOR = "motor"
    INTELLECTUAL = "intellectual"
    DEVELOPMENTAL_DELAY = "developmental_delay"
    AUTISM = "autism"
    OTHER = "other"


class SenCurriculum(str, Enum):
    NONE = ""
    SPECIAL = "special"
    INDIVIDUAL = "individual"


SOCIAL_CATEGORIES = ("orphan", "no_parental_care", "disability", "large_family", "low_income")


class Status(str, Enum):
    NOT_ENROLLED = "not_enrolled"
    STUDYING = "studying"
    ACADEMIC_LEAVE = "academic_leave"
    EXPELLED = "expelled"
    GRADUATED = "graduated"


ACTIVE = frozenset({Status.STUDYING.value, Status.ACADEMIC_LEAVE.value})


class MovementKind(str, Enum):
    ADMISSION = "admission"
    TRANSFER = "transfer"
    LEAVE = "leave"
    RETURN = "return"
    REINSTATEMENT = "reinstatement"
    EXPULSION = "expulsion"
    GRADUATION = "graduation"


class LeaveReason(str, Enum):
    """Why a student is on academic leave: the grounds the issue names (illness, childcare, military service) and
    "other", which the app offered before. Unconfirmed against the act that sets the grounds (the standard rules
    of TVET organisations). NEDB's file may write the reason in its leave column (exchange.nedb_values)."""

    HEALTH = "health"
    CHILDCARE = "childcare"
    MILITARY = "military"
    OTHER = "other"


# From which statuses each movement may be applied, and the status it leads to.
_TRANSITIONS = {
    MovementKind.ADMISSION: ({Status.NOT_ENROLLED}, Status.STUDYING),
    MovementKind.TRANSFER: ({Status.STUDYING}, Status.STUDYING),
    MovementKind.LEAVE: ({Status.STUDYING}, Status.ACADEMIC_LEAVE),
    MovementKind.RETURN: ({Status.ACADEMIC_LEAVE}, Status.STUDYING),
    MovementKind.REINSTATEMENT: ({Status.EXPELLED}, Status.STUDYING),
    MovementKind.EXPULSION: ({Status.STUDYING, Status.ACADEMIC_LEAVE}, Status.EXPELLED),
    MovementKind.GRADUATION: ({Status.STUDYING}, Status.GRADUATED),
}
# Movements that put the student into a group, and so must name it.
NEEDS_GROUP = frozenset({MovementKind.ADMISSION, MovementKind.TRANSFER, MovementKind.REINSTATEMENT})
NEEDS_REASON = frozenset({MovementKind.EXPULSION})


@dataclass(frozen=True)
class Move:
    kind: MovementKind
    on: date
    to_group: int | None = None
    id: int = 0  # keeps movements of the same day in the order they were recorded
    reason: str = ""
    until: date | None = None  # a leave's end


@dataclass(frozen=True)
class State:
    status: Status
    group: int | None
    since: date | None = None
    left_on: date | None = None
    leaving_reason: str = ""
    leave_until: date | None = None
    leave_reason: str = ""


class MovementNotAllowed(Exception):
    def __init__(self, kind: MovementKind, status: Status):
        super().__init__(f"{kind.value} is not allowed for a student who is {status.value}")
        self.kind, self.status = kind, status


def allowed(kind: MovementKind, status: Status) -> bool:
    return status in _TRANSITIONS[kind][0]


def apply(state: State, move: Move) -> State:
    sources, target = _TRANSITIONS[move.kind]
    if state.status not in sources:
        raise MovementNotAllowed(move.kind, state.status)
    group = move.to_group if move.kind in NEEDS_GROUP or (move.to_group and move.kind == MovementKind.RETURN) \
        else state.group
    if target in (Status.EXPELLED, Status.GRADUATED):
        return State(target, group, move.on, move.on, move.reason)
    if target == Status.ACADEMIC_LEAVE:
        return State(target, group, move.on, leave_until=move.until, leave_reason=move.reason)
    return State(target, group, move.on)


def leave_problems(on: date | None, until: date | None, reason: str) -> list[tuple[str, str]]:
    """(field, message code) for a leave's details: it ends after it starts, for one of the known reasons. Both may
    still be missing (a leave read from NEDB's file has no end): the NEDB check lists such students."""
    problems = []
    if until is not None and on is not None and until <= on:
        problems.append(("leave_until", "code.dates_reversed"))
    if reason and reason not in {r.value for r in LeaveReason}:
        problems.append(("leave_reason", "field.required"))
    return problems


START = State(Status.NOT_ENROLLED, None)


def fold(moves: list[Move]) -> State:
    """The state after all the movements, in date order (same-day ones in the order recorded)."""
    state = START
    for move in sorted(moves, key=lambda m: (m.on, m.id)):
        state = apply(state, move)
    return state


def academic_start(today: date) -> date:
    """1 September of the academic year a day belongs to."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


def study_year(intake_year: int, today: date) -> int:
    """Course of study: the academic year starts on 1 September."""
    return academic_start(today).year - intake_year + 1


def academic_year(today: date) -> str:
    start = academic_start(today).year
    return f"{start}-{start + 1}"


def open_round(today: date) -> str | None:
    """The NEDB collection round open on a day (September-October, March-April), as "2026-autumn"."""
    if today.month in (9, 10):
        return f"{today.year}-autumn"
    if today.month in (3, 4):
        return f"{today.year}-spring"
    return None


def last_round(today: date) -> str:
    """The round now open, or the last one that was."""
    current = open_round(today)
    if current:
        return current
    if today.month >= 11:
        return f"{today.year}-autumn"
    if today.month >= 5:
        return f"{today.year}-spring"
    return f"{today.year - 1}-autumn"
