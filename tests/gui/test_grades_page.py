"""The Final grades page as a registrar uses it in June: a group's grid typed like a spreadsheet, undone and redone,
a bad value refused naming its cell with nothing saved, and the list of what each supplement lacks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.services import grades
from desktop.services.grades import PASS_FAIL, CellChange


@pytest.fixture
def page(make_window, demo_db):
    window = make_window(demo_db, "en", is_demo=True)
    window.show_page("grades")
    found = window.page("grades")
    assert found.grid is not None, "a group with a curriculum is chosen first"
    return found


def _cell(page, row: int, kind: str = "scaled") -> tuple[int, int]:
    column = next(n for n, r in enumerate(page.editor.model.columns) if r.kind == kind)
    return row, column


def _stored(page, row: int, column: int):
    key = page.editor.model.key(row, column)
    return grades.grade_grid(page.db, page.grid.group_id).cells.get(key)


def test_the_grid_shows_the_groups_students_by_the_curriculums_graded_rows(page, qtmodeltester):
    grid, model = page.grid, page.editor.model
    assert model.rowCount() == len(grid.students) > 0
    assert model.columnCount() == sum(1 for r in grid.rows if r.graded)
    heading = next(r for r in grid.rows if not r.graded)  # a professional module: its outcomes are the columns
    outcome = next(n for n, r in enumerate(model.columns) if r.parent == heading.key)
    tip = model.headerData(outcome, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert heading.name_kk in tip or heading.name_ru in tip
    assert model.headerData(outcome, Qt.Orientation.Horizontal) == model.columns[outcome].code
    assert grid.students[0].full_name in model.headerData(0, Qt.Orientation.Vertical)
    qtmodeltester.check(model)


def test_a_typed_percent_is_saved_shows_its_letter_and_undoes_and_redoes(page, make_window):
    model = page.editor.model
    row, column = _cell(page, 0)
    index = model.index(row, column)
    assert model.setData(index, "85")
    assert _stored(page, row, column) == 85
    assert model.data(index) == "85  B+"  # the national scale: 85-89 is B+
    window = page.window()
    window.findChild(type(window.menuBar().actions()[0]), "undo").trigger()  # Edit › Undo
    assert _stored(page, row, column) is None and model.data(index) == ""
    page.undo_stack.redo()
    assert _stored(page, row, column) == 85
    assert model.setData(index, "40")  # a fail is kept, and marked
    assert model.failing(row, column)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "failing" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_a_pass_fail_row_shows_the_pass_word_and_takes_a_plus(page, qtmodeltester):
    """The demo's curriculum grades no row pass/fail: a grid with an elective is made here."""
    from desktop.domain.curriculum import Section
    from desktop.domain.grading import national_scale
    from desktop.services.grades import GradeGrid, GridStudent, PlanRow

    elective = PlanRow("e1", Section.ELECTIVES, "Ф 01", "Факультатив", "Факультатив", 36, 1.5, PASS_FAIL)
    grid = GradeGrid(1, "G", 1, "ru", (GridStudent(7, "Ахметов Ерлан", "", "graduated"),), (elective,),
                     {(7, "e1"): True}, national_scale())
    page.editor.model.set_grid(grid)
    model = page.editor.model
    assert model.data(model.index(0, 0)) == "зачтено"  # the group's language in an English interface
    assert "pass/fail" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "elective" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert page.editor._change(0, 0, "+").value is True and page.editor._change(0, 0, "-").value is False
    assert page.editor._change(0, 0, "сынақ").value == "сынақ"  # the service reads the words
    qtmodeltester.check(model)


def test_a_bad_value_is_refused_naming_its_cell_and_nothing_of_the_block_is_saved(page, dialogs):
    row, column = _cell(page, 1)
    page.editor.table.setCurrentIndex(page.editor.model.index(row, column))
    assert not page.editor.paste("70\t71\n72\tabc")
    boxes = [d for d in dialogs if d[0] == "box"]
    assert boxes and boxes[-1][1] == "Grades not saved"
    student = page.grid.students[row + 1].full_name
    assert student in boxes[-1][3] and "abc" in boxes[-1][3]
    for r, c in ((row, column), (row, column + 1), (row + 1, column)):
        assert _stored(page, r, c) is None
    assert page.editor.paste("70\t71\n72\t73")
    assert [_stored(page, r, c) for r, c in ((row, column), (row, column + 1), (row + 1, column),
                                              (row + 1, column + 1))] == [70, 71, 72, 73]
    page.undo_stack.undo()  # the block is one step
    assert _stored(page, row, column + 1) is None and _stored(page, row + 1, column) is None


def test_keys_enter_moves_down_and_delete_clears(page, qtbot):
    model, table = page.editor.model, page.editor.table
    row, column = _cell(page, 0)
    model.setData(model.index(row, column), "90")
    table.setCurrentIndex(model.index(row, column))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.currentIndex().row() == row + 1
    table.setCurrentIndex(model.index(row, column))
    table.selectionModel().select(model.index(row, column), table.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _stored(page, row, column) is None


def test_the_reconciliation_lists_a_missing_row_and_goes_to_its_cell(page):
    grid = page.grid
    student = grid.students[0]
    graded = [r for r in grid.rows if r.mandatory]
    missing = graded[3]
    grades.save_cells(page.db, grid.group_id, [CellChange(student.id, r.key, True if r.kind == PASS_FAIL else 80)
                                               for r in graded if r is not missing])
    page.show_group()
    lines = page.panel.lines
    texts = [lines.item(n).text() for n in range(lines.count())]
    first = texts.index(f"{student.full_name}: 1 to fix")
    assert texts[first + 1].startswith("No grade for") and missing.code in texts[first + 1]
    page.panel._go(lines.item(first + 1))
    current = page.editor.table.currentIndex()
    assert page.editor.model.key(current.row(), current.column()) == (student.id, missing.key)
    assert "Ready to print: 0 of" in page.panel.summary.text()


def test_buttons_that_need_a_group_say_so_instead_of_doing_nothing(page, make_window):
    page.group_box.setCurrentIndex(-1)
    page.show_group()
    for key in ("import", "print"):
        button = page.findChild(QPushButton, key)
        assert not button.isEnabled() and "Choose a group first." in button.toolTip()
    page.import_sheet()
    assert page.window().statusBar().currentMessage() == "Choose a group first."
    page.print_supplements()
    assert page.window().statusBar().currentMessage() == "Choose a group first."
    page.editor.clear_selected()
    assert page.window().statusBar().currentMessage() == "Select the grades to clear first."
    page.editor.paste("80")
    assert "Click the cell" in page.window().statusBar().currentMessage()


def test_a_group_without_a_curriculum_says_what_to_do(page):
    from desktop.services import contingent

    without = next(g for g in contingent.list_groups(page.db) if g.curriculum_id is None)
    page.choose_group(without.id)
    assert page.grid is None and page.editor.model.rowCount() == 0
    assert "has no curriculum" in page.notice.text()
    assert "needs its curriculum" in page.findChild(QPushButton, "print").toolTip()


def test_the_demos_graduated_groups_show_their_grades_and_what_their_supplements_lack(page):
    from desktop.services import contingent

    graded = [g for g in contingent.list_groups(page.db) if g.curriculum_id is not None
              and grades.grade_grid(page.db, g.id).cells]
    assert graded, "the demo's graduated groups carry final grades"
    lines = []
    for group in graded:
        page.choose_group(group.id)
        assert page.editor.model.rowCount() and "graduated" in page.group_box.currentText()
        assert any(page.editor.model.edit_text(0, c) for c in range(page.editor.model.columnCount()))
        lines += [page.panel.lines.item(n).text() for n in range(page.panel.lines.count())]
    assert any(line.startswith("No grade for") for line in lines)  # the demo leaves rows missing
    assert any("failing" in line.casefold() for line in lines)  # and one failing grade


def test_a_value_typed_in_the_cell_editor_is_saved_and_enter_moves_down(page, qtbot, dialogs):
    model, table = page.editor.model, page.editor.table

    def type_in(keys):
        """Each key to whoever has it: the cell's editor once typing opened one, else the grid."""
        for key in keys:
            qtbot.keyClick(table.indexWidget(table.currentIndex()) or table, key)
            qtbot.wait(5)  # the delegate commits on Enter a moment later (a queued call)

    row, column = _cell(page, 2)
    table.setCurrentIndex(model.index(row, column))
    type_in(["7", "7", Qt.Key.Key_Return])
    assert _stored(page, row, column) == 77
    assert table.currentIndex().row() == row + 1  # Enter: down
    type_in(["6", "5", Qt.Key.Key_Tab])
    assert _stored(page, row + 1, column) == 65 and table.currentIndex().column() == column + 1  # Tab: right
    type_in(["x", Qt.Key.Key_Return])
    assert [d for d in dialogs if d[0] == "box"][-1][1] == "Grades not saved"
    assert (table.currentIndex().row(), table.currentIndex().column()) == (row + 1, column + 1)  # stays there
    assert _stored(page, row + 1, column + 1) is None


def test_coming_back_to_the_page_shows_a_curriculum_given_meanwhile(page):
    from desktop.services import contingent

    without = next(g for g in contingent.list_groups(page.db) if g.curriculum_id is None)
    page.choose_group(without.id)
    data = contingent.get_group(page.db, without.id)
    contingent.save_group(page.db, type(data)(**{**data.__dict__, "curriculum_id": 1}), without.id)
    window = page.window()
    window.show_page("contingent")
    window.show_page("grades")
    assert page.group_id() == without.id and page.grid is not None and page.editor.model.rowCount() > 0


def test_ctrl_c_copies_a_block_as_excel_pastes_it(page, qtbot):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    model, table = page.editor.model, page.editor.table
    row, column = _cell(page, 0)
    page.editor.table.setCurrentIndex(model.index(row, column))
    assert page.editor.paste("81\t82\n83\t84")
    block = QItemSelection(model.index(row, column), model.index(row + 1, column + 1))
    table.selectionModel().select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "81\t82\n83\t84"


def test_ctrl_y_redoes_through_the_windows_edit_menu(page):
    from PySide6.QtGui import QAction, QKeySequence

    model = page.editor.model
    row, column = _cell(page, 3)
    model.setData(model.index(row, column), "88")
    window = page.window()
    undo, redo = window.findChild(QAction, "undo"), window.findChild(QAction, "redo")
    assert QKeySequence("Ctrl+Y") in redo.shortcuts()
    undo.trigger()
    assert _stored(page, row, column) is None
    assert "Grade of" in redo.text()  # Edit › Redo names the step
    redo.trigger()
    assert _stored(page, row, column) == 88
