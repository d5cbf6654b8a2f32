"""Boundary tables for every credit-modular rule: just below, at and just above each limit of the rule set.

The expected values are worked out here from the recommendations' numbers (DOMAIN.md section 2, MR 2022-2023),
never by running the code: 1 credit = 24 h, credits in halves (12 h), 60 credits = 1440 h a year, a short year
at least 36 credits = 864 h, the total ranges by level and base, at most 2 worker qualifications in a mid-level
programme, general education 60 credits = 1440 h (38 = 912 h for 02150100) in years 1-2 on the 9-grade base,
at least 4 profile subjects, distance at most 20 %, at most 52 weeks a year, the withdrawn codes valid until
15 July 2025. Each curriculum is built by hand, as small as the rule allows, so one number moves at a time.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.domain.curriculum import Curriculum, Row, SemesterLoad, Section

from rule_cases import H, YEAR, SHORT_MIN, HALF, row, plan, check, found, codes, credits_plan, RULES, Severity, WORKER, MID, BACHELOR


# --- TOTAL-RANGE: MR l.238-261 -----------------------------------------------------------------------------
RANGES = [  # (qualifications, base, cognate, lowest, highest) as the recommendations give them
    (WORKER, "9", False, 120, 180), (WORKER, "9", True, 120, 180), (WORKER, "11", False, 60, 120),
    (WORKER, "11", True, 60, 120),
    (MID, "9", False, 180, 240), (MID, "9", True, 180, 240), (MID, "11", False, 120, 180), (MID, "11", True, 120, 180),
    (MID, "tvet", True, 60, 60),  # l.258-260: «60 кредит (мәндес біліктілік бойынша)»
    # l.261 names no base: an applied bachelor is held to 60-180 on each, a cognate intake or not.
    (BACHELOR, "9", False, 60, 180), (BACHELOR, "9", True, 60, 180), (BACHELOR, "11", False, 60, 180),
    (BACHELOR, "11", True, 60, 180), (BACHELOR, "tvet", False, 60, 180), (BACHELOR, "tvet", True, 60, 180),
]
TOTAL_CASES = [(quals, base, cognate, credits, inside, f"{low}" if low == high else f"{low}–{high}")
               for quals, base, cognate, low, high in RANGES
               for credits, inside in ((low - 0.5, False), (low, True), (high, True), (high + 0.5, False))]


@pytest.mark.parametrize("quals, base, cognate, credits, inside, allowed", TOTAL_CASES,
                         ids=[f"{q[-1][:2]}-{b}-{'cognate' if k else 'other'}-{c:g}" for q, b, k, c, *_ in TOTAL_CASES])
def test_total_range_bounds_are_inclusive(quals, base, cognate, credits, inside, allowed):
    curriculum = credits_plan(credits, quals, base, cognate)
    result = found(curriculum, "TOTAL-RANGE")
    assert result == ([] if inside else [("total_range.outside", f"{credits:g}", allowed)])
    level = {"3W": "worker", "4S": "mid_level", "5A": "applied_bachelor"}[quals[-1][:2]]
    assert [f.params for f in check(curriculum, RULES) if f.rule == "TOTAL-RANGE"] == (
        [] if inside else [{"level": level, "base": base}])


def test_a_tvet_base_plan_of_exactly_sixty_credits_is_valid():
    """Mid-level on the TVET base with a cognate qualification is exactly 60 credits: 60 passes, not 59.5 or 60.5."""
    assert found(credits_plan(60, MID, "tvet", cognate=True), "TOTAL-RANGE") == []
    assert codes(credits_plan(59.5, MID, "tvet", cognate=True), "TOTAL-RANGE") == ["total_range.outside"]
    assert codes(credits_plan(60.5, MID, "tvet", cognate=True), "TOTAL-RANGE") == ["total_range.outside"]


@pytest.mark.parametrize("credits", [59.5, 60, 60.5, 120, 180])
def test_the_sixty_credit_case_is_for_a_cognate_qualification_only(credits):
    """l.258-260 sets 60 credits on the TVET base "by a cognate qualification" and nothing for another profile:
    such a plan is not refused against 60 credits; a warning says its volume went unchecked."""
    assert found(credits_plan(credits, MID, "tvet", cognate=False), "TOTAL-RANGE") == [
        ("total_range.not_cognate", f"{credits:g}", "60")]
    (finding,) = [f for f in check(credits_plan(credits, MID, "tvet"), RULES) if f.rule == "TOTAL-RANGE"]
    assert (finding.severity, finding.params) == (Severity.WARNING, {"level": "mid_level", "base": "tvet"})


def test_electives_and_consultations_are_outside_the_total():
    extra = Row("k1", Section.CONSULTATIONS, "К", "К", "К", 4 * H, semesters=(SemesterLoad(2, 4 * H),))
    curriculum = credits_plan(60, MID, "tvet", cognate=True)
    assert found(replace(curriculum, rows=curriculum.rows + (extra,)), "TOTAL-RANGE") == []


@pytest.mark.parametrize("cognate", [False, True])
def test_a_worker_programme_on_the_tvet_base_has_no_range(cognate):
    (finding,) = [f for f in check(credits_plan(60, WORKER, "tvet", cognate), RULES) if f.rule == "TOTAL-RANGE"]
    assert (finding.code, finding.found, finding.allowed, finding.params) == (
        "total_range.no_range", "tvet", "", {"level": "worker"})


# --- WORKER-QUALS: MR l.246-257 ----------------------------------------------------------------------------
@pytest.mark.parametrize("quals, expected", [
    (("3W06130101", "4S06130103"), []),
    (("3W06130101", "3W06130102", "4S06130103"), []),  # 2: the limit
    (("3W06130101", "3W06130102", "3W06130104", "4S06130103"), [("worker_quals.too_many", "3", "<= 2")]),
    (("3W06130101", "3W06130102", "3W06130104"), []),  # a worker programme: no limit
    (("3W06130101", "3W06130102", "3W06130104", "5AB06130101"), []),  # applied bachelor: not mid-level
])
def test_at_most_two_worker_qualifications_in_a_mid_level_programme(quals, expected):
    assert found(plan(row("m1", 48), quals=quals), "WORKER-QUALS") == expected
    assert [f.params for f in check(plan(row("m1", 48), quals=quals), RULES) if f.rule == "WORKER-QUALS"] == (
        [{"codes": "3W06130101, 3W06130102, 3W06130104"}] if expected else [])


# --- CREDIT-UNIT: MR l.269 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("hours, credits, expected", [
    (48, 2, []), (36, 1.5, []), (48, None, []),
    (48, 2.5, [("credit_unit.mismatch", "2.5 × 24 ≠ 48", "60")]),
    (48, 1.5, [("credit_unit.mismatch", "1.5 × 24 ≠ 48", "36")]),
    (60, 2.5, []),
    (48, 2.01, [("credit_unit.mismatch", "2.01 × 24 ≠ 48", "48.24")]),  # off by a quarter of an hour
])
def test_credits_entered_must_be_hours_over_24(hours, credits, expected):
    assert found(plan(row("m1", hours, credits=credits)), "CREDIT-UNIT") == expected


# MR l.269 fixes 1 credit = 24 h and no granularity: hours off the half-credit grid are a warning in every
# section (mandatory ones were an error here once).
@pytest.mark.parametrize("hours, section, expected", [
    (12, Section.PROFESSIONAL, None), (24, Section.PROFESSIONAL, None), (36, Section.GENERAL, None),
    (30, Section.PROFESSIONAL, Severity.WARNING), (6, Section.BASIC, Severity.WARNING),
    (35, Section.FINAL, Severity.WARNING), (37, Section.PRACTICE, Severity.WARNING),
    (13, Section.INTERMEDIATE, Severity.WARNING),
    (30, Section.ELECTIVES, Severity.WARNING), (18, Section.CONSULTATIONS, Severity.WARNING),
])
def test_hours_must_be_whole_half_credits(hours, section, expected):
    findings = [f for f in check(plan(row("r1", hours, section)), RULES) if f.code == "credit_unit.not_half_credits"]
    assert [f.severity for f in findings] == ([] if expected is None else [expected])
    if findings:
        assert (findings[0].found, findings[0].allowed, findings[0].params) == (
            f"{hours / 24:.2f}".rstrip("0").rstrip("."), "× 0.5", {"hours": hours})


@pytest.mark.parametrize("theory, practice, project, production, expected", [
    (24, 24, 0, 0, []),  # the split adds up to the 48 hours
    (0, 0, 0, 0, []),  # no split entered
    (12, 12, 12, 12, []),
    (24, 12, 0, 0, [("credit_unit.split_mismatch", "36", "48")]),  # short of the hours
    (24, 36, 0, 0, [("credit_unit.split_mismatch", "60", "48")]),  # more than the hours
    (24, 24, 0, 12, [("credit_unit.split_mismatch", "60", "48")]),
    (0, 0, 47, 0, [("credit_unit.split_mismatch", "47", "48")]),
    (0, 0, 0, 49, [("credit_unit.split_mismatch", "49", "48")]),
])
def test_the_hours_split_must_add_up_both_ways(theory, practice, project, production, expected):
    r = row("m1", 48, theory=theory, practice=practice, course_project=project, production=production)
    assert found(plan(r), "CREDIT-UNIT") == expected
    assert all(f.severity is Severity.WARNING for f in check(plan(r), RULES) if f.code == "credit_unit.split_mismatch")


@pytest.mark.parametrize("module_hours, outcomes, expected", [
    (96, (48, 48), []),
    (96, (48, 36), [("credit_unit.outcomes_sum", "84", "96")]),
    (96, (48, 60), [("credit_unit.outcomes_sum", "108", "96")]),
    (0, (48, 36), []),  # a module typed without hours counts through its outcomes
])
def test_learning_outcomes_add_up_to_their_module(module_hours, outcomes, expected):
    module = row("m1", module_hours, semester=None)
    parts = [row(f"m1.{n}", hours, parent="m1") for n, hours in enumerate(outcomes, 1)]
    assert found(plan(module, *parts), "CREDIT-UNIT") == expected
    if expected:
        (finding,) = [f for f in check(plan(module, *parts), RULES) if f.code == "credit_unit.outcomes_sum"]
        assert finding.rows == ("m1", "m1.1", "m1.2")


# --- YEAR-LOAD: MR l.263-267 -------------------------------------------------------------------------------
def by_year(*hours: int) -> Curriculum:
    """A plan of len(hours) years, each year's mandatory hours in one row in the year's first semester."""
    return plan(*(row(f"y{n}", h, semester=2 * n - 1) for n, h in enumerate(hours, 1) if h), years=len(hours))


@pytest.mark.parametrize("hours, expected", [
    ((YEAR, YEAR), []),
    ((YEAR + HALF, YEAR), [("year_load.over", "60.5", "60", 1)]),
    ((YEAR, YEAR + HALF), [("year_load.over", "60.5", "60", 2)]),
    ((YEAR, SHORT_MIN), []),  # the last year at the minimum
    ((YEAR, SHORT_MIN - HALF), [("year_load.short_year_too_short", "35.5", ">= 36", 2)]),
    ((YEAR, YEAR - HALF), []),  # one short year
    ((YEAR - HALF, YEAR), []),  # the only short year need not be the last
    ((SHORT_MIN - HALF, YEAR), [("year_load.short_year_too_short", "35.5", ">= 36", 1)]),
    ((YEAR - HALF, YEAR - HALF), [("year_load.under", "59.5", "60", 1)]),  # two short: only the last may be
    ((YEAR - HALF, YEAR, SHORT_MIN), [("year_load.under", "59.5", "60", 1)]),
    ((YEAR - HALF, YEAR - HALF, YEAR), [("year_load.under", "59.5", "60", 1), ("year_load.under", "59.5", "60", 2)]),
    ((YEAR, YEAR - HALF, SHORT_MIN - HALF),
     [("year_load.under", "59.5", "60", 2), ("year_load.short_year_too_short", "35.5", ">= 36", 3)]),
    ((YEAR, 0), [("year_load.short_year_too_short", "0", ">= 36", 2)]),  # a year with nothing in it
])
def test_sixty_credits_a_year_one_year_shorter_but_not_under_36(hours, expected):
    findings = [f for f in check(by_year(*hours), RULES) if f.rule == "YEAR-LOAD"]
    assert sorted((f.code, f.found, f.allowed, f.params["year"]) for f in findings) == sorted(expected)


def test_a_years_finding_names_the_rows_taught_that_year():
    curriculum = plan(row("a", YEAR, semester=1), row("b", HALF, semester=2), row("c", YEAR, semester=3))
    (finding,) = [f for f in check(curriculum, RULES) if f.code == "year_load.over"]
    assert finding.rows == ("a", "b") and finding.params == {"year": 1}


def test_electives_are_outside_the_year_load():
    elective = row("f1", 4 * H, Section.ELECTIVES, semester=1)
    assert found(plan(*by_year(YEAR, YEAR).rows, elective), "YEAR-LOAD") == []


def test_a_row_laid_out_short_of_its_hours():
    curriculum = plan(row("y1", YEAR), Row("y2", Section.PROFESSIONAL, "Y2", "y", "y", YEAR,
                                           semesters=(SemesterLoad(3, YEAR - HALF),)))
    assert ("year_load.not_distributed", str(YEAR - HALF), str(YEAR)) in found(curriculum, "YEAR-LOAD")
    over = plan(row("y1", YEAR), Row("y2", Section.PROFESSIONAL, "Y2", "y", "y", YEAR - HALF,
                                     semesters=(SemesterLoad(3, YEAR),)))
    assert ("year_load.not_distributed", str(YEAR), str(YEAR - HALF)) in found(over, "YEAR-LOAD")


def test_a_plan_with_nothing_laid_out_gets_one_finding():
    curriculum = plan(row("a", YEAR, semester=None), row("b", YEAR, semester=None))
    assert found(curriculum, "YEAR-LOAD") == [("year_load.nothing_laid_out", "0", "2")]


@pytest.mark.parametrize("semester, beyond", [(3, False), (4, False), (5, True), (6, True)])
def test_a_row_in_a_year_after_the_last(semester, beyond):
    curriculum = plan(row("y1", YEAR, semester=1), row("y2", YEAR, semester=3), row("late", HALF, Section.ELECTIVES,
                                                                                    semester=semester))
    late = [f for f in check(curriculum, RULES) if f.code == "year_load.beyond_last_year"]
    assert [(f.rows, f.found, f.allowed) for f in late] == ([(("late",), "3", "2")] if beyond else [])


# --- GENED-VOLUME: MR l.133-137 ----------------------------------------------------------------------------
def general(hours: int, specialty: str = "06130100", semester: int = 1, base: str = "9") -> Curriculum:
    return plan(row("g1", hours, Section.GENERAL, semester=semester, subject="mathematics"), base=base,
                specialty=specialty, years=4)


@pytest.mark.parametrize("specialty, hours, expected", [
    ("06130100", 60 * H, []),
    ("06130100", 60 * H - HALF, [("gened.volume", "59.5", "60")]),
    ("06130100", 60 * H + HALF, [("gened.volume", "60.5", "60")]),
    ("02150100", 38 * H, []),  # the choreography specialty's 38 credits
    ("02150100", 38 * H - HALF, [("gened.volume", "37.5", "38")]),
    ("02150100", 38 * H + HALF, [("gened.volume", "38.5", "38")]),
    ("02150100", 60 * H, [("gened.volume", "60", "38")]),
    ("02150200", 38 * H, [("gened.volume", "38", "60")]),  # only that specialty
])
def test_general_education_volume_by_specialty(specialty, hours, expected):
    assert found(general(hours, specialty), "GENED-VOLUME") == expected


@pytest.mark.parametrize("semester, late", [(1, False), (4, False), (5, True), (8, True)])
def test_general_education_in_years_one_and_two_only(semester, late):
    findings = found(general(60 * H, semester=semester), "GENED-VOLUME")
    assert findings == ([("gened.late_years", "", "1, 2")] if late else [])


@pytest.mark.parametrize("base, expected", [
    ("9", []), ("11", [("gened.not_on_this_base", "11", "9")]), ("tvet", [("gened.not_on_this_base", "tvet", "9")])])
def test_general_education_only_on_the_nine_grade_base(base, expected):
    assert found(general(60 * H, base=base), "GENED-VOLUME") == expected
    assert found(plan(row("m1", 48), base=base), "GENED-VOLUME") == (
        [("gened.volume", "0", "60")] if base == "9" else [])


# --- GENED-EXAMS, GENED-MANDATORY, GENED-PROFILE, GENED-REMOVED ---------------------------------------------
EXAMS_KK = "Жалпы білім беретін пәндер бойынша емтихандар"


@pytest.mark.parametrize("section, subject, outside", [
    (Section.GENERAL, None, False), (Section.INTERMEDIATE, None, True), (Section.ELECTIVES, None, True),
    (Section.PROFESSIONAL, None, False),  # module names are never general-education subjects
    (Section.PRACTICE, "general_exams", True), (Section.GENERAL, "general_exams", False),
])
def test_general_education_exams_inside_the_module(section, subject, outside):
    exams = Row("x", section, "X", EXAMS_KK, "", 72, subject=subject, semesters=(SemesterLoad(2, 72),))
    assert found(plan(exams, base="9"), "GENED-EXAMS") == ([("gened.exams_outside", "", "")] if outside else [])


ALL = ["foreign_language", "mathematics", "informatics", "history_of_kazakhstan", "physical_culture",
       "military_training"]
BY_LANGUAGE = {"kk": ["kazakh_language", "kazakh_literature", "russian_language_and_literature"],
               "ru": ["russian_language", "russian_literature", "kazakh_language_and_literature"]}
PROFILE = ["physics", "chemistry", "biology", "geography"]


def subjects_plan(subjects, language="kk", base="9", specialty="06130100") -> Curriculum:
    return plan(*(row(f"g{n}", 96, Section.GENERAL, subject=s) for n, s in enumerate(subjects, 1)), base=base,
                language=language, specialty=specialty)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_mandatory_subject_of_the_language_of_instruction(language):
    full = ALL + BY_LANGUAGE[language] + PROFILE
    assert found(subjects_plan(full, language), "GENED-MANDATORY") == []
    for missing in ALL + BY_LANGUAGE[language]:
        findings = [f for f in check(subjects_plan([s for s in full if s != missing], language), RULES)
                    if f.rule == "GENED-MANDATORY"]
        assert [(f.code, f.found, f.allowed, f.params) for f in findings] == [
            ("gened.missing_subject", "", missing, {"subject": missing, "language": language})]
    other = "ru" if language == "kk" else "kk"
    assert {f.params["subject"] for f in check(subjects_plan(full, other), RULES) if f.rule == "GENED-MANDATORY"} == \
        set(BY_LANGUAGE[other])
    assert found(subjects_plan([], language, base="11"), "GENED-MANDATORY") == []
    # a language of instruction the rule set has no list for: only the subjects every group takes
    assert {f.params["subject"] for f in check(subjects_plan([], "en"), RULES) if f.rule == "GENED-MANDATORY"} == set(ALL)


@pytest.mark.parametrize("profile, expected", [
    (PROFILE, []), (PROFILE[:3] + ["world_history"], []), (PROFILE + ["world_history"], []),
    (PROFILE[:3], [("gened.too_few_profile", "3", ">= 4")]),
    (PROFILE[:3] + ["informatics"], [("gened.too_few_profile", "3", ">= 4")]),  # not a profile subject
    ([], [("gened.too_few_profile", "0", ">= 4")]),
])
def test_at_least_four_profile_subjects(profile, expected):
    assert found(subjects_plan(ALL + BY_LANGUAGE["kk"] + profile), "GENED-PROFILE") == expected


@pytest.mark.parametrize("specialty, allowed", [("02110100", True), ("02150100", True), ("06130100", False),
                                                 ("01210100", False)])
def test_a_second_foreign_language_only_in_the_arts(specialty, allowed):
    curriculum = subjects_plan(ALL + BY_LANGUAGE["kk"] + PROFILE + ["second_foreign_language"], specialty=specialty)
    assert found(curriculum, "GENED-PROFILE") == ([] if allowed else [("gened.arts_only", "", "")])


@pytest.mark.parametrize("section", [Section.GENERAL, Section.ELECTIVES, Section.INTERMEDIATE])
def test_self_knowledge_may_not_appear(section):
    for name in ("Өзін-өзі тану", "Самопознание", "  самопознание "):
        removed = Row("s", section, "S", name, "", 36, semesters=(SemesterLoad(1, 36),))
        assert found(plan(removed, base="11"), "GENED-REMOVED") == [("gened.removed_subject", "", "")]


