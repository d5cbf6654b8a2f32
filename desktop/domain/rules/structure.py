"""Structure of the programme: BASIC-MODULES, SCHEDULE-PARTS, QUAL-EXAM, CLASSIFIER."""
from __future__ import annotations

from datetime import date

from desktop.domain.classifier import is_specialty_code, parse_qualification, specialty_prefix
from desktop.domain.curriculum import Curriculum, ExamForm, Level, Row, Section, WEEK_TYPES
from desktop.domain.rules import Finding, Severity
from desktop.domain.ruleset import RuleSet


def basic_modules(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    settings = rules["basic_modules"]
    source = rules.source("BASIC-MODULES")
    required = list(settings["always"])
    if curriculum.level is Level.MID_LEVEL:  # MR l.111-115: БМ 4 is studied by mid-level specialists only
        required += settings["mid_level"]
    modules = [row for row in curriculum.rows if row.section is Section.BASIC and not row.parent]
    numbers = {row.basic_module for row in modules}
    findings = [Finding("BASIC-MODULES", Severity.ERROR, "basic.missing", (), "", f"БМ {n}", source, {"number": n})
                for n in required if n not in numbers]
    known = set(settings["always"]) | set(settings["mid_level"])
    for row in modules:
        if row.basic_module not in known and not row.justification.strip():
            findings.append(Finding("BASIC-MODULES", Severity.WARNING, "basic.extra_without_reason", (row.id,),
                                    row.code, "", source))
        if row.merged_into and curriculum.military:
            findings.append(Finding("BASIC-MODULES", Severity.ERROR, "basic.merged_in_military", (row.id,),
                                    row.merged_into, "", source))
    return findings


def schedule_parts(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    if not curriculum.schedule:
        return [Finding("SCHEDULE-PARTS", Severity.WARNING, "schedule.missing", (), "", "",
                        rules.source("SCHEDULE-PARTS"))]
    settings = rules["schedule"]
    source = rules.source("SCHEDULE-PARTS")
    findings = []
    practice_years = {load.year for row in leaves if row.section is Section.PRACTICE for load in row.semesters}
    for year in curriculum.schedule:
        graduating = year.year == curriculum.years
        letters = set(year.weeks)
        params = {"year": year.year}
        unknown = sorted(letters - set(WEEK_TYPES))
        if unknown:
            findings.append(Finding("SCHEDULE-PARTS", Severity.ERROR, "schedule.unknown_week", (), "".join(unknown),
                                    "".join(WEEK_TYPES), source, params))
        if len(year.weeks) > settings["max_weeks"]:
            findings.append(Finding("SCHEDULE-PARTS", Severity.ERROR, "schedule.too_many_weeks", (),
                                    str(len(year.weeks)), f"<= {settings['max_weeks']}", source, params))
        wanted = list(settings["every_year"]) + (list(settings["graduating_year"]) if graduating else [])
        if year.year in practice_years:
            wanted.append("P")
        for letter in wanted:
            if letter not in letters:
                findings.append(Finding("SCHEDULE-PARTS", Severity.ERROR, "schedule.missing_part", (), "", letter,
                                        source, {**params, "part": WEEK_TYPES[letter]}))
        if not graduating:
            for letter in settings["graduating_only"]:
                if letter in letters:
                    findings.append(Finding("SCHEDULE-PARTS", Severity.ERROR, "schedule.final_not_last_year", (),
                                            letter, "", source, params))
    findings += _schedule_hours(curriculum, rules)
    planned = {year.year for year in curriculum.schedule}
    for year in range(1, curriculum.years + 1):
        if year not in planned:
            findings.append(Finding("SCHEDULE-PARTS", Severity.ERROR, "schedule.year_missing", (), "", str(year),
                                    source, {"year": year}))
    return findings


def _schedule_hours(curriculum: Curriculum, rules: RuleSet) -> list[Finding]:
    """Weeks x weekly hours must hold the hours the curriculum plans in classes and at practice."""
    from desktop.domain.templates import year_hours_by_kind  # noqa: PLC0415

    source = rules.source("SCHEDULE-PARTS")
    planned = year_hours_by_kind(curriculum)
    findings = []
    for year in curriculum.schedule:
        need = planned.get(year.year)
        if not need:
            continue
        for letter, code in (("T", "schedule.theory_weeks_short"), ("P", "schedule.practice_weeks_short")):
            capacity = year.weeks.count(letter) * year.theory_hours_per_week
            if need[letter] > capacity:
                findings.append(Finding("SCHEDULE-PARTS", Severity.ERROR, code, (), str(need[letter]), str(capacity),
                                        source, {"year": year.year, "weeks": year.weeks.count(letter),
                                                 "per_week": year.theory_hours_per_week}))
    return findings


def qualification_exams(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    source = rules.source("QUAL-EXAM")
    exams = [row for row in curriculum.rows if row.section is Section.INTERMEDIATE and row.qualification]
    findings = []
    for code in curriculum.worker_qualifications:
        held = [row for row in exams if row.qualification == code]
        if not held:
            findings.append(Finding("QUAL-EXAM", Severity.ERROR, "qual_exam.missing", (), code, "", source,
                                    {"qualification": code}))
    findings += _exam_timing(exams, leaves, source)
    forms = {form.value for form in ExamForm}
    for row in exams:
        if row.exam_form is None or row.exam_form.value not in forms:
            findings.append(Finding("QUAL-EXAM", Severity.ERROR, "qual_exam.no_form", (row.id,), "",
                                    " / ".join(sorted(forms)), source))
    return findings


def _exam_timing(exams: list[Row], leaves: list[Row], source: str) -> list[Finding]:
    """MR l.946-950, l.961-963: the exam follows the mastering of its qualification, as intermediate
    attestation at the end of its study: in the semester its last professional module ends, or the next."""
    ends: dict[str, int] = {}
    for row in leaves:
        if row.section is Section.PROFESSIONAL and row.qualification and row.semesters:
            ends[row.qualification] = max(ends.get(row.qualification, 0), *(l.semester for l in row.semesters))
    findings = []
    for row in exams:
        end = ends.get(row.qualification)
        if end is None or not row.semesters:
            continue  # no modules of the qualification laid out yet, or the exam itself is not (YEAR-LOAD)
        held = max(load.semester for load in row.semesters)
        if held not in (end, end + 1):
            findings.append(Finding("QUAL-EXAM", Severity.ERROR, "qual_exam.timing", (row.id,), str(held),
                                    f"{end}–{end + 1}", source, {"qualification": row.qualification, "end": end}))
    return findings


def classifier_codes(curriculum: Curriculum, leaves: list[Row], rules: RuleSet) -> list[Finding]:
    settings = rules["classifier"]
    source = rules.source("CLASSIFIER")
    findings = []
    if not is_specialty_code(curriculum.specialty):
        findings.append(Finding("CLASSIFIER", Severity.ERROR, "classifier.bad_specialty", (), curriculum.specialty,
                                "########", source))
    codes = list(curriculum.qualifications) + sorted({row.qualification for row in curriculum.rows
                                                      if row.qualification} - set(curriculum.qualifications))
    for code in codes:
        parsed = parse_qualification(code)
        if parsed is None:
            findings.append(Finding("CLASSIFIER", Severity.ERROR, "classifier.bad_qualification", (), code, "", source))
        elif parsed.specialty_prefix != specialty_prefix(curriculum.specialty):
            findings.append(Finding("CLASSIFIER", Severity.WARNING, "classifier.prefix_mismatch", (), code,
                                    specialty_prefix(curriculum.specialty), source))
    # MR l.364-374: the specialty 01140400 was removed by law, with no period of grace: no plan for it.
    for code in settings["withdrawn_specialties"]:
        if curriculum.specialty == code:
            findings.append(Finding("CLASSIFIER", Severity.ERROR, "classifier.specialty_withdrawn", (), code, "",
                                    source, {"code": code}))
    # MR l.376-378: the withdrawn qualifications apply until 15 July 2025, judged at the date each is awarded
    # (a worker qualification at its exam, the others at the end of study), not at the intake.
    withdrawn = set(settings["withdrawn"])
    until = date.fromisoformat(settings["withdrawn_valid_until"])
    for code in curriculum.qualifications:
        if code in withdrawn:
            awarded = award_date(curriculum, leaves, code)
            severity = Severity.ERROR if awarded > until else Severity.WARNING
            findings.append(Finding("CLASSIFIER", severity, "classifier.withdrawn", (), code, until.isoformat(),
                                    source, {"code": code, "awarded": awarded.isoformat()}))
    return findings


def award_date(curriculum: Curriculum, leaves: list[Row], qualification: str) -> date:
    """When a qualification is awarded: at the end of the semester of its qualification exam, else at the end
    of the last semester laid out (of the last study year when nothing is). An autumn semester ends with the
    January session, a spring one in June."""
    exams = [load.semester for row in leaves if row.section is Section.INTERMEDIATE
             and row.qualification == qualification for load in row.semesters]
    laid = [load.semester for row in leaves for load in row.semesters]
    semester = max(exams or laid or [2 * curriculum.years])
    if semester % 2:
        return date(curriculum.intake_year + (semester + 1) // 2, 1, 31)
    return date(curriculum.intake_year + semester // 2, 6, 30)
