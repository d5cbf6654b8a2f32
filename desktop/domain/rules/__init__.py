"""The credit-modular rules (DOMAIN.md section 2), each with its id, checked against a rule set."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"  # blocks approval
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    rule: str  # "YEAR-LOAD"
    severity: Severity
    code: str  # message code the views translate: "year_load.over"
    rows: tuple[str, ...] = ()  # ids of the rows involved
    found: str = ""  # the number found, as text ("62", "21.5%")
    allowed: str = ""  # what the rule allows ("60", "<= 20%")
    source: str = ""  # document and paragraph
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def key(self) -> tuple:
        """Identity of a finding regardless of the order rows were checked in."""
        return (self.rule, self.severity.value, self.code, tuple(sorted(self.rows)), self.found, self.allowed)


RULE_IDS = ("CREDIT-UNIT", "YEAR-LOAD", "TOTAL-RANGE", "WORKER-QUALS", "GENED-VOLUME", "GENED-EXAMS",
            "GENED-MANDATORY", "GENED-PROFILE", "GENED-REMOVED", "BASIC-MODULES", "DISTANCE-20",
            "SCHEDULE-PARTS", "FINAL-ATTESTATION", "IN-PERSON", "QUAL-EXAM", "CLASSIFIER")


def number(value: float) -> str:
    """Credits and hours as people write them: 60, 4.5."""
    return f"{round(value, 2):g}"
