"""Exam documents and files: the protocol's contents, the results sheet, a scheme and scores read from Excel."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop.domain.collation import name_key
from desktop.domain import exams as de
from desktop.domain.problems import FieldProblem
from desktop.models import ExamCandidate, ExamSession, Qualification, Student
from desktop.services import journal
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.exams import (_aspects, _problems, _typed, create_scheme, grading_scale, score_one,
                                    scores_refused)


def import_scheme(db: Database, path, competence: str, title: str) -> int:
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415
    from desktop.exchange.exam_xlsx import read_scheme  # noqa: PLC0415

    try:
        aspects = read_scheme(path)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from exc
    return create_scheme(db, competence, title, aspects)


def import_scores(db: Database, session_id: int, path, today: date | None = None) -> int:
    """Scores from a sheet, one row per candidate and aspect: all or nothing; returns the candidates scored.
    Refused before the session's first day and before its task is drawn, as typed scores are."""
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415
    from desktop.exchange.exam_xlsx import read_scores  # noqa: PLC0415

    refused = scores_refused(db, session_id, today)
    if refused:
        raise ValidationFailed(refused)
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
    # one transaction and one entry of the change log for the whole sheet: all or nothing, as said above
    with db.session() as session, journal.bulk(session, "exam_scores_import", Path(path).name,
                                               session_id=session_id, candidates=len(scores)):
        with session.no_autoflush:  # each candidate written once, counted once
            for student_id, given in scores.items():
                score_one(session, session_id, student_id,
                          {code: [_typed(v) for v in values] for code, values in given.items()}, today=today)
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
    status: str = "planned"  # planned, held: a held session's protocol is dated its last day

    @property
    def signed_on(self) -> date | None:
        """The protocol's date: the session's last day once it is held; before that it is written by hand."""
        return self.ends_on if self.status == "held" else None


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
                    marks[aspect.code] = de.hundredths(de.aspect_mark(aspect, tuple(
                        _typed(str(v)) if aspect.kind == de.AspectKind.JUDGEMENT else Decimal(str(v))
                        for v in candidate.scores[aspect.code])))  # as the total adds them
            total = Decimal(str(candidate.total)) if candidate.total is not None else None
            lines.append(ProtocolLine(
                student.id, f"{student.surname} {student.given_name} {student.patronymic}".strip(), student.iin or "",
                student.group.code if student.group else "", candidate.absent, candidate.retake, marks, total,
                candidate.letter, scale.band(total).grade if total is not None else "", candidate.passed))
        lines.sort(key=lambda line: name_key(line.name))  # by the Kazakh alphabet, not by code point
        return ProtocolDocument(
            record.id, record.kind, record.form,
            (record.qualification_code, qualification.name_kk if qualification else "",
             qualification.name_ru if qualification else ""), record.competence, record.starts_on, record.ends_on,
            record.venue_type, record.venue_name, record.drawn_task, Decimal(str(record.pass_mark)),
            profile.name_kk if profile else "", profile.name_ru if profile else "",
            tuple((e.full_name, e.role, e.organisation, e.certificate) for e in sorted(record.experts, key=lambda e: e.id)),
            tuple(aspects),
            tuple(lines), record.status)


def result_word(line: ProtocolLine) -> str:
    """The key of a candidate's result: absent, not scored yet (never "failed"), passed or failed."""
    if line.absent:
        return "absent"
    if line.passed is None:
        return "not_scored"
    return "passed" if line.passed else "failed"


def write_results_workbook(db: Database, session_id: int, path, language: str) -> int:
    """The results workbook in Kazakh or Russian, ready to print: one row per candidate with the marks of each
    aspect, the total, the letter and traditional grades and the result; the aspects with their names and
    maxima on a second sheet. Returns the candidates written."""
    from desktop.exchange.exam_xlsx import PrintSheet, write_results  # noqa: PLC0415
    from desktop.paths import owner_only  # noqa: PLC0415
    from desktop.reports import finishing  # noqa: PLC0415
    from desktop.reports.exam_labels import choice, in_language, word  # noqa: PLC0415

    doc = protocol_document(db, session_id)
    w = lambda key: word(key, language)  # noqa: E731
    marks = lambda value: round(float(value), 2) if value is not None else None  # noqa: E731
    headers = [w("number"), w("name"), w("iin"), w("group"),
               *(f"{a.code} ({finishing.figure(a.max_mark)})" for a in doc.aspects), f"{w('total')} (100)",
               w("letter"), w("grade_words"), w("result")]
    rows = []
    for number, line in enumerate(doc.lines, start=1):
        result = w(result_word(line)) + (f" ({w('retake')})" if line.retake else "")
        rows.append([number, line.name, line.iin, line.group_code,
                     *(marks(line.marks.get(a.code)) for a in doc.aspects),
                     marks(line.total), line.letter, choice(line.grade, language) if line.grade else "", result])
    mark_format = "0.00"
    results = PrintSheet(w("sheet_results"), headers, rows,
                         [5, 34, 14, 12, *([9] * len(doc.aspects)), 10, 10, 20, 16],
                         ["0", "", "@", "", *([mark_format] * len(doc.aspects)), mark_format, "", "", ""], "C2")
    aspects = PrintSheet(w("sheet_aspects"), [w("code"), w("aspect"), w("aspect_kind"), w("max_mark")],
                         [[a.code, in_language(a.description, language), choice(a.kind.value, language),
                           marks(a.max_mark)] for a in doc.aspects]
                         + ([["", w("total"), "", marks(sum((a.max_mark for a in doc.aspects), Decimal(0)))]]
                            if doc.aspects else []),
                         [8, 50, 24, 14], ["", "", "", mark_format])
    college = doc.college_name_ru if language == "ru" else doc.college_name_kk
    identity = f"{college} · {word('workbook_title', language).format(number=doc.session_id)} · " \
               f"{finishing.short_date(doc.starts_on)}"
    page_of = finishing.PAGE_OF[language].format(page="&P", pages="&N")
    write_results(path, [results, aspects], identity, page_of)
    owner_only(path)
    return len(rows)
