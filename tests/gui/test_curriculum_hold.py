"""Two deputy directors on one college database: the curriculum one of them edits opens read-only for the other,
saying who edits it; it is free again when the first closes it; a save over the other's save is refused with who
saved first and the offer to reload; a hold lost while the computer was silent turns the editor read-only with
what was typed still on screen. A registrar sees the curricula but changes none."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox, QToolButton

from desktop.domain.roles import Role
from desktop.services import curricula, holds
from desktop.services.actors import Actor
from desktop.services.database import open_database
from desktop.views.curricula.page import CurriculaPage

AIGUL = Actor("aigul", "Айгүл Сапарова", Role.DEPUTY, workstation="DEP-01")
NURLAN = Actor("nurlan", "Нұрлан Әбенов", Role.DEPUTY, workstation="DEP-02")
EDITING = ("save", "add", "delete", "paste", "approve")


@pytest.fixture
def draft(demo_db):
    return curricula.create(demo_db, curricula.get_curriculum(demo_db, 1).curriculum)


@pytest.fixture
def second_db(demo_db, paths):
    other = open_database(demo_db.path, paths.backups)
    demo_db.actor, other.actor = AIGUL, NURLAN
    yield other
    other.close()


@pytest.fixture
def open_page(qtbot):
    def make(db) -> CurriculaPage:
        page = CurriculaPage(db, "en")
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        qtbot.waitExposed(page)
        return page
    return make


def test_the_second_editor_opens_read_only_saying_who_edits_it_until_the_first_closes(
        demo_db, second_db, draft, open_page):
    mine, theirs = open_page(demo_db), open_page(second_db)
    mine.open_curriculum(draft)
    assert mine.editor.editable and not mine.editor.banner.isVisible()
    theirs.open_curriculum(draft)
    editor = theirs.editor
    assert not editor.editable and editor.banner.isVisible()
    since = holds.holder(second_db, curricula.HOLD_KIND, draft).since.strftime("%H:%M")
    assert editor.banner.text() == (f"Being edited by Айгүл Сапарова on DEP-01 since {since} — opened read-only.")
    for key in EDITING:
        action = editor.actions[key]
        assert not action.isEnabled()
    assert "Айгүл Сапарова is editing this curriculum on DEP-01" in editor.actions["save"].toolTip()
    cell = editor.model.index_of(editor.model.curriculum.rows[0].id, 3)
    assert not editor.model.setData(cell, "999")  # the tree takes no typing
    # The list of the second workstation will not delete what the first edits.
    theirs.close_editor()
    theirs.select_id(draft)
    assert not theirs.actions["delete"].isEnabled()
    assert "Айгүл Сапарова is editing it on DEP-01" in theirs.actions["delete"].toolTip()
    # The first closes it: the hold ends, and the second opens it for editing.
    mine.editor.close_editor()
    assert holds.holder(second_db, curricula.HOLD_KIND, draft) is None
    theirs.open_curriculum(draft)
    assert theirs.editor.editable and theirs.editor.actions["add"].isEnabled()
    assert holds.holder(demo_db, curricula.HOLD_KIND, draft).user_name == "Нұрлан Әбенов"


def test_closing_the_window_lets_the_curriculum_go(demo_db, second_db, draft, open_page):
    page = open_page(demo_db)
    page.open_curriculum(draft)
    assert holds.holder(second_db, curricula.HOLD_KIND, draft).user_name == "Айгүл Сапарова"
    page.showMinimized()  # minimized is still open: the hold stays
    assert holds.holder(second_db, curricula.HOLD_KIND, draft) is not None
    page.close()
    assert holds.holder(second_db, curricula.HOLD_KIND, draft) is None


def test_the_heartbeat_keeps_the_hold(demo_db, second_db, draft, open_page, monkeypatch):
    page = open_page(demo_db)
    page.open_curriculum(draft)
    assert page.editor.hold.timer.isActive()
    assert page.editor.hold.timer.interval() == holds.HEARTBEAT.total_seconds() * 1000
    before = holds.holder(demo_db, curricula.HOLD_KIND, draft).seen_at
    later = before + timedelta(seconds=30)
    monkeypatch.setattr(holds, "clock", lambda _session: later)
    page.editor.hold.timer.timeout.emit()
    assert holds.holder(demo_db, curricula.HOLD_KIND, draft).seen_at == later
    assert page.editor.editable


def test_a_hold_lost_while_silent_turns_the_editor_read_only_keeping_what_was_typed(
        demo_db, second_db, draft, open_page, monkeypatch, qtbot):
    page = open_page(demo_db)
    page.open_curriculum(draft)
    editor = page.editor
    first = editor.model.curriculum.rows[0]
    assert editor.model.setData(editor.model.index_of(first.id, 3), str(first.hours + 2))
    typed = editor.model.curriculum
    # The first computer fell silent: the second takes the draft over.
    monkeypatch.setattr(holds, "STALE_AFTER", timedelta(seconds=-1))
    assert holds.take(second_db, curricula.HOLD_KIND, draft).ours
    editor.hold.timer.timeout.emit()
    box = editor.findChild(QMessageBox, "hold_lost")
    assert box is not None and box.isVisible() and "Нұрлан Әбенов on DEP-02" in box.text()
    box.accept()
    assert not editor.editable and editor.banner.isVisible() and "Нұрлан Әбенов" in editor.banner.text()
    assert editor.model.curriculum == typed and not editor.undo_stack.isClean()
    assert not editor.actions["save"].isEnabled() and editor.actions["export"].isEnabled()
    assert not editor.save()
    assert curricula.get_curriculum(demo_db, draft).curriculum.rows[0].hours == first.hours


def test_a_save_over_another_workstations_save_shows_who_saved_and_reloads(
        demo_db, second_db, draft, open_page, monkeypatch):
    page = open_page(demo_db)
    page.open_curriculum(draft)
    editor = page.editor
    # Saved meanwhile from the other computer (its hold was taken over, say): renamed.
    stored = curricula.get_curriculum(second_db, draft)
    curricula.save(second_db, draft, replace(stored.curriculum, title="Renamed on DEP-02"), version=stored.row_version)
    first = editor.model.curriculum.rows[0]
    assert editor.model.setData(editor.model.index_of(first.id, 3), str(first.hours + 2))
    shown = []

    def answer_reload(box):
        shown.append((box.objectName(), box.text(), box.informativeText()))
        reload = next(b for b in box.buttons() if b.text() == "Reload the saved record")
        reload.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_reload)
    assert not editor.save()
    assert len(shown) == 1 and shown[0][0] == "stale_record"
    assert "Нұрлан Әбенов saved this record" in shown[0][1] and "DEP-02" in shown[0][1]
    assert "Title: saved «Renamed on DEP-02»" in shown[0][2]
    # Reloaded: the other's save on screen, and the next save goes through over it.
    assert editor.model.curriculum.title == "Renamed on DEP-02" and editor.undo_stack.isClean()
    assert editor.model.setData(editor.model.index_of(first.id, 3), str(first.hours + 4))
    assert editor.save()
    saved = curricula.get_curriculum(demo_db, draft)
    assert saved.title == "Renamed on DEP-02" and saved.curriculum.rows[0].hours == first.hours + 4
    assert editor.row_version == saved.row_version


def test_a_registrar_sees_curricula_read_only(demo_db, draft, open_page):
    demo_db.actor = Actor("r", "R", Role.REGISTRAR)
    page = open_page(demo_db)
    page.select_id(draft)
    for key in ("new", "copy", "import", "delete"):
        assert not page.actions[key].isEnabled()
        assert "Your role (Registrar) may not change curricula." in page.actions[key].toolTip()
    assert page.actions["open"].isEnabled()
    page.open_selected()
    editor = page.editor
    assert not editor.editable and editor.banner.isVisible()
    assert editor.banner.text() == "Your role (Registrar) may not change curricula. It is opened read-only."
    for key in EDITING + ("new_version", "archive"):
        assert not editor.actions[key].isEnabled()
    assert editor.actions["export"].isEnabled() and editor.actions["print"].isEnabled()
    assert holds.holder(demo_db, curricula.HOLD_KIND, draft) is None  # a reader holds nothing


def test_the_history_of_the_curriculum_is_one_action_away(demo_db, draft, open_page, monkeypatch):
    page = open_page(demo_db)
    page.open_curriculum(draft)
    editor = page.editor
    history = editor.actions["history"]
    assert history.isEnabled() and history.text() == "History…"
    menu = [a.objectName() for a in editor.toolbar.findChild(QToolButton, "curriculum_menu").menu_shown.actions()]
    assert "history" in menu
    try:
        from desktop.views.access import history as history_module
    except ImportError:
        return  # written beside this editor: the action is there, the window comes with it
    asked = []
    monkeypatch.setattr(history_module, "show_history", lambda *args: asked.append(args[1:]))
    history.trigger()
    assert asked == [(demo_db, "curriculum", draft, editor.model.curriculum.title)]


def test_the_history_shows_the_save_made_in_the_editor(demo_db, draft, open_page, monkeypatch):
    journal_dialog = pytest.importorskip("desktop.views.access.journal_dialog")
    page = open_page(demo_db)
    page.open_curriculum(draft)
    editor = page.editor
    first = editor.model.curriculum.rows[0]
    assert editor.model.setData(editor.model.index_of(first.id, 3), str(first.hours + 2))
    assert editor.save()
    seen = []
    monkeypatch.setattr(journal_dialog.ChangeLogDialog, "exec",
                        lambda dialog: seen.append([dialog.model.rows()[n] for n in range(dialog.model.rowCount())]))
    editor.actions["history"].trigger()
    assert len(seen) == 1 and len(seen[0]) == 2  # made, then saved once: one entry each


def test_closing_the_main_window_lets_the_curriculum_go(demo_db, second_db, draft, make_window):
    window = make_window(demo_db)
    window.show_page("curricula")
    window.page("curricula").open_curriculum(draft)
    assert holds.holder(second_db, curricula.HOLD_KIND, draft).user_name == "Айгүл Сапарова"
    window.show_page("overview")  # another page: the curriculum stays open in its editor, and held
    assert holds.holder(second_db, curricula.HOLD_KIND, draft) is not None
    assert window.close()
    assert holds.holder(second_db, curricula.HOLD_KIND, draft) is None


def test_a_read_only_editor_shows_the_holder_s_saves_and_is_editable_once_they_close(
        demo_db, second_db, draft, open_page):
    mine, theirs = open_page(demo_db), open_page(second_db)
    mine.open_curriculum(draft)
    theirs.open_curriculum(draft)
    editor = theirs.editor
    assert not editor.editable and editor.hold.looker.isActive()
    stored = curricula.get_curriculum(demo_db, draft)
    curricula.save(demo_db, draft, replace(stored.curriculum, title="Жаңа атау"), version=stored.row_version)
    editor.hold.look()  # what its timer does every half minute
    assert editor.model.curriculum.title == "Жаңа атау" and not editor.editable
    mine.close_editor()
    editor.hold.look()
    assert editor.editable and not editor.banner.isVisible() and not editor.hold.looker.isActive()
    assert holds.holder(demo_db, curricula.HOLD_KIND, draft).user_name == "Нұрлан Әбенов"
