"""Demonstration exams: the marking arithmetic (WorldSkills style) and the national letter scale (DOMAIN.md s. 4).

A marking scheme is aspects with maximum marks summing to 100. A measurement aspect is scored directly
(0 to its maximum); a judgement aspect by three judges, each 0-3, and earns max x (mean of the three) / 3.
The total is the sum of the aspects' marks, each rounded to two decimals; the grade comes from the scale, which
is data.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum


class AspectKind(str, Enum):
    MEASUREMENT = "measurement"
    JUDGEMENT = "judgement"


JUDGES = 3
JUDGEMENT_MAX = 3
TOTAL = Decimal(100)


@dataclass(frozen=True)
class Aspect:
    code: str
    kind: AspectKind
    max_mark: Decimal
    description: str = ""


class MarkingError(Exception):
    def __init__(self, code: str, aspect: str = "", value: object = None):
        super().__init__(f"{code} {aspect} {value}")
        self.code, self.aspect, self.value = code, aspect, value


def scheme_problems(aspects: list[Aspect]) -> list[MarkingError]:
    problems = []
    codes = [a.code for a in aspects]
    for code in {c for c in codes if codes.count(c) > 1}:
        problems.append(MarkingError("exam.repeated_aspect", code))
    for aspect in aspects:
        if aspect.max_mark <= 0:
            problems.append(MarkingError("exam.bad_max", aspect.code, aspect.max_mark))
    total = sum((a.max_mark for a in aspects), Decimal(0))
    if total != TOTAL:
        problems.append(MarkingError("exam.scheme_not_100", "", total))
    return problems


def aspect_mark(aspect: Aspect, scores: tuple) -> Decimal:
    """The marks one aspect earns: a measurement's score as given, a judgement's from its three judges."""
    if aspect.kind == AspectKind.MEASUREMENT:
        if len(scores) != 1:
            raise MarkingError("exam.one_score", aspect.code, scores)
        score = Decimal(str(scores[0]))
        if not 0 <= score <= aspect.max_mark:
            raise MarkingError("exam.score_out_of_range", aspect.code, score)
        return score
    if len(scores) != JUDGES:
        raise MarkingError("exam.three_judges", aspect.code, scores)
    if any(not isinstance(s, int) or not 0 <= s <= JUDGEMENT_MAX for s in scores):
        raise MarkingError("exam.judgement_0_3", aspect.code, scores)
    return aspect.max_mark * Decimal(sum(scores)) / Decimal(JUDGES * JUDGEMENT_MAX)


def hundredths(mark: Decimal) -> Decimal:
    """A mark as the protocol prints it: rounded half up to two decimals (a judged 15 x 4/9 is 6.67)."""
    return Decimal(mark).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def total_mark(aspects: list[Aspect], scores: dict[str, tuple]) -> Decimal:
    """The candidate's total out of 100, two decimals; an aspect not scored counts 0. Each aspect's mark is rounded
    to hundredths before they are added, as the protocol prints them, so that a printed row adds up to its total
    (5,5 + 16,5 + 6,67 + 11,5 + 6,67 printed a total of 46,83, from the unrounded 6,666...). This is the
    protocol's arithmetic, chosen so that the expert group can check a row; how the WorldSkills CIS rounds is not
    confirmed here."""
    return sum((hundredths(aspect_mark(a, scores[a.code])) for a in aspects if a.code in scores), Decimal("0.00"))


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    letter: str
    points: float
    grade: str  # excellent, good, satisfactory, unsatisfactory


@dataclass(frozen=True)
class GradingScale:
    bands: tuple[Band, ...]

    @classmethod
    def from_dict(cls, data: dict) -> "GradingScale":
        return cls(tuple(Band(b["from"], b["to"], b["letter"], b["points"], b["grade"]) for b in data["bands"]))

    def band(self, total: Decimal) -> Band:
        """The band of a total: percentages are whole numbers on the scale, so 94.5 rounds to 95 (half up)."""
        percent = int(Decimal(total).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for band in self.bands:
            if band.low <= percent <= band.high:
                return band
        raise MarkingError("exam.off_scale", "", total)


def passed(total: Decimal, pass_mark: Decimal) -> bool:
    return Decimal(total) >= Decimal(pass_mark)
