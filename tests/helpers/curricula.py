"""Curricula for the rule tests: valid ones to break one rule at a time."""
import json

from desktop.domain.curriculum import Curriculum
from desktop.domain.ruleset import RuleSet
from desktop.domain.templates import assemble, module_rows, starting_curriculum
from desktop.paths import resource_path

RULES = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text(encoding="utf-8")))


def mid_level_9(language: str = "kk") -> Curriculum:
    """06130100 / 3W06130102 + 4S06130103 on the 9-grade base: 228 credits over 4 years (the last 48)."""
    start = starting_curriculum("06130100", ("3W06130102", "4S06130103"), "9", language, 4, RULES)
    professional = [row for n in range(1, 6) for row in module_rows(n, "3W06130102" if n <= 2 else "4S06130103", [144] * 4)]
    return assemble(start, professional, 432, 180)


def mid_level_two_workers() -> Curriculum:
    start = starting_curriculum("06130100", ("3W06130101", "3W06130102", "4S06130103"), "9", "ru", 4, RULES)
    hours = [[144] * 4] * 4 + [[144, 144, 144, 120]]
    quals = ["3W06130101", "3W06130102", "4S06130103", "4S06130103", "4S06130103"]
    professional = [row for n in range(1, 6) for row in module_rows(n, quals[n - 1], hours[n - 1])]
    return assemble(start, professional, 432, 180)


def worker_11() -> Curriculum:
    """06130100 / 3W06130102 on the 11-grade base: 114 credits over 2 years."""
    start = starting_curriculum("06130100", ("3W06130102",), "11", "ru", 2, RULES)
    professional = [row for n, hours in enumerate(([144, 132, 132], [144, 132, 132], [144, 132, 132], [144, 132, 144]), 1)
                    for row in module_rows(n, "3W06130102", list(hours))]
    return assemble(start, professional, 432, 24 * 6)
