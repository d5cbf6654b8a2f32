"""Return in the Contingent search box always does something a registrar can see: the only student found opens,
several are handed to the list with the first selected, none are explained (it had done nothing at all)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.contingent.student_dialog import StudentDialog


@pytest.fixture
def page(make_window, demo_db, qtbot, monkeypatch):
    window = make_window(demo_db, "ru")
    window.show_page("contingent")
    page = window.page("contingent")
    page.opened = []

    def exec_(dialog):
        page.opened.append(dialog.student_id if hasattr(dialog, "student_id") else True)
        return 0

    monkeypatch.setattr(StudentDialog, "exec", exec_)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return page


def _enter(qtbot, page, text):
    page.search.setText(text)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    return page.window().statusBar().currentMessage()


def test_nothing_found_says_so(page, qtbot):
    said = _enter(qtbot, page, "qqqzzz")
    assert "qqqzzz" in said and page.opened == []
    assert said == page.tr("No student matches “{text}”: search by surname, name, IIN or group.").format(text="qqqzzz")


def test_a_student_hidden_by_the_filters_is_pointed_to(page, qtbot):
    expelled = [r for r in page.student_model.all_rows() if r.status == "expelled"][0]
    said = _enter(qtbot, page, expelled.iin)
    assert page.opened == [] and expelled.iin in said and "1" in said  # the one among all students
    # the whole message as the page says it in Russian (a part of it is no source string and stays English)
    assert said == page.tr("No student matches “{text}” with these filters; {count} match among all students "
                           "(any group or status): choose the filters, or Clear.").format(text=expelled.iin, count=1)
    assert not said.startswith("No student")  # in Russian, not the English source


def test_the_only_match_opens_its_card(page, qtbot):
    student = page.student_model.row_at(5)
    _enter(qtbot, page, student.iin)
    assert page.student_model.rowCount() == 1 and len(page.opened) == 1
    assert [r.id for r in page.selected_students()] == [student.id]


def test_several_matches_select_the_first_and_say_how_many(page, qtbot):
    said = _enter(qtbot, page, "ов")
    shown = page.student_model.rowCount()
    assert shown > 1 and page.opened == []
    assert str(shown) in said
    assert [r.id for r in page.selected_students()] == [page.student_model.row_at(0).id]
    assert page.students.hasFocus()
    qtbot.keyClick(page.students, Qt.Key.Key_Return)  # Enter on the list then opens the card
    assert len(page.opened) == 1


def test_a_selected_student_opens_once(page, qtbot):
    page.search.setText("ов")
    page.students.selectRow(2)
    _enter(qtbot, page, "ов")
    assert len(page.opened) == 1
