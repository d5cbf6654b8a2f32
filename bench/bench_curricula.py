"""The curriculum editor and files, on the 240-credit, 80-row curriculum of bench_rules.

Goals from the issue: recalculation after one edit under 16 ms; the PDF at most 1.5x what reportlab
takes for a plain table of the same cells; reading the workbook under 0.3 s.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from bench.bench_rules import big_curriculum
from bench.common import Figure, median_ms, paired_medians_ms
from desktop.domain.ruleset import RuleSet
from desktop.paths import resource_path


def _rules() -> RuleSet:
    return RuleSet.from_dict(json.loads(resource_path("rules", "credit-modular-2022.json").read_text("utf-8")))


def editor_figures(db, curriculum_id: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
    from PySide6.QtWidgets import QApplication, QTreeView

    from desktop.views.curricula.editor import CurriculumEditor

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack(app)
    editor = CurriculumEditor(db, curriculum_id, "kk", stack)
    editor.resize(1400, 900)
    editor.show()
    app.processEvents()
    values = iter(range(10**6))

    def one_edit(paint: bool):
        # The worst case: every edit flips year 1 over and under 60 credits, so findings and the
        # tinted rows change each time.
        index = editor.model.index_of("g6", 3)
        editor.model.setData(index, str(120 + 12 * (next(values) % 2)))
        if paint:
            app.processEvents()

    plain = QStandardItemModel(80, editor.model.columnCount())
    for row in range(80):
        for column in range(editor.model.columnCount()):
            plain.setItem(row, column, QStandardItem("1"))
    view = QTreeView()
    view.setModel(plain)
    view.resize(editor.size())
    view.show()

    def plain_edit():  # Qt's own model and view showing one changed cell
        plain.setData(plain.index(5, 3), str(next(values)))
        app.processEvents()

    baseline = median_ms(plain_edit, repeat=60, number=1)
    figures = [
        Figure("editor: recalculation after one edit (model, rule check, findings, totals; vs a QStandardItemModel edit on screen)",
               median_ms(lambda: one_edit(False), repeat=60, number=1), baseline, None, limit=16),
        Figure("editor: the same edit until repainted, 1400x900 window (vs a QStandardItemModel edit on screen)",
               median_ms(lambda: one_edit(True), repeat=60, number=1), baseline, None, limit=16),
    ]
    view.close()
    view.setModel(None)
    editor.detach()
    editor.close()
    editor.deleteLater()
    stack.deleteLater()
    plain.deleteLater()
    view.deleteLater()
    app.processEvents()
    return figures


def pdf_figure(db, curriculum_id: int, folder: Path) -> Figure:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Table

    from desktop.reports.curriculum_pdf import build_curriculum_pdf, plan_cells
    from desktop.reports.fonts import register_fonts
    from desktop.services import curricula

    document = curricula.curriculum_document(db, curriculum_id, "kk")
    regular, _ = register_fonts()
    rows, _styles, widths, _heights = plan_cells(document, "kk")  # the same cells, without the dressing

    def ours():
        build_curriculum_pdf(folder / "plan.pdf", document, "kk", parts=("plan",))

    def plain():
        table = Table(rows, colWidths=widths, repeatRows=2)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 6.8)])
        SimpleDocTemplate(str(folder / "plain.pdf"), pagesize=landscape(A4)).build([table])

    return Figure("curriculum PDF, the plan (vs reportlab's plain table of the same cells)",
                  *paired_medians_ms(ours, plain, repeat=21), 1.5)


def import_figure(curriculum, folder: Path) -> Figure:
    from openpyxl import load_workbook

    from desktop.exchange.curriculum_xlsx import read_curriculum, write_curriculum

    path = folder / "curriculum.xlsx"
    write_curriculum(path, curriculum)

    def ours():
        read_curriculum(path)

    def bare():  # openpyxl walking the same cells, no checks
        workbook = load_workbook(path, read_only=True, data_only=True)
        for sheet in workbook.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        workbook.close()

    return Figure("curriculum workbook import (vs openpyxl reading the same cells)",
                  *paired_medians_ms(ours, bare, repeat=11), None, limit=300)


def run() -> list[Figure]:
    from desktop.services import curricula
    from desktop.services.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="zhospar-bench-"))
    db = open_database(folder / "bench.sqlite", folder / "backups")
    curriculum = big_curriculum(_rules())
    curriculum_id = curricula.create(db, curriculum.__class__(**{**curriculum.__dict__, "title": "Bench"}))
    started = time.perf_counter()
    figures = editor_figures(db, curriculum_id) + [pdf_figure(db, curriculum_id, folder), import_figure(curriculum, folder)]
    db.close()
    assert time.perf_counter() - started < 600
    return figures
