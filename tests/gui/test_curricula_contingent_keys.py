"""The common keys, found by pointing at the buttons (their tooltips name them) and doing what they say: Ctrl+N new,
Ctrl+S save in the editor, Del delete (asked first), Ctrl+F to a list's search, Ctrl+Z / Ctrl+Y undo and redo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from desktop.services import contingent, curricula


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def _keys(name) -> str:
    return QKeySequence(name).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_editors_tooltips_name_their_keys(open_draft):
    editor = open_draft("ru")
    for key, keys in (("save", "Ctrl+S"), ("add", "Ctrl+N"), ("delete", "Del"), ("properties", "F4"),
                      ("up", "Alt+Up"), ("copy", "Ctrl+C"), ("paste", "Ctrl+V"), ("print", "Ctrl+P")):
        assert _keys(keys) in editor.actions[key].toolTip(), key


def test_del_in_the_editor_asks_first_then_deletes_and_ctrl_z_brings_it_back(open_draft, qtbot, monkeypatch):
    editor = open_draft("kk")
    asked = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer[0])
    editor.tree.setCurrentIndex(editor.model.index_of("g2", 0))
    _press(qtbot, editor.tree, Qt.Key.Key_Delete)
    assert asked and "ЖБП 02" in asked[0]
    assert any(r.id == "g2" for r in editor.model.curriculum.rows)  # "No": nothing deleted
    answer[0] = QMessageBox.StandardButton.Yes
    editor.tree.setCurrentIndex(editor.model.index_of("g2", 0))
    _press(qtbot, editor.tree, Qt.Key.Key_Delete)
    assert not any(r.id == "g2" for r in editor.model.curriculum.rows)
    _press(qtbot, editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's Edit > Undo
    assert any(r.id == "g2" for r in editor.model.curriculum.rows)
    _press(qtbot, editor.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not any(r.id == "g2" for r in editor.model.curriculum.rows)


def test_ctrl_s_saves_the_editor_and_says_so(open_draft, qtbot, demo_db):
    editor = open_draft("ru")
    editor.set_names_language("ru")
    editor.model.setData(editor.model.index_of("g6", 1), "Алгебра")
    _press(qtbot, editor.tree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.undo_stack.isClean()
    assert curricula.get_curriculum(demo_db, editor.curriculum_id).curriculum.row("g6").name_ru == "Алгебра"
    assert editor.window().statusBar().currentMessage()


def test_ctrl_n_on_the_curricula_list_opens_a_new_curriculum(make_window, demo_db, qtbot, monkeypatch):
    from desktop.views.curricula.new_dialog import NewCurriculumDialog

    opened = []
    monkeypatch.setattr(NewCurriculumDialog, "exec", lambda self: opened.append(1) or QDialog.DialogCode.Rejected)
    window = make_window(demo_db, "kk")
    window.show_page("curricula")
    page = window.page("curricula")
    assert _keys("Ctrl+N") in page.actions["new"].toolTip()
    _press(qtbot, page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]


@pytest.mark.parametrize("key", ["curricula", "contingent", "nedb"])
def test_ctrl_f_goes_to_the_lists_search(make_window, demo_db, qtbot, key):
    window = make_window(demo_db, "ru")
    window.show_page(key)
    page = window.page(key)
    search = page.search
    assert "Ctrl+F" in search.placeholderText()
    _press(qtbot, window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()


def test_the_nedb_search_narrows_the_problems_and_export_still_counts_them_all(make_window, demo_db):
    window = make_window(demo_db, "en")
    window.show_page("nedb")
    page = window.page("nedb")
    total = page.issue_model.rowCount()
    first = page.issue_model.rows()[0]
    page.search.setText(first.subject)
    assert 0 < page.issue_model.rowCount() < total
    assert f"of {total} problems" in page.issue_count.text()
    assert all(first.subject.casefold() in i.subject.casefold() or first.subject.casefold() in
               page.issue_model.index(r, 1).data().casefold() for r, i in enumerate(page.issue_model.rows()))
    page.search.clear()
    assert page.issue_model.rowCount() == total


def test_del_on_the_groups_list_asks_before_deleting(make_window, demo_db, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window = make_window(demo_db, "kk")
    window.show_page("contingent")
    page = window.page("contingent")
    page.tabs.setCurrentIndex(1)
    assert _keys("Del") in page.findChild(QPushButton, "delete_group").toolTip()
    before = contingent.list_groups(demo_db)
    page.groups.selectRow(0)
    _press(qtbot, page.groups, Qt.Key.Key_Delete)
    assert len(asked) == 1 and contingent.list_groups(demo_db) == before


def test_deleting_a_module_names_it_and_counts_its_outcomes(open_draft, monkeypatch):
    editor = open_draft("ru")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    outcomes = sum(1 for r in editor.model.curriculum.rows if r.parent == "m2")
    editor.tree.setCurrentIndex(editor.model.index_of("m2", 0))
    editor.delete_rows()
    assert "ПМ 02" in asked[0] and str(outcomes) in asked[0]
    assert not any(r.id == "m2" or r.parent == "m2" for r in editor.model.curriculum.rows)
