"""Graduates' employment within 12 months of graduation: entered by hand or from Excel, and the graduates of a year
with what is known of them (DOMAIN.md section 6)."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain.collation import code_key, name_key
from desktop.domain import indicators as di
from desktop.domain.contingent import STATE_ORDER
from desktop.domain.indicators import EmploymentEntry
from desktop.domain.problems import FieldProblem
from desktop.models import GraduateEmployment, Student, StudyGroup
from desktop.services import journal
from desktop.services.database import Database
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.versions import StaleRecord, stale

EVIDENCE = ("confirmed", "self_reported")


@dataclass(frozen=True)
class Graduate:
    student_id: int
    name: str
    iin: str | None
    group_code: str
    graduated_on: date
    state_order: bool
    status: str  # domain.indicators.STATUSES; "unknown" when nothing is recorded
    on: date | None
    employer: str
    evidence: str
    row_version: int | None = None  # of the employment record read (None: none recorded then)


def _problems(entry: EmploymentEntry, graduated_on: date | None, **where) -> list[FieldProblem]:
    problems = []
    if entry.status not in di.STATUSES:
        problems.append(FieldProblem("status", "field.bad_choice", {"value": entry.status}, **where))
    if entry.evidence not in EVIDENCE:
        problems.append(FieldProblem("evidence", "field.bad_choice", {"value": entry.evidence}, **where))
    if entry.status == "unknown":
        return problems  # nothing to date: unknown is kept as no record
    if entry.on is None:
        problems.append(FieldProblem("on", "field.required", **where))
    elif graduated_on and entry.on < graduated_on:
        problems.append(FieldProblem("on", "report.before_graduation", {"date": graduated_on.strftime("%d.%m.%Y")},
                                     **where))
    elif graduated_on and entry.on > first_year_end(graduated_on):
        problems.append(FieldProblem("on", "report.after_first_year", {"date": first_year_end(graduated_on).strftime(
            "%d.%m.%Y")}, **where))
    return problems


def first_year_end(day: date) -> date:
    """The last day of the first year after graduation (the indicator's 12 months)."""
    return di.years_after(day, 1)


def set_employment(db: Database, student_id: int, status: str, on: date | None, employer: str = "",
                   evidence: str = "self_reported") -> None:
    """A graduate's status within 12 months of graduation (replacing the one recorded before)."""
    save_all(db, {student_id: EmploymentEntry(status, on, employer, evidence)})


def save_all(db: Database, entries: dict[int, EmploymentEntry], rows: dict[int, dict] | None = None,
             versions: dict[int, int | None] | None = None, operation: str = "") -> int:
    """Record many graduates at once, all or nothing; `rows` gives, per student, where the entry came from in a
    file (row, sheet) so that a problem names it. `versions` (student -> the version of their employment record the
    list showed, None when there was none) refuses the whole save when someone changed one of them meanwhile.
    Returns the entries written."""
    rows = rows or {}
    with db.session() as session, journal.bulk(session, operation, rows=len(entries)) if operation else nullcontext():
        students = {s.id: s for s in session.scalars(select(Student).where(Student.id.in_(list(entries))))}
        problems = []
        for sid, entry in entries.items():
            student = students.get(sid)
            if student is None:
                raise NotFound(sid)
            where = rows.get(sid, {})
            if student.status != "graduated":
                problems.append(FieldProblem("student", "report.not_a_graduate", {"name": student.surname}, **where))
            problems += _problems(entry, student.left_on, **where)
        if problems:
            raise ValidationFailed(problems)
        records = {r.student_id: r for r in session.scalars(
            select(GraduateEmployment).where(GraduateEmployment.student_id.in_(list(entries))))}
        for sid, version in (versions or {}).items():
            record = records.get(sid)
            if sid in entries and (record.row_version if record is not None else None) != version:
                entry = entries[sid]
                mine = {"status": entry.status, "on": entry.on, "employer": entry.employer, "evidence": entry.evidence}
                if record is None:  # recorded by someone, then taken back: the list showed a status now gone
                    raise StaleRecord("graduate_employment", None, students[sid].surname, theirs={"status": "unknown"})
                raise stale(session, record, mine)
        for sid, entry in entries.items():
            record = records.get(sid)
            if entry.status == "unknown":
                if record is not None:
                    session.delete(record)
                continue
            if record is None:
                record = GraduateEmployment(student_id=sid)
                session.add(record)
            record.status, record.on = entry.status, entry.on
            record.employer, record.evidence = entry.employer.strip(), entry.evidence
    return len(entries)


def graduates(db: Database, year: int, language: str = "kk") -> list[Graduate]:
    """Those who graduated in a calendar year, with their employment as recorded ("unknown" when not), by group and
    by name in the alphabet of `language` (the interface's or the document's)."""
    with db.session() as session:
        rows = session.execute(
            select(Student.id, Student.surname, Student.given_name, Student.patronymic, Student.iin, StudyGroup.code,
                   Student.left_on, Student.funding, GraduateEmployment.status, GraduateEmployment.on,
                   GraduateEmployment.employer, GraduateEmployment.evidence, GraduateEmployment.row_version)
            .outerjoin(StudyGroup, Student.group_id == StudyGroup.id)
            .outerjoin(GraduateEmployment, GraduateEmployment.student_id == Student.id)
            .where(Student.status == "graduated", Student.left_on.between(date(year, 1, 1), date(year, 12, 31)))
            ).all()
    rows = sorted(rows, key=lambda r: (code_key(r[5], language), name_key(f"{r[1]}\x01{r[2]}\x01{r[3]}", language)))
    return [Graduate(sid, " ".join(p for p in (surname, given, patronymic) if p), iin, code or "", left_on,
                     funding in STATE_ORDER, status or "unknown", on, employer or "", evidence or "", version)
            for sid, surname, given, patronymic, iin, code, left_on, funding, status, on, employer, evidence, version
            in rows]


def unknown(db: Database, year: int) -> list[Graduate]:
    """The graduates of a year whose status is still not known: whom to call before the report."""
    return [g for g in graduates(db, year) if g.status == "unknown"]


def by_status(items: list[Graduate]) -> dict[str, int]:
    counts = dict.fromkeys(di.STATUSES, 0)
    for item in items:
        counts[item.status] += 1
    return counts


def import_employment(db: Database, path: Path, year: int) -> int:
    """Statuses from a sheet (one row per graduate, found by IIN): all or nothing; returns the rows written."""
    from desktop.exchange.cells import SheetFileError  # noqa: PLC0415
    from desktop.exchange.employment_xlsx import read_employment  # noqa: PLC0415

    try:
        sheet, lines = read_employment(path)
    except SheetFileError as exc:
        raise ValidationFailed(exc.problems) from exc
    by_iin = {g.iin: g for g in graduates(db, year) if g.iin}
    entries, rows, problems = {}, {}, []
    for line in lines:
        where = {"row": line.row, "sheet": sheet}
        graduate = by_iin.get(line.iin)
        if graduate is None:
            problems.append(FieldProblem("iin", "report.not_a_graduate_of", {"iin": line.iin, "year": year},
                                         column="A", **where))
            continue
        if graduate.student_id in entries:
            problems.append(FieldProblem("iin", "report.twice", {"iin": line.iin}, column="A", **where))
            continue
        entries[graduate.student_id] = line.entry
        rows[graduate.student_id] = where
    if problems:
        raise ValidationFailed(problems)
    if not entries:
        raise ValidationFailed([FieldProblem("file", "file.no_rows", sheet=sheet)])
    return save_all(db, entries, rows, operation="employment_import")


def export_employment(db: Database, path: Path, year: int, language: str) -> int:
    """The graduates of a year with what is recorded, in the layout the import reads: to fill in and bring back."""
    from desktop.exchange.employment_xlsx import write_employment  # noqa: PLC0415
    from desktop.reports.labels import pick  # noqa: PLC0415
    from desktop.reports.pack_labels import PACK_LABELS  # noqa: PLC0415
    from desktop.services.college import get_profile  # noqa: PLC0415

    items = graduates(db, year, language)
    profile = get_profile(db)
    college = (profile.name_ru if language == "ru" else profile.name_kk) if profile else ""
    title = pick(PACK_LABELS, "graduates_of", language).format(year=year)
    write_employment(path, items, language, f"{college} — {title}" if college else title)
    return len(items)
