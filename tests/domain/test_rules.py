"""Every credit-modular rule: a curriculum that passes and one that breaks it; properties over all."""
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from desktop.domain.curriculum import ExamForm, Row, SemesterLoad, Section, YearSchedule
from desktop.domain.rules import RULE_IDS, Severity
from desktop.domain.rules.engine import CHECKS, check

from curricula import RULES, mid_level_9, mid_level_two_workers, worker_11

VALID = {"mid-level on 9 grades (kk)": mid_level_9, "mid-level on 9 grades (ru)": lambda: mid_level_9("ru"),
         "mid-level with two worker qualifications": mid_level_two_workers, "worker on 11 grades": worker_11}


def rules_found(curriculum, rule):
    return [f for f in check(curriculum, RULES) if f.rule == rule]


def with_row(curriculum, row_id, **changes):
    return replace(curriculum, rows=tuple(replace(r, **changes) if r.id == row_id else r for r in curriculum.rows))


def without(curriculum, *row_ids):
    return replace(curriculum, rows=tuple(r for r in curriculum.rows if r.id not in row_ids))


def test_every_rule_of_domain_md_is_checked():
    assert [rule for rule, _ in CHECKS] == list(RULE_IDS)
    assert set(RULES["sources"]) == set(RULE_IDS)


@pytest.mark.parametrize("name", VALID)
def test_the_valid_curricula_have_no_findings(name):
    assert check(VALID[name](), RULES) == []


# --- CREDIT-UNIT -------------------------------------------------------------------------------

def test_credits_that_disagree_with_hours():
    broken = with_row(mid_level_9(), "g1", credits=5)  # 96 h entered as 5 credits
    (finding,) = rules_found(broken, "CREDIT-UNIT")
    assert (finding.code, finding.rows, finding.severity) == ("credit_unit.mismatch", ("g1",), Severity.ERROR)


def test_hours_that_are_not_half_credits():
    curriculum = mid_level_9()
    elective = Row("f1", Section.ELECTIVES, "Ф 01", "Факультатив", "Факультатив", 32, semesters=(SemesterLoad(3, 32),))
    findings = rules_found(replace(curriculum, rows=curriculum.rows + (elective,)), "CREDIT-UNIT")
    assert [(f.code, f.severity) for f in findings] == [("credit_unit.not_half_credits", Severity.WARNING)]
    broken = with_row(curriculum, "m1.1", hours=140, semesters=(SemesterLoad(2, 140),), theory=70, practice=70)
    assert "credit_unit.not_half_credits" in {f.code for f in rules_found(broken, "CREDIT-UNIT")}


def test_learning_outcomes_must_add_up_to_their_module():
    broken = with_row(mid_level_9(), "m1", hours=600)
    assert [f.code for f in rules_found(broken, "CREDIT-UNIT")] == ["credit_unit.outcomes_sum"]


# --- YEAR-LOAD ---------------------------------------------------------------------------------

def test_a_year_over_sixty_credits():
    broken = with_row(mid_level_9(), "g1", hours=120, semesters=(SemesterLoad(1, 120),))
    codes = {(f.code, f.params.get("year")) for f in rules_found(broken, "YEAR-LOAD")}
    assert ("year_load.over", 1) in codes


def test_only_the_last_year_may_be_short_and_not_under_36_credits():
    curriculum = worker_11()
    assert sum(l.hours for r in curriculum.rows for l in r.semesters if l.year == 2) == 1296  # 54 credits: fine
    no_practice = without(curriculum, "pp", "ia")  # the last year drops to 30 credits
    assert "year_load.short_year_too_short" in {f.code for f in rules_found(no_practice, "YEAR-LOAD")}
    moved = with_row(mid_level_9(), "g13", semesters=(SemesterLoad(3, 72),))  # year 1 short, year 2 long
    codes = {f.code for f in rules_found(moved, "YEAR-LOAD")}
    assert {"year_load.under", "year_load.over"} <= codes


def test_a_row_not_laid_out_over_semesters():
    broken = with_row(mid_level_9(), "b2", semesters=())
    assert "year_load.not_distributed" in {f.code for f in rules_found(broken, "YEAR-LOAD")}


# --- TOTAL-RANGE and WORKER-QUALS --------------------------------------------------------------

def test_total_credits_by_base_and_level():
    on_nine = replace(worker_11(), entry_base="9", rows=tuple(r for r in worker_11().rows))
    (finding,) = rules_found(on_nine, "TOTAL-RANGE")
    assert (finding.code, finding.found, finding.allowed) == ("total_range.outside", "114", "120–180")
    eleven = replace(mid_level_9(), entry_base="11", rows=tuple(r for r in mid_level_9().rows
                                                                if r.section is not Section.GENERAL))
    assert rules_found(eleven, "TOTAL-RANGE") == []  # 168 credits on the 11-grade base: within 120-180
    (cognate,) = rules_found(replace(eleven, entry_base="tvet", cognate=True), "TOTAL-RANGE")
    assert (cognate.code, cognate.found, cognate.allowed) == ("total_range.outside", "168", "60")
    (other,) = rules_found(replace(eleven, entry_base="tvet"), "TOTAL-RANGE")  # another profile: no volume set
    assert (other.code, other.severity, other.found) == ("total_range.not_cognate", Severity.WARNING, "168")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=600), st.sampled_from(["9", "11", "tvet"]), st.booleans(),
       st.sampled_from([("4S06130103",), ("5AB06130101",)]))
def test_the_cognate_flag_matters_only_to_a_tvet_base_mid_level_plan(halves, base, cognate, quals):
    """Whatever the volume, a cognate intake changes TOTAL-RANGE only where MR l.258-260 says so."""
    row = Row("m1", Section.PROFESSIONAL, "КМ 01", "М", "М", halves * 12, semesters=(SemesterLoad(1, halves * 12),))
    plan = replace(worker_11(), qualifications=quals, entry_base=base, rows=(row,))
    flagged, plain = (rules_found(replace(plan, cognate=value), "TOTAL-RANGE") for value in (True, False))
    if base == "tvet" and quals[0].startswith("4S"):
        assert [f.code for f in flagged] == ([] if halves == 120 else ["total_range.outside"])
        assert [(f.code, f.severity) for f in plain] == [("total_range.not_cognate", Severity.WARNING)]
    else:
        assert [f.key() for f in flagged] == [f.key() for f in plain]


def test_at_most_two_worker_qualifications_in_a_mid_level_programme():
    curriculum = mid_level_two_workers()
    three = replace(curriculum, qualifications=("3W06130101", "3W06130102", "3W06130104", "4S06130103"))
    (finding,) = rules_found(three, "WORKER-QUALS")
    assert (finding.found, finding.allowed) == ("3", "<= 2")


# --- general education -------------------------------------------------------------------------

def test_general_education_is_sixty_credits_in_years_one_and_two():
    short = without(mid_level_9(), "g13")
    assert [f.code for f in rules_found(short, "GENED-VOLUME")] == ["gened.volume"]
    late = with_row(mid_level_9(), "g4", semesters=(SemesterLoad(5, 216),))
    assert "gened.late_years" in {f.code for f in rules_found(late, "GENED-VOLUME")}
    eleven = replace(worker_11(), rows=worker_11().rows + (mid_level_9().row("g5"),))
    assert [f.code for f in rules_found(eleven, "GENED-VOLUME")] == ["gened.not_on_this_base"]


def test_general_education_exams_stay_inside_the_module():
    exams = mid_level_9().row("g14")
    outside = with_row(mid_level_9(), "g14", section=Section.INTERMEDIATE)
    assert exams.subject == "general_exams"
    assert [f.rows for f in rules_found(outside, "GENED-EXAMS")] == [("g14",)]


def test_mandatory_subjects_follow_the_language_of_instruction():
    assert rules_found(without(mid_level_9(), "g1"), "GENED-MANDATORY")[0].params["subject"] == "kazakh_language"
    swapped = replace(mid_level_9("kk"), language="ru")
    missing = {f.params["subject"] for f in rules_found(swapped, "GENED-MANDATORY")}
    assert missing == {"russian_language", "russian_literature", "kazakh_language_and_literature"}


def test_subjects_are_recognised_by_their_kazakh_or_russian_name():
    curriculum = mid_level_9("ru")
    unnamed = replace(curriculum, rows=tuple(replace(r, subject=None) for r in curriculum.rows))
    assert check(unnamed, RULES) == []


def test_at_least_four_profile_subjects_and_a_second_foreign_language_only_for_arts():
    few = without(mid_level_9(), "g11")  # biology out: 3 profile subjects left
    assert "gened.too_few_profile" in {f.code for f in rules_found(few, "GENED-PROFILE")}
    second = with_row(mid_level_9(), "g13", subject="second_foreign_language")
    assert [f.code for f in rules_found(second, "GENED-PROFILE")] == ["gened.arts_only"]
    arts = replace(second, specialty="02110100", qualifications=("4S02110101",))
    assert rules_found(arts, "GENED-PROFILE") == []


def test_self_knowledge_was_removed():
    broken = with_row(mid_level_9(), "g13", name_kk="Өзін-өзі тану", name_ru="Самопознание", subject=None)
    assert [f.rows for f in rules_found(broken, "GENED-REMOVED")] == [("g13",)]


# --- BASIC-MODULES -----------------------------------------------------------------------------

def test_the_basic_modules():
    assert rules_found(without(mid_level_9(), "b2"), "BASIC-MODULES")[0].params["number"] == 2
    assert rules_found(without(mid_level_9(), "b4"), "BASIC-MODULES")[0].params["number"] == 4
    assert rules_found(worker_11(), "BASIC-MODULES") == []  # БМ 4 is for mid-level specialists only
    extra = Row("b5", Section.BASIC, "БМ 5", "Қосымша", "Дополнительный", 0, basic_module=5)
    curriculum = replace(mid_level_9(), rows=mid_level_9().rows + (extra,))
    assert [(f.code, f.severity) for f in rules_found(curriculum, "BASIC-MODULES")] == [
        ("basic.extra_without_reason", Severity.WARNING)]
    justified = with_row(curriculum, "b5", justification="needed for КМ 03")
    assert rules_found(justified, "BASIC-MODULES") == []
    merged = with_row(mid_level_9(), "b3", merged_into="КМ 05")
    assert rules_found(merged, "BASIC-MODULES") == []
    assert [f.code for f in rules_found(replace(merged, military=True), "BASIC-MODULES")] == ["basic.merged_in_military"]


# --- DISTANCE-20 -------------------------------------------------------------------------------

def test_distance_learning_at_most_twenty_percent():
    curriculum = mid_level_9()
    total = sum(r.hours for r in curriculum.rows if r.section is not Section.PROFESSIONAL or r.parent)
    modules = [r for r in curriculum.rows if r.parent]
    at_limit = curriculum
    budget = int(total * 0.2)
    for row in modules:
        take = min(row.hours, budget)
        at_limit = with_row(at_limit, row.id, distance=take)
        budget -= take
    assert rules_found(at_limit, "DISTANCE-20") == []
    over = with_row(at_limit, modules[-1].id, distance=modules[-1].hours)
    (finding,) = rules_found(over, "DISTANCE-20")
    assert finding.code == "distance.over" and finding.allowed == "<= 20%"


# --- SCHEDULE-PARTS ----------------------------------------------------------------------------

def test_the_process_schedule_has_its_parts():
    curriculum = mid_level_9()
    assert [f.code for f in rules_found(replace(curriculum, schedule=()), "SCHEDULE-PARTS")] == ["schedule.missing"]
    year1 = YearSchedule(1, curriculum.schedule[0].weeks + "FF")
    early_final = replace(curriculum, schedule=(year1, *curriculum.schedule[1:]))
    assert "schedule.final_not_last_year" in {f.code for f in rules_found(early_final, "SCHEDULE-PARTS")}
    last = curriculum.schedule[-1]
    no_final = replace(curriculum, schedule=(*curriculum.schedule[:-1], YearSchedule(last.year, last.weeks.replace("F", "H"))))
    assert [f.params["part"] for f in rules_found(no_final, "SCHEDULE-PARTS")] == ["final_attestation"]
    too_long = replace(curriculum, schedule=(YearSchedule(1, "T" * 53), *curriculum.schedule[1:]))
    assert "schedule.too_many_weeks" in {f.code for f in rules_found(too_long, "SCHEDULE-PARTS")}
    missing_year = replace(curriculum, schedule=curriculum.schedule[1:])
    assert "schedule.year_missing" in {f.code for f in rules_found(missing_year, "SCHEDULE-PARTS")}


# --- QUAL-EXAM and CLASSIFIER ------------------------------------------------------------------

def test_each_worker_qualification_has_its_exam():
    (finding,) = rules_found(without(mid_level_two_workers(), "q2"), "QUAL-EXAM")
    assert finding.params["qualification"] == "3W06130102"
    no_form = with_row(mid_level_9(), "q1", exam_form=None)
    assert [f.code for f in rules_found(no_form, "QUAL-EXAM")] == ["qual_exam.no_form"]
    practical = with_row(mid_level_9(), "q1", exam_form=ExamForm.PRACTICAL_WORK)
    assert rules_found(practical, "QUAL-EXAM") == []


def test_classifier_codes():
    mismatch = replace(mid_level_9(), qualifications=("3W06130102", "4S04110102"))
    assert ("classifier.prefix_mismatch", Severity.WARNING) in {(f.code, f.severity) for f in rules_found(mismatch, "CLASSIFIER")}
    withdrawn_late = replace(worker_11(), specialty="01120100", qualifications=("3W01120101",), intake_year=2025)
    severities = {f.severity for f in rules_found(withdrawn_late, "CLASSIFIER") if f.code == "classifier.withdrawn"}
    assert severities == {Severity.ERROR}
    # Judged at the award (MR l.376-378), not the intake: a 2-year plan from 2024 awards in June 2026, too late;
    # one from 2023 in June 2025, still in time.
    assert {f.severity for f in rules_found(replace(withdrawn_late, intake_year=2024), "CLASSIFIER")
            if f.code == "classifier.withdrawn"} == {Severity.ERROR}
    withdrawn_early = replace(withdrawn_late, intake_year=2023)
    assert {f.severity for f in rules_found(withdrawn_early, "CLASSIFIER") if f.code == "classifier.withdrawn"} == {Severity.WARNING}
    assert "classifier.bad_specialty" in {f.code for f in rules_found(replace(worker_11(), specialty="061301"), "CLASSIFIER")}


def test_every_finding_names_its_source():
    broken = without(with_row(mid_level_9(), "g1", credits=5), "b2", "q1")
    for finding in check(broken, RULES):
        assert finding.source.startswith("MR 2022-2023, MR l.")


# --- properties --------------------------------------------------------------------------------

@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=30))
def test_credits_entered_in_halves_always_agree_with_their_hours(halves):
    rows = tuple(Row(f"e{i}", Section.ELECTIVES, f"Ф {i}", "Ф", "Ф", h * 12, credits=h / 2,
                     semesters=(SemesterLoad(1, h * 12),)) for i, h in enumerate(halves))
    curriculum = replace(mid_level_9(), rows=mid_level_9().rows + rows)
    assert rules_found(curriculum, "CREDIT-UNIT") == []


BROKEN = without(with_row(with_row(mid_level_9(), "g1", credits=5), "m2.1", distance=144,
                          semesters=(SemesterLoad(2, 144),)), "b2", "q1")


@settings(max_examples=60, deadline=None)
@given(st.permutations(BROKEN.rows))
def test_findings_do_not_depend_on_row_order(rows):
    expected = [f.key() for f in check(BROKEN, RULES)]
    assert expected
    assert [f.key() for f in check(replace(BROKEN, rows=tuple(rows)), RULES)] == expected


def test_self_knowledge_is_refused_as_an_elective_too():
    elective = Row("f9", Section.ELECTIVES, "Ф 09", "Өзін-өзі тану", "Самопознание", 36, semesters=(SemesterLoad(3, 36),))
    curriculum = replace(mid_level_9(), rows=mid_level_9().rows + (elective,))
    assert [f.rows for f in rules_found(curriculum, "GENED-REMOVED")] == [("f9",)]


def test_every_finding_reads_as_a_sentence_in_each_language():
    import json
    import re

    from desktop.domain.rules.texts import LANGUAGES, FindingTexts
    from desktop.paths import resource_path

    data = json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8"))
    texts = FindingTexts(data)
    for code, entry in data["messages"].items():
        placeholders = {lang: sorted(re.findall(r"\{(\w+)(?:\|[^{}]*)?\}", entry[lang])) for lang in LANGUAGES}
        assert placeholders["kk"] == placeholders["ru"] == placeholders["en"], code
    broken = replace(without(with_row(mid_level_9(), "g1", credits=5), "b2", "q1", "g2"), language="kk",
                     schedule=mid_level_9().schedule[:-1])
    findings = check(broken, RULES)
    assert {f.code for f in findings} <= set(data["messages"])
    for language in LANGUAGES:
        for finding in findings:
            text = texts.message(finding, language, RULES)
            assert "{" not in text and text, (finding.code, language)
    missing = next(f for f in findings if f.code == "gened.missing_subject")
    assert texts.message(missing, "kk", RULES) == "Міндетті пән жоқ: Қазақ әдебиеті"
    assert texts.message(missing, "ru", RULES) == "Нет обязательного предмета: Казахская литература"


def test_every_code_a_rule_can_emit_has_its_sentences():
    import json
    import re
    from pathlib import Path

    import desktop.domain.rules as rules_package
    from desktop.paths import resource_path

    data = json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8"))
    source = "".join(p.read_text(encoding="utf-8") for p in Path(rules_package.__file__).parent.glob("*.py"))
    emitted = set(re.findall(r'Severity\.\w+,\s*"([a-z_]+\.[a-z_]+)"', source))
    assert emitted and emitted <= set(data["messages"])
    assert set(data["rules"]) == set(RULE_IDS)


def test_the_schedule_must_hold_the_planned_hours():
    curriculum = mid_level_9()
    first = curriculum.schedule[0]
    short = YearSchedule(1, first.weeks.replace("T", "H", 5), first.theory_hours_per_week)
    (finding,) = rules_found(replace(curriculum, schedule=(short, *curriculum.schedule[1:])), "SCHEDULE-PARTS")
    assert finding.code == "schedule.theory_weeks_short" and finding.params["year"] == 1
    assert int(finding.found) > int(finding.allowed)


@pytest.mark.parametrize("make", list(VALID.values()), ids=list(VALID))
def test_the_proposed_schedule_fits_the_curriculum(make):
    from desktop.domain.templates import schedule_for

    curriculum = make()
    assert rules_found(replace(curriculum, schedule=schedule_for(curriculum)), "SCHEDULE-PARTS") == []
    assert all(len(year.weeks) <= 52 for year in schedule_for(curriculum))


def test_a_row_planned_after_the_last_year():
    late = with_row(worker_11(), "fa", semesters=(SemesterLoad(5, 108),))
    codes = {f.code for f in rules_found(late, "YEAR-LOAD")}
    assert "year_load.beyond_last_year" in codes
