"""The teacher-load documents' data (desktop/reports/load_data.py) filled from the distribution: the tarification
list, each teacher's load card, a department's summary and the fulfilment report, in one language.

Decided here:
- a teacher's hours are budget or extra-budgetary by the group's usual funding (state order or not set: budget;
  paid or an enterprise's: extra); a group of mixed funding is not divided;
- production training has no column of its own on the documents' rows: it is printed with the practical and
  laboratory hours (both are classes in the workshop or laboratory);
- experience is counted to 1 September of the year (the date the list is made up to);
- the category surcharge is the norms' (domain.load_norms), marked there when it is not confirmed.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.domain import teacher_load as tl
from desktop.domain.collation import name_key
from desktop.domain.contingent import STATE_ORDER
from desktop.models import CollegeProfile, Department, StudyGroup, Teacher
from desktop.reports import load_data as ld
from desktop.services import teacher_load as load, teacher_load_actual as actual
from desktop.services.database import Database

# domain.teacher_load components -> load_data.LoadRow fields
_FIELDS = {"theory": "theory", "practice": "practice", "production": "practice", "course_project": "course_project",
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
    return name, ld.Signatories(director=profile.director, deputy_director=profile.deputy_director)


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
        rows[teacher_id].append(ld.LoadRow(semester, plan.groups[group_id].code, info.code, info.name(language),
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
        cards.append((t, ld.LoadCard(college, academic_year(year), t.full_name, t.position, name, t.category,
                                     Decimal(t.rate), norms.annual_hours, rows.get(t.id, []),
                                     signatories=signatories)))
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
                                signatories=signatories)


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
            t.full_name, t.position, t.subject, t.education, "", t.diploma_number, t.diploma_on, t.category,
            t.category_on, years, months, budget, card.total - budget, category_percent=percent,
            department=card.department))
    with db.session() as session:
        college, signatories = _college(session, language)
    return ld.TarificationList(college, academic_year(year), teachers, norms.annual_hours, as_of=on,
                               signatories=signatories, draft=draft)


def fulfilment_report(db: Database, year: int, language: str, semester: int | None = None,
                      department_id: int | None = None) -> ld.FulfilmentReport:
    """Plan and hours given per teacher, group and subject; hours given in place of a colleague are the giver's
    replacements, apart from the plan (load_data.FulfilmentRow), so the absent teacher's row shows them not done."""
    rows, plan = _rows(db, year, language)
    entries = actual.entries(db, year)
    with db.session() as session:
        people = {tid: (name, dep) for tid, name, dep in session.execute(
            select(Teacher.id, Teacher.full_name, Teacher.department_id))}
        college, signatories = _college(session, language)
        department = session.get(Department, department_id) if department_id else None
    planned: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for teacher_id, teacher_rows in rows.items():
        for r in teacher_rows:
            planned[(teacher_id, r.group, r.row_code, r.subject)][r.semester] += r.total
    given: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    replacing: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for e in entries:
        info = plan.row(e.group_id, e.row_key)
        if info is None:
            continue
        key = (e.teacher_id, plan.groups[e.group_id].code, info.code, info.name(language))
        (replacing if e.replaced_id else given)[key][e.month.month] += e.hours
    report_rows = []
    for key in sorted(set(planned) | set(given) | set(replacing), key=lambda k: (name_key(people[k[0]][0], language), k[1], k[2])):
        if department_id is not None and people[key[0]][1] != department_id:
            continue
        report_rows.append(ld.FulfilmentRow(people[key[0]][0], key[1], key[2], key[3], dict(planned.get(key, {})),
                                            dict(given.get(key, {})), dict(replacing.get(key, {}))))
    name = "" if department is None else (department.name_ru if language == "ru" and department.name_ru
                                          else department.name_kk)
    return ld.FulfilmentReport(college, academic_year(year), report_rows, semester, name, signatories=signatories)
