"""Where attestation and practice sit and how they are held: FINAL-ATTESTATION and IN-PERSON."""
from __future__ import annotations

from desktop.domain.curriculum import Curriculum, Row, Section
from desktop.domain.rules import Finding, Severity
from desktop.domain.rules.load import mandatory
from desktop.domain.ruleset import RuleSet


def final_attestation(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    """MR l.220-222: the graduating year has the final attestation period, so the plan must have a final
    attestation and it must end the study: in the last semester any row is laid out in, within the last year."""
    source = rules.source("FINAL-ATTESTATION")
    finals = [row for row in leaves if row.section is Section.FINAL and row.hours]
    if not finals:
        return [Finding("FINAL-ATTESTATION", Severity.ERROR, "final.missing", (), "", "", source)]
    used = [load.semester for row in leaves if mandatory(row, rules) for load in row.semesters]
    if not used:
        return []  # nothing laid out: YEAR-LOAD says so
    # The last semester taught, within the last year: its first semester at least (a short last year has
    # one), its second at most (rows after it are YEAR-LOAD's).
    last = min(max(max(used), 2 * curriculum.years - 1), 2 * curriculum.years)
    findings = []
    for row in finals:
        semesters = sorted({load.semester for load in row.semesters})
        if semesters and (semesters[-1] != last or any((s + 1) // 2 != curriculum.years for s in semesters)):
            findings.append(Finding("FINAL-ATTESTATION", Severity.ERROR, "final.not_last_semester", (row.id,),
                                    ", ".join(map(str, semesters)), str(last), source))
    return findings


def in_person(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    """MR l.394-400: all lessons, laboratory and practical work and professional practice among them, are held
    in person; only a share of the subjects may be taught at a distance (DISTANCE-20). So a plan needs its
    professional practice, and neither practice nor laboratory and practical hours are taught at a distance."""
    source = rules.source("IN-PERSON")
    findings = []
    practice = [row for row in leaves if row.section is Section.PRACTICE and row.hours]
    if not practice:
        findings.append(Finding("IN-PERSON", Severity.ERROR, "in_person.no_practice", (), "", "", source))
    for row in practice:
        if row.distance:
            findings.append(Finding("IN-PERSON", Severity.ERROR, "in_person.practice_at_distance", (row.id,),
                                    str(row.distance), "0", source))
    for row in leaves:
        if row.section is Section.PRACTICE or not row.distance:
            continue
        # Laboratory and practical lessons and production training must stay in the room; only what is left
        # (theory, the course project) may go online. Without a split nothing can be said.
        hands_on = row.practice + row.production
        if hands_on and row.distance > row.hours - hands_on:
            findings.append(Finding("IN-PERSON", Severity.ERROR, "in_person.lessons_at_distance", (row.id,),
                                    str(row.distance), f"<= {max(0, row.hours - hands_on)}", source,
                                    {"hands_on": hands_on}))
    return findings
