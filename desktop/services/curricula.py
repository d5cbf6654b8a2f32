"""Working curricula: create, read, save, check against the rule set, approve, archive, new version."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain.classifier import is_specialty_code, parse_qualification
from desktop.domain.curriculum import (Control, Curriculum, ExamForm, Row, SemesterLoad, Section, YearSchedule)
from desktop.domain.problems import FieldProblem
from desktop.domain.rules import RULE_IDS, Finding, Severity
from desktop.domain.rules.engine import check
from desktop.domain.rules.texts import FindingTexts
from desktop.domain.ruleset import RuleSet, pick_rule_set
from desktop.models import CurriculumRecord, CurriculumRowRecord, ScheduleYearRecord
from desktop.models.grades import FinalGrade
from desktop.paths import resource_path
from desktop.services.classifier import list_entries
from desktop.services.database import Database
from desktop.services import holds
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.versions import check_version

DRAFT, APPROVED, ARCHIVED = "draft", "approved", "archived"
HOLD_KIND = "curriculum"  # services.holds: the editor holds the curriculum it edits


@lru_cache(maxsize=1)
def rule_sets() -> tuple[RuleSet, ...]:
    folder = resource_path("rules")
    return tuple(RuleSet.from_dict(json.loads(path.read_text(encoding="utf-8")))
                 for path in sorted(folder.glob("*.json")) if path.name != "messages.json")


@lru_cache(maxsize=1)
def finding_texts() -> FindingTexts:
    return FindingTexts(json.loads(resource_path("rules", "messages.json").read_text(encoding="utf-8")))


def rule_set_for(curriculum: Curriculum) -> RuleSet:
    """The rule set the curriculum records, else the one in force when its study starts."""
    for rules in rule_sets():
        if rules.id == curriculum.rule_set:
            return rules
    return pick_rule_set(list(rule_sets()), date(curriculum.intake_year, 9, 1))


def check_curriculum(curriculum: Curriculum, known_codes: frozenset[str] | None = None) -> list[Finding]:
    """The rule set's findings; given the codes of the college's classifier (college_codes), also the specialty
    and the qualifications the classifier does not hold, in the same order (errors first, by rule)."""
    rules = rule_set_for(curriculum)
    findings = check(curriculum, rules)
    if known_codes is None:
        return findings
    findings += unknown_codes(curriculum, known_codes, rules.source("CLASSIFIER"))
    return sorted(findings, key=lambda f: (f.severity is not Severity.ERROR, RULE_IDS.index(f.rule), f.key()))


def college_codes(db: Database) -> frozenset[str]:
    """Every specialty and qualification code in the college's classifier."""
    return frozenset(entry.code for entry in list_entries(db))


def check_in_college(db: Database, curriculum: Curriculum) -> list[Finding]:
    """The findings a curriculum gets in this college: the rule set's and its classifier's."""
    return check_curriculum(curriculum, college_codes(db))


def unknown_codes(curriculum: Curriculum, known_codes: frozenset[str], source: str = "") -> list[Finding]:
    """A specialty or qualification the college's classifier does not hold: a mistyped code, or the state
    classifier not imported yet. A warning, not an error: the database starts with a part of the classifier only
    (docs/classifier-source.md), so an unknown code is a question to answer, not proof of a wrong plan. Codes
    that are not codes at all are the rule set's CLASSIFIER errors already, and are not repeated here."""
    findings = []
    if is_specialty_code(curriculum.specialty) and curriculum.specialty not in known_codes:
        findings.append(Finding("CLASSIFIER", Severity.WARNING, "classifier.unknown_specialty", (),
                                curriculum.specialty, "", source, {"code": curriculum.specialty}))
    for code in curriculum.qualifications:
        if parse_qualification(code) is not None and code not in known_codes:
            rows = tuple(row.id for row in curriculum.rows if row.qualification == code and not row.parent)
            findings.append(Finding("CLASSIFIER", Severity.WARNING, "classifier.unknown_qualification", rows, code,
                                    "", source, {"code": code}))
    return findings


@dataclass(frozen=True)
class CurriculumSummary:
    id: int
    title: str
    specialty: str
    qualifications: tuple[str, ...]
    entry_base: str
    language: str
    intake_year: int
    status: str
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class StoredCurriculum:
    id: int
    title: str
    status: str
    version: int
    approved_by: str
    approved_at: datetime | None
    curriculum: Curriculum
    row_version: int = 1  # what a save of this reading must find stored (services.versions)


def _summary(record: CurriculumRecord) -> CurriculumSummary:
    return CurriculumSummary(record.id, record.title, record.specialty_code, tuple(record.qualifications.split()),
                             record.entry_base, record.language, record.intake_year, record.status, record.version,
                             record.updated_at)


def _row(record: CurriculumRowRecord) -> Row:
    return Row(record.row_key, Section(record.section), record.code, record.name_kk, record.name_ru, record.hours,
               record.credits, record.theory, record.practice, record.course_project, record.production,
               record.distance,
               tuple(SemesterLoad(s, h, Control(c) if c else None) for s, h, c in record.semesters),
               record.parent_key, record.qualification, record.subject, record.basic_module, record.merged_into,
               record.justification, ExamForm(record.exam_form) if record.exam_form else None)


def _domain(record: CurriculumRecord) -> Curriculum:
    return Curriculum(record.specialty_code, tuple(record.qualifications.split()), record.entry_base,
                      record.language, record.study_form, record.intake_year, record.years,
                      tuple(_row(r) for r in record.rows),
                      tuple(YearSchedule(w.year, w.weeks, w.theory_hours_per_week) for w in record.weeks),
                      record.military, record.title, record.rule_set, record.cognate)


def _fill(record: CurriculumRecord, curriculum: Curriculum) -> None:
    _fill_fields(record, curriculum)
    record.rows = [CurriculumRowRecord(**_row_values(n, r)) for n, r in enumerate(curriculum.rows)]
    record.weeks = [ScheduleYearRecord(**_week_values(y)) for y in curriculum.schedule]


def _fill_fields(record: CurriculumRecord, curriculum: Curriculum) -> None:
    record.title = curriculum.title
    record.specialty_code = curriculum.specialty
    record.qualifications = " ".join(curriculum.qualifications)
    record.entry_base, record.language = curriculum.entry_base, curriculum.language
    record.study_form, record.intake_year, record.years = curriculum.study_form, curriculum.intake_year, curriculum.years
    record.military, record.cognate = curriculum.military, curriculum.cognate
    record.rule_set = rule_set_for(curriculum).id
    record.updated_at = datetime.now()


def _row_values(position: int, r: Row) -> dict:
    return dict(
        position=position, row_key=r.id, section=r.section.value, code=r.code, name_kk=r.name_kk,
        name_ru=r.name_ru, hours=r.hours, credits=r.credits, theory=r.theory, practice=r.practice,
        course_project=r.course_project, production=r.production, distance=r.distance, parent_key=r.parent,
        qualification=r.qualification, subject=r.subject, basic_module=r.basic_module, merged_into=r.merged_into,
        justification=r.justification, exam_form=r.exam_form.value if r.exam_form else None,
        semesters=[[s.semester, s.hours, s.control.value if s.control else None] for s in r.semesters])


def _week_values(y: YearSchedule) -> dict:
    return dict(year=y.year, weeks=y.weeks, theory_hours_per_week=y.theory_hours_per_week)


def _refill(session, record: CurriculumRecord, curriculum: Curriculum) -> None:
    """Bring a stored curriculum to the edited one in place: a row kept by its key is updated where it changed,
    the rest added or deleted. One flush, and the audit entry lists the rows that changed, not every row deleted
    and written again (a save of a plan with one hour changed had journalled each of its rows twice)."""
    # Read before any field changes: loading a collection flushes what is pending, which would make two
    # audit entries of one save.
    by_key = {row.row_key: row for row in record.rows}
    by_year = {week.year: week for week in record.weeks}
    kept_keys, kept_years = {r.id for r in curriculum.rows}, {y.year for y in curriculum.schedule}
    for gone in [row for key, row in by_key.items() if key not in kept_keys] + \
            [week for year, week in by_year.items() if year not in kept_years]:
        session.delete(gone)  # deleted by name: the journal does not see an orphan removed by the cascade
    _fill_fields(record, curriculum)
    record.rows = [_updated(by_key.get(r.id), CurriculumRowRecord, _row_values(n, r))
                   for n, r in enumerate(curriculum.rows)]
    record.weeks = [_updated(by_year.get(y.year), ScheduleYearRecord, _week_values(y)) for y in curriculum.schedule]


def _updated(existing, model, values: dict):
    if existing is None:
        return model(**values)
    for name, value in values.items():
        if getattr(existing, name) != value:  # an unchanged value set again would still count as a change
            setattr(existing, name, value)
    return existing


def curriculum_problems(curriculum: Curriculum) -> list[FieldProblem]:
    """What makes a curriculum impossible to store (the rules judge the rest)."""
    problems = []
    if not curriculum.title.strip():
        problems.append(FieldProblem("title", "field.required"))
    keys = [row.id for row in curriculum.rows]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(FieldProblem("rows", "curriculum.duplicate_row", {"row": key}))
    known = set(keys)
    for row in curriculum.rows:
        if row.parent and row.parent not in known:
            problems.append(FieldProblem("rows", "curriculum.unknown_parent", {"row": row.code, "parent": row.parent}))
        if row.hours < 0 or any(load.hours < 0 for load in row.semesters):
            problems.append(FieldProblem("rows", "curriculum.negative_hours", {"row": row.code}))
    return problems


def list_curricula(db: Database) -> list[CurriculumSummary]:
    with db.session() as session:
        records = session.scalars(select(CurriculumRecord).order_by(CurriculumRecord.specialty_code,
                                                                    CurriculumRecord.intake_year.desc(),
                                                                    CurriculumRecord.title))
        return [_summary(r) for r in records]


def _get(session, curriculum_id: int) -> CurriculumRecord:
    record = session.get(CurriculumRecord, curriculum_id)
    if record is None:
        raise NotFound(curriculum_id)
    return record


def stored_version(db: Database, curriculum_id: int) -> int | None:
    """The version saved now (a cheap look for a read-only editor: has the holder saved since?)."""
    with db.session() as session:
        return session.scalar(select(CurriculumRecord.row_version).where(CurriculumRecord.id == curriculum_id))


def get_curriculum(db: Database, curriculum_id: int) -> StoredCurriculum:
    with db.session() as session:
        record = _get(session, curriculum_id)
        return StoredCurriculum(record.id, record.title, record.status, record.version, record.approved_by,
                                record.approved_at, _domain(record), record.row_version)


def create(db: Database, curriculum: Curriculum, previous_id: int | None = None, version: int = 1) -> int:
    problems = curriculum_problems(curriculum)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        return _insert(session, curriculum, previous_id, version)


def create_many(db: Database, curricula: list[Curriculum]) -> list[int]:
    """Each a new draft in one transaction: a refusal of any stores none (the sheets of one workbook)."""
    problems = [p for curriculum in curricula for p in curriculum_problems(curriculum)]
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        return [_insert(session, curriculum) for curriculum in curricula]


def _insert(session, curriculum: Curriculum, previous_id: int | None = None, version: int = 1) -> int:
    record = CurriculumRecord(status=DRAFT, version=version, previous_id=previous_id)
    _fill(record, curriculum)
    session.add(record)
    session.flush()
    return record.id


def save(db: Database, curriculum_id: int, curriculum: Curriculum, version: int | None = None) -> int:
    """Replace a draft's content; approved and archived curricula are read-only. `version` is the row_version
    its editor read (None: no check): a curriculum saved meanwhile by another workstation is refused
    (versions.StaleRecord) and nothing is written. Returns the version now stored, for the editor's next save."""
    problems = curriculum_problems(curriculum)
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        record = _get(session, curriculum_id)
        check_version(session, record, version, _compared(curriculum))
        if record.status != DRAFT:
            raise ValidationFailed([FieldProblem("status", "curriculum.not_draft", {"status": record.status})])
        _refill(session, record, curriculum)
        session.flush()
        return record.row_version


def _compared(curriculum: Curriculum) -> dict:
    """The fields a refused save shows side by side: the stored value and the editor's."""
    return {"title": curriculum.title, "specialty_code": curriculum.specialty,
            "qualifications": " ".join(curriculum.qualifications), "intake_year": curriculum.intake_year}


def copy(db: Database, curriculum_id: int, title: str) -> int:
    source = get_curriculum(db, curriculum_id).curriculum
    return create(db, replace(source, title=title))


def approve(db: Database, curriculum_id: int, who: str, now: datetime | None = None,
            version: int | None = None) -> list[Finding]:
    """Approve a draft; refused (with the errors) while any rule is broken. Returns the warnings left (among
    them a specialty or qualification the college's classifier does not hold). With `version`, refused when the
    draft was saved by another workstation since it was read: what is approved is what was checked."""
    known = college_codes(db)
    with db.session() as session:
        record = _get(session, curriculum_id)
        check_version(session, record, version)
        if record.status != DRAFT:
            raise ValidationFailed([FieldProblem("status", "curriculum.not_draft", {"status": record.status})])
        if not who.strip():
            raise ValidationFailed([FieldProblem("approved_by", "field.required")])
        findings = check_curriculum(_domain(record), known)
        errors = [f for f in findings if f.severity is Severity.ERROR]
        if errors:
            raise ValidationFailed([FieldProblem("rules", "curriculum.has_errors", {"count": len(errors)})])
        record.status, record.approved_by, record.approved_at = APPROVED, who.strip(), now or datetime.now()
        record.rule_set = rule_set_for(_domain(record)).id
        return findings


def archive(db: Database, curriculum_id: int, version: int | None = None) -> None:
    with db.session() as session:
        record = _get(session, curriculum_id)
        check_version(session, record, version)
        if record.status != APPROVED:
            raise ValidationFailed([FieldProblem("status", "curriculum.not_approved", {"status": record.status})])
        record.status = ARCHIVED


def new_version(db: Database, curriculum_id: int) -> int:
    """A draft copy of an approved (or archived) curriculum, numbered one higher and linked to it."""
    stored = get_curriculum(db, curriculum_id)
    if stored.status == DRAFT:
        raise ValidationFailed([FieldProblem("status", "curriculum.already_draft", {})])
    return create(db, stored.curriculum, previous_id=stored.id, version=stored.version + 1)


def delete(db: Database, curriculum_id: int) -> None:
    held = holds.holder(db, HOLD_KIND, curriculum_id)
    if held is not None and not held.ours:  # its editor would go on editing a curriculum that is gone
        raise ValidationFailed([FieldProblem("status", "curriculum.held", {
            "who": held.user_name, "computer": held.workstation, "since": held.since.strftime("%H:%M")})])
    with db.session() as session:
        record = _get(session, curriculum_id)
        if record.status != DRAFT:
            raise ValidationFailed([FieldProblem("status", "curriculum.not_draft", {"status": record.status})])
        graded = session.scalar(select(func.count()).select_from(FinalGrade)
                                .where(FinalGrade.curriculum_id == curriculum_id))
        if graded:  # the grades were given against its rows: deleting it would leave them meaningless
            raise ValidationFailed([FieldProblem("status", "curriculum.has_grades", {"count": graded})])
        session.delete(record)


def read_curriculum_file(path: Path, sheet: str | None = None, intake_year: int | None = None) -> Curriculum:
    """A curriculum from an Excel workbook (the named sheet, else the first holding one); ValidationFailed lists
    every bad cell. See services.curriculum_files for every sheet of a workbook."""
    from desktop.services import curriculum_files  # noqa: PLC0415 - it builds on this module

    return curriculum_files.read_curriculum_file(path, sheet, intake_year)


def import_curriculum_file(db: Database, path: Path, sheet: str | None = None, intake_year: int | None = None) -> int:
    """Store a workbook's curriculum as a new draft, all or nothing."""
    return create(db, read_curriculum_file(path, sheet, intake_year))


def export_curriculum_file(db: Database, curriculum_id: int, path: Path) -> None:
    from desktop.exchange import curriculum_xlsx  # noqa: PLC0415

    curriculum_xlsx.write_curriculum(path, get_curriculum(db, curriculum_id).curriculum)


def curriculum_document(db: Database, curriculum_id: int, language: str):
    """Everything the printed curriculum shows, names resolved from the profile and the classifier."""
    from desktop.reports.curriculum_pdf import CurriculumDocument, FindingLine  # noqa: PLC0415
    from desktop.services.college import get_profile  # noqa: PLC0415

    stored = get_curriculum(db, curriculum_id)
    curriculum = stored.curriculum
    profile = get_profile(db)
    entries = list_entries(db)
    names = {e.code: e.name_kk if language == "kk" else e.name_ru for e in entries}
    rules = rule_set_for(curriculum)
    texts = finding_texts()
    position = {row.id: n for n, row in enumerate(curriculum.rows)}
    lines = tuple(FindingLine(
        f.rule, texts.severity(f.severity.value, language), f.severity is Severity.ERROR,
        texts.message(f, language, rules),
        ", ".join(curriculum.row(r).code for r in sorted(f.rows, key=position.get)), f.source)
        for f in check_curriculum(curriculum, frozenset(e.code for e in entries)))
    # The approval block names the director the profile holds; the recorded approver stands in for none.
    director = (profile.director if profile else "") or stored.approved_by
    # The employer who agrees the plan («КЕЛІСІЛДІ / СОГЛАСОВАНО»): the one partner enterprise that the dual
    # contracts (past their draft) of the plan's groups are with, named with its head; with none or several, the
    # lines stay blank to fill by hand.
    from desktop.domain.legal_forms import legal_form_in  # noqa: PLC0415
    from desktop.models import DualContract, Enterprise, Student, StudyGroup  # noqa: PLC0415

    employer_position = employer_name = ""
    with db.session() as session:
        partners = session.scalars(
            select(Enterprise).join(DualContract, DualContract.enterprise_id == Enterprise.id)
            .join(Student, DualContract.student_id == Student.id).join(StudyGroup, Student.group_id == StudyGroup.id)
            .where(StudyGroup.curriculum_id == curriculum_id, DualContract.status != "draft").distinct()).all()
        if len(partners) == 1:
            partner = partners[0]
            name = partner.name_ru if language == "ru" else (partner.name_kk or partner.name_ru)
            position = partner.signatory_position_ru if language == "ru" else partner.signatory_position_kk
            employer_position = ", ".join(part for part in (position, legal_form_in(name, language)) if part)
            employer_name = partner.signatory
    return CurriculumDocument(
        curriculum, (profile.name(language) if profile else ""), director,
        names.get(curriculum.specialty, ""), {code: names.get(code, "") for code in curriculum.qualifications},
        stored.status, stored.approved_by, stored.approved_at, rules.title_in(language), lines,
        deputy=profile.deputy_director if profile else "", employer_position=employer_position,
        employer_name=employer_name)


def write_curriculum_pdf(db: Database, curriculum_id: int, path: Path, language: str) -> None:
    from desktop.reports.curriculum_pdf import build_curriculum_pdf  # noqa: PLC0415

    build_curriculum_pdf(path, curriculum_document(db, curriculum_id, language), language)


def create_from_template(db: Database, title: str, specialty: str, qualifications: tuple[str, ...],
                         entry_base: str, language: str, years: int, intake_year: int,
                         study_form: str = "full_time", empty: bool = False, cognate: bool = False) -> int:
    """A new draft: the mandatory parts for its base and level laid out over the semesters, or empty."""
    from desktop.domain.templates import lay_out, starting_curriculum  # noqa: PLC0415

    probe = Curriculum(specialty, qualifications, entry_base, language, study_form, intake_year, years,
                       cognate=cognate)
    rules = rule_set_for(probe)
    if empty:
        return create(db, replace(probe, title=title, rule_set=rules.id))
    start = starting_curriculum(specialty, qualifications, entry_base, language, years, rules, intake_year)
    semester_hours = rules["year_credits"] * rules.hours_per_credit // 2
    # Over the real semesters: general education in years 1-2, the final attestation in the last semester.
    laid = lay_out(start, semester_hours)
    return create(db, replace(laid, title=title, study_form=study_form, cognate=cognate))


def propose_schedule(curriculum: Curriculum) -> tuple:
    from desktop.domain.templates import schedule_for  # noqa: PLC0415

    return schedule_for(curriculum)
