"""Credits, hours and their distribution: CREDIT-UNIT, YEAR-LOAD, TOTAL-RANGE, WORKER-QUALS, DISTANCE-20."""
from __future__ import annotations

from collections import defaultdict

from desktop.domain.curriculum import Curriculum, Level, Row
from desktop.domain.rules import Finding, Severity, number
from desktop.domain.ruleset import RuleSet


def mandatory(row: Row, rules: RuleSet) -> bool:
    return row.section._value_ in rules.mandatory_sections


def credit_unit(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    per_credit = rules.hours_per_credit
    step_hours = round(per_credit * rules["credit_step"])
    source = rules.source("CREDIT-UNIT")
    findings = []
    for row in curriculum.rows:
        if row.credits is not None and abs(row.credits * per_credit - row.hours) > 1e-9:
            findings.append(Finding("CREDIT-UNIT", Severity.ERROR, "credit_unit.mismatch", (row.id,),
                                    f"{number(row.credits)} × {per_credit} ≠ {row.hours}",
                                    f"{number(row.credits * per_credit)}", source))
        if row.hours % step_hours:
            # MR l.269 fixes 1 credit = 24 h but no granularity: half credits are the custom, so a reminder only.
            findings.append(Finding("CREDIT-UNIT", Severity.WARNING, "credit_unit.not_half_credits", (row.id,),
                                    number(rules.credits(row.hours)), f"× {number(rules['credit_step'])}", source,
                                    {"hours": row.hours}))
        split = row.theory + row.practice + row.course_project + row.production
        if split and split != row.hours:
            findings.append(Finding("CREDIT-UNIT", Severity.WARNING, "credit_unit.split_mismatch", (row.id,),
                                    str(split), str(row.hours), source))
    children = defaultdict(list)
    for row in curriculum.rows:
        if row.parent:
            children[row.parent].append(row)
    for row in curriculum.rows:
        outcomes = children.get(row.id)
        if outcomes and row.hours and sum(o.hours for o in outcomes) != row.hours:
            findings.append(Finding("CREDIT-UNIT", Severity.ERROR, "credit_unit.outcomes_sum",
                                    (row.id, *(o.id for o in outcomes)), str(sum(o.hours for o in outcomes)),
                                    str(row.hours), source))
    return findings


def year_hours(mandatory_rows: list[Row], rules: RuleSet) -> dict[int, int]:
    """Hours per study year of the mandatory rows, from the semester distribution."""
    years: dict[int, int] = defaultdict(int)
    for row in mandatory_rows:
        for load in row.semesters:
            years[(load.semester + 1) // 2] += load.hours
    return years


def year_load(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    source = rules.source("YEAR-LOAD")
    full = rules["year_credits"] * rules.hours_per_credit
    short_min = rules["short_year_min_credits"] * rules.hours_per_credit
    mandatory_rows = [row for row in leaves if mandatory(row, rules)]
    if mandatory_rows and not any(row.semesters for row in mandatory_rows):
        # A plan taken from a summary sheet: one finding says it all, not one per row and year.
        return [Finding("YEAR-LOAD", Severity.ERROR, "year_load.nothing_laid_out", (), "0", str(len(mandatory_rows)),
                        source)]
    findings = []
    counted = set(map(id, mandatory_rows))
    for row in leaves:
        spread = sum(load.hours for load in row.semesters)
        if id(row) in counted and spread != row.hours:
            findings.append(Finding("YEAR-LOAD", Severity.ERROR, "year_load.not_distributed", (row.id,),
                                    str(spread), str(row.hours), source))
        last = max((load.semester for load in row.semesters), default=0)
        if (last + 1) // 2 > curriculum.years:
            findings.append(Finding("YEAR-LOAD", Severity.ERROR, "year_load.beyond_last_year", (row.id,),
                                    str(max(load.year for load in row.semesters)), str(curriculum.years), source))
    years = year_hours(mandatory_rows, rules)
    short = [year for year in range(1, curriculum.years + 1) if years.get(year, 0) < full]
    for year in range(1, curriculum.years + 1):
        hours = years.get(year, 0)
        if hours == full:
            continue
        credits = number(rules.credits(hours))
        rows = tuple(r.id for r in mandatory_rows if any(l.year == year for l in r.semesters))
        if hours > full:
            findings.append(Finding("YEAR-LOAD", Severity.ERROR, "year_load.over", rows, credits,
                                    number(rules["year_credits"]), source, {"year": year}))
        elif hours < full:
            # One year may be shorter, but not under the minimum: the only short one, else the last.
            allowed_short = short == [year] or (len(short) > 1 and year == curriculum.years)
            if not allowed_short:
                findings.append(Finding("YEAR-LOAD", Severity.ERROR, "year_load.under", rows, credits,
                                        number(rules["year_credits"]), source, {"year": year}))
            elif hours < short_min:
                findings.append(Finding("YEAR-LOAD", Severity.ERROR, "year_load.short_year_too_short", rows,
                                        credits, f">= {number(rules['short_year_min_credits'])}", source,
                                        {"year": year}))
    return findings


def total_hours(leaves: list[Row], rules: RuleSet) -> int:
    return sum(row.hours for row in leaves if mandatory(row, rules))


def total_range(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    level, base = curriculum.level.value, curriculum.entry_base
    bounds = rules.total_range(level, base, curriculum.cognate)
    credits = rules.credits(total_hours(leaves, rules))
    if bounds is None:
        cognate_bounds = None if curriculum.cognate else rules.total_range(level, base, True)
        if cognate_bounds:
            # MR l.258-260 gives the TVET-base volume for a cognate qualification only and none for another
            # profile: nothing to hold the plan to, so a reminder rather than a refusal (unconfirmed reading).
            return [Finding("TOTAL-RANGE", Severity.WARNING, "total_range.not_cognate", (), number(credits),
                            _span(*cognate_bounds), rules.source("TOTAL-RANGE"), {"level": level, "base": base})]
        return [Finding("TOTAL-RANGE", Severity.ERROR, "total_range.no_range", (), base,
                        "", rules.source("TOTAL-RANGE"), {"level": level})]
    low, high = bounds
    if low <= credits <= high:
        return []
    return [Finding("TOTAL-RANGE", Severity.ERROR, "total_range.outside", (), number(credits), _span(low, high),
                    rules.source("TOTAL-RANGE"), {"level": level, "base": base})]


def _span(low: float, high: float) -> str:
    return number(low) if low == high else f"{number(low)}–{number(high)}"


def worker_quals(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    if curriculum.level is not Level.MID_LEVEL:
        return []
    count, limit = len(curriculum.worker_qualifications), rules["max_worker_qualifications_mid_level"]
    if count <= limit:
        return []
    return [Finding("WORKER-QUALS", Severity.ERROR, "worker_quals.too_many", (), str(count), f"<= {limit}",
                    rules.source("WORKER-QUALS"), {"codes": ", ".join(curriculum.worker_qualifications)})]


def distance(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    total = total_hours(leaves, rules)
    remote_rows = [row for row in leaves if row.distance]
    findings = [Finding("DISTANCE-20", Severity.ERROR, "distance.row_over_hours", (row.id,), str(row.distance),
                        f"<= {row.hours}", rules.source("DISTANCE-20"))
                for row in remote_rows if row.distance > row.hours]
    remote = sum(row.distance for row in remote_rows)
    share = rules["distance_max_share"]
    if total and remote / total > share + 1e-12:
        findings.append(Finding("DISTANCE-20", Severity.ERROR, "distance.over", tuple(r.id for r in remote_rows),
                                f"{remote / total:.1%}", f"<= {share:.0%}", rules.source("DISTANCE-20"),
                                {"hours": remote, "allowed_hours": int(total * share)}))
    return findings
