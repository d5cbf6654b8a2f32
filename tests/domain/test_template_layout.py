"""The template laid out over the real semesters of its base and level (MR l.212-222, l.942-963): each year
60 credits, general education in years 1-2, each qualification exam where its modules end, the final
attestation in the last semester; and the plan approves once the college's professional modules are in."""
from __future__ import annotations

import pytest

from desktop.domain.curriculum import Section
from desktop.domain.rules.engine import check, errors
from desktop.domain.templates import assemble, lay_out, module_rows, starting_curriculum

from curricula import RULES

YEAR = 60 * 24  # hours
# (entry base, qualifications, study years): every base and level the rule set has a total range for, at its
# longest (60 credits a year). A worker programme on the TVET base has no range (TOTAL-RANGE says so).
PROGRAMMES = [
    ("9", ("3W06130102",), 3), ("11", ("3W06130102",), 2),
    ("9", ("3W06130102", "4S06130103"), 4), ("11", ("3W06130102", "4S06130103"), 3), ("tvet", ("4S06130103",), 1),
    ("9", ("5AB06130104",), 3), ("11", ("5AB06130104",), 3), ("tvet", ("5AB06130104",), 1),
]


def filled(base: str, quals: tuple[str, ...], years: int, language: str = "kk"):
    """The template with professional modules of 144-hour outcomes filling each year to 60 credits."""
    start = starting_curriculum("06130100", quals, base, language, years, RULES)
    practice, attestation = (432, 144) if years > 1 else (216, 72)
    room = years * YEAR - sum(row.hours for row in start.rows) - practice - attestation
    modules, number = [], 1
    for index, code in enumerate(quals):
        even = room // len(quals) // 24 * 24  # whole credits for all but the last qualification
        share = even if index < len(quals) - 1 else room - even * (len(quals) - 1)
        while share:
            outcomes = [144] * min(4, share // 144) or [share]
            if sum(outcomes) < share < sum(outcomes) + 144 and len(outcomes) < 4:
                outcomes.append(share - sum(outcomes))
            modules += module_rows(number, code, outcomes)
            share, number = share - sum(outcomes), number + 1
    return assemble(start, modules, practice, attestation)


@pytest.mark.parametrize("base, quals, years", PROGRAMMES)
def test_the_template_of_each_base_and_level_approves_once_its_modules_are_in(base, quals, years):
    curriculum = filled(base, quals, years)
    assert errors(check(curriculum, RULES)) == []
    per_year = {}
    for row in curriculum.rows:
        if row.section.value in RULES.mandatory_sections and not any(r.parent == row.id for r in curriculum.rows):
            for load in row.semesters:
                per_year[load.year] = per_year.get(load.year, 0) + load.hours
    assert per_year == {year: YEAR for year in range(1, years + 1)}  # 60 credits each year


def test_each_part_sits_in_its_semesters():
    curriculum = filled("9", ("3W06130102", "4S06130103"), 4, "ru")
    semesters = {row.id: [load.semester for load in row.semesters] for row in curriculum.rows}
    assert {s for row in curriculum.rows if row.section is Section.GENERAL for s in semesters[row.id]} == {1, 2}
    assert semesters["fa"] == [8]  # the last semester of the graduating year (MR l.220-222)
    worker_end = max(s for row in curriculum.rows if row.qualification == "3W06130102"
                     and row.section is Section.PROFESSIONAL for s in semesters[row.id])
    assert semesters["q1"][-1] in (worker_end, worker_end + 1) and worker_end < 8  # MR l.946-950
    assert semesters["pp"] and max(semesters["pp"]) <= 8


@pytest.mark.parametrize("base, quals, years", [("9", ("3W06130102", "4S06130103"), 4), ("11", ("3W06130102",), 2)])
def test_a_fresh_template_puts_its_final_attestation_in_the_last_semester(base, quals, years):
    """Before any module is in: the final attestation already in the last semester, not after the basic
    modules (a 4-year plan once had it in semester 3, a 2-year one in semester 1)."""
    fresh = lay_out(starting_curriculum("06130100", quals, base, "kk", years, RULES))
    assert [load.semester for load in fresh.row("fa").semesters] == [2 * years]
    codes = {f.code for f in check(fresh, RULES)}
    assert not codes & {"final.missing", "final.not_last_semester", "qual_exam.timing"}
    assert "F" in fresh.schedule[-1].weeks and all("H" in year.weeks for year in fresh.schedule)
