"""The intake's cognate TVET qualification as a deputy director sets it: in the new-curriculum dialog and the
editor, enabled only for a mid-level plan on the TVET base (MR l.258-260), checked at once and undoable."""
import pytest
from PySide6.QtCore import Qt

from desktop.services import curricula


def total_range(editor):
    return [f.code for f in editor.findings if f.rule == "TOTAL-RANGE"]


@pytest.fixture
def open_plan(make_window, demo_db):
    def open_plan(base, quals):
        window = make_window(demo_db, "en")
        window.show_page("curricula")
        page = window.page("curricula")
        plan = curricula.create_from_template(demo_db, f"{base} plan", "06130100", quals, base, "kk", 1, 2025)
        page.reload()
        page.open_curriculum(plan)
        return page.editor
    return open_plan


def test_the_editor_marks_a_tvet_base_intake_cognate_and_undoes_it(open_plan):
    editor = open_plan("tvet", ("4S06130103",))
    box = editor.cognate
    assert box.isEnabled() and not box.isChecked() and "60" in box.toolTip()
    assert total_range(editor) == ["total_range.not_cognate"]  # a reminder: nothing to hold the plan to
    box.click()  # as a mouse click or the space bar does
    assert editor.model.curriculum.cognate is True and box.isChecked()
    assert total_range(editor) == ["total_range.outside"]  # the bare template is short of 60 credits
    editor.undo_stack.undo()
    assert editor.model.curriculum.cognate is False and not box.isChecked()
    assert total_range(editor) == ["total_range.not_cognate"]
    editor.undo_stack.redo()
    assert editor.save() and curricula.get_curriculum(editor.db, editor.curriculum_id).curriculum.cognate is True


@pytest.mark.parametrize("base, quals", [("9", ("3W06130102", "4S06130103")), ("tvet", ("5AB06130104",)),
                                         ("11", ("4S06130103",))])
def test_other_bases_and_levels_do_not_ask(open_plan, base, quals):
    editor = open_plan(base, quals)
    assert not editor.cognate.isEnabled() and not editor.cognate.isChecked()


def test_an_approved_plan_shows_but_does_not_change_it(make_window, demo_db):
    window = make_window(demo_db, "en")
    window.show_page("curricula")
    page = window.page("curricula")
    page.open_curriculum(next(s.id for s in curricula.list_curricula(demo_db) if s.status == "approved"))
    assert not page.editor.cognate.isEnabled()


def test_the_new_curriculum_dialog_asks_only_for_a_tvet_base_mid_level_plan(db, qtbot):
    from desktop.services import classifier
    from desktop.services.classifier import ClassifierEntry
    from desktop.views.curricula.new_dialog import NewCurriculumDialog

    if not any(e.code == "4S06130103" for e in classifier.list_entries(db)):
        classifier.save_entry(db, ClassifierEntry("4S06130103", "Техник", "Техник"))
    dialog = NewCurriculumDialog(db)
    qtbot.addWidget(dialog)
    dialog.title.setText("ТжКБ 2026")
    dialog.specialty.setCurrentIndex(dialog.specialty.findData("06130100"))
    assert not dialog.cognate.isEnabled()  # nothing ticked yet
    for i in range(dialog.quals.count()):
        item = dialog.quals.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "4S06130103":
            item.setCheckState(Qt.CheckState.Checked)
    assert not dialog.cognate.isEnabled()  # the 9-grade base comes first
    dialog.base.setCurrentIndex(dialog.base.findData("tvet"))
    assert dialog.cognate.isEnabled()
    dialog.cognate.setChecked(True)
    dialog.base.setCurrentIndex(dialog.base.findData("11"))
    assert not dialog.cognate.isEnabled() and dialog.cognate.value() is False
    dialog.base.setCurrentIndex(dialog.base.findData("tvet"))
    dialog.cognate.setChecked(True)
    dialog.years.setValue(1)
    dialog.accept()
    assert dialog.created_id is not None, dialog.problems.text()
    stored = curricula.get_curriculum(db, dialog.created_id).curriculum
    assert (stored.entry_base, stored.cognate) == ("tvet", True)
