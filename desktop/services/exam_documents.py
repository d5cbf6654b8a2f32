"""Exam documents and files: the protocol's contents, the results sheet, a scheme and scores read from Excel."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.domain import exams as de
from desktop.domain.problems import FieldProblem
from desktop.models import ExamCandidate, ExamSession, Qualification, Student
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.exams import _aspects, _problems, _typed, create_scheme, grading_scale, set_scores


def import_scheme(db: Database, path, competence: str, title: str) -> int:
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415
    from desktop.exchange.exam_xlsx import read_scheme  # noqa: PLC0415

    try:
        aspects = read_scheme(path)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from exc
    return create_scheme(db, competence, title, aspects)


def import_scores(db: Database, session_id: int, path) -> int:
    """Scores from a sheet, one row per candidate and aspect: all or nothing; returns the candidates scored."""
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415
    from desktop.exchange.exam_xlsx import read_scores  # noqa: PLC0415

    try:
        lines = read_scores(path)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from exc
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        by_iin = {s.iin: s.id for s in session.scalars(select(Student).join(
            ExamCandidate, ExamCandidate.student_id == Student.id).where(ExamCandidate.session_id == session_id))}
    with db.session() as session:
        aspects = {a.code: a for a in _aspects(session.get(ExamSession, session_id))}
    problems, scores = [], {}
    for line in lines:
        where = {"row": line.row}
        if line.iin not in by_iin:
            problems.append(FieldProblem("iin", "exam.not_a_candidate", {"value": line.iin}, column="A", **where))
            continue
        aspect = aspects.get(line.aspect)
        if aspect is None:
            problems.append(FieldProblem("aspect", "exam.unknown_aspect", {"aspect": line.aspect, "value": ""},
                                         column="B", **where))
            continue
        values = [str(v) for v in line.scores]
        typed = tuple(_typed(v) if aspect.kind == de.AspectKind.JUDGEMENT else Decimal(v) for v in values)
        try:
            de.aspect_mark(aspect, typed)
        except de.MarkingError as error:
            problems += [FieldProblem("score", p.code, p.params, column="C", **where) for p in _problems([error])]
            continue
        scores.setdefault(by_iin[line.iin], {})[line.aspect] = values
    if problems:
        raise ValidationFailed(problems)
    for student_id, given in scores.items():
        set_scores(db, session_id, student_id, {code: [_typed(v) for v in values] for code, values in given.items()})
    return len(scores)


@dataclass(frozen=True)
class ProtocolLine:
    student_id: int
    name: str
    iin: str
    group_code: str
    absent: bool
    retake: bool
    marks: dict  # aspect code: marks earned
    total: Decimal | None
    letter: str
    grade: str
    passed: bool | None


@dataclass(frozen=True)
class ProtocolDocument:
    session_id: int
    kind: str
    form: str
    qualification: tuple[str, str, str]  # code, name kk, name ru
    competence: str
    starts_on: date
    ends_on: date
    venue_type: str
    venue_name: str
    drawn_task: str
    pass_mark: Decimal
    college_name_kk: str
    college_name_ru: str
    experts: tuple[tuple[str, str, str, str], ...]  # name, role, organisation, certificate
    aspects: tuple[de.Aspect, ...]
    lines: tuple[ProtocolLine, ...]


def protocol_document(db: Database, session_id: int) -> ProtocolDocument:
    from desktop.services.college import get_profile  # noqa: PLC0415

    profile = get_profile(db)
    scale = grading_scale()
    with db.session() as session:
        record = session.get(ExamSession, session_id)
        if record is None:
            raise NotFound(session_id)
        qualification = session.scalar(select(Qualification).where(Qualification.code == record.qualification_code))
        aspects = _aspects(record) if record.scheme else []
        lines = []
        for candidate in record.candidates:
            student = session.get(Student, candidate.student_id)
            marks = {}
            for aspect in aspects:
                if aspect.code in candidate.scores:
                    marks[aspect.code] = de.aspect_mark(aspect, tuple(
                        _typed(str(v)) if aspect.kind == de.AspectKind.JUDGEMENT else Decimal(str(v))
                        for v in candidate.scores[aspect.code])).quantize(Decimal("0.01"))
            total = Decimal(str(candidate.total)) if candidate.total is not None else None
            lines.append(ProtocolLine(
                student.id, f"{student.surname} {student.given_name} {student.patronymic}".strip(), student.iin or "",
                student.group.code if student.group else "", candidate.absent, candidate.retake, marks, total,
                candidate.letter, scale.band(total).grade if total is not None else "", candidate.passed))
        lines.sort(key=lambda line: line.name)
        return ProtocolDocument(
            record.id, record.kind, record.form,
            (record.qualification_code, qualification.name_kk if qualification else "",
             qualification.name_ru if qualification else ""), record.competence, record.starts_on, record.ends_on,
            record.venue_type, record.venue_name, record.drawn_task, Decimal(str(record.pass_mark)),
            profile.name_kk if profile else "", profile.name_ru if profile else "",
            tuple((e.full_name, e.role, e.organisation, e.certificate) for e in sorted(record.experts, key=lambda e: e.id)),
            tuple(aspects),
            tuple(lines))


def write_results_workbook(db: Database, session_id: int, path) -> int:
    """The results sheet: one row per candidate with the marks of each aspect, the total, letter and result."""
    from desktop.exchange.exam_xlsx import write_results  # noqa: PLC0415
    from desktop.paths import owner_only  # noqa: PLC0415

    doc = protocol_document(db, session_id)
    headers = ["ФИО", "ИИН", "Группа", *(a.code for a in doc.aspects), "Итого", "Оценка", "Результат"]
    rows = [[line.name, line.iin, line.group_code, *(float(line.marks[a.code]) if a.code in line.marks else None
                                                     for a in doc.aspects),
             float(line.total) if line.total is not None else None, line.letter,
             "неявка" if line.absent else ("сдал" if line.passed else "не сдал")] for line in doc.lines]
    write_results(path, headers, rows)
    owner_only(path)
    return len(rows)
