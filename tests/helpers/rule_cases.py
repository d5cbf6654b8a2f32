"""What the rule boundary tables share: hours per credit, tiny plans built by hand, and the engine's findings
checked for their paragraph of the recommendations and their severity."""
from __future__ import annotations

from desktop.domain.curriculum import Curriculum, Row, SemesterLoad, Section
from desktop.domain.rules import Severity
from desktop.domain.rules.engine import check as engine_check

from curricula import RULES

WORKER, MID, BACHELOR = ("3W06130102",), ("3W06130102", "4S06130103"), ("5AB06130101",)

H = 24  # hours per credit (MR l.269)
YEAR = 60 * H  # 1440 h
SHORT_MIN = 36 * H  # 864 h
HALF = H // 2  # the smallest step: half a credit


def row(key: str, hours: int, section: Section = Section.PROFESSIONAL, semester: int | None = 1, **extra) -> Row:
    """One row laid out in one semester (semester=None: not laid out)."""
    loads = (SemesterLoad(semester, hours),) if semester else ()
    return Row(key, section, key.upper(), key, key, hours, semesters=loads, **extra)


def plan(*rows: Row, base: str = "11", quals: tuple[str, ...] = ("4S06130103",), years: int = 2,
         specialty: str = "06130100", language: str = "kk", **extra) -> Curriculum:
    return Curriculum(specialty, quals, base, language, years=years, rows=rows, **extra)


# Codes that are warnings (they do not block approval); the two whose severity depends on the case are checked
# in their own tests.
WARNINGS = {"credit_unit.split_mismatch", "credit_unit.not_half_credits", "basic.extra_without_reason",
            "schedule.missing", "classifier.prefix_mismatch", "total_range.not_cognate"}
CASE_BY_CASE = {"classifier.withdrawn"}
SOURCES = {"CREDIT-UNIT": "l.269", "YEAR-LOAD": "l.263-267", "TOTAL-RANGE": "l.238-261", "WORKER-QUALS": "l.246-257",
           "GENED-VOLUME": "l.133-137", "GENED-EXAMS": "l.196-198", "GENED-MANDATORY": "l.145-157",
           "GENED-PROFILE": "l.159-165", "GENED-REMOVED": "l.167-194", "BASIC-MODULES": "l.93-127",
           "DISTANCE-20": "l.398-439", "SCHEDULE-PARTS": "l.212-222", "FINAL-ATTESTATION": "l.212-222",
           "IN-PERSON": "l.394-400", "QUAL-EXAM": "l.942-963", "CLASSIFIER": "l.315-386"}


def check(curriculum: Curriculum, rules=RULES):
    """The engine's findings, each checked for its paragraph of the recommendations and its severity."""
    findings = engine_check(curriculum, rules)
    for f in findings:
        assert f.source == f"MR 2022-2023, MR {SOURCES[f.rule]}", f
        if f.code not in CASE_BY_CASE:
            assert f.severity is (Severity.WARNING if f.code in WARNINGS else Severity.ERROR), f
        assert isinstance(f.found, str) and isinstance(f.allowed, str), f
    return findings


def found(curriculum: Curriculum, rule: str) -> list[tuple[str, str, str]]:
    """(code, found, allowed) of one rule's findings, each checked for its severity and its paragraph."""
    findings = [f for f in check(curriculum, RULES) if f.rule == rule]
    for f in findings:
        assert f.source == f"MR 2022-2023, MR {SOURCES[rule]}", f
        if f.code not in CASE_BY_CASE:
            assert f.severity is (Severity.WARNING if f.code in WARNINGS else Severity.ERROR), f
    return [(f.code, f.found, f.allowed) for f in findings]


def codes(curriculum: Curriculum, rule: str) -> list[str]:
    return [code for code, _, _ in found(curriculum, rule)]


def credits_plan(credits: float, quals=("4S06130103",), base="11", cognate: bool = False) -> Curriculum:
    """A plan whose only mandatory row carries `credits` (laid out over years so YEAR-LOAD does not matter)."""
    return plan(row("m1", round(credits * H)), Row("f1", Section.ELECTIVES, "Ф 01", "Ф", "Ф", 2 * H,
                                                   semesters=(SemesterLoad(1, 2 * H),)), base=base, quals=quals,
                cognate=cognate)


