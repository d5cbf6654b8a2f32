"""What the no-lost-update check and the audit log cost (issue #19: at most 20% more): a student card saved
and a 5,000-row NEDB import, each against the same work in the same run with the journal switched off
(`Database.journal = False`) and no version passed. The version column's own WHERE clause stays in both
(SQLAlchemy's version_id_col is part of the mapping), so the baseline still pays for that part."""
from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.common import Figure, paired_medians_ms
from bench.contingent_data import big_college


def card_figure(db) -> Figure:
    from sqlalchemy import select  # noqa: PLC0415

    from desktop.models import Student  # noqa: PLC0415
    from desktop.services import students  # noqa: PLC0415

    with db.session() as session:
        sid = session.scalar(select(Student.id).order_by(Student.id).limit(1))
    card = students.get_student(db, sid)
    state = {"n": 0, "version": card.row_version}

    def phone() -> str:
        state["n"] += 1
        return f"+7 701 {state['n'] % 1000:03d} 0000"

    def checked():
        db.journal = True
        students.update_student(db, sid, replace(card.data, phone=phone()), version=state["version"])
        state["version"] += 1

    def bare():
        db.journal = False
        students.update_student(db, sid, replace(card.data, phone=phone()))
        state["version"] += 1  # the mapping still counts versions

    measured, baseline = paired_medians_ms(checked, bare, repeat=61)
    db.journal = True
    return Figure("Student card saved with the version check and its audit entry (vs the same save without them)",
                  measured, baseline, 1.2)


def import_figure(folder: Path, source: Path) -> Figure:
    from desktop.services import nedb_import  # noqa: PLC0415
    from desktop.services.database import open_database  # noqa: PLC0415

    timings: dict[bool, list[float]] = {True: [], False: []}
    for run in range(3):
        for journal in (True, False):
            db = open_database(folder / f"import-{run}-{journal}.sqlite", folder / "backups")
            db.journal = journal
            start = time.perf_counter()
            plan = nedb_import.analyse(db, source)
            nedb_import.apply(db, plan, set(), "bench")
            timings[journal].append((time.perf_counter() - start) * 1000)
            db.close()
    return Figure("NEDB import of 5,000 rows with the audit entry (vs the same import without the journal)",
                  statistics.median(timings[True]), statistics.median(timings[False]), 1.2)


def run() -> list[Figure]:
    from desktop.services import nedb  # noqa: PLC0415

    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-shared-"))
    db = big_college(folder, 5000)
    source = folder / "export.txt"
    nedb.export_contingent(db, source, "bench")
    figures = [card_figure(db)]
    db.close()
    return figures + [import_figure(folder, source)]


if __name__ == "__main__":
    for figure in run():
        print(figure.line())
