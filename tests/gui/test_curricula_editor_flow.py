"""The curriculum editor on a small screen, as a deputy director works in it: the columns and the place in the plan
stay through every edit, the sizes are remembered, typed semesters and codes mean what they say, a row added
while the Russian names are shown gets both names, and approving checks first and says what happened."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import given, strategies as st
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.domain.curriculum import Row, SemesterLoad, Section
from desktop.services import curricula
from desktop.views.curricula import row_dialog
from desktop.views.curricula.approve_dialog import ApproveDialog
from desktop.views.curricula.tree_model import basic_module_of, edited_row, two_lines
from desktop.views.settings import active


def _widths(editor):
    return [editor.tree.columnWidth(c) for c in range(editor.model.columnCount())]


def test_column_widths_scroll_and_current_row_stay_through_add_delete_and_undo(open_draft, qapp):
    editor = open_draft("kk")
    editor.tree.setColumnWidth(1, 212)
    editor.tree.setColumnWidth(3, 77)
    editor.tree.verticalScrollBar().setValue(editor.tree.verticalScrollBar().maximum() // 2)
    scrolled = editor.tree.verticalScrollBar().value()
    assert scrolled > 0
    editor.tree.setCurrentIndex(editor.model.index_of("g6", 0))
    editor.tree.verticalScrollBar().setValue(scrolled)
    widths = _widths(editor)
    editor.add_row()
    added = editor.tree.currentIndex()
    assert editor.model.row_of(added) is not None and _widths(editor) == widths
    scrolled = editor.tree.verticalScrollBar().value()  # the new row in sight, the rest where it was
    assert scrolled > 0
    editor.undo_stack.undo()  # the tree is rebuilt: before, every column came back at 100 px at the top
    assert _widths(editor) == widths
    assert editor.tree.verticalScrollBar().value() == scrolled
    editor.tree.selectionModel().select(editor.model.index_of("g2", 0),
                                        editor.tree.selectionModel().SelectionFlag.ClearAndSelect
                                        | editor.tree.selectionModel().SelectionFlag.Rows)
    editor.delete_rows()
    assert _widths(editor) == widths


def test_column_widths_and_the_splitter_are_remembered_per_user(open_draft, qapp, qtbot):
    editor = open_draft("ru")
    editor.tree.setColumnWidth(1, 260)
    editor.splitter.setSizes([300, 80, 300])
    editor.splitter.splitterMoved.emit(300, 1)
    qtbot.waitUntil(lambda: active().sizes("curriculum_editor/columns")[1:2] == [260], timeout=2000)
    qtbot.waitUntil(lambda: bool(active().sizes("curriculum_editor/splitter")), timeout=2000)
    page = editor.parent()
    while not hasattr(page, "open_curriculum"):
        page = page.parent()
    page.open_curriculum(editor.curriculum_id)
    assert page.editor.tree.columnWidth(1) == 260
    assert page.editor.splitter.sizes() == active().sizes("curriculum_editor/splitter")


def test_findings_are_marked_with_icons_not_glyphs_the_font_lacks(open_draft):
    editor = open_draft("kk")
    editor.model.setData(editor.model.index_of("g6", 3), "144")
    items = [editor.findings_list.item(i) for i in range(editor.findings_list.count())]
    assert items and all(not item.icon().isNull() for item in items)
    assert not any(glyph in item.text() for item in items for glyph in "⛔⚠")


def test_typing_semester_hours_updates_the_rows_hours(open_draft):
    editor = open_draft("en")
    column = 9 + 1  # S2
    before = editor.model.curriculum.row("g6")  # the demo's hours were their semesters' sum
    others = sum(load.hours for load in before.semesters if load.semester != 2)
    assert before.hours == others + sum(load.hours for load in before.semesters if load.semester == 2)
    assert editor.model.setData(editor.model.index_of("g6", column), "24")
    assert editor.model.curriculum.row("g6").hours == others + 24
    assert editor.model.index_of("g6", 3).data() == str(others + 24)
    editor.undo_stack.undo()
    assert editor.model.curriculum.row("g6").hours == before.hours


def test_a_code_typed_as_bm_2_makes_basic_module_2(open_draft):
    editor = open_draft("kk")
    row = next(r for r in editor.model.curriculum.rows if r.section is Section.BASIC)
    assert editor.model.setData(editor.model.index_of(row.id, 0), "БМ 02")
    assert editor.model.curriculum.row(row.id).basic_module == 2


def test_a_row_added_while_russian_names_are_shown_asks_for_both(open_draft, monkeypatch):
    editor = open_draft("ru")
    editor.set_names_language("ru")
    asked = []
    monkeypatch.setattr(row_dialog, "ask_names", lambda parent: asked.append(1) or ("БМ 5", "Қаржы негіздері",
                                                                                    "Основы финансов"))
    editor.tree.setCurrentIndex(editor.model.index_of("g6", 0))
    editor.add_row()
    new = editor.model.row_of(editor.tree.currentIndex())
    assert asked and (new.name_kk, new.name_ru, new.code, new.basic_module) == (
        "Қаржы негіздері", "Основы финансов", "БМ 5", 5)
    monkeypatch.setattr(row_dialog, "ask_names", lambda parent: None)
    count = len(editor.model.curriculum.rows)
    editor.add_row()
    assert len(editor.model.curriculum.rows) == count  # cancelled: no row


def test_a_name_missing_in_the_plans_language_is_marked_on_its_cell(open_draft):
    editor = open_draft("kk")
    assert editor.model.curriculum.language == "kk"
    editor.model.setData(editor.model.index_of("g6", 1), "")
    cell = editor.model.index_of("g6", 1)
    assert cell.data(0x1) is not None and "Қазақша атауы жоқ" in cell.data(0x3)  # DecorationRole icon, ToolTipRole
    editor.model.setData(editor.model.index_of("g6", 1), "Математика")
    assert not editor.model.index_of("g6", 1).data(0x3)


def test_approving_with_errors_is_refused_in_words_before_anyone_is_asked(open_draft, monkeypatch):
    editor = open_draft("ru")
    editor.model.setData(editor.model.index_of("g6", 3), "144")
    asked, shown = [], []
    monkeypatch.setattr(ApproveDialog, "exec", lambda self: asked.append(1) or QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())))
    editor.approve()
    assert not asked and len(shown) == 1
    text, details = shown[0]
    assert "curriculum.has_errors" not in details and details.count("\n– ") >= 1
    assert curricula.get_curriculum(editor.db, editor.curriculum_id).status == "draft"
    assert not editor.undo_stack.isClean()  # nothing was saved behind the user's back


def test_approving_asks_who_saves_and_says_it_was_approved(open_draft, monkeypatch):
    editor = open_draft("en")
    window = editor.window()
    editor.model.setData(editor.model.index_of("g6", 1), "Mathematics")
    monkeypatch.setattr(ApproveDialog, "exec", lambda self: self.name.setText("A. Director") or QDialog.DialogCode.Accepted)
    curriculum_id = editor.curriculum_id
    editor.approve()
    assert curricula.get_curriculum(editor.db, curriculum_id).status == "approved"
    assert "Approved by A. Director" in window.statusBar().currentMessage()


def test_saving_says_saved(open_draft):
    editor = open_draft("en")
    editor.model.setData(editor.model.index_of("g6", 1), "Mathematics")
    assert editor.save()
    assert editor.window().statusBar().currentMessage().startswith("Saved")


def test_the_toolbar_groups_files_and_the_names_language_in_menus(open_draft):
    editor = open_draft("kk")
    editor.names_actions["ru"].trigger()
    assert editor.model.language == "ru"
    assert editor.model.index_of("g6", 1).data() == editor.model.curriculum.row("g6").name_ru


# --- the rules of typing, for any numbers -----------------------------------------------------------------------

loads = st.lists(st.tuples(st.integers(1, 8), st.integers(1, 400)), max_size=6, unique_by=lambda x: x[0])


@given(loads, st.integers(1, 8), st.integers(0, 400))
def test_hours_that_were_the_sum_of_the_semesters_stay_their_sum(start, semester, hours):
    semesters = tuple(SemesterLoad(s, h, None) for s, h in sorted(start))
    row = Row("r", Section.GENERAL, "ЖБП 01", "А", "А", sum(s.hours for s in semesters), semesters=semesters)
    after = edited_row(row, f"S{semester}", str(hours), "kk")
    assert after.hours == sum(s.hours for s in after.semesters)


@given(loads, st.integers(1, 8), st.integers(0, 400), st.integers(1, 50))
def test_hours_typed_apart_from_the_semesters_are_kept(start, semester, hours, apart):
    semesters = tuple(SemesterLoad(s, h, None) for s, h in sorted(start))
    total = sum(s.hours for s in semesters) + apart
    row = Row("r", Section.GENERAL, "ЖБП 01", "А", "А", total, semesters=semesters)
    assert edited_row(row, f"S{semester}", str(hours), "kk").hours == total


def test_basic_module_numbers_come_from_codes_in_any_alphabet():
    assert [basic_module_of(c) for c in ("БМ 2", "бм02", "BM 3", "БМ 0", "КМ 2", "БМ 2.1", "")] == [
        2, 2, 3, None, None, None, None]
    row = Row("r", Section.BASIC, "БМ 1", "А", "А", 24, basic_module=1)
    assert edited_row(row, "code", "БМ 4", "kk").basic_module == 4
    assert edited_row(row, "code", "X", "kk").basic_module is None  # the number had come from the code
    kept = replace(row, basic_module=7)
    assert edited_row(kept, "code", "X", "kk").basic_module == 7  # set in the properties: kept


def test_long_column_titles_go_on_two_lines():
    assert two_lines("Өндірістік оқыту") == "Өндірістік\nоқыту"
    assert two_lines("Зертх./практ.") == "Зертх./\nпракт."
    assert two_lines("Сағат") == "Сағат"


def test_undo_entries_name_rows_by_code_or_name_never_their_key(open_draft):
    """Issue 16: the Edit menu read "n1 өзгерту" — the row's internal key."""
    editor = open_draft("kk")
    row = editor.model.curriculum.row("g6")
    assert editor.model.setData(editor.model.index_of("g6", 1), "Алгебра")
    assert row.code in editor.undo_stack.undoText() and "g6" not in editor.undo_stack.undoText()
    assert editor.model.setData(editor.model.index_of("g6", 0), "")  # a row without a code goes by its name
    assert editor.model.setData(editor.model.index_of("g6", 1), "Геометрия")
    assert "Геометрия" in editor.undo_stack.undoText() or "Алгебра" in editor.undo_stack.undoText()
    assert "g6" not in editor.undo_stack.undoText()
