"""Curricula for the rule tests: valid ones to break one rule at a time."""
import json
from dataclasses import replace

from desktop.domain.curriculum import Curriculum, Row, Section
from desktop.domain.ruleset import RuleSet
from desktop.domain.templates import distribute, schedule_for, starting_curriculum
from desktop.paths import resource_path

RULES = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text(encoding="utf-8")))
SEMESTER = 720  # 30 credits


def module(number: int, qualification: str, outcome_hours: list[int]) -> list[Row]:
    head = Row(f"m{number}", Section.PROFESSIONAL, f"КМ {number:02d}", f"Кәсіптік модуль {number}",
               f"Профессиональный модуль {number}", sum(outcome_hours), qualification=qualification)
    outcomes = [Row(f"m{number}.{k}", Section.PROFESSIONAL, f"ОН {number}.{k}", f"Оқыту нәтижесі {number}.{k}",
                    f"Результат обучения {number}.{k}", hours, parent=head.id, qualification=qualification,
                    theory=hours // 2, practice=hours - hours // 2)
                for k, hours in enumerate(outcome_hours, start=1)]
    return [head, *outcomes]


def build(start: Curriculum, professional: list[Row], practice_hours: int, attestation_hours: int) -> Curriculum:
    """Order: general, basic, professional, attestation, practice, qualification exams, final attestation."""
    by_section = {section: [r for r in start.rows if r.section is section] for section in Section}
    rows = (by_section[Section.GENERAL] + by_section[Section.BASIC] + professional
            + [Row("ia", Section.INTERMEDIATE, "АА", "Аралық аттестаттау", "Промежуточная аттестация", attestation_hours)]
            + [Row("pp", Section.PRACTICE, "КП", "Кәсіптік практика", "Профессиональная практика", practice_hours,
                   production=practice_hours)]
            + by_section[Section.INTERMEDIATE] + by_section[Section.FINAL])
    laid = replace(start, rows=tuple(distribute(rows, SEMESTER)))
    return replace(laid, schedule=schedule_for(laid))


def mid_level_9(language: str = "kk") -> Curriculum:
    """06130100 / 3W06130102 + 4S06130103 on the 9-grade base: 228 credits over 4 years (the last 48)."""
    start = starting_curriculum("06130100", ("3W06130102", "4S06130103"), "9", language, 4, RULES)
    professional = [row for n in range(1, 6) for row in module(n, "3W06130102" if n <= 2 else "4S06130103", [144] * 4)]
    return build(start, professional, 432, 180)


def mid_level_two_workers() -> Curriculum:
    start = starting_curriculum("06130100", ("3W06130101", "3W06130102", "4S06130103"), "9", "ru", 4, RULES)
    hours = [[144] * 4] * 4 + [[144, 144, 144, 120]]
    quals = ["3W06130101", "3W06130102", "4S06130103", "4S06130103", "4S06130103"]
    professional = [row for n in range(1, 6) for row in module(n, quals[n - 1], hours[n - 1])]
    return build(start, professional, 432, 180)


def worker_11() -> Curriculum:
    """06130100 / 3W06130102 on the 11-grade base: 108 credits over 2 years."""
    start = starting_curriculum("06130100", ("3W06130102",), "11", "ru", 2, RULES)
    professional = [row for n, hours in enumerate(([144, 132, 132], [144, 132, 132], [144, 132, 132], [144, 132, 144]), 1)
                    for row in module(n, "3W06130102", list(hours))]
    return build(start, professional, 432, 24 * 6)
