"""The curriculum editor as a deputy director uses it."""
from dataclasses import replace

import pytest

from desktop.services import curricula


@pytest.fixture
def editor(make_window, demo_db):
    window = make_window(demo_db, "en")
    window.show_page("curricula")
    page = window.page("curricula")
    approved = next(s.id for s in curricula.list_curricula(demo_db) if s.status == "approved")
    page.open_curriculum(approved)
    return page


@pytest.fixture
def draft_editor(open_draft):
    return open_draft("en")


def rules_of(editor):
    return {f.rule for f in editor.findings}


def test_the_models_pass_qt_model_tester(draft_editor, qtmodeltester):
    qtmodeltester.check(draft_editor.model)


def test_a_broken_rule_appears_and_undo_takes_it_away(draft_editor):
    editor = draft_editor
    assert editor.findings == []
    index = editor.model.index_of("g6", 3)  # mathematics, hours
    assert index.data() == "120"
    assert editor.model.setData(index, "144")
    assert {"YEAR-LOAD", "GENED-VOLUME"} <= rules_of(editor)
    assert editor.findings_list.count() == len(editor.findings)
    assert editor.model.index_of("g6", 3).data() == "144"
    editor.undo_stack.undo()
    assert editor.findings == [] and editor.model.index_of("g6", 3).data() == "120"
    editor.undo_stack.redo()
    assert "GENED-VOLUME" in rules_of(editor)


def in_one_semester(editor, row_id: str) -> None:
    """The row's hours all in its first semester with an exam, whatever the demo's plan spreads them over."""
    from desktop.domain.curriculum import Control, SemesterLoad  # noqa: PLC0415

    c = editor.model.curriculum
    rows = tuple(replace(r, semesters=(SemesterLoad(1, r.hours, Control.EXAM),)) if r.id == row_id else r
                 for r in c.rows)
    editor.apply(replace(c, rows=rows), "one semester")


def test_credits_typed_give_hours(draft_editor):
    editor = draft_editor
    in_one_semester(editor, "g6")
    assert editor.model.setData(editor.model.index_of("g6", 2), "5,5")
    row = editor.model.curriculum.row("g6")
    assert (row.hours, row.credits, row.semesters[0].hours) == (132, 5.5, 132)
    assert not editor.model.setData(editor.model.index_of("g6", 2), "five")


def test_semester_cells_take_hours_and_a_control_letter(draft_editor):
    editor = draft_editor
    in_one_semester(editor, "g6")
    column = 9 + 1  # S2
    assert editor.model.setData(editor.model.index_of("g6", column), "24 Э")
    loads = editor.model.curriculum.row("g6").semesters
    assert [(l.semester, l.hours, l.control.value if l.control else None) for l in loads] == [
        (1, 120, "exam"), (2, 24, "exam")]
    assert "YEAR-LOAD" in rules_of(editor)


def test_a_click_on_a_finding_selects_its_rows(draft_editor):
    editor = draft_editor
    editor.model.setData(editor.model.index_of("g6", 3), "144")
    item = next(editor.findings_list.item(i) for i in range(editor.findings_list.count())
                if editor.findings_list.item(i).toolTip().startswith("GENED-VOLUME"))
    editor._select_finding_rows(item)
    selected = set(editor.selected_ids())
    assert "g6" in selected and len(selected) == 14


def test_rows_are_added_moved_copied_pasted_and_deleted_with_undo(draft_editor, dialogs):
    editor = draft_editor
    start = editor.model.curriculum
    editor.tree.setCurrentIndex(editor.model.index_of("m1", 0))
    editor.add_row()
    added = [r for r in editor.model.curriculum.rows if r.id not in {x.id for x in start.rows}]
    assert len(added) == 1 and added[0].parent == "m1"
    editor.tree.setCurrentIndex(editor.model.index_of("g2", 0))
    editor.tree.selectionModel().select(editor.model.index_of("g2", 0),
                                        editor.tree.selectionModel().SelectionFlag.ClearAndSelect
                                        | editor.tree.selectionModel().SelectionFlag.Rows)
    editor.move_row(-1)
    assert [r.id for r in editor.model.curriculum.rows][:2] == ["g2", "g1"]
    editor.copy_rows()
    editor.paste_rows()
    assert len(editor.model.curriculum.rows) == len(start.rows) + 2
    editor.tree.selectionModel().select(editor.model.index_of("g2", 0),
                                        editor.tree.selectionModel().SelectionFlag.ClearAndSelect
                                        | editor.tree.selectionModel().SelectionFlag.Rows)
    editor.delete_rows()
    assert "g2" not in {r.id for r in editor.model.curriculum.rows}
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.model.curriculum == start


def test_save_and_approve_from_the_editor(draft_editor, monkeypatch, demo_db):
    from PySide6.QtWidgets import QDialog

    from desktop.views.curricula.approve_dialog import ApproveDialog

    editor = draft_editor
    curriculum_id = editor.curriculum_id
    editor.model.setData(editor.model.index_of("g6", 1), "Математика (алгебра)")
    assert not editor.undo_stack.isClean()
    assert editor.save() and editor.undo_stack.isClean()
    assert curricula.get_curriculum(demo_db, curriculum_id).curriculum.row("g6").name_kk == "Математика (алгебра)"
    monkeypatch.setattr(ApproveDialog, "exec", lambda self: self.name.setText("Директор") or QDialog.DialogCode.Accepted)
    editor.approve()
    assert curricula.get_curriculum(demo_db, curriculum_id).status == "approved"


def test_an_approved_curriculum_is_read_only(editor):
    assert editor.editor.model.read_only
    assert not editor.editor.model.setData(editor.editor.model.index_of("g6", 3), "144")
    assert not editor.editor.actions["save"].isEnabled() and editor.editor.actions["new_version"].isEnabled()


def test_the_week_grid_dialog(draft_editor, qtbot):
    from desktop.views.curricula.schedule_dialog import ScheduleDialog

    dialog = ScheduleDialog(draft_editor.model.curriculum)
    qtbot.addWidget(dialog)
    assert dialog.current() == draft_editor.model.curriculum.schedule
    last_row = dialog.grid.rowCount() - 1
    for column in range(52):
        item = dialog.grid.item(last_row, column)
        if item.text() == "F":
            item.setText("H")
    dialog.recheck()
    assert "final attestation" in dialog.problems.text()


def test_dragging_a_row_among_its_siblings_reorders_with_undo(draft_editor):
    from PySide6.QtCore import Qt

    editor = draft_editor
    model = editor.model
    start = model.curriculum
    data = model.mimeData([model.index_of("g3", 0)])
    section = model.index_of("g1", 0).parent()
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, section)  # Qt moves nothing itself
    assert [r.id for r in model.curriculum.rows][:3] == ["g3", "g1", "g2"]
    outcome = model.mimeData([model.index_of("m1.1", 0)])
    model.dropMimeData(outcome, Qt.DropAction.MoveAction, 0, 0, section)  # into another parent: refused
    assert model.curriculum.row("m1.1").parent == "m1"
    editor.undo_stack.undo()
    assert model.curriculum == start


def test_archive_from_the_editor(editor, demo_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    curriculum_id = editor.editor.curriculum_id
    editor.editor.archive()
    assert curricula.get_curriculum(demo_db, curriculum_id).status == "archived"


def test_a_new_curriculum_from_the_template(make_window, db, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from desktop.views.curricula.new_dialog import NewCurriculumDialog

    window = make_window(db, "ru")
    window.show_page("curricula")
    page = window.page("curricula")
    assert page.empty.isVisibleTo(page)

    def fill_and_accept(dialog):
        dialog.accept()  # nothing filled in: the dialog stays, saying what is missing
        assert dialog.created_id is None and dialog.problems.text()
        dialog.title.setText("06130100 План 2027")
        dialog.specialty.setCurrentIndex(dialog.specialty.findData("06130100"))
        for i in range(dialog.quals.count()):
            item = dialog.quals.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ("4S06130103", "3W06130102"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return 1

    monkeypatch.setattr(NewCurriculumDialog, "exec", fill_and_accept)
    page.new_curriculum()
    editor = page.editor
    assert editor is not None and editor.model.curriculum.qualifications == ("3W06130102", "4S06130103")
    codes = {r.code for r in editor.model.curriculum.rows}
    assert {"ЖБП 01", "БМ 1", "БМ 4", "БЕ 1", "ҚА"} <= codes
    rules = {f.rule for f in editor.findings}
    assert "TOTAL-RANGE" in rules and "GENED-MANDATORY" not in rules  # the modules are the college's to add


def test_row_properties_fix_a_qualification_exam_without_its_form(draft_editor, monkeypatch):
    from desktop.domain.curriculum import ExamForm
    from desktop.views.curricula.row_dialog import RowDialog

    editor = draft_editor
    model = editor.model
    row = model.curriculum.row("q1")
    editor.apply(replace(model.curriculum, rows=tuple(replace(r, exam_form=None) if r.id == "q1" else r
                                                      for r in model.curriculum.rows)), "break")
    assert "qual_exam.no_form" in {f.code for f in editor.findings}
    editor.tree.selectionModel().select(model.index_of("q1", 0), editor.tree.selectionModel().SelectionFlag.ClearAndSelect
                                        | editor.tree.selectionModel().SelectionFlag.Rows)

    def choose_form(dialog):
        dialog.exam_form.setCurrentIndex(dialog.exam_form.findData(ExamForm.PRACTICAL_WORK.value))
        dialog.accept()
        return 1

    monkeypatch.setattr(RowDialog, "exec", choose_form)
    editor.edit_row_properties()
    assert model.curriculum.row("q1").exam_form is ExamForm.PRACTICAL_WORK
    assert "qual_exam.no_form" not in {f.code for f in editor.findings}
    assert row.qualification == model.curriculum.row("q1").qualification


def test_the_list_keeps_status_on_a_1366_screen_and_long_titles_read_whole_on_hover(make_window, demo_db):
    from PySide6.QtCore import Qt

    from desktop.services import curricula

    long_title = "Бағдарламалық қамтамасыз ету (түрлері бойынша), 9 сынып негізінде, 2025 жылғы қабылдау, қазақ тобы"
    curricula.copy(demo_db, 1, long_title)
    window = make_window(demo_db, "kk")
    window.resize(1366, 698)
    window.show_page("curricula")
    page = window.page("curricula")
    page.reload()
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == long_title)
    assert page.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == long_title
    assert page.proxy.index(row, 4).data() == "қазақ"  # the language in words, not "kk"
    status = page.table.horizontalHeader().sectionViewportPosition(6) + page.table.columnWidth(6)
    assert status <= page.table.viewport().width()
