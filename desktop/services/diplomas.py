"""The register of issued diplomas and supplements: blanks of strict accountability, each series and number used once.

A blank is issued to a graduate (registration number, date, who received it) or spoiled with a reason; a spoiled
blank keeps its number for ever (the table's unique key is kind + series + number, whatever the status), so the
register never shows one number twice and the next free number skips it. Registration numbers are unique among the
documents issued to different graduates: a graduate's diploma and the copies of its supplement may share one (as
the register's line of a graduate does), and a spoiled blank's may be given again to its replacement.

Honours (a diploma with distinction): the rule that decides it could not be confirmed from the legal text here,
so it is a flag the registrar sets when issuing, never computed.

Numbers: kept as typed, digits only (leading zeros are part of the printed number); the next free number keeps
the width of the series' numbers, 7 digits for a new series (the width of the blanks seen, not confirmed by an act).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.problems import FieldProblem
from desktop.models import IssuedDocument, Student
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.grades import full_name
from desktop.services.students import curator_groups

DIPLOMA, SUPPLEMENT = "diploma", "supplement"
KINDS = (DIPLOMA, SUPPLEMENT)
ISSUED, SPOILED = "issued", "spoiled"
SUPPLEMENT_LANGUAGES = ("kk", "ru")
NEW_SERIES_WIDTH = 7  # not confirmed by an act: the width of the numbers on the blanks seen


@dataclass(frozen=True)
class IssueData:
    kind: str
    series: str
    number: str
    student_id: int
    issued_on: date
    registration_number: str = ""
    received_by: str = ""  # the graduate, or who received it for them by power of attorney
    with_honours: bool = False
    language: str = ""  # a supplement's copy: "kk" or "ru"


@dataclass(frozen=True)
class DocumentEntry:
    id: int
    kind: str
    series: str
    number: str
    language: str
    student_id: int | None
    student_name: str
    registration_number: str
    issued_on: date | None
    received_by: str
    status: str
    spoiled_reason: str
    with_honours: bool
    created_at: datetime


def _entry(record: IssuedDocument) -> DocumentEntry:
    return DocumentEntry(record.id, record.kind, record.series, record.number, record.language, record.student_id,
                         full_name(record.student) if record.student else "", record.registration_number,
                         record.issued_on, record.received_by, record.status, record.spoiled_reason,
                         record.with_honours, record.created_at)


def _clean(series: str, number: str) -> tuple[str, str]:
    return " ".join(series.split()).upper(), number.strip()


def _used(session, kind: str, series: str, number: str) -> IssuedDocument | None:
    return session.scalar(select(IssuedDocument).where(IssuedDocument.kind == kind, IssuedDocument.series == series,
                                                       IssuedDocument.number == number))


def _blank_problems(kind: str, series: str, number: str) -> list[FieldProblem]:
    problems = []
    if kind not in KINDS:
        problems.append(FieldProblem("kind", "diploma.bad_kind", {"value": kind}))
    if not series:
        problems.append(FieldProblem("series", "field.required"))
    if not number:
        problems.append(FieldProblem("number", "field.required"))
    elif not (number.isascii() and number.isdigit()):
        problems.append(FieldProblem("number", "diploma.bad_number", {"value": number}))
    return problems


def _number_used(record: IssuedDocument) -> FieldProblem:
    code = "diploma.number_spoiled" if record.status == SPOILED else "diploma.number_issued"
    return FieldProblem("number", code, {"series": record.series, "number": record.number,
                                                          "status": record.status})


def next_number(db: Database, kind: str, series: str) -> str:
    """The number after the highest used in the series (issued or spoiled), with the same width."""
    series, _ = _clean(series, "")
    with db.session() as session:
        numbers = session.scalars(select(IssuedDocument.number).where(IssuedDocument.kind == kind,
                                                                      IssuedDocument.series == series)).all()
    digits = [n for n in numbers if n.isascii() and n.isdigit()]
    if not digits:
        return "1".zfill(NEW_SERIES_WIDTH)
    width = max(len(n) for n in digits)
    return str(max(int(n) for n in digits) + 1).zfill(width)


def issue(db: Database, data: IssueData, now: datetime | None = None) -> int:
    """Record a blank issued to a student; ValidationFailed (every problem) when the number is used already,
    spoiled or not, when the registration number is given to another graduate's document, or a field is wrong."""
    series, number = _clean(data.series, data.number)
    registration = data.registration_number.strip()
    problems = _blank_problems(data.kind, series, number)
    if data.kind == SUPPLEMENT and data.language not in SUPPLEMENT_LANGUAGES:
        problems.append(FieldProblem("language", "diploma.bad_language", {"value": data.language}))
    if data.issued_on is None:
        problems.append(FieldProblem("issued_on", "field.required"))
    with db.session() as session:
        if session.get(Student, data.student_id) is None:
            problems.append(FieldProblem("student", "diploma.no_student"))
        if not problems:
            used = _used(session, data.kind, series, number)
            if used is not None:
                problems.append(_number_used(used))
        if registration:
            other = session.scalar(select(IssuedDocument).where(
                IssuedDocument.registration_number == registration, IssuedDocument.status == ISSUED,
                IssuedDocument.student_id != data.student_id))
            if other is not None:
                problems.append(FieldProblem("registration_number", "diploma.registration_used",
                                             {"value": registration, "series": other.series, "number": other.number}))
        if problems:
            raise ValidationFailed(problems)
        record = IssuedDocument(kind=data.kind, series=series, number=number,
                                language=data.language if data.kind == SUPPLEMENT else "",
                                student_id=data.student_id, registration_number=registration,
                                issued_on=data.issued_on, received_by=data.received_by.strip(), status=ISSUED,
                                spoiled_reason="", with_honours=data.with_honours, created_at=now or datetime.now())
        session.add(record)
        _flush_once(session, record)
        return record.id


def _flush_once(session, record: IssuedDocument) -> None:
    """Two registrars taking the same number at once: the database's unique key refuses the second."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise ValidationFailed([FieldProblem("number", "diploma.number_issued",
                                             {"series": record.series, "number": record.number,
                                              "status": ISSUED})]) from None


def spoil(db: Database, kind: str, series: str, number: str, reason: str, student_id: int | None = None,
          now: datetime | None = None) -> int:
    """Record a spoiled blank: an issued one becomes spoiled (its number stays used), an unused one is entered as
    spoiled. A reason is required; a blank spoiled already is refused."""
    series, number = _clean(series, number)
    problems = _blank_problems(kind, series, number)
    if not reason.strip():
        problems.append(FieldProblem("spoiled_reason", "field.required"))
    if problems:
        raise ValidationFailed(problems)
    with db.session() as session:
        record = _used(session, kind, series, number)
        if record is not None and record.status == SPOILED:
            raise ValidationFailed([FieldProblem("number", "diploma.not_issued",
                                                 {"series": series, "number": number})])
        if record is None:
            record = IssuedDocument(kind=kind, series=series, number=number, language="", student_id=student_id,
                                    registration_number="", issued_on=None, received_by="", with_honours=False,
                                    created_at=now or datetime.now())
            session.add(record)
        record.status, record.spoiled_reason = SPOILED, reason.strip()
        _flush_once(session, record)
        return record.id


def get_document(db: Database, document_id: int) -> DocumentEntry:
    with db.session() as session:
        record = session.get(IssuedDocument, document_id)
        if record is None:
            raise NotFound(document_id)
        return _entry(record)


def list_documents(db: Database, search: str = "", kind: str | None = None, status: str | None = None,
                   student_id: int | None = None) -> list[DocumentEntry]:
    """The register by kind, series and number; `search` finds a series, number, registration number, a
    student's name or IIN, or who received it."""
    query = select(IssuedDocument).outerjoin(Student, IssuedDocument.student_id == Student.id)
    if kind:
        query = query.where(IssuedDocument.kind == kind)
    if status:
        query = query.where(IssuedDocument.status == status)
    if student_id is not None:
        query = query.where(IssuedDocument.student_id == student_id)
    allowed = curator_groups(db)
    if allowed is not None:  # a curator sees only their own groups' documents
        query = query.where(Student.group_id.in_(sorted(allowed)))
    for word in search.split():
        like = f"%{word}%"
        query = query.where(or_(IssuedDocument.series.ilike(like), IssuedDocument.number.ilike(like),
                                IssuedDocument.registration_number.ilike(like), IssuedDocument.received_by.ilike(like),
                                Student.surname.ilike(like), Student.given_name.ilike(like),
                                Student.patronymic.ilike(like), Student.iin.ilike(like)))
    with db.session() as session:
        records = session.scalars(query).all()
        found = [_entry(r) for r in records]
    return sorted(found, key=lambda e: (e.kind, e.series, len(e.number), e.number))


def supplement_of(db: Database, student_id: int, language: str) -> DocumentEntry | None:
    """The student's issued supplement in that language (the newest), or None."""
    found = [e for e in list_documents(db, kind=SUPPLEMENT, status=ISSUED, student_id=student_id)
             if e.language == language]
    return max(found, key=lambda e: (e.issued_on or date.min, e.id)) if found else None


def diploma_of(db: Database, student_id: int) -> DocumentEntry | None:
    found = list_documents(db, kind=DIPLOMA, status=ISSUED, student_id=student_id)
    return max(found, key=lambda e: (e.issued_on or date.min, e.id)) if found else None
