"""The Demonstration exams page offscreen: scores entered for a candidate, the award, the protocol."""
import random
from datetime import date
from decimal import Decimal

import pytest

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pypdf import PdfReader

from desktop.services import exams, students
from desktop.views.exams.score_grid import ABSENT, FIXED, ScoreGridDialog


@pytest.fixture
def exam_day(demo_db, monkeypatch):
    """The demo's planned session (7-9 June 2027) on its first day with its task drawn: scores are taken then,
    not before (issue #16)."""
    monkeypatch.setattr(exams, "clock_day", lambda: date(2027, 6, 7))
    planned = next(s.id for s in exams.list_sessions(demo_db) if s.status == "planned")
    exams.draw_task(demo_db, planned, random.Random(1))


pytestmark = pytest.mark.usefixtures("exam_day")

def test_the_demo_sessions_and_figures(make_window, demo_db, qtmodeltester):
    page = make_window(demo_db).page("exams")
    qtmodeltester.check(page.session_model)
    assert page.session_model.rowCount() == 3
    assert "holds demonstration exams: yes" in page.figures.text()
    assert "has taken place and assessed at least one candidate" in page.figures.toolTip()  # what is counted
    assert page.results.count() == 2 and page.gaps.count() == len(exams.qual_exam_gaps(demo_db))


def _column(grid: ScoreGridDialog, code: str, judge: int | None = None) -> int:
    return FIXED + grid.columns.index(next(c for c in grid.columns if c[0].code == code and c[1] == judge))


def test_entering_scores_in_the_grid_and_awarding(make_window, demo_db, monkeypatch, tmp_path):
    window = make_window(demo_db)
    page = window.page("exams")
    planned = next(r for r, s in enumerate(page.session_model.rows()) if s.status == "planned")
    page.sessions.selectRow(planned)
    session_id = page.selected_session().id
    assert page.candidates.rowCount() == 26
    first = page.document.lines[0]

    def enter(grid: ScoreGridDialog):
        assert grid.table.rowCount() == 26
        for aspect, judge in grid.columns:
            grid.set_mark(0, _column(grid, aspect.code, judge), _plain_max(aspect) if judge is None else "3")
        assert grid.total_text(0) == ("100", "A")
        grid.set_mark(0, _column(grid, "C", 0), "0")  # one judge of five marks less
        for row in range(1, grid.table.rowCount()):
            grid.table.item(row, ABSENT).setCheckState(Qt.CheckState.Checked)  # absent
        grid.save()
        return grid.result()

    monkeypatch.setattr(ScoreGridDialog, "exec", enter)
    page.candidates.setCurrentCell(0, 0)
    page.findChild(QPushButton, "scores").click()
    line = next(line for line in page.document.lines if line.student_id == first.student_id)
    assert (line.total, line.letter, line.passed) == (Decimal("95.00"), "A", True)
    assert page.candidates.item(0, page.candidates.columnCount() - 1).text() == "passed"
    assert "Scores saved: 1 candidates have a total." == window.statusBar().currentMessage()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.findChild(QPushButton, "finish").click()
    assert "qualification was recorded on 1 candidates" in window.statusBar().currentMessage()
    earned = students.get_student(demo_db, first.student_id).qualifications
    assert [q.code for q in earned][-1] == "4S06130103"
    pdf = page.print_protocol(str(tmp_path / "p.pdf"), "kk")
    assert window.statusBar().currentMessage() == f"Saved: {pdf}"
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    # the total as the form writes it: 95 (whole), never 95.00 with a decimal point
    assert "ДЕМОНСТРАЦИЯЛЫҚ ЕМТИХАН ХАТТАМАСЫ" in text and "A (өте жақсы)" in text and "95.00" not in text
    assert "келмеді" in text
    assert page.save_results(str(tmp_path / "r.xlsx")).exists()
    assert next(s for s in exams.list_sessions(demo_db) if s.id == session_id).status == "held"


def _plain_max(aspect) -> str:
    return str(int(aspect.max_mark)) if aspect.max_mark == int(aspect.max_mark) else str(aspect.max_mark)


def test_a_bad_mark_is_refused_naming_the_cell_and_an_incomplete_line_is_not_saved(make_window, demo_db, dialogs):
    page = make_window(demo_db).page("exams")
    planned = next(r for r, s in enumerate(page.session_model.rows()) if s.status == "planned")
    page.sessions.selectRow(planned)
    session_id = page.selected_session().id
    student = page.document.lines[0]
    grid = ScoreGridDialog(demo_db, session_id, page.document.lines, page)
    assert not grid.set_mark(0, _column(grid, "A"), "50")  # more than the aspect's 20
    [(_, title, text)] = dialogs
    assert title == "Not a mark" and student.name in text and "aspect A" in text and "0 to 20" in text
    assert grid.table.item(0, _column(grid, "A")).text() == ""
    assert not grid.set_mark(0, _column(grid, "C", 1), "2.5")
    assert "aspect C, judge 2" in dialogs[-1][2] and "a whole 0, 1, 2 or 3" in dialogs[-1][2]
    assert grid.set_mark(0, _column(grid, "A"), "18,5")  # a decimal comma is a point
    assert grid.table.item(0, _column(grid, "A")).text() == "18.5" and grid.total_text(0) == ("18.5", "")  # unfinished
    grid.set_mark(0, _column(grid, "C", 0), "3")  # one judge of three: no total for C yet, and not saved
    assert grid.total_text(0)[0] == "18.5"
    grid.save()
    assert "row 1" in dialogs[-1][3] and "three judges" in dialogs[-1][3]
    assert exams.candidate_scores(demo_db, session_id, student.student_id)[1] == {}
    assert grid.result() != QDialog.DialogCode.Accepted


def test_scores_imported_from_a_sheet_all_or_nothing(make_window, demo_db, tmp_path, dialogs):
    page = make_window(demo_db).page("exams")
    planned = next(r for r, s in enumerate(page.session_model.rows()) if s.status == "planned")
    page.sessions.selectRow(planned)
    line = page.document.lines[0]
    book = Workbook()
    book.active.append(["ИИН", "Аспект", "Балл", "Судья 2", "Судья 3"])
    for code, scores in (("A", [18]), ("B", [20]), ("C", [2, 3, 2]), ("D", [22.5]), ("E", [3, 3, 2])):
        book.active.append([line.iin, code, *scores])
    good = tmp_path / "scores.xlsx"
    book.save(good)
    page.import_scores(str(good))
    assert next(l for l in page.document.lines if l.student_id == line.student_id).total == Decimal("85.50")  # 18 + 20 + 15·7/9 + 22.5 + 15·8/9
    book.active.append(["000000000000", "A", 5])
    book.active.append([line.iin, "C", 2, 5, 1])
    book.active.append([line.iin, "Z", 1])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    page.import_scores(str(bad))
    [(_, title, text, details)] = dialogs
    assert "row 7, column A" in details and "000000000000" in details
    assert "row 8, column C" in details and "aspect C" in details
    assert "row 9, column B" in details and "no aspect Z" in details
    assert next(l for l in page.document.lines if l.student_id == line.student_id).total == Decimal("85.50")

def test_a_new_session_and_its_edit_through_the_form(make_window, demo_db, monkeypatch):
    from desktop.views.dual.form import FormDialog

    page = make_window(demo_db).page("exams")
    before = page.session_model.rowCount()

    def fill(dialog: FormDialog):
        widgets = dialog.widgets
        widgets["qualification"].setCurrentIndex(widgets["qualification"].findData("3W06130102"))
        widgets["venue_name"].setText("Шеберхана 5")
        widgets["tasks"].setPlainText("Модуль A\nМодуль B")
        dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    page.findChild(QPushButton, "new_session").click()
    assert page.session_model.rowCount() == before + 1
    made = page.selected_session()
    assert exams.session_data(demo_db, made.id).tasks == ("Модуль A", "Модуль B")

    def rename(dialog: FormDialog):
        assert dialog.widgets["venue_name"].text() == "Шеберхана 5"
        dialog.widgets["venue_name"].setText("Шеберхана 6")
        dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", rename)
    page.findChild(QPushButton, "edit_session").click()
    assert exams.session_data(demo_db, made.id).venue_name == "Шеберхана 6"


def test_without_a_panel_finish_says_why_and_the_protocol_still_prints(make_window, demo_db, monkeypatch, dialogs,
                                                                       tmp_path):
    page = make_window(demo_db).page("exams")
    page.sessions.selectRow(next(r for r, s in enumerate(page.session_model.rows()) if s.status == "planned"))
    session_id = page.selected_session().id
    page.tabs.setCurrentIndex(1)
    while page.panel.rowCount():
        page.panel.setCurrentCell(0, 0)
        page.findChild(QPushButton, "remove_expert").click()
    for line in page.document.lines:
        exams.set_scores(demo_db, session_id, line.student_id, {}, absent=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    asked = [d for d in dialogs if d[0] == "question"]
    assert asked and all(title == "Remove the expert" and "from the panel" in text for _, title, text in asked)
    dialogs[:] = []
    page.findChild(QPushButton, "finish").click()
    [(_, title, text, details)] = dialogs
    assert title == "Not finished" and "Panel: the session has no expert panel" in details
    assert next(s for s in exams.list_sessions(demo_db) if s.id == session_id).status == "planned"
    pdf = tmp_path / "p.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(pdf), ""))
    page.findChild(QPushButton, "protocol").click()  # an English window prints in Kazakh
    assert "Сарапшылар тобы бағдарламаға енгізілмеген" in "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert len(dialogs) == 1


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_marks_totals_and_the_pass_mark_read_as_the_protocol_prints_them(make_window, demo_db, language):
    page = make_window(demo_db, language).page("exams")
    page.sessions.selectRow(next(r for r, s in enumerate(page.session_model.rows()) if s.status == "held"))
    assert "50.00" not in page.facts.text() and page.facts.text().rstrip().endswith("50")
    total = page.candidates.columnCount() - 3
    shown = [page.candidates.item(row, column).text() for row in range(page.candidates.rowCount())
             for column in range(2, total + 1)]
    assert any("," in text for text in shown) and not any("." in text for text in shown)
    line = next(line for line in page.document.lines if line.total is not None and line.total % 1)
    row = page.document.lines.index(line)
    assert page.candidates.item(row, total).text() == str(line.total.normalize()).replace(".", ",")
