"""The full credit-modular rule check of a 240-credit curriculum with 80 rows.

Goal from the issue: median under 1 ms (6% of one 60 Hz frame). The baseline is the least any check
must do: one pass over the rows adding hours up by study year.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace

from bench.common import Figure, median_ms
from desktop.domain.curriculum import Row, Section
from desktop.domain.rules.engine import check
from desktop.domain.ruleset import RuleSet
from desktop.domain.templates import distribute, lay_out, schedule_for, starting_curriculum
from desktop.paths import resource_path


def big_curriculum(rules: RuleSet):
    """06130100 on the 9-grade base: 240 credits, 4 full years, 80 rows."""
    start = starting_curriculum("06130100", ("3W06130102", "4S06130103"), "9", "kk", 4, rules)
    general = [r for r in start.rows if r.section in (Section.GENERAL, Section.BASIC)]
    closing = [r for r in start.rows if r.section in (Section.INTERMEDIATE, Section.FINAL)]
    professional = []
    for m in range(1, 9):
        outcomes = [60 if k % 2 else 72 for k in range(6)]
        quals = "3W06130102" if m <= 3 else "4S06130103"
        professional.append(Row(f"m{m}", Section.PROFESSIONAL, f"КМ {m:02d}", f"КМ {m}", f"ПМ {m}", sum(outcomes),
                                qualification=quals))
        professional += [Row(f"m{m}.{k}", Section.PROFESSIONAL, f"ОН {m}.{k}", "ОН", "РО", h, parent=f"m{m}",
                             qualification=quals) for k, h in enumerate(outcomes, start=1)]
    rows = general + professional + [
        Row("ia", Section.INTERMEDIATE, "АА", "Аралық аттестаттау", "Промежуточная аттестация", 180),
        Row("pp", Section.PRACTICE, "КП", "Кәсіптік практика", "Профессиональная практика", 432)] + closing
    electives = [Row(f"f{n}", Section.ELECTIVES, f"Ф {n}", "Факультатив", "Факультатив", 36) for n in (1, 2)]
    # Laid out as the template lays a plan (each qualification's exam where its modules end, the final
    # attestation in the last semester), electives over the semesters apart from the 60 credits a year.
    laid = lay_out(replace(start, rows=tuple(rows)))
    curriculum = replace(laid, rows=laid.rows + tuple(distribute(electives, 720)))
    return replace(curriculum, schedule=schedule_for(curriculum))


def run() -> list[Figure]:
    rules = RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))
    curriculum = big_curriculum(rules)
    assert len(curriculum.rows) == 80, len(curriculum.rows)
    assert sum(r.hours for r in curriculum.rows if r.section is not Section.ELECTIVES and not r.id.startswith("m")
               or "." in r.id) == 5760
    findings = check(curriculum, rules)
    assert not [f for f in findings if f.severity.value == "error"], findings

    def baseline():
        years = defaultdict(int)
        for row in curriculum.rows:
            for load in row.semesters:
                years[load.year] += load.hours
        return years

    return [Figure("full rule check, 240 credits and 80 rows (vs one pass adding hours by year)",
                   median_ms(lambda: check(curriculum, rules)), median_ms(baseline), None, limit=1.0)]
