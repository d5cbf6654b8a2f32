"""Teacher load for a college of 150 teachers, 120 groups and about 40,000 assignment rows (goals from the teacher-load
issue #18): recalculating the whole distribution after one change under 50 ms, as a ratio to plain Python summing
the same rows' hours per teacher; and the by-teacher view's data read from the database under 0.5 s, as a ratio to
SQL summing the same rows per teacher, both baselines in the same run.

    python -m bench.bench_load
"""
from __future__ import annotations

import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select

from bench.common import Figure, median

YEAR = 2026
TEACHERS, GROUPS, ROWS_A_YEAR = 150, 120, 37


def _curriculum(intake: int):
    from desktop.domain.curriculum import Curriculum, Row, Section, SemesterLoad

    rows = []
    for course in range(1, 5):
        for n in range(ROWS_A_YEAR):
            hours = 48 + (n * 7 + course) % 5 * 12  # 48-96 a row, over the year's two semesters
            loads = (SemesterLoad(2 * course - 1, hours // 2), SemesterLoad(2 * course, hours - hours // 2))
            rows.append(Row(f"r{course}.{n}", Section.BASIC, f"БМ {course}.{n}", f"Пән {n}", f"Предмет {n}", hours,
                            None, theory=hours // 2, practice=hours // 4, course_project=hours // 8,
                            production=hours - hours // 2 - hours // 4 - hours // 8, semesters=loads))
    return Curriculum("06130100", ("3W06130102", "4S06130103"), "9", "kk", intake_year=intake, years=4,
                      rows=tuple(rows), title=f"bench {intake}")


def _college(folder: Path):
    """30 groups of each course on their intake's plan; every unit held, half the practical classes split."""
    from desktop.models import LoadAssignment, Specialty, StudyGroup, Teacher
    from desktop.services import curricula, teacher_load
    from desktop.services.database import open_database

    db = open_database(folder / "load.sqlite", folder / "backups")
    plans = {intake: curricula.create(db, _curriculum(intake)) for intake in range(YEAR - 3, YEAR + 1)}
    with db.session() as session:
        specialty = session.scalar(select(Specialty.id).where(Specialty.code == "06130100"))
        session.execute(insert(StudyGroup), [
            {"code": f"{intake % 100}ПО-{n}", "specialty_id": specialty, "intake_year": intake, "entry_base": "9",
             "language": "kk", "study_form": "full_time", "duration_months": 46, "curator": "",
             "curriculum_id": plans[intake], "funding": "", "dual": False}
            for intake in plans for n in range(GROUPS // 4)])
        session.execute(insert(Teacher), [{"full_name": f"Оқытушы {n:03}", "rate": Decimal("1.5") if n % 5 == 0
                                           else Decimal("1")} for n in range(TEACHERS)])
        people = list(session.scalars(select(Teacher.id).order_by(Teacher.id)))
    units = teacher_load.year_plan(db, YEAR).units
    rows = []
    for n, unit in enumerate(units):
        slots = (1, 2) if unit.component == "practice" and n // 4 % 2 else (0,)
        rows += [{"year": YEAR, "group_id": unit.group_id, "row_key": unit.row_key, "semester": unit.semester,
                  "component": unit.component, "subgroup": slot, "teacher_id": people[(n * 7 + slot) % TEACHERS],
                  "hours": unit.hours} for slot in slots]
    with db.session() as session:
        session.execute(insert(LoadAssignment), rows)
    return db, len(rows)


def run() -> list[Figure]:
    from desktop.domain import teacher_load as tl
    from desktop.models import LoadAssignment
    from desktop.services import teacher_load

    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-load-"))
    db, count = _college(folder)
    with db.session() as session:
        plan = teacher_load._plan(session, YEAR)
        held = teacher_load._assignments(session, YEAR)
        infos = teacher_load._teacher_infos(session)
    hours_of = {u.key: u.hours for u in plan.units}
    plain_rows = [(a.teacher_id, hours_of[a.key]) for a in held]
    index = tl.UnitIndex(plan.units)  # the curricula did not change: only who holds a unit did
    recalc, rebuilt, plain = [], [], []
    for n in range(15):
        changed = held[n * 997 % len(held)]  # one unit given to another teacher, then the whole year again
        held[n * 997 % len(held)] = tl.Assignment(*changed.key, changed.subgroup, held[n].teacher_id)
        start = time.perf_counter()
        tl.calculate(index, held, infos, Decimal(720))
        recalc.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        tl.calculate(plan.units, held, infos, Decimal(720))
        rebuilt.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        totals: dict[int, int] = {}
        for teacher, hours in plain_rows:
            totals[teacher] = totals.get(teacher, 0) + hours
        plain.append((time.perf_counter() - start) * 1000)
    view, summed = [], []
    for _ in range(5):
        start = time.perf_counter()
        teacher_load.teacher_summaries(db, YEAR)
        view.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        with db.session() as session:
            session.execute(select(LoadAssignment.teacher_id, func.sum(LoadAssignment.hours))
                            .where(LoadAssignment.year == YEAR).group_by(LoadAssignment.teacher_id)).all()
        summed.append((time.perf_counter() - start) * 1000)
    opened, edited, baseline = _page_figures(db)
    db.close()
    return [
        Figure(f"teacher load recalculated whole after one unit changes teacher, {count:,} assignments of {GROUPS} "
               f"groups and {TEACHERS} teachers (vs plain Python summing the same rows per teacher)", median(recalc),
               median(plain), None, limit=50),
        Figure("the same with the units' index built again, as after a curriculum change (vs the same baseline)",
               median(rebuilt), median(plain), None),
        Figure(f"by-teacher load view's data, {count:,} assignments (vs SQL summing the same rows per teacher)",
               median(view), median(summed), None, limit=500),
        Figure("by-teacher tab of the Teacher load page shown, from the year the page keeps (vs the same SQL sum)",
               opened, baseline, None, limit=500),
        Figure("one teacher typed into a unit's cell: saved, the group read back and every view recalculated "
               "(vs the same SQL sum)", edited, baseline, None),
    ]


def _page_figures(db) -> tuple[float, float, float]:
    """The Teacher load page on the large college, offscreen: opening its by-teacher tab, and one assignment typed
    in the by-group tab (the SQL sum per teacher, measured beside them, is the baseline)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.models import LoadAssignment
    from desktop.views.load.page import LoadPage

    app = QApplication.instance() or QApplication([])
    page = LoadPage(db, "kk")
    page.set_year(YEAR)
    page.resize(1130, 640)
    page.show()
    app.processEvents()
    opened, edited, summed = [], [], []
    people = list(page.names)
    for n in range(5):
        page.tabs.setCurrentWidget(page.by_group)
        page._stale.add(page.by_teacher)
        start = time.perf_counter()
        page.tabs.setCurrentWidget(page.by_teacher)
        app.processEvents()
        opened.append((time.perf_counter() - start) * 1000)
        page.tabs.setCurrentWidget(page.by_group)
        model = page.by_group.model
        start = time.perf_counter()
        model.setData(model.index(n, 5), people[n + 1])
        app.processEvents()
        edited.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        with db.session() as session:
            session.execute(select(LoadAssignment.teacher_id, func.sum(LoadAssignment.hours))
                            .where(LoadAssignment.year == YEAR).group_by(LoadAssignment.teacher_id)).all()
        summed.append((time.perf_counter() - start) * 1000)
    page.close()
    page.deleteLater()
    app.processEvents()
    return median(opened), median(edited), median(summed)


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
