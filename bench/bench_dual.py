"""Dual-training coverage for 5,000 students and 2,000 contracts (goal from the dual-training issue: under 100 ms)."""
from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from bench.common import Figure, median
from bench.contingent_data import big_college


def run() -> list[Figure]:
    from desktop.domain.ids import make_bin
    from desktop.models import DualContract, Enterprise, Student
    from desktop.services import dual

    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-dual-"))
    db = big_college(folder, 5000)
    with db.session() as session:
        session.execute(insert(Enterprise), [{"bin": make_bin(5, 3, 4, 0, n) or make_bin(5, 3, 4, 0, n + 5000),
                                              "name_kk": f"К{n}", "name_ru": f"П{n}", "size": "large", "sector": "",
                                              "agro_industrial": False, "address": "", "contacts": ""}
                                             for n in range(1, 40, 2)])
        enterprises = list(session.scalars(select(Enterprise.id)))
        students = list(session.scalars(select(Student.id).limit(2000)))
        session.execute(insert(DualContract), [
            {"number": f"Д-{n}", "signed_on": date(2026, 9, 1), "student_id": sid,
             "enterprise_id": enterprises[n % len(enterprises)], "mentor_id": None, "representative": "",
             "specialty_code": "", "qualification_code": "", "starts_on": date(2026, 9, 1),
             "ends_on": date(2027, 6, 30), "status": "signed" if n % 5 else "ended", "termination_reason": "",
             "appendix_issued_on": None} for n, sid in enumerate(students)])
    timings, plain = [], []
    for _ in range(9):
        start = time.perf_counter()
        dual.coverage_figures(db)
        timings.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()  # the baseline: the same students and contracts read with sqlite3
        connection = sqlite3.connect(db.path)
        connection.execute("SELECT id, funding, group_id FROM student").fetchall()
        connection.execute("SELECT student_id FROM dual_contract WHERE status IN ('signed', 'appendix_issued')").fetchall()
        connection.close()
        plain.append((time.perf_counter() - start) * 1000)
    db.close()
    return [Figure("dual-training coverage, 5,000 students and 2,000 contracts (vs sqlite3 reading the rows)",
                   median(timings), median(plain), None, limit=100)]
