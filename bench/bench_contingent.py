"""The contingent at scale: the NEDB export and import of 5,000 students, the Contingent page with 20,000.

Goals from the contingent issue: export at most 2x what Python's csv module takes for the same rows;
import of 5,000 rows under 3 s; the page with 20,000 students open under 0.5 s and each filter
keystroke under 50 ms.
"""
from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.common import Figure, median, paired_medians_ms
from bench.contingent_data import big_college


def nedb_figures(folder: Path) -> list[Figure]:
    from desktop.exchange.nedb_file import COLUMNS, HEADER_OF
    from desktop.services import nedb, nedb_import
    from desktop.services.database import open_database

    db = big_college(folder, 5000)
    keys = [key for key, _, _ in COLUMNS]
    records = [record for _, _, record in nedb.export_rows(db)]
    target = folder / "export.txt"

    def ours():
        nedb.export_contingent(db, target, "bench")

    def csv_of_the_same_rows():
        # The floor: the same rows, already in memory, written by Python's csv module in UTF-16.
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n")
        writer.writerow([HEADER_OF[k] for k in keys])
        writer.writerows([[r[k] for k in keys] for r in records])
        (folder / "plain.txt").write_bytes(buffer.getvalue().encode("utf-16"))

    def select_and_csv():
        # The same job done bare: the students selected with Python's sqlite3, then written by csv.
        connection = sqlite3.connect(db.path)
        rows = connection.execute(
            "SELECT s.*, g.code, g.duration_months, g.intake_year, g.language, g.study_form, sp.code, sp.name_ru, "
            "q.code, q.name_ru FROM student s LEFT JOIN study_group g ON s.group_id = g.id "
            "LEFT JOIN specialty sp ON g.specialty_id = sp.id LEFT JOIN qualification q ON g.qualification_id = q.id "
            "ORDER BY g.code, s.surname, s.given_name, s.id").fetchall()
        connection.close()
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n")
        writer.writerow([HEADER_OF[k] for k in keys])
        writer.writerows(rows)
        (folder / "bare.txt").write_bytes(buffer.getvalue().encode("utf-16"))

    export, floor = paired_medians_ms(ours, csv_of_the_same_rows, repeat=15)
    _, bare = paired_medians_ms(ours, select_and_csv, repeat=9)
    figures = [Figure("NEDB export of 5,000 students from the database (vs csv writing the same rows, in memory)",
                      export, floor, 2.0),
               Figure("NEDB export of 5,000 students from the database (vs sqlite3 select + csv of the same rows)",
                      export, bare, 2.0)]
    db.close()

    timings, parse_only = [], []
    from desktop.exchange.nedb_file import parse

    data = target.read_bytes()
    for run in range(3):
        empty = open_database(folder / f"empty-{run}.sqlite", folder / "backups")
        start = time.perf_counter()
        plan = nedb_import.analyse(empty, target)
        nedb_import.apply(empty, plan, set(), "bench")
        timings.append((time.perf_counter() - start) * 1000)
        empty.close()
        start = time.perf_counter()
        parse(data)
        parse_only.append((time.perf_counter() - start) * 1000)
    figures.append(Figure("NEDB import of 5,000 rows into an empty database (vs parsing the file alone)",
                          median(timings), median(parse_only), None, limit=3000))
    return figures


def page_figures(folder: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.views.contingent.page import ContingentPage
    from desktop.views.table_model import Column, RowTableModel

    app = QApplication.instance() or QApplication([])
    db = big_college(folder, 20000)
    opened, plain = [], []
    for _ in range(5):
        start = time.perf_counter()
        page = ContingentPage(db)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        opened.append((time.perf_counter() - start) * 1000)
        rows = page.student_model.all_rows()
        start = time.perf_counter()  # the baseline: Qt's table over the same 20,000 rows already in memory
        view = QTableView()
        model = RowTableModel([Column("x", "Name", lambda r: r.full_name), Column("x", "IIN", lambda r: r.iin)])
        model.set_rows(rows)
        view.setModel(model)
        view.resize(1400, 900)
        view.show()
        app.processEvents()
        plain.append((time.perf_counter() - start) * 1000)
        view.close()
        page.close()
        page.deleteLater()
        app.processEvents()
    page = ContingentPage(db)
    page.resize(1400, 900)
    page.show()
    app.processEvents()
    keys = [f"{r.surname} {r.given_name} {r.iin}".casefold() for r in page.student_model.all_rows()]
    typed, scans = [], []
    for word in ("а", "ах", "ахм", "ахме", "ахмет", "ахмето", "ахметов", "ахметова", "ахметов", "ахм", "а", ""):
        start = time.perf_counter()
        page.search.setText(word)
        app.processEvents()
        typed.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()  # the baseline: a bare scan of the same strings for the word
        [k for k in keys if word in k]
        scans.append((time.perf_counter() - start) * 1000)
    figures = [Figure("Contingent page with 20,000 students opened and painted (vs a bare QTableView of the rows)",
                      median(opened), median(plain), None, limit=500),
               Figure("Contingent page, one search keystroke over 20,000 students, repainted (vs a bare list scan)",
                      max(typed), median(scans), None, limit=50)]
    page.close()
    db.close()
    return figures


def run() -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-contingent-"))
    return nedb_figures(folder) + page_figures(folder)
