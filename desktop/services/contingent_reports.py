"""The registrar's reports, computed from the records: contingent, movement for a period, categories.

The figures are plain data here; reports.contingent_pdf and exchange.contingent_report_xlsx lay them out.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import func, select

from desktop.domain import contingent as dc
from desktop.domain.contingent_report import (FUNDINGS, CategoryStudent, ContingentLine, ContingentReport, MovementLine,
                                              OrderLine)
from desktop.models import Movement, MovementOrder, Specialty, Student, StudyGroup
from desktop.services.college import get_profile
from desktop.services.database import Database

def _contingent(session, today: date) -> list[ContingentLine]:
    query = (select(Specialty.code, Specialty.name_kk, Specialty.name_ru, StudyGroup.intake_year, StudyGroup.language,
                    StudyGroup.study_form, Student.funding)
             .select_from(Student).join(StudyGroup, Student.group_id == StudyGroup.id)
             .join(Specialty, StudyGroup.specialty_id == Specialty.id)
             .where(Student.status.in_(tuple(dc.ACTIVE))))
    counts: Counter = Counter()
    names = {}
    for code, kk, ru, intake, language, form, funding in session.execute(query):
        key = (code, dc.study_year(intake, today), language, form)
        names[code] = (kk, ru)
        counts[key + (funding,)] += 1
    keys = sorted({k[:4] for k in counts})  # the order of the alphabet is made by ContingentReport.in_order
    return [ContingentLine(code, *names[code], course, language, form,
                           tuple(counts[(code, course, language, form, f)] for f in FUNDINGS))
            for code, course, language, form in keys]


def _movement(session, start: date, end: date) -> tuple[list[MovementLine], list[OrderLine]]:
    groups = {gid: (code, spec) for gid, code, spec in session.execute(
        select(StudyGroup.id, StudyGroup.code, Specialty.code).join(Specialty))}
    moves: dict[int, list[dc.Move]] = defaultdict(list)
    for sid, kind, on, to_group, mid, reason in session.execute(
            select(Movement.student_id, Movement.kind, Movement.on, Movement.to_group_id, Movement.id, Movement.reason)):
        moves[sid].append(dc.Move(dc.MovementKind(kind), on, to_group, mid, reason))
    figures: dict[int, Counter] = defaultdict(Counter)
    for student_moves in moves.values():
        ordered = sorted(student_moves, key=lambda m: (m.on, m.id))
        before = dc.fold([m for m in ordered if m.on < start])
        after = dc.fold([m for m in ordered if m.on <= end])
        if before.status.value in dc.ACTIVE and before.group is not None:
            figures[before.group]["at_start"] += 1
        if after.status.value in dc.ACTIVE and after.group is not None:
            figures[after.group]["at_end"] += 1
            if after.status == dc.Status.ACADEMIC_LEAVE:
                figures[after.group]["on_leave"] += 1
        state = before
        for move in ordered:
            if not start <= move.on <= end:
                continue
            previous_group = state.group
            state = dc.apply(state, move)
            if move.kind in (dc.MovementKind.ADMISSION, dc.MovementKind.REINSTATEMENT):
                figures[state.group]["admitted"] += 1
            elif move.kind == dc.MovementKind.TRANSFER:
                figures[previous_group]["transferred_out"] += 1
                figures[state.group]["transferred_in"] += 1
            elif move.kind == dc.MovementKind.EXPULSION:
                figures[previous_group]["expelled"] += 1
            elif move.kind == dc.MovementKind.GRADUATION:
                figures[previous_group]["graduated"] += 1
    lines = [MovementLine(groups[g][0], groups[g][1], *(figures[g][name] for name in (
        "at_start", "admitted", "transferred_in", "transferred_out", "on_leave", "expelled", "graduated", "at_end")))
        for g in figures if g in groups]
    orders = [OrderLine(number, signed, kind, n) for number, signed, kind, n in session.execute(
        select(MovementOrder.number, MovementOrder.signed_on, MovementOrder.kind, func.count(Movement.id))
        .outerjoin(Movement).where(MovementOrder.signed_on.between(start, end))
        .group_by(MovementOrder.id).order_by(MovementOrder.signed_on, MovementOrder.id))]
    return lines, orders


def _categories(session) -> tuple[dict[str, int], list[CategoryStudent]]:
    query = (select(Student, StudyGroup.code).outerjoin(StudyGroup, Student.group_id == StudyGroup.id)
             .where(Student.status.in_(tuple(dc.ACTIVE))))
    counts: Counter = Counter()
    listed = []
    for student, code in session.execute(query):
        flags = tuple(name for name in dc.SOCIAL_CATEGORIES if getattr(student, name))
        counts.update(flags)
        if student.sen_category:
            counts["sen"] += 1
            counts[f"sen:{student.sen_category}"] += 1
        if flags or student.sen_category:
            listed.append(CategoryStudent(f"{student.surname} {student.given_name} {student.patronymic}".strip(),
                                          code or "", flags, student.sen_category, student.sen_curriculum))
    return dict(counts), listed


def default_period(today: date) -> tuple[date, date]:
    """From the start of the academic year to today."""
    return dc.academic_start(today), today


def contingent_report(db: Database, today: date | None = None,
                      period: tuple[date, date] | None = None) -> ContingentReport:
    today = today or date.today()
    period = period or default_period(today)
    profile = get_profile(db)
    report = ContingentReport(profile.name_kk if profile else "", profile.name_ru if profile else "",
                              profile.director if profile else "", today, period)
    with db.session() as session:
        report.contingent = _contingent(session, today)
        report.movement, report.orders = _movement(session, period[0], period[1])
        report.category_counts, report.category_students = _categories(session)
    # in the Kazakh alphabet's order (the state language); a Russian document re-orders it with in_order("ru")
    return report.in_order("kk")


