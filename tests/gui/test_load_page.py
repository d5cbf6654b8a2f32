"""The Teacher load page as the deputy director uses it on the demo college's 2026-2027 distribution: the open
rows by group, a teacher typed into a cell, a class split by subgroups, Delete, undo and redo, each teacher against
the norm, the departments, a curriculum change accepted, and last year's assignment copied into the next year."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import select, update

from desktop.domain import teacher_load as tl
from desktop.models import LoadAssignment
from desktop.services import teacher_load as load
from desktop.views.load.teacher_tab import OVER
from desktop.views.load.unit_model import FIRST, OPEN, SECOND, WHOLE_COLUMN

YEAR = 2026


def _page(make_window, demo_db, language="en"):
    window = make_window(demo_db, language, is_demo=True)
    window.show_page("load")
    page = window.page("load")
    page.set_year(YEAR)
    return window, page


def _open_row(page) -> int:
    return next(n for n, line in enumerate(page.by_group.model.lines) if line.unassigned_hours)


def test_the_models_pass_qt_model_tester(make_window, demo_db, qtmodeltester):
    _, page = _page(make_window, demo_db)
    qtmodeltester.check(page.by_group.model)
    qtmodeltester.check(page.by_group.group_model)
    page.tabs.setCurrentWidget(page.by_teacher)
    qtmodeltester.check(page.by_teacher.proxy)


def test_the_first_group_shown_has_open_rows_marked(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    tab = page.by_group
    assert tab.group_model.rowCount() == 3
    row = _open_row(page)
    line = tab.model.lines[row]
    assert tab.model.index(row, WHOLE_COLUMN).data(Qt.ItemDataRole.BackgroundRole).color() == OPEN
    assert f"{sum(l.unassigned_hours for l in tab.model.lines)} h without a teacher" in tab.heading.text()
    assert line.teachers == {}


def test_a_typed_teacher_takes_the_row_and_undo_gives_it_back(make_window, demo_db):
    window, page = _page(make_window, demo_db)
    tab = page.by_group
    row = _open_row(page)
    line = tab.model.lines[row]
    teacher_id, name = next(iter(page.names.items()))
    assert tab.delegate.match(name.split()[0][:5].lower()) in (teacher_id, None)  # part of a name narrows it
    assert tab.delegate.match(name) == teacher_id
    assert tab.model.setData(tab.model.index(row, WHOLE_COLUMN), teacher_id)
    held = {l.unit_key: l.teachers for l in load.group_lines(demo_db, YEAR, line.group_id)}
    assert held[line.unit_key] == {tl.WHOLE: teacher_id}
    assert tab.model.lines[row].teachers == {tl.WHOLE: teacher_id}  # shown at once
    assert page.undo_stack.count() == 1
    window.undo_group.setActiveStack(page.undo_stack)
    page.undo_stack.undo()
    held = {l.unit_key: l.teachers for l in load.group_lines(demo_db, YEAR, line.group_id)}
    assert held[line.unit_key] == {}
    assert tab.model.lines[row].teachers == {}
    page.undo_stack.redo()
    assert tab.model.lines[row].teachers == {tl.WHOLE: teacher_id}


def test_a_split_class_gives_each_subgroup_its_teacher_and_counts_both(make_window, demo_db, qtbot):
    _, page = _page(make_window, demo_db)
    tab = page.by_group
    row = _open_row(page)
    line = tab.model.lines[row]
    first, second = list(page.names)[:2]
    before = {s.teacher_id: s.total for s in load.teacher_summaries(demo_db, YEAR)}
    tab.table.setCurrentIndex(tab.model.index(row, WHOLE_COLUMN))
    tab.gate.update()
    assert tab.buttons["split"].isEnabled()
    tab.split_current(first, second)
    shown = tab.model.lines[row]
    assert shown.teachers == {1: first, 2: second} and shown.unassigned_hours == 0
    assert tab.model.index(row, FIRST).data() and tab.model.index(row, SECOND).data()
    assert tab.model.index(row, WHOLE_COLUMN).data() == "by subgroups"  # not an empty cell that looks unassigned
    after = {s.teacher_id: s.total for s in load.teacher_summaries(demo_db, YEAR)}
    assert after[first] - before[first] == line.hours and after[second] - before[second] == line.hours
    # Delete on the second subgroup's cell opens that half only.
    tab.table.setCurrentIndex(tab.model.index(row, SECOND))
    tab.table.selectionModel().select(tab.model.index(row, SECOND),
                                      tab.table.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.lines[row].teachers == {1: first}
    assert tab.model.lines[row].unassigned_hours == line.hours
    assert tab.model.index(row, SECOND).data(Qt.ItemDataRole.BackgroundRole).color() == OPEN


def test_assign_to_gives_the_selected_rows_to_one_teacher(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    tab = page.by_group
    open_rows = [n for n, line in enumerate(tab.model.lines) if line.unassigned_hours]
    for row in open_rows:
        tab.table.selectionModel().select(tab.model.index(row, 0), tab.table.selectionModel().SelectionFlag.Select
                                          | tab.table.selectionModel().SelectionFlag.Rows)
    teacher_id = list(page.names)[-1]
    tab.assign_selected(teacher_id)
    assert all(tab.model.lines[row].teachers == {tl.WHOLE: teacher_id} for row in open_rows)
    assert "0 h without a teacher" in tab.heading.text()


def test_buttons_that_need_rows_say_so(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    tab = page.by_group
    tab.table.clearSelection()
    tab.table.setCurrentIndex(tab.model.index(-1, -1))
    tab.gate.update()
    for key in ("assign", "split", "take_back"):
        assert not tab.buttons[key].isEnabled()
        assert "Select" in tab.buttons[key].toolTip()
    page.tabs.setCurrentWidget(page.by_teacher)
    page.by_teacher.table.setCurrentIndex(page.by_teacher.proxy.index(-1, -1))
    page.by_teacher.gate.update()
    assert not page.by_teacher.buttons["edit"].isEnabled()
    page.tabs.setCurrentWidget(page.by_department)
    assert not page.by_department.buttons["summary"].isEnabled()


def test_next_open_row_walks_the_rows_without_a_teacher(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    tab = page.by_group
    tab.next_open()
    current = tab.table.currentIndex()
    assert tab.model.lines[current.row()].unassigned_hours
    assert current.column() in (WHOLE_COLUMN, FIRST, SECOND)


def test_the_teacher_over_the_norm_is_marked_and_lists_what_they_teach(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    page.tabs.setCurrentWidget(page.by_teacher)
    tab = page.by_teacher
    rows = {tab.proxy.index(n, 0).data(): n for n in range(tab.proxy.rowCount())}
    assert len(rows) == 10
    row = rows["Иванова Татьяна Сергеевна"]
    assert tab.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(OVER)
    assert "over the norm by" in tab.proxy.index(row, 7).data()
    tab.table.selectRow(row)
    assert tab.lines.rowCount() > 0
    assert "Иванова Татьяна Сергеевна" in tab.lines_title.text()
    tab.search.setText("иванова")
    assert tab.proxy.rowCount() == 1


def test_the_departments_add_up_their_teachers(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    page.tabs.setCurrentWidget(page.by_department)
    tab = page.by_department
    assert tab.model.rowCount() == 3
    total = sum(row.total for row in tab.model.rows())
    assert total == sum(s.total for s in load.teacher_summaries(demo_db, YEAR))
    tab.table.selectRow(0)
    tab.show_its_teachers()
    assert page.tabs.currentWidget() is page.by_teacher
    assert page.by_teacher.proxy.rowCount() == tab.model.rows()[0].teachers


def test_a_curriculum_change_is_counted_and_accepted(make_window, demo_db):
    _, page = _page(make_window, demo_db)
    with demo_db.session() as session:  # the curriculum's hours of one held unit moved on since it was given out
        first = session.scalars(select(LoadAssignment).where(LoadAssignment.year == YEAR)
                                .order_by(LoadAssignment.id)).first()
        session.execute(update(LoadAssignment).where(LoadAssignment.id == first.id).values(hours=first.hours + 10))
    page.refresh()
    index = page.tabs.indexOf(page.differences)
    assert page.tabs.tabText(index).endswith("(1)")
    page.tabs.setCurrentWidget(page.differences)
    tab = page.differences
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "hours changed"
    tab.accept_all()
    assert tab.model.rowCount() == 0
    assert page.tabs.tabText(index) == "Curriculum changes"
    page.undo_stack.undo()
    assert tab.model.rowCount() == 1


def test_next_year_starts_from_last_years_teachers(make_window, demo_db, dialogs):
    _, page = _page(make_window, demo_db)
    page.set_year(YEAR + 1)
    before = sum(s.unassigned for s in load.group_summaries(demo_db, YEAR + 1))
    page.copy_last_year()
    after = sum(s.unassigned for s in load.group_summaries(demo_db, YEAR + 1))
    assert after < before
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert load.assignments(demo_db, YEAR + 1) == []


def test_the_page_is_reached_with_ctrl_l(make_window, demo_db, qtbot):
    window = make_window(demo_db, "kk", is_demo=True)
    qtbot.waitUntil(lambda: not window._shortcuts)
    window.page_actions["load"].trigger()
    assert window.current_key() == "load"
    assert window.page_actions["load"].shortcut().toString() == "Ctrl+L"


def _editor(table):
    """The teacher cell's open editor (one closed before may wait for its deletion)."""
    return next((combo for combo in table.findChildren(QComboBox) if combo.isVisible()), None)


def _type(qapp, table, text: str) -> None:
    """Keys with Cyrillic text, as a Kazakh or Russian keyboard sends them (QTest types ASCII only): to the table
    until a cell's editor opens, then to the editor (an offscreen window is never active, so focus does not move)."""
    for char in text:
        editor = _editor(table)
        target = editor.lineEdit() if editor is not None else table
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        qapp.processEvents()


def test_a_teacher_is_given_a_row_from_the_keyboard_alone(make_window, demo_db, qtbot, qapp):
    window, page = _page(make_window, demo_db)
    tab = page.by_group
    row = _open_row(page)
    name = next(n for n in page.names.values() if n.startswith("Ким"))
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, WHOLE_COLUMN))
    _type(qapp, tab.table, "Ким")  # the first letter opens the cell's editor, the rest narrow the list
    editor = _editor(tab.table)
    assert editor.currentText() == "Ким"
    popup = editor.completer().popup()
    assert popup.model().rowCount() == 1 and "Ким" in popup.model().index(0, 0).data()  # narrowed as typed
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)  # one Enter takes the name (the list open or not)
    qtbot.waitUntil(lambda: bool(tab.model.lines[row].teachers))  # the delegate commits once the key is handled
    assert {page.names[t] for t in tab.model.lines[row].teachers.values()} == {name}
    assert tab.table.currentIndex().row() == min(row + 1, tab.model.rowCount() - 1)  # Enter moves down
    # A name that fits no teacher changes nothing and says so.
    tab.table.setCurrentIndex(tab.model.index(0, WHOLE_COLUMN))
    before = dict(tab.model.lines[0].teachers)
    _type(qapp, tab.table, "Жоқадам")
    qtbot.keyClick(_editor(tab.table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Жоқадам" in window.statusBar().currentMessage())
    assert tab.model.lines[0].teachers == before


def test_a_year_beyond_the_limits_on_rates_is_said_with_a_decimal_comma(qapp):
    from desktop.views.load.texts import hours, limit_words, short_name

    assert limit_words("above_max") == "more than 1.5 rates"  # the English interface
    assert limit_words("below_min") == "less than 0.25 rate"
    assert limit_words(None) == ""
    assert hours(720, "kk") == "720" and hours("1.50", "ru") == "1,5" and hours("1.50", "en") == "1.5"
    assert short_name("Иванова Татьяна Сергеевна") == "Иванова Т.С."


def test_a_kazakh_name_is_found_from_a_russian_keyboard(make_window, demo_db, qtbot, qapp):
    _, page = _page(make_window, demo_db, "ru")
    tab = page.by_group
    row = _open_row(page)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(row, WHOLE_COLUMN))
    _type(qapp, tab.table, "Абен")  # Әбенов, typed without the Kazakh letter Ә
    editor = _editor(tab.table)
    assert [editor.completer().popup().model().index(n, 0).data().split(" — ")[0]
            for n in range(editor.completer().popup().model().rowCount())] == ["Әбенов Нұрлан Қайратұлы"]
    qtbot.keyClick(editor.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(tab.model.lines[row].teachers))
    assert page.names[tab.model.lines[row].teachers[0]] == "Әбенов Нұрлан Қайратұлы"
