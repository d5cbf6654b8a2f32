"""Importing the college's grade sheet from the Final grades page: the dry run is shown first (students matched,
what cannot be placed), nothing is written until the user's OK; a sheet with a bad cell is refused naming it."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from desktop.services import grades


@pytest.fixture
def page(make_window, demo_db):
    window = make_window(demo_db, "en", is_demo=True)
    window.show_page("grades")
    return window.page("grades")


def _sheet(tmp_path, page, cells):
    columns = [r for r in page.grid.rows if r.graded][:3]
    book = Workbook()
    book.active.title = "Ведомость"
    book.active.append(["№", "Аты-жөні", *(r.code for r in columns), "ZZ 7 Астрономия"])
    for number, (name, *values) in enumerate(cells, start=1):
        book.active.append([number, name, *values])
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    return path, columns


def test_the_dry_run_is_shown_and_nothing_is_written_before_ok(page, tmp_path, monkeypatch):
    from desktop.views.grades import import_dialog

    first, second = page.grid.students[:2]
    path, columns = _sheet(tmp_path, page, [(first.full_name, 91, 84, 77), (second.full_name, 60, 70, 80),
                                            ("Жоқ Адам", 80, 80, 80)])
    shown = {}

    def look(dialog):
        shown["summary"] = dialog.summary.text()
        shown["lines"] = [dialog.lines.item(n).text() for n in range(dialog.lines.count())]
        shown["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).text()
        shown["cells before"] = dict(grades.grade_grid(page.db, page.grid.group_id).cells)
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", look)
    page.import_sheet(str(path))
    assert shown["cells before"] == {}  # the dry run wrote nothing
    assert "2 students of the sheet are matched" in shown["summary"] and "6 grades" in shown["summary"]
    assert shown["ok"] == "Write 6 grades"
    assert any("Жоқ Адам" in line and "not a student of the group" in line for line in shown["lines"])
    assert any("ZZ 7 Астрономия" in line for line in shown["lines"])
    cells = grades.grade_grid(page.db, page.grid.group_id).cells
    assert cells[(first.id, columns[0].key)] == 91 and cells[(second.id, columns[2].key)] == 80
    assert page.window().statusBar().currentMessage() == "6 grades imported from sheet.xlsx."
    assert page.editor.model.edit_text(0, 0) in ("91", "60")  # the grid shows them at once


def test_cancel_writes_nothing(page, tmp_path, monkeypatch):
    from desktop.views.grades import import_dialog

    path, _ = _sheet(tmp_path, page, [(page.grid.students[0].full_name, 91, 84, 77)])
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda dialog: 0)
    page.import_sheet(str(path))
    assert grades.grade_grid(page.db, page.grid.group_id).cells == {}


def test_a_sheet_with_a_bad_cell_is_refused_naming_it(page, tmp_path, dialogs):
    path, _ = _sheet(tmp_path, page, [(page.grid.students[0].full_name, 91, "abc", 77)])
    page.import_sheet(str(path))
    box = [d for d in dialogs if d[0] == "box"][-1]
    assert box[1] == "Grade sheet not read" and "abc" in box[3] and "row 2" in box[3]
    assert grades.grade_grid(page.db, page.grid.group_id).cells == {}
