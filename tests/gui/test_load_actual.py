"""The Hours taught tab as a deputy director uses it in November on the demo college: a teacher's months typed like a
spreadsheet and undone, a bad value refused naming its row and month with nothing of its block saved, a replacement
recorded and seen from both teachers, the fulfilment per semester, and a department's workbook imported through its
preview as one undo step (a broken file said plainly)."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from desktop.services import teacher_load_actual as actual, teachers
from desktop.views.context import load_fonts
from desktop.views.i18n import Translations
from desktop.views.load.actual_dialogs import ImportPreviewDialog, ReplacementDialog
from desktop.views.load.actual_model import FIXED
from desktop.views.load.actual_tab import ActualTab

YEAR = 2026
OCTOBER = date(2026, 10, 1)
FEBRUARY = date(2027, 2, 1)  # Әбенов has spring classes only: his hours go in January to August


@pytest.fixture
def make_tab(qtbot, qapp, demo_db):
    qapp.setFont(load_fonts())

    def make(language="en"):
        Translations().install(language)
        tab = ActualTab(demo_db, QUndoStack(), language)
        qtbot.addWidget(tab)
        tab.set_year(YEAR)
        tab.resize(1130, 620)
        tab.show()
        qtbot.waitExposed(tab)
        return tab

    yield make
    Translations().install("en")


@pytest.fixture
def tab(make_tab):
    return make_tab()


def _teacher(tab, surname: str) -> int:
    teacher_id = next(t for t, name in tab.names.items() if name.startswith(surname))
    tab.choose_teacher(teacher_id)
    return teacher_id


def _stored(tab, teacher_id, row, month):
    line = tab.grid.model.line(row)
    return sum(e.hours for e in actual.entries(tab.db, YEAR, teacher_id)
               if e.month == month and (e.group_id, e.row_key, e.semester, e.component) == line.unit_key
               and e.subgroup == line.subgroup)


def test_the_teachers_units_are_rows_and_the_months_columns_with_totals(tab, qtmodeltester):
    teacher_id = _teacher(tab, "Ким")
    model = tab.grid.model
    months = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
              for c in range(len(FIXED), len(FIXED) + len(model.months))]
    assert months[0] == "September 2026" and months[-1] == "June 2027" and len(months) == 10  # no summer hours
    assert model.rowCount() == len(model.rows) + 1 and model.data(model.index(len(model.rows), 0)) == "Total"
    figures = actual.fulfilment(tab.db, YEAR).teachers[teacher_id]
    plan = model.data(model.index(len(model.rows), 6))
    taught = model.data(model.index(len(model.rows), model.columnCount() - 2))
    assert (plan, taught) == (figures.planned, figures.taught)
    assert model.data(model.index(len(model.rows), model.columnCount() - 1)) == taught - plan
    assert f"taught {figures.taught} h" in tab.summary.text()
    qtmodeltester.check(model)


def test_typed_hours_are_saved_and_undone_and_redone(tab, qtbot):
    teacher_id = _teacher(tab, "Әбенов")  # nothing taught yet: spring classes only
    model, table = tab.grid.model, tab.grid.table
    column = model.column_of(FEBRUARY)
    table.setCurrentIndex(model.index(0, column))
    table.setFocus()
    for key in (Qt.Key.Key_7, Qt.Key.Key_Return):  # each key to the cell's editor once typing opened one
        qtbot.keyClick(table.indexWidget(table.currentIndex()) or table, key)
        qtbot.wait(5)  # the delegate commits on Enter a moment later
    assert _stored(tab, teacher_id, 0, FEBRUARY) == 7
    assert table.currentIndex().row() == 1  # Enter moved down
    assert model.data(model.index(0, model.columnCount() - 2)) == 7
    assert model.setData(model.index(1, column + 1), "5")
    tab.undo_stack.undo()
    assert _stored(tab, teacher_id, 1, date(2027, 3, 1)) == 0
    tab.undo_stack.undo()
    assert _stored(tab, teacher_id, 0, FEBRUARY) == 0 and model.data(model.index(0, column)) == ""
    tab.undo_stack.redo()
    assert _stored(tab, teacher_id, 0, FEBRUARY) == 7
    table.setCurrentIndex(model.index(0, column))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _stored(tab, teacher_id, 0, FEBRUARY) == 0


def test_a_refused_value_names_its_row_and_month_and_saves_nothing_of_its_block(tab, dialogs):
    teacher_id = _teacher(tab, "Әбенов")
    model, table = tab.grid.model, tab.grid.table
    column = model.column_of(FEBRUARY)
    assert not model.setData(model.index(2, column), "2,5")
    kind, title, text, details = dialogs[-1]
    assert title == "Hours not saved"
    assert "Row 3 (" in details and "February 2027" in details and "a whole number from 0 to 744" in details
    table.setCurrentIndex(model.index(0, column))
    assert not tab.grid.paste("4\t5\n6\tabc\n")
    assert "Row 2 (" in dialogs[-1][3] and "March 2027" in dialogs[-1][3] and "“abc”" in dialogs[-1][3]
    assert actual.entries(tab.db, YEAR, teacher_id) == [] and tab.undo_stack.count() == 0
    assert tab.grid.paste("4\t5\n6\t\n")
    assert [_stored(tab, teacher_id, 0, FEBRUARY), _stored(tab, teacher_id, 1, FEBRUARY)] == [4, 6]
    assert tab.undo_stack.count() == 1


def test_a_replacement_is_recorded_and_seen_from_both_teachers(tab, monkeypatch):
    teacher_id = _teacher(tab, "Петрова")
    other = next(t for t, name in tab.names.items() if name.startswith("Бекова"))
    before = actual.fulfilment(tab.db, YEAR, (1,)).teachers

    def fill(dialog):
        dialog.choose_month(OCTOBER)
        dialog.teacher.setCurrentIndex(dialog.teacher.findData(other))
        dialog.hours.setValue(4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReplacementDialog, "exec", fill)
    assert tab.add_replacement()
    line = tab.grid.model.rows[0]
    assert line.others[OCTOBER] == [("Бекова С.Е.", 4)]
    assert tab.grid.model.data(tab.grid.model.index(0, tab.grid.model.column_of(OCTOBER))).endswith("+4")
    assert [(s.taught_by, s.instead_of, s.hours) for s in tab.swap_model.rows()] == [
        ("Бекова С.Е.", "Петрова О.И.", 4)]
    after = actual.fulfilment(tab.db, YEAR, (1,)).teachers
    assert after[other].replacing == before[other].replacing + 4
    assert after[teacher_id].replaced_by_others == before[teacher_id].replaced_by_others + 4
    tab.choose_teacher(other)
    assert [(s.taught_by, s.instead_of) for s in tab.swap_model.rows()] == [("Бекова С.Е.", "Петрова О.И.")]
    assert any(r.plan is None and r.instead_of.startswith("Петрова") for r in tab.grid.model.rows)
    remove = tab.buttons["remove"]
    assert not remove.isEnabled() and "Select the replacements" in remove.toolTip()
    tab.tabs.setCurrentIndex(1)
    tab.swaps.selectRow(0)
    assert remove.isEnabled()
    remove.click()
    assert actual.replacements(tab.db, YEAR, other) == []
    tab.undo_stack.undo()
    assert len(actual.replacements(tab.db, YEAR, other)) == 1


def test_the_fulfilment_summary_follows_the_period(tab):
    tab.tabs.setCurrentIndex(2)
    by_name = {}
    for index, period in enumerate(((1, 2), (1,), (2,))):
        tab.period.setCurrentIndex(index)
        by_name[period] = {f.name: f for f in tab.fulfilment_model.rows()}
        total = actual.fulfilment(tab.db, YEAR, period).total
        assert f"plan {total.planned} h" in tab.total.text()
    ivanova = next(name for name in by_name[(1, 2)] if name.startswith("Иванова"))
    assert by_name[(1,)][ivanova].replaced == 6  # the demo's October replacement
    spring = by_name[(2,)][ivanova].planned if ivanova in by_name[(2,)] else 0
    assert by_name[(1, 2)][ivanova].planned == by_name[(1,)][ivanova].planned + spring
    teacher_id = _teacher(tab, "Иванова")
    for index, period in enumerate(((1, 2), (1,), (2,))):  # the summary counts the grid as the service counts all
        tab.period.setCurrentIndex(index)
        f = actual.fulfilment(tab.db, YEAR, period).teachers.get(teacher_id)
        assert f"plan {f.planned if f else 0} h, taught {f.taught if f else 0} h" in tab.summary.text()
        assert f"others taught {f.replaced_by_others if f else 0} h" in tab.summary.text()
    _teacher(tab, "Мұқанова")
    tab.period.setCurrentIndex(0)
    assert "they taught 6 h for others" in tab.summary.text()
    tab.fulfilment.doubleClicked.emit(tab.fulfilment_model.index(
        [f.name for f in tab.fulfilment_model.rows()].index(ivanova), 0))
    assert tab.teacher_box.currentText() == ivanova and tab.tabs.currentIndex() == 0


def test_a_filled_blank_is_imported_through_its_preview_as_one_undo_step(tab, tmp_path, monkeypatch):
    teacher_id = _teacher(tab, "Әбенов")
    path = tmp_path / "blank.xlsx"
    assert tab.save_blank(str(path)) == len(tab.grid.model.rows)
    assert tab.save_blank(str(tmp_path / "all.xlsx"), everyone=True) > len(tab.grid.model.rows)
    book = load_workbook(path)
    sheet = book.active
    sheet["N2"], sheet["O2"], sheet["N3"] = 8, 6, 4  # February and March, February
    book.save(path)
    shown = []
    monkeypatch.setattr(ImportPreviewDialog, "exec",
                        lambda dialog: shown.append(dialog.findChild(type(tab.summary), "import_summary").text())
                        or QDialog.DialogCode.Accepted)
    assert tab.import_hours(str(path))
    assert "teachers: 1, monthly entries: 3, of them by a replacement: 0, hours: 18" in shown[0]
    assert sum(e.hours for e in actual.entries(tab.db, YEAR, teacher_id)) == 18
    assert tab.grid.model.data(tab.grid.model.index(0, tab.grid.model.column_of(FEBRUARY))) == 8
    assert tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    assert actual.entries(tab.db, YEAR, teacher_id) == []


def test_a_bad_or_broken_workbook_is_refused_plainly_and_writes_nothing(tab, tmp_path, dialogs):
    teacher_id = _teacher(tab, "Әбенов")
    path = tmp_path / "blank.xlsx"
    tab.save_blank(str(path))
    book = load_workbook(path)
    book.active["J2"], book.active["A3"], book.active["J3"] = "много", "Нет Такого", 4
    book.save(path)
    assert not tab.import_hours(str(path))
    details = dialogs[-1][3]
    assert "row 2, column J" in details and "row 3, column A" in details and "Нет Такого" in details
    broken = tmp_path / "hours.xlsx"
    broken.write_text("teacher;hours")
    assert not tab.import_hours(str(broken))
    assert "not an Excel workbook" in dialogs[-1][3] and "Traceback" not in dialogs[-1][3]
    assert actual.entries(tab.db, YEAR, teacher_id) == [] and tab.undo_stack.count() == 0


def test_buttons_that_need_a_teacher_with_classes_say_so(tab):
    newcomer = teachers.add_teacher(tab.db, teachers.TeacherData("Жаңа Оқытушы"))
    tab.reload()
    tab.choose_teacher(newcomer)
    button = tab.buttons["replacement"]
    assert not button.isEnabled() and "no classes this year" in button.toolTip()
    assert not tab.blank_one.isEnabled() and tab.buttons["blank"].isEnabled()  # all teachers' blank still
    assert tab.grid.model.rowCount() == 0 and "has no classes" in tab.summary.text()
    assert not tab.add_replacement()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_tab_fits_1366_pixels(make_tab, language):
    from tests.gui.layout_check import cut_texts  # noqa: PLC0415

    tab = make_tab(language)
    _teacher(tab, "Ким")
    least = tab.minimumSizeHint()
    assert least.width() <= 1130 and least.height() <= 620
    for index in range(tab.tabs.count()):
        tab.tabs.setCurrentIndex(index)
        assert cut_texts(tab) == [], tab.tabs.tabText(index)


def test_a_month_outside_the_rows_semester_is_greyed_and_cannot_be_typed_in(tab):
    _teacher(tab, "Әбенов")  # spring classes only
    model = tab.grid.model
    october, january = model.column_of(OCTOBER), model.column_of(date(2027, 1, 1))
    assert not model.flags(model.index(0, october)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, october), "4")
    assert model.flags(model.index(0, january)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.column_of(FEBRUARY))) & Qt.ItemFlag.ItemIsEditable
    tip = model.data(model.index(0, october), Qt.ItemDataRole.ToolTipRole)
    assert "Semester 4's hours go in January 2027 to August 2027" in tip
    assert model.data(model.index(0, october), Qt.ItemDataRole.BackgroundRole) is not None
    _teacher(tab, "Петрова")
    autumn = next(i for i, r in enumerate(model.rows) if r.semester % 2 == 1)
    assert model.flags(model.index(autumn, january)) & Qt.ItemFlag.ItemIsEditable  # autumn runs into January
    assert not model.flags(model.index(autumn, model.column_of(FEBRUARY))) & Qt.ItemFlag.ItemIsEditable


def _offered(dialog):
    return [dialog.month.itemText(i) for i in range(dialog.month.count())]


def test_the_replacement_offers_only_the_chosen_classs_semester_months(tab, qtbot):
    _teacher(tab, "Петрова")
    rows = [r for r in tab.grid.model.rows if r.plan is not None]
    dialog = ReplacementDialog("Петрова", rows, YEAR, [(1, "Бекова")])
    qtbot.addWidget(dialog)
    dialog.unit.setCurrentIndex(next(i for i, r in enumerate(rows) if r.semester % 2 == 1))
    assert _offered(dialog) == ["September 2026", "October 2026", "November 2026", "December 2026",
                                "January 2027"]
    assert dialog.month.currentIndex() == 0
    _teacher(tab, "Әбенов")
    rows = [r for r in tab.grid.model.rows if r.plan is not None]
    dialog = ReplacementDialog("Әбенов", rows, YEAR, [(1, "Бекова")])
    qtbot.addWidget(dialog)
    assert _offered(dialog)[0] == "January 2027" and _offered(dialog)[-1] == "August 2027"
    assert dialog.entry(5).month == date(2027, 1, 1)
