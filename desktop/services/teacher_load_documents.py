"""The teacher-load documents' data (desktop/reports/load_data.py) filled from the distribution: the tarification
list, each teacher's load card, a department's summary and the fulfilment report, in one language.

Decided here:
- a teacher's hours are budget or extra-budgetary by the group's usual funding (state order or not set: budget;
  paid or an enterprise's: extra); a group of mixed funding is not divided;
- production training has its own column on the card and the summary (the masters of production training give
  it in the workshop, and the summary is asked for it apart);
- a position the staff record writes in the other language (оқытушы / преподаватель…) prints in the document's
  (load_labels.POSITIONS); any other as written;
- the fulfilment report's figures (done, not done, over plan, replacements) are domain.teacher_load.fulfilment's,
  the same arithmetic services.teacher_load_actual.fulfilment gives the window, taken per teacher, group and row;
- experience is counted to 1 September of the year (the date the list is made up to);
- the category surcharge is the norms' (domain.load_norms), marked there when it is not confirmed.
"""
from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from desktop.domain import teacher_load as tl
from desktop.domain.collation import name_key
from desktop.domain.contingent import STATE_ORDER
from desktop.domain.sheet_text import code_in
from desktop.models import CollegeProfile, Department, LoadAssignment, StudyGroup, Teacher
from desktop.reports import load_data as ld
from desktop.reports.load_labels import position_name
from desktop.services import teacher_load as load, teacher_load_actual as actual
from desktop.domain.problems import FieldProblem
from desktop.services.database import Database
from desktop.services.errors import ValidationFailed

# domain.teacher_load components -> load_data.LoadRow fields
_FIELDS = {"theory": "theory", "practice": "practice", "production": "production", "course_project": "course_project",
           "consultations": "consultations", "exams": "exams", "supervision": "practice_supervision"}


def academic_year(year: int) -> str:
    return f"{year}–{year + 1}"


def _funding(value: str) -> str:
    return "budget" if not value or value in STATE_ORDER else "extra"


def _college(session, language: str) -> tuple[str, ld.Signatories]:
    profile = session.scalar(select(CollegeProfile))
    if profile is None:
        return "", ld.Signatories()
    name = profile.name_ru if language == "ru" and profile.name_ru else profile.name_kk
    return name, ld.Signatories(director=profile.director, deputy_director=profile.deputy_director,
                                chief_accountant=profile.chief_accountant)


def _experience(since: date | None, years: int | None, on: date) -> tuple[int, int]:
    if since is None:
        return years or 0, 0
    months = (on.year - since.year) * 12 + on.month - since.month - (on.day < since.day)
    months = max(months, 0)
    return months // 12, months % 12


def _rows(db: Database, year: int, language: str) -> tuple[dict[int, list[ld.LoadRow]], load.YearPlan]:
    """Every teacher's load rows: one per group, curriculum row, semester and subgroup."""
    with db.session() as session:
        plan = load._plan(session, year)
        assigned = load._assignments(session, year)
        funding = {gid: value for gid, value in session.execute(select(StudyGroup.id, StudyGroup.funding))}
    hours_of = {u.key: u.hours for u in plan.units}
    split = {a.key for a in assigned if a.subgroup}
    parts: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for a in assigned:
        hours = hours_of.get(a.key)
        if hours is None or (a.subgroup == tl.WHOLE and a.key in split):  # stale, or a conflict the view shows
            continue
        parts[(a.teacher_id, a.group_id, a.row_key, tl.term(a.semester), a.subgroup)][_FIELDS[a.component]] += hours
    rows: dict[int, list[ld.LoadRow]] = defaultdict(list)
    for (teacher_id, group_id, row_key, semester, subgroup), values in parts.items():
        info = plan.row(group_id, row_key)
        rows[teacher_id].append(ld.LoadRow(semester, plan.groups[group_id].code, code_in(info.code, language),
                                           info.name(language),
                                           subgroup=subgroup or None, funding=_funding(funding.get(group_id, "")),
                                           **values))
    for teacher_rows in rows.values():
        teacher_rows.sort(key=lambda r: (r.semester, r.group, r.row_code, r.subgroup or 0))
    return rows, plan


def _cards(db: Database, year: int, language: str, teacher_ids) -> list[tuple[Teacher, ld.LoadCard]]:
    norms = load.current_norms()
    rows, _ = _rows(db, year, language)
    with db.session() as session:
        college, signatories = _college(session, language)
        departments = {d.id: d for d in session.scalars(select(Department))}
        people = list(session.scalars(select(Teacher)))
        session.expunge_all()  # read after the session: plain values only
    cards = []
    for t in people:
        if (teacher_ids is None and t.id not in rows) or (teacher_ids is not None and t.id not in teacher_ids):
            continue
        department = departments.get(t.department_id)
        name = "" if department is None else (department.name_ru if language == "ru" and department.name_ru
                                              else department.name_kk)
        cards.append((t, ld.LoadCard(college, academic_year(year), t.full_name, position_name(t.position, language),
                                     name, t.category,
                                     Decimal(t.rate), norms.annual_hours, rows.get(t.id, []),
                                     signatories=replace(signatories, department_head=department.head
                                                         if department is not None else ""))))
    return sorted(cards, key=lambda pair: name_key(pair[1].teacher, language))


def load_cards(db: Database, year: int, language: str, teacher_ids: list[int] | None = None) -> list[ld.LoadCard]:
    """The teachers' individual load cards (all teachers with load, or those asked), by name."""
    return [card for _, card in _cards(db, year, language, teacher_ids)]


def department_summary(db: Database, year: int, language: str, department_id: int) -> ld.DepartmentSummary:
    with db.session() as session:
        department = session.get(Department, department_id)
        members = list(session.scalars(select(Teacher.id).where(Teacher.department_id == department_id)))
        college, signatories = _college(session, language)
    name = department.name_ru if language == "ru" and department.name_ru else department.name_kk
    return ld.DepartmentSummary(college, academic_year(year), name, load_cards(db, year, language, members),
                                signatories=replace(signatories, department_head=department.head))


def tarification_list(db: Database, year: int, language: str, draft: bool = False) -> ld.TarificationList:
    """Every teacher with load in the year, with their hours by funding and the norms' category surcharge."""
    norms = load.current_norms()
    on = date(year, 9, 1)
    teachers = []
    for t, card in _cards(db, year, language, None):
        years, months = _experience(t.experience_since, t.experience_years, on)
        budget = sum((r.total for r in card.rows if r.funding == "budget"), 0)
        try:
            percent = norms.category(t.category or "none").surcharge_percent
        except KeyError:
            percent = None
        teachers.append(ld.TarifiedTeacher(
            t.full_name, card.position, t.subject, t.education, "", t.diploma_number, t.diploma_on, t.category,
            t.category_on, years, months, budget, card.total - budget, category_percent=percent,
            department=card.department))
    with db.session() as session:
        college, signatories = _college(session, language)
    return ld.TarificationList(college, academic_year(year), teachers, norms.annual_hours, as_of=on,
                               signatories=signatories, draft=draft)


def fulfilment_report(db: Database, year: int, language: str, semester: int | None = None,
                      department_id: int | None = None) -> ld.FulfilmentReport:
    """Per teacher, group and subject: the plan of the period and what was given against it, as
    domain.teacher_load.fulfilment counts a teacher's lines (a colleague's hours in the teacher's place keep the
    class done and are said as replaced; the teacher's own hours in a colleague's place are their replacements)."""
    terms = (semester,) if semester else (1, 2)
    with db.session() as session:
        plan = load._plan(session, year)
        assigned = load._assignments(session, year)
        people = {tid: (name, dep) for tid, name, dep in session.execute(
            select(Teacher.id, Teacher.full_name, Teacher.department_id))}
        college, signatories = _college(session, language)
        department = session.get(Department, department_id) if department_id else None
    actuals = [tl.Actual(e.group_id, e.row_key, e.semester, e.component, e.subgroup, e.teacher_id, e.month, e.hours,
                         e.replaced_id) for e in actual.entries(db, year)]
    units: dict[tuple, list[tl.Unit]] = defaultdict(list)
    for u in plan.units:
        units[(u.group_id, u.row_key)].append(u)
    known = {u.key for u in plan.units}
    lines: dict[tuple, list[tl.Assignment]] = defaultdict(list)  # (teacher, group, row) -> the teacher's lines
    holder: dict[tuple, int] = {}
    for a in assigned:
        if a.key in known:
            lines[(a.teacher_id, a.group_id, a.row_key)].append(a)
            holder[a.key + (a.subgroup,)] = a.teacher_id
    given: dict[tuple, list[tl.Actual]] = defaultdict(list)  # what each (teacher, group, row) slice is counted from
    by_month: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    months = {term: set(ld.SEMESTER_MONTHS[term]) for term in (1, 2)}
    for a in actuals:
        if tl.term(a.semester) not in terms:
            continue
        months[tl.term(a.semester)].add(a.month.month)
        owner = holder.get(a.line)
        if owner is not None:
            given[(owner, a.group_id, a.row_key)].append(a)
            by_month[(owner, a.group_id, a.row_key)][a.month.month] += a.hours
        if owner != a.teacher_id:
            given[(a.teacher_id, a.group_id, a.row_key)].append(a)
    report_rows = []
    for key in set(lines) | set(given):
        teacher_id, group_id, row_key = key
        if department_id is not None and people[teacher_id][1] != department_id:
            continue
        info = plan.row(group_id, row_key)
        figures = tl.fulfilment(units[(group_id, row_key)], lines.get(key, []), given.get(key, []),
                                terms).teachers.get(teacher_id)
        if info is None or figures is None or not (figures.planned or figures.taught or figures.replacing):
            continue  # a row of the other semester only
        report_rows.append(ld.FulfilmentRow(
            people[teacher_id][0], plan.groups[group_id].code, code_in(info.code, language), info.name(language),
            dict(by_month[key]),
            figures.planned, figures.done, figures.not_done, figures.over, figures.replaced_by_others,
            figures.replacing))
    report_rows.sort(key=lambda r: (name_key(r.teacher, language), r.group, r.row_code))
    name = "" if department is None else (department.name_ru if language == "ru" and department.name_ru
                                          else department.name_kk)
    # a college that gives autumn hours in January (or spring ones in July) has those months on its report
    semester_months = {term: tuple(sorted(found, key=lambda m: (m - 9) % 12)) for term, found in months.items()}
    return ld.FulfilmentReport(college, academic_year(year), report_rows, semester, name, semester_months,
                               signatories=replace(signatories, department_head=department.head)
                               if department is not None else signatories)


# -- writing the documents -----------------------------------------------------------------------------------------

DOCUMENTS = ("tarification", "cards", "summary", "fulfilment")
# The files' names in the document's language, as the person who receives them would look for them
FILE_WORDS = {"tarification": ("тарификациялық-тізім", "тарификационный-список"),
              "cards": ("жеке-жүктеме", "индивидуальная-нагрузка"),
              "summary": ("ПЦК-жүктемесі", "сводная-нагрузка-ПЦК"),
              "fulfilment": ("жүктеменің-орындалуы", "выполнение-нагрузки")}
SEMESTER_WORDS = ("{n}-семестр", "{n}-й-семестр")


@dataclass(frozen=True)
class Request:
    """One document to write: which, in what language and, for the tarification list, as PDF and/or workbook."""
    document: str  # one of DOCUMENTS
    language: str = "kk"
    pdf: bool = True
    xlsx: bool = False  # the tarification list only
    draft: bool = False  # the tarification list only: ЖОБА / ПРОЕКТ on every page
    teacher_ids: tuple[int, ...] | None = None  # the cards: these teachers (None: every teacher with load)
    department_id: int | None = None  # the summary's department; the fulfilment report's, when given
    semester: int | None = None  # the fulfilment report: 1 autumn, 2 spring, None the year


@dataclass(frozen=True)
class Printable:
    """What there is to print in a year, for the dialog to offer only what can be printed."""
    teachers_with_load: frozenset[int]
    departments: tuple[tuple[int, str, str], ...]  # id, name in Kazakh, in Russian
    members: dict[int, frozenset[int]]  # department id -> its teachers
    names: dict[int, str]  # teacher id -> full name


def printable(db: Database, year: int) -> Printable:
    with db.session() as session:
        loaded = frozenset(session.scalars(select(LoadAssignment.teacher_id).where(LoadAssignment.year == year)
                                           .distinct()))
        departments = tuple(session.execute(select(Department.id, Department.name_kk, Department.name_ru)
                                            .order_by(Department.position, Department.id)))
        members: dict[int, set[int]] = defaultdict(set)
        names = {}
        for tid, name, dep in session.execute(select(Teacher.id, Teacher.full_name, Teacher.department_id)):
            names[tid] = name
            if dep is not None:
                members[dep].add(tid)
    return Printable(loaded, tuple(tuple(d) for d in departments), {k: frozenset(v) for k, v in members.items()},
                     names)


def _slug(text: str) -> str:
    """Words of a name for a file name: letters and digits kept, the rest one hyphen (no slash or colon)."""
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")


def file_stem(db: Database, year: int, request: Request) -> str:
    ru = request.language == "ru"
    parts = [FILE_WORDS[request.document][ru]]
    if request.document == "cards" and request.teacher_ids and len(request.teacher_ids) == 1:
        with db.session() as session:
            name = session.scalar(select(Teacher.full_name).where(Teacher.id == request.teacher_ids[0])) or ""
        parts.append(_slug(name.split()[0] if name.split() else ""))
    if request.document in ("summary", "fulfilment") and request.department_id:
        with db.session() as session:
            department = session.get(Department, request.department_id)
            if department is not None:
                parts.append(_slug(department.name_ru if ru and department.name_ru else department.name_kk))
    if request.document == "fulfilment" and request.semester:
        parts.append(SEMESTER_WORDS[ru].format(n=request.semester))
    parts.append(f"{year}-{year + 1}")
    return "-".join(part for part in parts if part)


def file_names(db: Database, year: int, request: Request) -> list[str]:
    stem = file_stem(db, year, request)
    kinds = (["pdf"] if request.pdf else []) + (["xlsx"] if request.xlsx and request.document == "tarification" else [])
    return [f"{stem}.{kind}" for kind in kinds]


def _writers(db: Database, year: int, request: Request) -> list[tuple[str, Callable[[Path], None]]]:
    """(suffix, write(path)) per file; the data is read once, before any file is written."""
    from desktop.exchange.tarification_xlsx import write_tarification  # noqa: PLC0415 - reportlab when printing
    from desktop.reports.load_card_pdf import build_department_summary_pdf, build_load_card_pdf  # noqa: PLC0415
    from desktop.reports.load_fulfilment_pdf import build_fulfilment_pdf  # noqa: PLC0415
    from desktop.reports.tarification_pdf import build_tarification_pdf  # noqa: PLC0415

    language = request.language
    if request.document == "tarification":
        doc = tarification_list(db, year, language, draft=request.draft)
        writers = [("pdf", lambda path: build_tarification_pdf(path, doc, language))] if request.pdf else []
        return writers + ([("xlsx", lambda path: write_tarification(path, doc, language))] if request.xlsx else [])
    if request.document == "cards":
        ids = None if request.teacher_ids is None else list(request.teacher_ids)
        cards = load_cards(db, year, language, ids)
        return [("pdf", lambda path: build_load_card_pdf(path, cards, language))]
    if request.document == "summary":
        summary = department_summary(db, year, language, request.department_id)
        return [("pdf", lambda path: build_department_summary_pdf(path, summary, language))]
    report = fulfilment_report(db, year, language, request.semester, request.department_id)
    return [("pdf", lambda path: build_fulfilment_pdf(path, report, language))]


def write(db: Database, year: int, request: Request, folder: Path, stem: str | None = None,
          progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the document into `folder` (under `stem` when the user named the file, else file_stem) and return the
    paths written. Each file is written under a hidden name first and put in place only when all are complete: a
    folder that cannot be written to, a full disk or a file open in Excel leave no half-written file (the message
    names the file and the reason)."""
    step = progress or (lambda *_: None)
    stem = stem or file_stem(db, year, request)
    step(0, 3, "data")
    writers = _writers(db, year, request)
    parts: list[tuple[Path, Path]] = []
    written: list[Path] = []
    where = folder  # what the message names when writing fails: the folder, or the file the user knows
    try:
        folder.mkdir(parents=True, exist_ok=True)
        step(1, 3, "files")
        for suffix, write_one in writers:
            where = folder / f"{stem}.{suffix}"
            part = folder / f".{stem}-{int(time.time() * 1000)}.part.{suffix}"
            parts.append((part, where))
            write_one(part)
        step(2, 3, "files")
        for part, target in parts:
            where = target
            part.replace(target)
            written.append(target)
    except OSError as exc:  # a read-only folder, a full disk, a file open in another program
        raise ValidationFailed([FieldProblem("file", "file.cannot_write",
                                             {"detail": f"{exc.strerror or exc}: {where}"})]) from exc
    finally:
        for part, _ in parts:
            part.unlink(missing_ok=True)
    step(3, 3, "done")
    return written
