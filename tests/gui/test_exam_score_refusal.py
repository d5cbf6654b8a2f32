"""Scores… on a session not held yet (issue #16): the page says why instead of opening the grid, and a sheet of
scores is refused the same way; nothing is written."""
from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QPushButton

from desktop.services import exams
from desktop.views.exams.score_grid import ScoreGridDialog


@pytest.fixture
def planned_page(make_window, demo_db, monkeypatch):
    monkeypatch.setattr(ScoreGridDialog, "exec", lambda self: pytest.fail("the grid opened for a session not held"))
    window = make_window(demo_db)
    page = window.page("exams")
    page.sessions.selectRow(next(r for r, s in enumerate(page.session_model.rows()) if s.status == "planned"))
    return page


def _recorded(db, session_id):
    return [(line.scores, line.absent) for line in exams.session_scores(db, session_id)[1]]


def test_a_session_still_to_come_says_its_day_and_the_draw(planned_page, demo_db, dialogs, monkeypatch):
    monkeypatch.setattr(exams, "clock_day", lambda: date(2027, 5, 20))
    page = planned_page
    session_id = page.selected_session().id
    before = _recorded(demo_db, session_id)
    page.findChild(QPushButton, "scores").click()
    [(kind, title, text)] = dialogs
    assert kind == "information" and title == "Scores"
    assert f"The scores of session № {session_id} cannot be entered yet:" in text
    assert "the session is on 07.06.2027: scores are entered on or after that day" in text
    assert "draw the task first" in text
    assert _recorded(demo_db, session_id) == before


def test_on_the_day_without_the_draw_it_asks_for_the_draw_only(planned_page, dialogs, monkeypatch):
    monkeypatch.setattr(exams, "clock_day", lambda: date(2027, 6, 7))
    planned_page.enter_scores()
    [(_, _, text)] = dialogs
    assert "draw the task first" in text and "the session is on" not in text


def test_a_sheet_of_scores_is_refused_before_the_day(planned_page, demo_db, dialogs, tmp_path, monkeypatch):
    monkeypatch.setattr(exams, "clock_day", lambda: date(2027, 5, 20))
    page = planned_page
    session_id = page.selected_session().id
    line = page.document.lines[0]
    book = Workbook()
    book.active.append(["ИИН", "Аспект", "Балл"])
    book.active.append([line.iin, "A", 18])
    sheet = tmp_path / "scores.xlsx"
    book.save(sheet)
    before = _recorded(demo_db, session_id)
    page.import_scores(str(sheet))
    [(_, title, _, details)] = dialogs
    assert title == "Scores not imported" and "the session is on 07.06.2027" in details
    assert _recorded(demo_db, session_id) == before
