"""The whole report pack (PDF and workbook) for a college of 3,000 students (goal from the state-reports issue:
under 5 s). Baseline: reportlab and openpyxl writing one plain 3,000-row table each, in the same run."""
from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, update

from bench.common import Figure, median
from bench.contingent_data import big_college

TODAY = date(2026, 11, 22)


def _college(folder: Path):
    from desktop.domain.ids import make_bin
    from desktop.models import DualContract, Enterprise, GraduateEmployment, Student
    from desktop.services.college import CollegeProfileData, save_profile

    db = big_college(folder, 3000)
    save_profile(db, CollegeProfileData(name_kk="«Алатау» жоғары политехникалық колледжі",
                                        name_ru="Высший политехнический колледж «Алатау»", director="Сейтқалиев Е. Б."))
    with db.session() as session:  # a sixth graduated last June; most of them with a status
        session.execute(update(Student).where(Student.id % 6 == 0).values(status="graduated", left_on=date(2026, 6, 30)))
        graduates = list(session.scalars(select(Student.id).where(Student.status == "graduated")))
        statuses = ("employed_in_specialty", "employed_outside", "further_study", "military", "not_employed")
        session.execute(insert(GraduateEmployment), [
            {"student_id": sid, "status": statuses[n % len(statuses)], "on": date(2026, 9, 1), "employer": "ТОО «А»",
             "evidence": "confirmed"} for n, sid in enumerate(graduates) if n % 8])
        session.execute(insert(Enterprise), [{"bin": make_bin(5, 3, 4, 0, n) or make_bin(5, 3, 4, 0, n + 5000),
                                              "name_kk": f"К{n}", "name_ru": f"П{n}", "size": "large", "sector": "",
                                              "agro_industrial": False, "address": "", "contacts": ""}
                                             for n in range(1, 20, 2)])
        enterprises = list(session.scalars(select(Enterprise.id)))
        studying = list(session.scalars(select(Student.id).where(Student.status == "studying").limit(600)))
        session.execute(insert(DualContract), [
            {"number": f"Д-{n}", "signed_on": date(2026, 9, 1), "student_id": sid,
             "enterprise_id": enterprises[n % len(enterprises)], "mentor_id": None, "representative": "",
             "specialty_code": "", "qualification_code": "", "starts_on": date(2026, 9, 1),
             "ends_on": date(2027, 6, 30), "status": "signed", "termination_reason": "", "appendix_issued_on": None}
            for n, sid in enumerate(studying)])
    return db


def _baseline(folder: Path, rows: int) -> None:
    from openpyxl import Workbook
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    data = [[f"Студент {n}", f"Топ {n // 25}", "иә", "мамандығы бойынша", "01.09.2026", "ТОО «А»"] for n in range(rows)]
    SimpleDocTemplate(str(folder / "plain.pdf"), pagesize=landscape(A4)).build([Table(data, repeatRows=1)])
    book = Workbook()
    for row in data:
        book.active.append(row)
    book.save(folder / "plain.xlsx")


def run() -> list[Figure]:
    from desktop.services.report_pack import make_pack

    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-pack-"))
    db = _college(folder)
    timings, plain = [], []
    for n in range(3):
        start = time.perf_counter()
        make_pack(db, folder / f"pack-{n}", 2026, "kk", TODAY)
        timings.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        _baseline(folder, 3000)
        plain.append((time.perf_counter() - start) * 1000)
    db.close()
    return [Figure("report pack (PDF + workbook), 3,000 students (vs reportlab and openpyxl writing a 3,000-row table)",
                   median(timings), median(plain), None, limit=5000)]
