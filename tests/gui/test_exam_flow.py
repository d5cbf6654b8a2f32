"""The Demonstration exams page's flow (issue #16): the score grid typed like a spreadsheet, the session and the
candidate kept after saving, an expert added stays current, removing one asks, what happened said."""
import random
from datetime import date
from decimal import Decimal

import pytest

from hypothesis import given, strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from desktop.services import exams
from desktop.views.exams.score_grid import ABSENT, FIXED, RETAKE, ScoreGridDialog, parse_mark
from desktop.views.dual.form import FormDialog


@pytest.fixture
def exam_day(demo_db, monkeypatch):
    """The demo's planned session (7-9 June 2027) on its first day with its task drawn: scores are taken then,
    not before (issue #16)."""
    monkeypatch.setattr(exams, "clock_day", lambda: date(2027, 6, 7))
    planned = next(s.id for s in exams.list_sessions(demo_db) if s.status == "planned")
    exams.draw_task(demo_db, planned, random.Random(1))


def _planned(page):
    page.sessions.selectRow(next(r for r, s in enumerate(page.session_model.rows()) if s.status == "planned"))
    return page.selected_session().id


def _column(grid, code, judge=None):
    return FIXED + grid.columns.index(next(c for c in grid.columns if c[0].code == code and c[1] == judge))


def _finish_row(grid, row):
    """The marks a row still lacks, so that it can be saved (a row half typed in is refused: issue 16)."""
    for aspect in grid.aspects:
        judged = [c for c in grid.columns if c[0].code == aspect.code]
        for _, judge in judged:
            column = _column(grid, aspect.code, judge)
            if not grid.table.item(row, column).text():
                assert grid.set_mark(row, column, "1" if judge is not None else "10")


def test_typing_in_the_grid_moves_like_a_spreadsheet_and_totals_follow(exam_day, make_window, demo_db, qtbot, dialogs):
    page = make_window(demo_db).page("exams")
    session_id = _planned(page)
    grid = ScoreGridDialog(demo_db, session_id, page.document.lines, page)
    grid.show()
    qtbot.waitExposed(grid)
    table = grid.table
    a = _column(grid, "A")

    def type_in(keys):
        """Each key to whoever has it: the cell's editor once typing opened one, else the grid."""
        for key in keys:
            target = table.indexWidget(table.currentIndex()) or table
            qtbot.keyClick(target, key)
            qtbot.wait(5)  # the delegate commits on Enter a moment later (a queued call)

    table.setCurrentCell(0, a)
    type_in(["1", "8", Qt.Key.Key_Return])
    assert table.item(0, a).text() == "18" and (table.currentRow(), table.currentColumn()) == (1, a)  # Enter: down
    assert grid.total_text(0) == ("18", "")
    table.setCurrentCell(0, a)
    type_in(["2", "0", Qt.Key.Key_Tab])  # typing replaces the mark there
    assert table.item(0, a).text() == "20" and table.currentColumn() == a + 1  # Tab: right
    type_in(["1", "9", Qt.Key.Key_Return])
    assert grid.total_text(0) == ("39", "")
    for judge in range(3):  # three judges' 3 of aspect C (15): the whole 15
        assert grid.set_mark(0, _column(grid, "C", judge), "3")
    assert grid.total_text(0) == ("54", "")  # a running total; no letter until every aspect has its marks
    table.setCurrentCell(0, a)
    type_in([Qt.Key.Key_Delete])
    assert table.item(0, a).text() == "" and grid.total_text(0) == ("34", "")
    grid.undo_stack.undo()  # Ctrl+Z puts the mark back
    assert table.item(0, a).text() == "20" and grid.total_text(0) == ("54", "")
    assert dialogs == []
    table.setCurrentCell(1, a)
    type_in(["2", "5", Qt.Key.Key_Return])  # above the aspect's 20: refused, named
    [(_, title, text)] = dialogs
    assert page.document.lines[1].name in text and "aspect A" in text and "“25”" in text and "0 to 20" in text
    assert table.item(1, a).text() == ""  # nothing written
    assert (table.currentRow(), table.currentColumn()) == (1, a)  # and the cursor stays there to type again
    grid.table.item(2, ABSENT).setCheckState(Qt.CheckState.Checked)
    grid.table.item(0, RETAKE).setCheckState(Qt.CheckState.Checked)
    assert grid.total_text(2) == ("—", "absent")
    grid.save()  # the first row lacks D and E: refused, naming its row, nothing written
    assert grid.result() != QDialog.DialogCode.Accepted and "D, E" in dialogs[-1][3]  # informative text
    _finish_row(grid, 0)
    grid.save()
    assert grid.result() == QDialog.DialogCode.Accepted and grid.saved == 1
    scores = {line.student_id: line for line in exams.session_scores(demo_db, session_id)[1]}
    first, second, third = (page.document.lines[n].student_id for n in range(3))
    assert scores[first].scores == {"A": ["20"], "B": ["19"], "C": [3, 3, 3], "D": ["10"], "E": [1, 1, 1]}
    assert scores[first].retake
    assert scores[second].scores == {} and not scores[second].absent and scores[third].absent


def test_a_mark_is_a_mark_of_its_cell():
    assert parse_mark("3", True, Decimal(15)) == 3 and parse_mark("2.5", True, Decimal(15)) is None
    assert parse_mark("4", True, Decimal(15)) is None and parse_mark("-1", False, Decimal(20)) is None
    assert parse_mark("19,75", False, Decimal(20)) == Decimal("19.75")
    assert parse_mark("19.755", False, Decimal(20)) is None and parse_mark("x", False, Decimal(20)) is None
    assert parse_mark("nan", False, Decimal(20)) is None and parse_mark("20", False, Decimal(20)) == 20


def test_saving_the_grid_keeps_the_session_and_the_candidate(exam_day, make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    page = window.page("exams")
    session_id = _planned(page)
    page.candidates.setCurrentCell(5, 0)
    chosen = page.document.lines[5].student_id

    def enter(grid: ScoreGridDialog):
        assert grid.table.currentRow() == 5  # opens on the candidate that was current
        grid.set_mark(5, _column(grid, "A"), "15")
        _finish_row(grid, 5)
        grid.save()
        return grid.result()

    monkeypatch.setattr(ScoreGridDialog, "exec", enter)
    page.findChild(QPushButton, "scores").click()
    assert page.selected_session().id == session_id
    assert page.document.lines[page.candidates.currentRow()].student_id == chosen
    assert page.findChild(QPushButton, "scores").isEnabled()  # the next button works on the same candidate
    assert window.statusBar().currentMessage() == "Scores saved: 1 candidates have a total."


def test_an_expert_added_stays_current_and_removing_one_asks(exam_day, make_window, demo_db, monkeypatch, dialogs):
    page = make_window(demo_db).page("exams")
    session_id = _planned(page)
    before = page.panel.rowCount()

    def fill(dialog: FormDialog):
        dialog.widgets["full_name"].setText("Сәрсенова Әйгерім")
        dialog.accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    page.findChild(QPushButton, "add_expert").click()
    assert page.selected_session().id == session_id and page.panel.rowCount() == before + 1
    assert page.panel.item(page.panel.currentRow(), 0).text() == "Сәрсенова Әйгерім"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: dialogs.append(a[1:3]) or QMessageBox.StandardButton.No)
    page.findChild(QPushButton, "remove_expert").click()
    assert dialogs == [("Remove the expert", f"Remove Сәрсенова Әйгерім from the panel of session № {session_id}?")]
    assert page.panel.rowCount() == before + 1  # answered No: kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.findChild(QPushButton, "remove_expert").click()
    assert page.panel.rowCount() == before and page.selected_session().id == session_id


def test_the_grid_in_kazakh_and_russian_shows_the_marks_and_letters(exam_day, make_window, demo_db):
    for language in ("kk", "ru"):
        page = make_window(demo_db, language).page("exams")
        session_id = _planned(page)
        grid = ScoreGridDialog(demo_db, session_id, page.document.lines, page)
        assert grid.table.rowCount() == len(page.document.lines)
        grid.set_mark(0, _column(grid, "B"), "17.5")
        assert grid.table.item(0, _column(grid, "B")).text() == "17,5"  # a decimal comma in kk and ru
        assert grid.total_text(0) == ("17,5", "")  # a running total, no letter while unfinished
        grid.close()


@given(st.decimals(min_value=0, max_value=40, places=2, allow_nan=False, allow_infinity=False),
       st.integers(min_value=1, max_value=40))
def test_a_measured_mark_is_taken_exactly_when_it_is_within_the_maximum(value, maximum):
    parsed = parse_mark(str(value), False, Decimal(maximum))
    assert parsed == (value if value <= maximum else None)
    assert parse_mark(str(value).replace(".", ","), False, Decimal(maximum)) == parsed


@given(st.integers(min_value=-5, max_value=9))
def test_a_judges_mark_is_a_whole_zero_to_three(value):
    assert parse_mark(str(value), True, Decimal(15)) == (value if 0 <= value <= 3 else None)
