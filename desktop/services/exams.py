"""Demonstration exams: schemes, sessions, the panel, candidates and their scores, results, the qualification
awarded on a pass, and the checks and figures of DOMAIN.md section 4."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from sqlalchemy import select

from desktop.domain import exams as de
from desktop.domain.contingent import ACTIVE, study_year
from desktop.domain.problems import FieldProblem
from desktop.models import (CurriculumRowRecord, ExamCandidate, ExamExpert, ExamSession, MarkingScheme, Qualification,
                            SchemeAspect, Specialty, Student, StudentQualification, StudyGroup)
from desktop.paths import resource_path
from desktop.services import journal
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.versions import check_version

KINDS = ("intermediate", "final", "qualification")
FORMS = ("practical", "demonstration")
VENUES = ("workshop", "laboratory", "training_centre", "enterprise", "competence_centre")
ROLES = ("chief", "expert", "technical", "employer")


@lru_cache(maxsize=1)
def grading_scale() -> de.GradingScale:
    return de.GradingScale.from_dict(json.loads(resource_path("grading", "national-letter-scale.json")
                                                .read_text(encoding="utf-8")))


def _problems(errors: list[de.MarkingError]) -> list[FieldProblem]:
    return [FieldProblem("aspect", e.code, {"aspect": e.aspect, "value": str(e.value)}) for e in errors]


def create_scheme(db: Database, competence: str, title: str, aspects: list[de.Aspect]) -> int:
    problems = _problems(de.scheme_problems(aspects))
    if not title.strip():
        problems.append(FieldProblem("title", "field.required"))
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        scheme = MarkingScheme(competence=competence.strip(), title=title.strip())
        scheme.aspects = [SchemeAspect(position=n, code=a.code, kind=a.kind.value, max_mark=a.max_mark,
                                       description=a.description) for n, a in enumerate(aspects)]
        session.add(scheme)
        session.flush()
        return scheme.id


@dataclass(frozen=True)
class SessionData:
    kind: str
    form: str
    qualification_code: str
    starts_on: date
    ends_on: date
    venue_type: str
    venue_name: str = ""
    competence: str = ""
    scheme_id: int | None = None
    pass_mark: Decimal = Decimal(50)
    infrastructure: str = ""
    tasks: tuple[str, ...] = ()
    costs: tuple[Decimal, Decimal, Decimal] = (Decimal(0), Decimal(0), Decimal(0))  # consumables, venue, experts
    # as read (session_data): given back to update_session, so no save is lost
    version: int | None = field(default=None, compare=False)


def _session_problems(session, data: SessionData) -> list[FieldProblem]:
    problems = []
    for name, value, allowed in (("kind", data.kind, KINDS), ("form", data.form, FORMS),
                                 ("venue_type", data.venue_type, VENUES)):
        if value not in allowed:
            problems.append(FieldProblem(name, "field.bad_choice", {"value": value}))
    if data.ends_on < data.starts_on:
        problems.append(FieldProblem("ends_on", "code.dates_reversed"))
    if not Decimal(0) < Decimal(data.pass_mark) <= Decimal(100):
        problems.append(FieldProblem("pass_mark", "exam.bad_pass_mark", {"value": str(data.pass_mark)}))
    if session.scalar(select(Qualification.id).where(Qualification.code == data.qualification_code)) is None:
        problems.append(FieldProblem("qualification", "group.unknown_code", {"code": data.qualification_code}))
    if data.scheme_id is not None and session.get(MarkingScheme, data.scheme_id) is None:
        problems.append(FieldProblem("scheme", "field.required"))
    return problems


def _write_session(record: ExamSession, data: SessionData) -> None:
    record.kind, record.form, record.qualification_code = data.kind, data.form, data.qualification_code
    record.competence, record.scheme_id = data.competence.strip(), data.scheme_id
    record.starts_on, record.ends_on = data.starts_on, data.ends_on
    record.venue_type, record.venue_name = data.venue_type, data.venue_name.strip()
    record.infrastructure, record.tasks = data.infrastructure.strip(), list(data.tasks)
    record.cost_consumables, record.cost_venue, record.cost_experts = data.costs
    record.pass_mark = Decimal(data.pass_mark)


def create_session(db: Database, data: SessionData) -> int:
    with db.session() as session:
        problems = _session_problems(session, data)
        if problems:
            raise ValidationFailed(problems)
        record = ExamSession(status="planned")
        _write_session(record, data)
        session.add(record)
        session.flush()
        return record.id


def session_data(db: Database, session_id: int) -> SessionData:
    with db.session() as session:
        r = session.get(ExamSession, session_id)
        if r is None:
            raise NotFound(session_id)
        return SessionData(r.kind, r.form, r.qualification_code, r.starts_on, r.ends_on, r.venue_type, r.venue_name,
                           r.competence, r.scheme_id, Decimal(str(r.pass_mark)), r.infrastructure, tuple(r.tasks),
                           (Decimal(str(r.cost_consumables)), Decimal(str(r.cost_venue)), Decimal(str(r.cost_experts))),
                           r.row_version)


def session_fields(data: SessionData) -> dict:
    """The session's columns as `data` would write them: what a refused save shows against the stored ones."""
    return {"kind": data.kind, "form": data.form, "qualification_code": data.qualification_code,
            "competence": data.competence.strip(), "scheme_id": data.scheme_id, "starts_on": data.starts_on,
            "ends_on": data.ends_on, "venue_type": data.venue_type, "venue_name": data.venue_name.strip(),
            "pass_mark": Decimal(data.pass_mark), "infrastructure": data.infrastructure.strip(),
            "tasks": list(data.tasks), "cost_consumables": data.costs[0], "cost_venue": data.costs[1],
            "cost_experts": data.costs[2]}


def update_session(db: Database, session_id: int, data: SessionData, version: int | None = None) -> None:
    """Change a planned session; once it has results, the scheme and the pass mark stay as they were marked.
    `version`: the one its editor read (StaleRecord when someone saved the session since)."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        check_version(session, record, version, session_fields(data))
        problems = _session_problems(session, data)
        marked = record.status != "planned" or any(c.total is not None for c in record.candidates)
        if marked and (data.scheme_id != record.scheme_id or Decimal(data.pass_mark) != Decimal(str(record.pass_mark))):
            problems.append(FieldProblem("scheme", "exam.has_results"))
        if problems:
            raise ValidationFailed(problems)
        _write_session(record, data)


def add_expert(db: Database, session_id: int, full_name: str, role: str, organisation: str = "",
               certificate: str = "") -> int:
    problems = [] if full_name.strip() else [FieldProblem("full_name", "field.required")]
    if role not in ROLES:
        problems.append(FieldProblem("role", "field.bad_choice", {"value": role}))
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        if session.get(ExamSession, session_id) is None:
            raise NotFound(session_id)
        expert = ExamExpert(session_id=session_id, full_name=full_name.strip(), role=role,
                            organisation=organisation.strip(), certificate=certificate.strip())
        session.add(expert)
        session.flush()
        return expert.id


def draw_task(db: Database, session_id: int, pick: random.Random | None = None, at: datetime | None = None,
              version: int | None = None) -> str:
    """Draw the task by lot and record which and when (refused when the session changed since `version`)."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        check_version(session, record, version)
        if not record.tasks:
            raise ValidationFailed([FieldProblem("tasks", "exam.no_tasks")])
        record.drawn_task = (pick or random.SystemRandom()).choice(record.tasks)
        record.drawn_at = (at or datetime.now()).replace(microsecond=0)
        return record.drawn_task


def add_candidates(db: Database, session_id: int, student_ids: list[int]) -> int:
    """A group's students put on the list at once: one entry of the change log says how many."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        present = {c.student_id for c in record.candidates}
        added = [sid for sid in dict.fromkeys(student_ids) if sid not in present]
        with journal.bulk(session, "exam_candidates", f"№ {session_id}", session_id=session_id, added=len(added)):
            record.candidates += [ExamCandidate(student_id=sid, scores={}) for sid in added]
        return len(added)


def _aspects(record: ExamSession) -> list[de.Aspect]:
    if record.scheme is None:
        raise ValidationFailed([FieldProblem("scheme", "exam.no_scheme")])
    return [de.Aspect(a.code, de.AspectKind(a.kind), Decimal(str(a.max_mark)), a.description)
            for a in record.scheme.aspects]


def _candidate(session, session_id: int, student_id: int) -> tuple[ExamSession, ExamCandidate]:
    record = session.get(ExamSession, session_id)
    if record is None:
        raise NotFound(session_id)
    candidate = next((c for c in record.candidates if c.student_id == student_id), None)
    if candidate is None:
        raise ValidationFailed([FieldProblem("student", "exam.not_a_candidate", {"value": student_id})])
    return record, candidate


def clock_day() -> date:
    """The day the office works on: the machine's clock (tests that play a day in 2027 set this)."""
    return date.today()


def _not_yet(record: ExamSession, today: date) -> list[FieldProblem]:
    """Why no results can be recorded yet: the session's first day is still to come, or no task was drawn (the
    candidates are marked on the task drawn by lot). A mark typed before then would be a mark of nothing."""
    problems = []
    if record.starts_on > today:
        problems.append(FieldProblem("starts_on", "exam.before_session",
                                     {"date": record.starts_on.strftime("%d.%m.%Y")}))
    if not record.drawn_task:
        problems.append(FieldProblem("tasks", "exam.not_drawn"))
    return problems


def scores_refused(db: Database, session_id: int, today: date | None = None) -> list[FieldProblem]:
    """What stands in the way of entering the session's scores (nothing: they may be entered)."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        return _not_yet(record, today or clock_day())


def set_scores(db: Database, session_id: int, student_id: int, scores: dict[str, list], absent: bool = False,
               retake: bool = False, today: date | None = None, version: int | None = None) -> Decimal | None:
    """Record a candidate's scores (every aspect's checked) and their total, letter and pass; None when absent.
    Refused before the session's first day and before its task is drawn, and (StaleRecord) when someone changed
    the candidate's scores since `version` was read."""
    with db.session() as session:
        return score_one(session, session_id, student_id, scores, absent, retake, today, version)


def score_one(session, session_id: int, student_id: int, scores: dict[str, list], absent: bool = False,
              retake: bool = False, today: date | None = None, version: int | None = None) -> Decimal | None:
    """set_scores inside a session already open (an import writes all its candidates in one)."""
    record, candidate = _candidate(session, session_id, student_id)
    check_version(session, candidate, version, candidate_fields(scores, absent, retake))
    problems = _not_yet(record, today or clock_day()) or _score(record, candidate, scores, absent, retake)
    if problems:
        raise ValidationFailed(problems)
    return candidate.total


def candidate_fields(scores: dict, absent: bool, retake: bool) -> dict:
    """A candidate's columns as a save gives them: what a refused save shows against the stored ones."""
    return {"scores": {} if absent else scores, "absent": absent, "retake": retake}


@dataclass(frozen=True)
class ScoreEntry:
    """One candidate's line of the score grid: no scores and not absent means not scored (yet)."""

    student_id: int
    scores: dict
    absent: bool = False
    retake: bool = False
    # the candidate's as the grid read it (GridLine.version); None: no check
    version: int | None = field(default=None, compare=False)


def set_all_scores(db: Database, session_id: int, entries: list[ScoreEntry], today: date | None = None) -> int:
    """The score grid saved at once: every line checked as set_scores checks one, all written or none (a problem
    carries the line's number in `entries`, from 1). Returns how many candidates have a total now. Refused, as a
    whole, before the session's first day and before its task is drawn, and (StaleRecord, naming the candidate)
    when someone changed a line's candidate since its version was read."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        problems = _not_yet(record, today or clock_day())
        if problems:
            raise ValidationFailed(problems)
        for number, entry in enumerate(entries, start=1):
            record, candidate = _candidate(session, session_id, entry.student_id)
            check_version(session, candidate, entry.version,
                          candidate_fields(entry.scores, entry.absent, entry.retake))
            if not entry.absent and not entry.scores:  # emptied: back to not scored
                candidate.absent, candidate.retake = False, entry.retake
                candidate.scores, candidate.total, candidate.letter, candidate.passed = {}, None, "", None
                continue
            missing = [a.code for a in _aspects(record) if not entry.absent and a.code not in entry.scores]
            if missing:  # a row half typed in is unfinished, not a fail with the rest counted 0
                problems.append(FieldProblem("score", "exam.incomplete_scores", {"aspects": ", ".join(missing)},
                                             row=number))
            problems += [FieldProblem(p.field, p.code, p.params, row=number)
                         for p in _score(record, candidate, entry.scores, entry.absent, entry.retake)]
        if problems:  # raised inside the transaction: nothing of the grid is written
            raise ValidationFailed(problems)
        return sum(1 for e in entries if not e.absent and e.scores)


def _score(record: ExamSession, candidate: ExamCandidate, scores: dict[str, list], absent: bool,
           retake: bool) -> list[FieldProblem]:
    """Check and write one candidate's scores; the problems found (nothing is meant to be kept then)."""
    candidate.absent, candidate.retake = absent, retake
    if absent:
        candidate.scores, candidate.total, candidate.letter, candidate.passed = {}, None, "", None
        return []
    aspects = _aspects(record)
    known = {a.code for a in aspects}
    problems = [FieldProblem("aspect", "exam.unknown_aspect", {"aspect": code, "value": ""})
                for code in scores if code not in known]
    clean = {}
    for aspect in aspects:
        if aspect.code not in scores:
            continue
        values = tuple(_typed(str(v)) if aspect.kind == de.AspectKind.JUDGEMENT else Decimal(str(v))
                       for v in scores[aspect.code])  # a judge's 2.5 stays 2.5, and is refused
        try:
            de.aspect_mark(aspect, values)
        except de.MarkingError as error:
            problems += _problems([error])
        clean[aspect.code] = [str(v) if isinstance(v, Decimal) else v for v in values]
    if problems:
        return problems
    total = de.total_mark(aspects, {code: tuple(Decimal(v) if isinstance(v, str) else v for v in values)
                                    for code, values in clean.items()})
    candidate.scores, candidate.total = clean, total
    candidate.letter = grading_scale().band(total).letter
    candidate.passed = de.passed(total, Decimal(str(record.pass_mark)))
    return []


def finish_session(db: Database, session_id: int, today: date | None = None) -> int:
    """Mark the session held and record the qualification on every candidate who passed (once); returns how many.
    Refused before the session's first day or its draw (a session not held yet is never counted as held), while a
    present candidate has no scores, or while the session has no expert panel."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        problems = _not_yet(record, today or clock_day())
        unscored = [c for c in record.candidates if not c.absent and c.total is None]
        if unscored:
            problems.append(FieldProblem("candidates", "exam.unscored", {"count": len(unscored)}))
        if not record.experts:  # the protocol is signed by the panel: a held session without one has no record
            problems.append(FieldProblem("panel", "exam.no_panel"))
        if problems:
            raise ValidationFailed(problems)
        record.status = "held"
        qualification = session.scalar(select(Qualification).where(Qualification.code == record.qualification_code))
        already = set(session.scalars(select(StudentQualification.student_id).where(
            StudentQualification.exam_session_id == session_id)))
        awarded = 0
        for candidate in record.candidates:
            if candidate.passed and candidate.student_id not in already:
                session.add(StudentQualification(student_id=candidate.student_id, qualification=qualification,
                                                 awarded_on=record.ends_on, exam_session_id=record.id,
                                                 evidence=f"exam session {record.id}, {candidate.total}"))
                awarded += 1
        return awarded


@dataclass(frozen=True)
class QualExamGap:
    group_code: str
    qualification: str


def exam_semesters(rows: list[tuple]) -> dict[str, int]:
    """The semester of each worker qualification's exam in a curriculum, from (key, parent, qualification,
    exam_form, semesters) rows: the qualification-exam row's own semester when the plan has one, else the last
    semester in which the qualification's modules are taught."""
    qualification_of = {key: qualification for key, _, qualification, _, _ in rows}
    last: dict[str, int] = {}
    exam: dict[str, int] = {}
    for key, parent, qualification, exam_form, semesters in rows:
        qualification = qualification or qualification_of.get(parent)
        if not qualification or not qualification.startswith("3W"):
            continue
        taught = [semester for semester, hours, *_ in semesters or [] if hours]
        if not taught:
            continue
        if exam_form:
            exam[qualification] = max(taught)
        last[qualification] = max(last.get(qualification, 0), *taught)
    return {q: exam.get(q, s) for q, s in last.items()}


def qual_exam_gaps(db: Database, today: date | None = None) -> list[QualExamGap]:
    """QUAL-EXAM: every worker qualification (3W) of a group's curriculum needs a qualification exam planned or held
    with candidates from that group, once the group reaches the study year of that exam."""
    today = today or date.today()
    with db.session() as session:
        covered = set(session.execute(
            select(StudyGroup.id, ExamSession.qualification_code)
            .join(Student, Student.group_id == StudyGroup.id)
            .join(ExamCandidate, ExamCandidate.student_id == Student.id)
            .join(ExamSession, ExamSession.id == ExamCandidate.session_id)
            .where(ExamSession.kind == "qualification")).all())
        plans: dict[int, list] = {}
        for cid, *row in session.execute(select(CurriculumRowRecord.curriculum_id, CurriculumRowRecord.row_key,
                                                CurriculumRowRecord.parent_key, CurriculumRowRecord.qualification,
                                                CurriculumRowRecord.exam_form, CurriculumRowRecord.semesters)):
            plans.setdefault(cid, []).append(tuple(row))
        semesters = {cid: exam_semesters(rows) for cid, rows in plans.items()}
        gaps = []
        for gid, code, intake, cid in session.execute(
                select(StudyGroup.id, StudyGroup.code, StudyGroup.intake_year, StudyGroup.curriculum_id)
                .where(StudyGroup.curriculum_id.is_not(None)).order_by(StudyGroup.code)):
            course = study_year(intake, today)
            for qualification, semester in sorted(semesters.get(cid, {}).items()):
                if (semester + 1) // 2 <= course and (gid, qualification) not in covered:
                    gaps.append(QualExamGap(code, qualification))
        return gaps


@dataclass(frozen=True)
class ResultLine:
    specialty: str
    qualification: str
    candidates: int
    absent: int
    passed: int
    mean_total: Decimal | None
    letters: dict = field(default_factory=dict)


def results_by_qualification(db: Database) -> list[ResultLine]:
    """Candidates, passes and mean totals by specialty and qualification."""
    with db.session() as session:
        rows = session.execute(select(ExamSession.qualification_code, ExamCandidate)
                               .join(ExamCandidate, ExamCandidate.session_id == ExamSession.id)).all()
        specialty_of = dict(session.execute(select(Qualification.code, Specialty.code).join(Specialty)).all())
    grouped: dict[str, list] = {}
    for code, candidate in rows:
        grouped.setdefault(code, []).append(candidate)
    lines = []
    for code, candidates in sorted(grouped.items(), key=lambda item: (specialty_of.get(item[0], ""), item[0])):
        scored = [Decimal(str(c.total)) for c in candidates if c.total is not None]
        letters: dict[str, int] = {}
        for c in candidates:
            if c.letter:
                letters[c.letter] = letters.get(c.letter, 0) + 1
        lines.append(ResultLine(specialty_of.get(code, ""), code, len(candidates), sum(c.absent for c in candidates),
                                sum(bool(c.passed) for c in candidates),
                                (sum(scored) / len(scored)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if scored else None, letters))
    return lines


@dataclass(frozen=True)
class AssessedShare:
    assessed: int
    graduating: int

    @property
    def percent(self) -> float | None:
        return None if self.graduating == 0 else 100.0 * self.assessed / self.graduating


def assessed_share(db: Database, today: date | None = None) -> AssessedShare:
    """Graduating students (in their group's last course) assessed by a demonstration exam: sat and scored."""
    today = today or date.today()
    with db.session() as session:
        graduating = [sid for sid, intake, months in session.execute(
            select(Student.id, StudyGroup.intake_year, StudyGroup.duration_months)
            .join(StudyGroup, Student.group_id == StudyGroup.id).where(Student.status.in_(tuple(ACTIVE))))
            if study_year(intake, today) >= (months + 11) // 12]
        sat = set(session.scalars(select(ExamCandidate.student_id).join(ExamSession).where(
            ExamSession.form == "demonstration", ExamCandidate.absent.is_(False), ExamCandidate.total.is_not(None))))
    return AssessedShare(sum(1 for sid in graduating if sid in sat), len(graduating))


def holds_demonstration_exams(db: Database, today: date | None = None) -> bool:
    """The ministry's indicator: the college holds demonstration exams (a session in that form held by today with
    candidates assessed, as the indicators count it, at any time)."""
    from desktop.domain.indicators import demonstration_held  # noqa: PLC0415
    from desktop.services.indicators import exam_sessions_held  # noqa: PLC0415

    with db.session() as session:
        return demonstration_held(exam_sessions_held(session), date.min, date.max, today or clock_day())


def _typed(value: str):
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else number


@dataclass(frozen=True)
class SessionRow:
    id: int
    kind: str
    form: str
    qualification: str
    starts_on: date
    ends_on: date
    status: str
    candidates: int
    drawn_task: str


def list_sessions(db: Database) -> list[SessionRow]:
    with db.session() as session:
        return [SessionRow(s.id, s.kind, s.form, s.qualification_code, s.starts_on, s.ends_on, s.status,
                           len(s.candidates), s.drawn_task)
                for s in session.scalars(select(ExamSession).order_by(ExamSession.starts_on.desc()))]


def list_schemes(db: Database) -> list[tuple[int, str]]:
    with db.session() as session:
        return [(s.id, s.title) for s in session.scalars(select(MarkingScheme).order_by(MarkingScheme.title))]


def candidate_scores(db: Database, session_id: int, student_id: int) -> tuple[list[de.Aspect], dict, bool, bool]:
    """The scheme's aspects and what the candidate has: scores by aspect, absent, retake."""
    with db.session() as session:
        record, candidate = _candidate(session, session_id, student_id)
        return _aspects(record), dict(candidate.scores), candidate.absent, candidate.retake


def delete_planned(db: Database, session_id: int) -> None:
    """A planned session with no scores yet may go (with its panel and candidate list)."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            return
        if record.status != "planned" or any(c.total is not None or c.absent for c in record.candidates):
            raise ValidationFailed([FieldProblem("status", "exam.has_results")])
        session.delete(record)


def remove_candidate(db: Database, session_id: int, student_id: int) -> None:
    """Take a candidate off a planned session's list (one added with the group who does not sit this exam, with any
    marks typed for them); a held session's list is the record of the exam and stays."""
    with db.session() as session:
        record, candidate = _candidate(session, session_id, student_id)
        if record.status != "planned":
            raise ValidationFailed([FieldProblem("status", "exam.has_results")])
        record.candidates.remove(candidate)


def remove_expert(db: Database, expert_id: int) -> None:
    with db.session() as session:
        expert = session.get(ExamExpert, expert_id)
        if expert is not None:
            session.delete(expert)


def list_experts(db: Database, session_id: int) -> list[tuple[int, str, str, str, str]]:
    with db.session() as session:
        return [(e.id, e.full_name, e.role, e.organisation, e.certificate) for e in session.scalars(
            select(ExamExpert).where(ExamExpert.session_id == session_id).order_by(ExamExpert.id))]


@dataclass(frozen=True)
class GridLine:
    student_id: int
    scores: dict
    absent: bool
    retake: bool
    # the candidate's: a save over a candidate changed since is refused
    version: int | None = field(default=None, compare=False)
    candidate_id: int | None = field(default=None, compare=False)  # the record a refusal names


def session_scores(db: Database, session_id: int) -> tuple[list[de.Aspect], list[GridLine]]:
    """The scheme's aspects and every candidate's scores as recorded, for the score grid (in candidate order)."""
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        return _aspects(record), [GridLine(c.student_id, dict(c.scores), c.absent, c.retake, c.row_version, c.id)
                                  for c in record.candidates]
