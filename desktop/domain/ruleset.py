"""A dated, versioned set of the numbers the credit-modular rules use, read from data (resources/rules).

A new rule set is a new data file: the rules read every number from here, none is written in code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RuleSet:
    id: str
    title: str
    valid_from: date
    document: str
    data: dict
    # Indexes derived from data once, so a full check stays well under a millisecond.
    subject_index: dict = field(default_factory=dict, compare=False, repr=False)
    mandatory_sections: frozenset = field(default_factory=frozenset, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict) -> "RuleSet":
        index = {_fold(name): key for key, names in data["general_education"]["subject_names"].items()
                 for name in names}
        return cls(data["id"], data["title"], date.fromisoformat(data["valid_from"]), data["document"], data, index,
                   frozenset(data["mandatory_sections"]))

    def title_in(self, language: str) -> str:
        return self.data.get(f"title_{language}", self.title)

    def __getitem__(self, key: str):
        return self.data[key]

    @property
    def hours_per_credit(self) -> int:
        return self.data["hours_per_credit"]

    def credits(self, hours: int) -> float:
        return hours / self.hours_per_credit

    def source(self, rule: str) -> str:
        return f"{self.document}, {self.data['sources'][rule]}"

    def total_range(self, level: str, base: str, cognate: bool = False) -> tuple[int, int] | None:
        """The total credits allowed; an entry marked "cognate" holds only for an intake with a cognate qualification."""
        for item in self.data["total_credits"]:
            if item["level"] == level and item["base"] == base and item.get("cognate", cognate) == cognate:
                return item["min"], item["max"]
        return None

    def asks_cognate(self, level: str, base: str) -> bool:
        """Whether a cognate TVET qualification of the intake changes the total range (MR l.258-260)."""
        return self.total_range(level, base, True) != self.total_range(level, base, False)

    def subject_key(self, name: str) -> str | None:
        """The general-education subject a name means, in Kazakh or Russian, as colleges write it."""
        return self.subject_index.get(_fold(name))


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def pick_rule_set(rule_sets: list[RuleSet], on: date) -> RuleSet:
    """The newest rule set already in force on a day (a curriculum is checked by its intake's)."""
    valid = [r for r in rule_sets if r.valid_from <= on]
    if not valid:
        raise LookupError(f"no rule set in force on {on}")
    return max(valid, key=lambda r: r.valid_from)
