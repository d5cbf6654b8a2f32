"""Every button of the curricula list, the curriculum editor, the contingent page and the NEDB page, pressed with
nothing selected (or nothing to act on), says so — disabled with a tooltip naming what to select, or a word in the
status bar when its key is pressed — and changes nothing. They had done nothing, silently."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QToolButton

from desktop.services import contingent, curricula


def _unselect(view) -> None:
    view.selectionModel().clear()


@pytest.fixture(autouse=True)
def nothing_copied():
    """Rows copied stay pasteable across editors (from one plan into another) while the clipboard holds them: each
    test here starts with an empty clipboard."""
    QGuiApplication.clipboard().clear()


def _status(window) -> str:
    return window.statusBar().currentMessage()


def _press(qtbot, widget, key) -> None:
    """A key pressed on a widget of the active window, as the user's keys are (shortcuts need the window active)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()
    qtbot.keyClick(widget, key)


def _button(page, name):
    found = [b for b in page.findChildren(QAbstractButton, name) if b.isVisibleTo(page)]
    assert found, name
    return found[0]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_curricula_list_with_nothing_selected(make_window, demo_db, qtbot, language):
    window = make_window(demo_db, language)
    window.show_page("curricula")
    page = window.page("curricula")
    before = curricula.list_curricula(demo_db)
    _unselect(page.table)
    for key in ("open", "copy", "delete"):
        button = _button(page.list_page, key)
        assert not button.isEnabled(), key
        assert button.toolTip().endswith(page.gate.why_not(page.actions[key]))  # the reason is in the tooltip
        button.click()
    assert page.editor is None and curricula.list_curricula(demo_db) == before
    # Its keys say why in the status bar.
    _press(qtbot, page.table, Qt.Key.Key_Delete)
    assert _status(window) == page.gate.why_not(page.actions["delete"])
    window.statusBar().clearMessage()
    _press(qtbot, page.table, Qt.Key.Key_Return)
    assert page.editor is None and _status(window)
    assert curricula.list_curricula(demo_db) == before


def test_an_approved_curriculum_cannot_be_deleted_and_the_button_says_why(make_window, demo_db):
    window = make_window(demo_db, "en")
    window.show_page("curricula")
    page = window.page("curricula")
    page.select_id(next(s.id for s in curricula.list_curricula(demo_db) if s.status == "approved"))
    assert page.actions["open"].isEnabled() and page.actions["copy"].isEnabled()
    assert not page.actions["delete"].isEnabled()
    assert "Only a draft can be deleted" in page.actions["delete"].toolTip()
    page.select_id(next(s.id for s in curricula.list_curricula(demo_db) if s.status == "draft"))
    assert page.actions["delete"].isEnabled()


def test_the_search_empties_the_list_and_open_says_why(make_window, demo_db):
    window = make_window(demo_db, "en")
    window.show_page("curricula")
    page = window.page("curricula")
    page.search.setText("no such curriculum anywhere")
    assert page.proxy.rowCount() == 0
    assert "clear the search" in page.actions["open"].toolTip()
    page.search.clear()
    page.table.selectRow(0)
    assert page.actions["open"].isEnabled()


ROW_ACTIONS = ("delete", "properties", "up", "down", "copy")


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_editor_with_no_row_selected(open_draft, qtbot, language):
    editor = open_draft(language)
    window = editor.window()
    _unselect(editor.tree)
    before = editor.model.curriculum
    for key in ROW_ACTIONS + ("paste",):
        action = editor.actions[key]
        assert not action.isEnabled(), key
        assert "\n" in action.toolTip(), key  # its name and keys, then what to do first
        action.trigger()
    editor.edit_row_properties()
    editor.delete_rows()
    editor.move_row(1)
    editor.paste_rows()
    assert editor.model.curriculum == before and editor.undo_stack.count() == 0
    _press(qtbot, editor.tree, Qt.Key.Key_Delete)
    assert _status(window) == editor.gate.why_not(editor.actions["delete"])
    assert editor.model.curriculum == before
    # Choosing a row enables its actions; the first row cannot go up, and says so.
    editor.tree.setCurrentIndex(editor.model.index_of("g1", 0))
    for key in ("delete", "properties", "down", "copy"):
        assert editor.actions[key].isEnabled(), key
    assert not editor.actions["up"].isEnabled()
    assert editor.gate.why_not(editor.actions["up"]).startswith(
        "ООД 01" if language == "ru" else "ЖБП 01")


def test_paste_waits_for_rows_copied(open_draft):
    editor = open_draft("en")
    editor.tree.setCurrentIndex(editor.model.index_of("g1", 0))
    assert not editor.actions["paste"].isEnabled()
    editor.copy_rows()
    assert editor.actions["paste"].isEnabled()
    assert "1 rows copied" in _status(editor.window())


def test_an_approved_curriculum_says_why_it_cannot_be_changed(make_window, demo_db):
    window = make_window(demo_db, "en")
    window.show_page("curricula")
    page = window.page("curricula")
    page.open_curriculum(next(s.id for s in curricula.list_curricula(demo_db) if s.status == "approved"))
    editor = page.editor
    editor.tree.setCurrentIndex(editor.model.index_of(editor.model.curriculum.rows[1].id, 0))
    for key in ("save", "add", "delete", "up", "down", "paste"):
        assert not editor.actions[key].isEnabled(), key
        assert "make a new version" in editor.actions[key].toolTip(), key
    assert "already approved" in editor.actions["approve"].toolTip()
    assert editor.actions["new_version"].isEnabled() and editor.actions["archive"].isEnabled()
    assert editor.actions["properties"].isEnabled() and editor.actions["copy"].isEnabled()


def test_a_draft_says_why_it_has_no_new_version_and_no_archive(open_draft):
    editor = open_draft("en")
    assert not editor.actions["new_version"].isEnabled() and "draft" in editor.actions["new_version"].toolTip()
    assert not editor.actions["archive"].isEnabled() and "deleted from the list" in editor.actions["archive"].toolTip()


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_contingent_page_with_nothing_selected(make_window, demo_db, qtbot, language):
    window = make_window(demo_db, language)
    window.show_page("contingent")
    page = window.page("contingent")
    before = (contingent.list_groups(demo_db), len(contingent.list_students(demo_db)))
    _unselect(page.students)
    card = page.findChild(QPushButton, "card")
    assert not card.isEnabled() and "\n" in card.toolTip()
    card.click()
    _press(qtbot, page.students, Qt.Key.Key_Return)  # Enter opens the card of the selected student: none
    assert _status(window) == page.gate.why_not(page.actions["card"])
    page.tabs.setCurrentIndex(1)
    _unselect(page.groups)
    for name in ("edit_group", "delete_group", "group_students"):
        button = page.findChild(QPushButton, name)
        assert not button.isEnabled() and button.toolTip(), name
        button.click()
    page.edit_group()
    page.delete_group()
    page.show_group_students()
    assert (contingent.list_groups(demo_db), len(contingent.list_students(demo_db))) == before
    page.groups.selectRow(0)
    assert all(page.findChild(QPushButton, name).isEnabled()
               for name in ("edit_group", "delete_group", "group_students"))


def test_clear_is_enabled_only_when_a_filter_is_set(make_window, demo_db):
    window = make_window(demo_db, "ru")
    window.show_page("contingent")
    page = window.page("contingent")
    clear = page.findChild(QPushButton, "clear_filters")
    assert not clear.isEnabled() and clear.toolTip()
    page.search.setText("ахмет")
    assert clear.isEnabled()
    clear.click()
    assert not clear.isEnabled() and page.search.text() == ""
    box = page.filter_boxes["funding"]
    box.setCurrentIndex(1)
    assert clear.isEnabled()


def test_nedb_check_again_says_what_it_found(make_window, demo_db):
    window = make_window(demo_db, "kk")
    window.show_page("nedb")
    page = window.page("nedb")
    page.findChild(QPushButton, "check").click()
    assert str(page.issue_model.rowCount()) in _status(window)


def test_every_button_of_the_four_pages_acts_or_says_why(make_window, demo_db, open_draft):
    """No button on these pages is disabled without a tooltip saying why."""
    editor = open_draft("ru")
    _unselect(editor.tree)
    window = editor.window()
    pages = [window.page("curricula").list_page, editor, window.page("contingent"), window.page("nedb")]
    _unselect(window.page("curricula").table)
    _unselect(window.page("contingent").students)
    _unselect(window.page("contingent").groups)
    for page in pages:
        for button in page.findChildren(QAbstractButton):
            if isinstance(button, (QPushButton, QToolButton)) and button.text() and not button.isEnabled():
                assert button.toolTip() and button.toolTip() != button.text(), (type(page).__name__, button.text())
