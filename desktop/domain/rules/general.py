"""General education (ЖБП / ООД): GENED-VOLUME, GENED-EXAMS, GENED-MANDATORY, GENED-PROFILE, GENED-REMOVED."""
from __future__ import annotations

from desktop.domain.curriculum import Curriculum, Row, Section
from desktop.domain.rules import Finding, Severity, number
from desktop.domain.ruleset import RuleSet


_NAMED_SECTIONS = (Section.GENERAL, Section.INTERMEDIATE, Section.ELECTIVES)


def _general(leaves: list[Row]) -> list[Row]:
    return [row for row in leaves if row.section is Section.GENERAL]


def _subject(row: Row, rules: RuleSet) -> str | None:
    if row.subject:
        return row.subject
    if row.section not in _NAMED_SECTIONS:
        return None  # module and practice names are never general-education subjects
    return rules.subject_key(row.name_kk) or rules.subject_key(row.name_ru)


def _applies(curriculum: Curriculum, rules: RuleSet) -> bool:
    return curriculum.entry_base in rules["general_education"]["bases"]


def volume(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    settings = rules["general_education"]
    source = rules.source("GENED-VOLUME")
    rows = _general(leaves)
    ids = tuple(row.id for row in rows)
    if not _applies(curriculum, rules):
        return [Finding("GENED-VOLUME", Severity.ERROR, "gened.not_on_this_base", ids, curriculum.entry_base,
                        ", ".join(settings["bases"]), source)] if rows else []
    findings = []
    expected = settings["credits_by_specialty"].get(curriculum.specialty, settings["credits"])
    credits = rules.credits(sum(row.hours for row in rows))
    if abs(credits - expected) > 1e-9:
        findings.append(Finding("GENED-VOLUME", Severity.ERROR, "gened.volume", ids, number(credits),
                                number(expected), source))
    allowed_years = set(settings["years"])
    late = tuple(row.id for row in rows if any(load.year not in allowed_years for load in row.semesters))
    if late:
        findings.append(Finding("GENED-VOLUME", Severity.ERROR, "gened.late_years", late, "",
                                ", ".join(map(str, sorted(allowed_years))), source))
    return findings


def exams(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    """Exams of general education belong inside its 60 credits, never as attestation on top."""
    key = rules["general_education"]["exam_subject"]
    outside = tuple(row.id for row in leaves
                    if row.section is not Section.GENERAL and _subject(row, rules) == key)
    if not outside:
        return []
    return [Finding("GENED-EXAMS", Severity.ERROR, "gened.exams_outside", outside, "", "",
                    rules.source("GENED-EXAMS"))]


def mandatory_subjects(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    if not _applies(curriculum, rules):
        return []
    settings = rules["general_education"]["mandatory"]
    present = {_subject(row, rules) for row in _general(leaves)}
    wanted = settings["all"] + settings.get(curriculum.language, [])
    missing = [key for key in wanted if key not in present]
    return [Finding("GENED-MANDATORY", Severity.ERROR, "gened.missing_subject", (), "", key,
                    rules.source("GENED-MANDATORY"), {"subject": key, "language": curriculum.language})
            for key in missing]


def profile_subjects(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    if not _applies(curriculum, rules):
        return []
    settings = rules["general_education"]
    source = rules.source("GENED-PROFILE")
    rows = _general(leaves)
    chosen = {_subject(row, rules) for row in rows} & set(settings["profile_subjects"])
    findings = []
    if len(chosen) < settings["profile_min"]:
        findings.append(Finding("GENED-PROFILE", Severity.ERROR, "gened.too_few_profile", (), str(len(chosen)),
                                f">= {settings['profile_min']}", source))
    arts = curriculum.specialty.startswith(tuple(settings["arts_specialty_prefixes"]))
    if not arts:
        arts_only = set(settings["arts_only"])
        wrong = tuple(row.id for row in rows if _subject(row, rules) in arts_only)
        if wrong:
            findings.append(Finding("GENED-PROFILE", Severity.ERROR, "gened.arts_only", wrong, "", "", source))
    return findings


def removed_subjects(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    removed = set(rules["general_education"]["removed"])
    rows = tuple(row.id for row in curriculum.rows if _subject(row, rules) in removed)
    if not rows:
        return []
    return [Finding("GENED-REMOVED", Severity.ERROR, "gened.removed_subject", rows, "", "",
                    rules.source("GENED-REMOVED"))]
