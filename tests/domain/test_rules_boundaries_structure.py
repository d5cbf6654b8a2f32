"""Boundary tables for the credit-modular rules of the plan's structure and schedule: basic modules, distance
learning, the process schedule, qualification exams, final attestation, teaching in person and the classifier
(the first rules are in test_rules_boundaries.py; the numbers and how they were worked out are told there).
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import desktop.domain.rules as rules_package
from desktop.domain.curriculum import Curriculum, ExamForm, Row, SemesterLoad, Section, YearSchedule

from rule_cases import BACHELOR, MID, RULES, WORKER, Severity, check, codes, found, plan, row


# --- BASIC-MODULES: MR l.93-127 ----------------------------------------------------------------------------
def basics(*numbers, quals=MID, military=False, changes=None) -> Curriculum:
    rows = [row(f"b{n}", 72, Section.BASIC, basic_module=n, **(changes or {}).get(n, {})) for n in numbers]
    return plan(*rows, quals=quals, military=military)


@pytest.mark.parametrize("numbers, quals, missing", [
    ((1, 2, 3, 4), MID, []), ((1, 2, 3), MID, [4]), ((2, 3, 4), MID, [1]), ((1, 3), MID, [2, 4]),
    ((1, 2, 3), WORKER, []), ((1, 2), WORKER, [3]),
    ((1, 2, 3), BACHELOR, []), ((1, 2), BACHELOR, [3]),  # MR l.111-115 names БМ 4 for mid-level specialists only
])
def test_the_basic_modules_each_programme_needs(numbers, quals, missing):
    assert found(basics(*numbers, quals=quals), "BASIC-MODULES") == [("basic.missing", "", f"БМ {n}") for n in missing]
    assert [f.params for f in check(basics(*numbers, quals=quals), RULES) if f.rule == "BASIC-MODULES"] == [
        {"number": n} for n in missing]


def test_an_extra_basic_module_needs_a_reason_and_military_ones_are_not_merged():
    extra = basics(1, 2, 3, 4, 5)
    assert [(f.code, f.severity, f.rows) for f in check(extra, RULES) if f.rule == "BASIC-MODULES"] == [
        ("basic.extra_without_reason", Severity.WARNING, ("b5",))]
    assert found(basics(1, 2, 3, 4, 5, changes={5: {"justification": "КМ 03"}}), "BASIC-MODULES") == []
    assert found(basics(1, 2, 3, 4, 5, changes={5: {"justification": "   "}}), "BASIC-MODULES") == [
        ("basic.extra_without_reason", "B5", "")]
    merged = {3: {"merged_into": "КМ 05"}}
    assert found(basics(1, 2, 3, 4, changes=merged), "BASIC-MODULES") == []
    assert found(basics(1, 2, 3, 4, military=True, changes=merged), "BASIC-MODULES") == [
        ("basic.merged_in_military", "КМ 05", "")]


# --- DISTANCE-20: MR l.398-439 -----------------------------------------------------------------------------
@pytest.mark.parametrize("remote, expected", [
    (0, []), (239, []), (240, []),  # 20 % of 1200 hours
    (241, [("distance.over", "20.1%", "<= 20%")]),
    (252, [("distance.over", "21.0%", "<= 20%")]),
])
def test_distance_learning_at_most_a_fifth(remote, expected):
    curriculum = plan(row("m1", 600, distance=min(remote, 600)), row("m2", 600, semester=3,
                                                                     distance=max(0, remote - 600)))
    findings = [f for f in check(curriculum, RULES) if f.rule == "DISTANCE-20"]
    assert [(f.code, f.found, f.allowed) for f in findings] == expected
    if expected:
        assert findings[0].params == {"hours": remote, "allowed_hours": 240}


@pytest.mark.parametrize("distance, over", [(47, False), (48, False), (49, True)])
def test_a_row_taught_at_a_distance_for_more_than_its_hours(distance, over):
    curriculum = plan(row("m1", 48, distance=distance), row("m2", 2400, semester=3))
    assert ([("distance.row_over_hours", str(distance), "<= 48")] if over else []) == [
        x for x in found(curriculum, "DISTANCE-20") if x[0] == "distance.row_over_hours"]


def test_distance_share_counts_mandatory_hours_only():
    # 240 of 1200 mandatory hours at a distance; 600 elective hours would dilute the share if counted
    curriculum = plan(row("m1", 1200, distance=240), row("f1", 600, Section.ELECTIVES, semester=3))
    assert found(curriculum, "DISTANCE-20") == []
    assert codes(plan(row("m1", 1200, distance=241), row("f1", 600, Section.ELECTIVES, semester=3)),
                 "DISTANCE-20") == ["distance.over"]


# --- SCHEDULE-PARTS: MR l.212-222 --------------------------------------------------------------------------
def scheduled(*weeks: str, practice_year: int | None = None, per_week: int = 36, theory_hours: int = 0) -> Curriculum:
    rows = [row("t", theory_hours, semester=1)] if theory_hours else []
    if practice_year:
        rows.append(row("p", 72, Section.PRACTICE, semester=2 * practice_year - 1))
    return plan(*rows, years=len(weeks), schedule=tuple(YearSchedule(n, w, per_week) for n, w in enumerate(weeks, 1)))


# Holidays in every year, the graduating one too (MR l.216-220: the schedule is made of academic periods,
# intermediate attestation, holidays and practice): the last year once had none here.
FIRST, LAST = "T" * 20 + "A" + "H" * 4, "T" * 20 + "A" + "HH" + "FFFF"


@pytest.mark.parametrize("weeks, expected, year", [
    ((FIRST, LAST), [], None),
    ((FIRST, "T" * 20 + "A" + "H" * 4), [("schedule.missing_part", "", "F")], 2),
    ((FIRST.replace("A", "H"), LAST), [("schedule.missing_part", "", "A")], 1),
    (("A" + "H" * 20, LAST), [("schedule.missing_part", "", "T")], 1),
    ((FIRST + "F", LAST), [("schedule.final_not_last_year", "F", "")], 1),
    ((FIRST + "X", LAST), [("schedule.unknown_week", "X", "TAPHF-")], 1),
    ((FIRST + "ZX", LAST), [("schedule.unknown_week", "XZ", "TAPHF-")], 1),
    ((FIRST.ljust(52, "H"), LAST), [], None),  # 52 weeks: the most a year has
    ((FIRST.ljust(53, "H"), LAST), [("schedule.too_many_weeks", "53", "<= 52")], 1),
    ((FIRST,), [("schedule.missing_part", "", "F")], 1),  # one year: it is the graduating one
    ((FIRST, "T" * 20 + "A" + "FFFF"), [("schedule.missing_part", "", "H")], 2),  # MR l.216-220: holidays yearly
    ((FIRST.replace("H", "-"), LAST), [("schedule.missing_part", "", "H")], 1),
])
def test_the_parts_of_the_process_schedule(weeks, expected, year):
    assert found(scheduled(*weeks), "SCHEDULE-PARTS") == expected
    findings = [f for f in check(scheduled(*weeks), RULES) if f.rule == "SCHEDULE-PARTS"]
    assert [f.params["year"] for f in findings] == [year] * len(expected)
    parts = {"F": "final_attestation", "A": "intermediate_attestation", "T": "theory", "H": "holidays"}
    assert [f.params.get("part") for f in findings] == [
        parts[allowed] if code == "schedule.missing_part" else None for code, _, allowed in expected]


def test_a_year_with_practice_needs_practice_weeks_and_every_year_is_planned():
    assert found(scheduled(FIRST + "PP", LAST, practice_year=1), "SCHEDULE-PARTS") == []
    finding, short = [f for f in check(scheduled(FIRST, LAST, practice_year=1), RULES) if f.rule == "SCHEDULE-PARTS"]
    assert (finding.code, finding.allowed, finding.params) == (
        "schedule.missing_part", "P", {"year": 1, "part": "practice"})
    assert (short.code, short.found, short.allowed) == ("schedule.practice_weeks_short", "72", "0")
    two_years = plan(years=2, schedule=(YearSchedule(1, FIRST),))
    assert found(two_years, "SCHEDULE-PARTS") == [("schedule.year_missing", "", "2")]
    assert found(plan(), "SCHEDULE-PARTS") == [("schedule.missing", "", "")]  # a warning (checked in found)
    assert [f.rows for f in check(plan(), RULES) if f.rule == "SCHEDULE-PARTS"] == [()]


@pytest.mark.parametrize("theory_hours, expected", [
    (20 * 36, []), (20 * 36 + 1, [("schedule.theory_weeks_short", "721", "720")])])
def test_theory_weeks_hold_the_hours_of_classes(theory_hours, expected):
    assert found(scheduled(FIRST, LAST, theory_hours=theory_hours), "SCHEDULE-PARTS") == expected
    assert [f.params for f in check(scheduled(FIRST, LAST, theory_hours=theory_hours), RULES)
            if f.rule == "SCHEDULE-PARTS"] == [{"year": 1, "weeks": 20, "per_week": 36}] * len(expected)


def test_every_year_of_the_grid_is_checked_for_its_hours():
    """Classes only in year 2: a first year with nothing planned must not stop the check of the second."""
    curriculum = plan(row("t", 721, semester=3), years=2, schedule=(YearSchedule(1, FIRST), YearSchedule(2, LAST)))
    assert found(curriculum, "SCHEDULE-PARTS") == [("schedule.theory_weeks_short", "721", "720")]


@pytest.mark.parametrize("practice_weeks, expected", [(2, []), (1, [("schedule.practice_weeks_short", "72", "36")])])
def test_practice_weeks_hold_the_practice_hours(practice_weeks, expected):
    assert found(scheduled(FIRST + "P" * practice_weeks, LAST, practice_year=1), "SCHEDULE-PARTS") == expected
    # 30 hours a week: 2 weeks hold 60 of the 72 practice hours
    short = [f for f in check(scheduled(FIRST + "P" * practice_weeks, LAST, practice_year=1, per_week=30), RULES)
             if f.code == "schedule.practice_weeks_short"]
    assert [(f.found, f.allowed, f.params) for f in short] == [
        ("72", str(30 * practice_weeks), {"year": 1, "weeks": practice_weeks, "per_week": 30})]


# --- QUAL-EXAM: MR l.942-963 -------------------------------------------------------------------------------
def exam(code: str, form: ExamForm | None = ExamForm.DEMONSTRATION_EXAM, section=Section.INTERMEDIATE) -> Row:
    return Row(f"q-{code}", section, "БЕ", "БЕ", "КЭ", 24, qualification=code, exam_form=form,
               semesters=(SemesterLoad(2, 24),))


@pytest.mark.parametrize("quals, rows, expected", [
    (MID, [exam("3W06130102")], []),
    (MID, [exam("3W06130102", ExamForm.PRACTICAL_WORK)], []),
    (MID, [], [("qual_exam.missing", "3W06130102", "")]),
    (MID, [exam("3W06130101")], [("qual_exam.missing", "3W06130102", "")]),  # another qualification's exam
    (MID, [exam("3W06130102", section=Section.FINAL)], [("qual_exam.missing", "3W06130102", "")]),  # not at the end
    (("3W06130101", "3W06130102", "4S06130103"), [exam("3W06130101")], [("qual_exam.missing", "3W06130102", "")]),
    (("4S06130103",), [], []),  # no worker qualification, no qualification exam
    (MID, [exam("3W06130102", None)],
     [("qual_exam.no_form", "", "demonstration_exam / practical_work")]),
])
def test_a_qualification_exam_after_each_worker_qualification(quals, rows, expected):
    assert found(plan(*rows, quals=quals), "QUAL-EXAM") == expected
    assert [f.params for f in check(plan(*rows, quals=quals), RULES) if f.code == "qual_exam.missing"] == [
        {"qualification": value} for code, value, _ in expected if code == "qual_exam.missing"]


@pytest.mark.parametrize("module_end, exam_semester, expected", [
    (2, 2, []), (2, 3, []),  # MR l.946-950, l.961-963: once the qualification is mastered, or the semester after
    (2, 4, [("qual_exam.timing", "4", "2–3")]),  # the demo's old 3W exam: modules ending in 5, exam in 8
    (2, 1, [("qual_exam.timing", "1", "2–3")]),  # before its modules end
    (4, 3, [("qual_exam.timing", "3", "4–5")]),
])
def test_a_qualification_exam_when_its_modules_end(module_end, exam_semester, expected):
    module = row("m1", 48, semester=module_end, qualification="3W06130102")
    other = row("m2", 48, semester=module_end + 2, qualification="4S06130103")  # a later module of another one
    held = replace(exam("3W06130102"), semesters=(SemesterLoad(exam_semester, 24),))
    findings = [f for f in check(plan(module, other, held, quals=MID, years=3), RULES) if f.rule == "QUAL-EXAM"]
    assert [(f.code, f.found, f.allowed) for f in findings] == expected
    assert [f.params for f in findings] == [{"qualification": "3W06130102", "end": module_end}] * len(expected)
    # no module of the qualification laid out yet (a fresh template): nothing to time the exam by
    assert found(plan(other, held, quals=MID, years=3), "QUAL-EXAM") == []


# --- FINAL-ATTESTATION: MR l.212-222 (l.220-222: the graduating year has the final attestation period) ------
def final(*semesters: int, hours: int = 108) -> Row:
    share = hours // max(1, len(semesters))
    return Row("fa", Section.FINAL, "ҚА", "ҚА", "ИА", hours, semesters=tuple(SemesterLoad(s, share) for s in semesters))


@pytest.mark.parametrize("taught, attestation, expected", [
    (4, final(4), []), (4, final(3, 4), []),  # ends the last semester, all of it in the last year
    (4, final(3), [("final.not_last_semester", "3", "4")]),  # a semester too early
    (4, final(2), [("final.not_last_semester", "2", "4")]),  # moved to year 1
    (4, final(2, 4), [("final.not_last_semester", "2, 4", "4")]),  # partly before the graduating year
    (4, final(5), [("final.not_last_semester", "5", "4")]),  # after the last year
    (3, final(3), []),  # a short last year of one semester ends in semester 3
    (2, final(2), [("final.not_last_semester", "2", "3")]),  # nothing in the last year at all
    (4, None, [("final.missing", "", "")]),
    (4, final(4, hours=0), [("final.missing", "", "")]),  # a row with no hours is no attestation
    (4, final(), []),  # not laid out: YEAR-LOAD says so
])
def test_the_final_attestation_ends_the_last_year(taught, attestation, expected):
    rows = [row("t1", 48, semester=1), row("t2", 48, semester=taught)] + ([attestation] if attestation else [])
    curriculum = plan(*rows, years=2)
    assert found(curriculum, "FINAL-ATTESTATION") == expected
    assert [f.rows for f in check(curriculum, RULES) if f.rule == "FINAL-ATTESTATION"] == [
        ("fa",) if code == "final.not_last_semester" else () for code, _, _ in expected]


# --- IN-PERSON: MR l.394-400 (lessons, laboratory and practical work and professional practice in person) --
@pytest.mark.parametrize("rows, expected", [
    ([row("pp", 72, Section.PRACTICE)], []),
    ([], [("in_person.no_practice", "", "")]),
    ([row("pp", 0, Section.PRACTICE)], [("in_person.no_practice", "", "")]),
    ([row("f1", 72, Section.ELECTIVES)], [("in_person.no_practice", "", "")]),  # an elective is no practice
    ([row("pp", 72, Section.PRACTICE, distance=1)], [("in_person.practice_at_distance", "1", "0")]),
    ([row("pp", 72, Section.PRACTICE), row("m1", 48, theory=24, practice=24, distance=24)], []),
    ([row("pp", 72, Section.PRACTICE), row("m1", 72, theory=24, practice=48, distance=25)],
     [("in_person.lessons_at_distance", "25", "<= 24")]),
    ([row("pp", 72, Section.PRACTICE), row("m1", 48, production=48, distance=1)],
     [("in_person.lessons_at_distance", "1", "<= 0")]),
    ([row("pp", 72, Section.PRACTICE), row("m1", 48, theory=36, course_project=12, distance=48)], []),
    ([row("pp", 72, Section.PRACTICE), row("m1", 48, distance=48)], []),  # no split: nothing can be said
])
def test_practice_is_planned_and_held_in_person(rows, expected):
    assert found(plan(*rows), "IN-PERSON") == expected
    lessons = [f for f in check(plan(*rows), RULES) if f.code == "in_person.lessons_at_distance"]
    assert [f.params for f in lessons] == [{"hands_on": 48}] * len(lessons)  # the laboratory + practical hours


# --- CLASSIFIER: MR l.315-386 ------------------------------------------------------------------------------
@pytest.mark.parametrize("specialty, quals, expected", [
    ("06130100", ("3W06130102", "4S06130103"), []),
    ("0613010", ("4S06130103",), [("classifier.bad_specialty", "0613010", "########")]),
    ("061301000", ("4S06130103",), [("classifier.bad_specialty", "061301000", "########")]),
    ("０６１３０１００", ("4S06130103",), [("classifier.bad_specialty", "０６１３０１００", "########"),
                                          ("classifier.prefix_mismatch", "4S06130103", "０６１３０１")]),
    ("06130100", ("4S0613010",), [("classifier.bad_qualification", "4S0613010", "")]),
    ("06130100", ("4X06130103",), [("classifier.bad_qualification", "4X06130103", "")]),
    ("06130100", ("4S06140103",), [("classifier.prefix_mismatch", "4S06140103", "061301")]),
])
def test_classifier_codes(specialty, quals, expected):
    assert found(plan(quals=quals, specialty=specialty), "CLASSIFIER") == expected


def test_a_row_naming_a_qualification_the_plan_lacks_is_checked_too():
    curriculum = plan(row("m1", 48, qualification="4S0614"), quals=("4S06130103",))
    assert found(curriculum, "CLASSIFIER") == [("classifier.bad_qualification", "4S0614", "")]


# MR l.376-378: the withdrawn qualifications apply until 15 July 2025, each judged at the date it is awarded
# (this table once judged them at the intake): a worker qualification at the end of its exam's semester
# (January for an autumn one, June for a spring one), else at the end of study.
@pytest.mark.parametrize("intake, years, exam_semester, awarded, severity", [
    (2023, 2, None, "2025-06-30", Severity.WARNING), (2024, 2, None, "2026-06-30", Severity.ERROR),
    (2022, 4, None, "2026-06-30", Severity.ERROR),  # an intake before the date, awarded after it
    (2024, 2, 1, "2025-01-31", Severity.WARNING), (2024, 2, 2, "2025-06-30", Severity.WARNING),
    (2024, 2, 3, "2026-01-31", Severity.ERROR),
])
def test_withdrawn_qualifications_are_judged_at_their_award(intake, years, exam_semester, awarded, severity):
    rows = [exam("3W01120101")] if exam_semester else []
    rows = [replace(r, semesters=(SemesterLoad(exam_semester, 24),)) for r in rows]
    curriculum = plan(*rows, quals=("3W01120101",), specialty="01120100", intake_year=intake, years=years)
    withdrawn = [f for f in check(curriculum, RULES) if f.code == "classifier.withdrawn"]
    assert [(f.found, f.allowed, f.severity, f.params) for f in withdrawn] == [
        ("3W01120101", "2025-07-15", severity, {"code": "3W01120101", "awarded": awarded})]


@pytest.mark.parametrize("intake", [2022, 2024, 2025])
def test_a_specialty_removed_by_law_has_no_grace(intake):
    """MR l.364-374: 01140400 left the classifier by law; the July 2025 date (l.376-378) is for qualifications."""
    curriculum = plan(quals=("4S01140401",), specialty="01140400", intake_year=intake)
    assert found(curriculum, "CLASSIFIER") == [("classifier.specialty_withdrawn", "01140400", "")]


# --- every code the engine can emit, each produced above ----------------------------------------------------
PRODUCED = {
    "total_range.outside": "test_total_range_bounds_are_inclusive", "total_range.no_range":
        "test_a_worker_programme_on_the_tvet_base_has_no_range",
    "total_range.not_cognate": "test_the_sixty_credit_case_is_for_a_cognate_qualification_only",
    "worker_quals.too_many": "test_at_most_two_worker_qualifications_in_a_mid_level_programme",
    "credit_unit.mismatch": "test_credits_entered_must_be_hours_over_24",
    "credit_unit.not_half_credits": "test_hours_must_be_whole_half_credits",
    "credit_unit.split_mismatch": "test_the_hours_split_must_add_up_both_ways",
    "credit_unit.outcomes_sum": "test_learning_outcomes_add_up_to_their_module",
    "year_load.over": "test_sixty_credits_a_year_one_year_shorter_but_not_under_36",
    "year_load.under": "test_sixty_credits_a_year_one_year_shorter_but_not_under_36",
    "year_load.short_year_too_short": "test_sixty_credits_a_year_one_year_shorter_but_not_under_36",
    "year_load.not_distributed": "test_a_row_laid_out_short_of_its_hours",
    "year_load.nothing_laid_out": "test_a_plan_with_nothing_laid_out_gets_one_finding",
    "year_load.beyond_last_year": "test_a_row_in_a_year_after_the_last",
    "gened.volume": "test_general_education_volume_by_specialty",
    "gened.late_years": "test_general_education_in_years_one_and_two_only",
    "gened.not_on_this_base": "test_general_education_only_on_the_nine_grade_base",
    "gened.exams_outside": "test_general_education_exams_inside_the_module",
    "gened.missing_subject": "test_every_mandatory_subject_of_the_language_of_instruction",
    "gened.too_few_profile": "test_at_least_four_profile_subjects",
    "gened.arts_only": "test_a_second_foreign_language_only_in_the_arts",
    "gened.removed_subject": "test_self_knowledge_may_not_appear",
    "basic.missing": "test_the_basic_modules_each_programme_needs",
    "basic.extra_without_reason": "test_an_extra_basic_module_needs_a_reason_and_military_ones_are_not_merged",
    "basic.merged_in_military": "test_an_extra_basic_module_needs_a_reason_and_military_ones_are_not_merged",
    "distance.over": "test_distance_learning_at_most_a_fifth",
    "distance.row_over_hours": "test_a_row_taught_at_a_distance_for_more_than_its_hours",
    "schedule.missing": "test_a_year_with_practice_needs_practice_weeks_and_every_year_is_planned",
    "schedule.year_missing": "test_a_year_with_practice_needs_practice_weeks_and_every_year_is_planned",
    "schedule.missing_part": "test_the_parts_of_the_process_schedule",
    "schedule.final_not_last_year": "test_the_parts_of_the_process_schedule",
    "schedule.unknown_week": "test_the_parts_of_the_process_schedule",
    "schedule.too_many_weeks": "test_the_parts_of_the_process_schedule",
    "schedule.theory_weeks_short": "test_theory_weeks_hold_the_hours_of_classes",
    "schedule.practice_weeks_short": "test_practice_weeks_hold_the_practice_hours",
    "qual_exam.missing": "test_a_qualification_exam_after_each_worker_qualification",
    "qual_exam.no_form": "test_a_qualification_exam_after_each_worker_qualification",
    "qual_exam.timing": "test_a_qualification_exam_when_its_modules_end",
    "final.missing": "test_the_final_attestation_ends_the_last_year",
    "final.not_last_semester": "test_the_final_attestation_ends_the_last_year",
    "in_person.no_practice": "test_practice_is_planned_and_held_in_person",
    "in_person.practice_at_distance": "test_practice_is_planned_and_held_in_person",
    "in_person.lessons_at_distance": "test_practice_is_planned_and_held_in_person",
    "classifier.bad_specialty": "test_classifier_codes", "classifier.bad_qualification": "test_classifier_codes",
    "classifier.prefix_mismatch": "test_classifier_codes",
    "classifier.withdrawn": "test_withdrawn_qualifications_are_judged_at_their_award",
    "classifier.specialty_withdrawn": "test_a_specialty_removed_by_law_has_no_grace",
}


def test_every_code_the_engine_can_emit_is_produced_by_a_named_test():
    tests = set()
    for name in ("test_rules_boundaries.py", "test_rules_boundaries_structure.py"):
        tests |= set(re.findall(r"^def (test_[a-z0-9_]+)", (Path(__file__).parent / name).read_text(encoding="utf-8"), re.M))
    assert set(PRODUCED.values()) <= tests, set(PRODUCED.values()) - tests
    source = "".join(p.read_text(encoding="utf-8") for p in Path(rules_package.__file__).parent.glob("*.py"))
    emitted = set(re.findall(r'"([a-z_]+\.[a-z_]+)"', source)) - {"rules.py"}
    emitted = {code for code in emitted if code.split(".")[0] in {
        "total_range", "worker_quals", "credit_unit", "year_load", "gened", "basic", "distance", "schedule",
        "qual_exam", "classifier", "final", "in_person"}}
    assert emitted == set(PRODUCED)
