"""Run every rule over a curriculum: the findings, errors first, in a stable order."""
from __future__ import annotations

from desktop.domain.curriculum import Curriculum, leaves
from desktop.domain.rules import Finding, Severity, attestation, general, load, structure
from desktop.domain.ruleset import RuleSet

CHECKS = (
    ("CREDIT-UNIT", load.credit_unit),
    ("YEAR-LOAD", load.year_load),
    ("TOTAL-RANGE", load.total_range),
    ("WORKER-QUALS", load.worker_quals),
    ("GENED-VOLUME", general.volume),
    ("GENED-EXAMS", general.exams),
    ("GENED-MANDATORY", general.mandatory_subjects),
    ("GENED-PROFILE", general.profile_subjects),
    ("GENED-REMOVED", general.removed_subjects),
    ("BASIC-MODULES", structure.basic_modules),
    ("DISTANCE-20", load.distance),
    ("SCHEDULE-PARTS", structure.schedule_parts),
    ("FINAL-ATTESTATION", attestation.final_attestation),
    ("IN-PERSON", attestation.in_person),
    ("QUAL-EXAM", structure.qualification_exams),
    ("CLASSIFIER", structure.classifier_codes),
)
_ORDER = {rule: index for index, (rule, _) in enumerate(CHECKS)}


def check(curriculum: Curriculum, rules: RuleSet) -> list[Finding]:
    rows = leaves(curriculum)
    findings = [finding for _, rule in CHECKS for finding in rule(curriculum, rows, rules)]
    findings = [_sorted_rows(f) for f in findings]
    return sorted(findings, key=lambda f: (f.severity is not Severity.ERROR, _ORDER[f.rule], f.key()))


def _sorted_rows(finding: Finding) -> Finding:
    """Row order in a finding follows the ids, not the order the rows were written in."""
    if list(finding.rows) == sorted(finding.rows):
        return finding
    from dataclasses import replace  # noqa: PLC0415

    return replace(finding, rows=tuple(sorted(finding.rows)))


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]
