"""The change log window on a real database: the filters narrow the list, the chosen entry's changes are read
below it, the export writes a masked workbook, a record's history is that record's only, and a curator is refused."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import openpyxl
import pytest
from contingent import add_group, enrol
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.roles import Role
from desktop.services import students
from desktop.services.actors import Actor
from desktop.views.access import history as history_module
from desktop.views.access import journal_dialog
from desktop.views.access.history import show_history
from desktop.views.access.journal_dialog import ChangeLogDialog, show_change_log

from tests.gui.layout_check import FRAME_HEIGHT, SCREEN, cut_texts


@pytest.fixture
def changed(db):
    """A group, a student enrolled by the registrar, the phone added by another user on another computer."""
    group = add_group(db)
    [sid] = enrol(db, group)
    card = students.get_student(db, sid)
    db.actor = Actor("aigul", "Айгүл Сапарова", Role.REGISTRAR, workstation="PC-7")
    students.update_student(db, sid, replace(card.data, phone="+7 701 123 4567"), card.row_version)
    return sid, card


def open_log(qtbot, db, **kwargs) -> ChangeLogDialog:
    dialog = ChangeLogDialog(db, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # its keys (Ctrl+F, Escape) reach an active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def shown_records(dialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 5).data() for row in range(model.rowCount())]


def test_the_log_lists_every_change_newest_first_and_the_model_is_sound(qtbot, qtmodeltester, db, changed):
    dialog = open_log(qtbot, db)
    qtmodeltester.check(dialog.model)
    first = dialog.model.rows()[0]
    assert (first.user_name, first.workstation, first.action) == ("Айгүл Сапарова", "PC-7", "update")
    assert dialog.model.index(0, 6).data() == "Phone"
    assert "Phone: was «(empty)», became «+7 701 123 4567»" in dialog.detail.toPlainText()
    assert "Айгүл Сапарова (aigul), computer PC-7" in dialog.detail.toPlainText()


def test_the_filters_narrow_the_list(qtbot, db, changed):
    sid, card = changed
    dialog = open_log(qtbot, db)
    everything = dialog.model.rowCount()
    dialog.person.setCurrentIndex(dialog.person.findData("aigul"))
    dialog.reload()
    assert dialog.model.rowCount() == 1
    dialog.person.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData("study_group"))
    dialog.reload()
    assert 0 < dialog.model.rowCount() < everything
    assert set(dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())) <= {
        "Group", "Classifier shipped with the program"}
    dialog.kind.setCurrentIndex(0)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, card.data.iin)
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=3000)  # read once the typing pauses
    # the student's whole history, not only the entry that wrote the IIN
    assert {dialog.model.index(r, 4).data() for r in range(dialog.model.rowCount())} == {"Student"}
    assert dialog.model.rowCount() >= 1
    dialog.search.clear()
    dialog.since.set_value(date.today() + timedelta(days=1))
    dialog.reload()
    assert dialog.model.rowCount() == 0 and dialog.count.text() == "No entries match"
    assert not dialog.export_button.isEnabled()
    dialog.since.set_value(None)
    dialog.until.set_value(date.today())
    dialog.reload()
    assert dialog.model.rowCount() == everything


def test_choosing_an_entry_shows_its_changes(qtbot, db, changed):
    dialog = open_log(qtbot, db)
    created = [n for n, line in enumerate(dialog.model.rows()) if line.kind == "student" and line.action == "create"]
    dialog.table.selectRow(created[0])
    text = dialog.detail.toPlainText()
    assert "Created: Student «" in text and "Birth date: «17.05.2010»" in text
    assert "Status: «studying»" in text


def test_the_export_writes_the_entries_found_with_the_iins_masked(qtbot, db, changed):
    _, card = changed
    dialog = open_log(qtbot, db)
    target = db.path.parent / "log.xlsx"
    written = dialog.export_to(str(target), "ru")
    assert written == dialog.model.rowCount()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows[0]) == 9
    assert ("Телефон", None, "+7 701 123 4567") in [r[6:9] for r in rows]
    text = "\n".join(str(v) for r in rows for v in r)
    assert card.data.iin not in text and "********" + card.data.iin[-4:] in text
    assert "exported to" in dialog.count.text()


def test_the_export_button_asks_where_and_adds_the_suffix(qtbot, db, changed, monkeypatch):
    dialog = open_log(qtbot, db)
    target = db.path.parent / "chosen"
    monkeypatch.setattr(journal_dialog, "save_path", lambda *args, **kwargs: str(target))
    dialog.file_language.setCurrentIndex(dialog.file_language.findData("kk"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (db.path.parent / "chosen.xlsx").exists()


def test_a_records_history_is_that_records_only(qtbot, db, changed, monkeypatch):
    sid, card = changed
    opened = []
    monkeypatch.setattr(ChangeLogDialog, "exec", lambda self: opened.append(self) or 0)
    label = f"{card.data.surname} {card.data.given_name}"
    show_history(None, db, "student", sid, label)
    [dialog] = opened
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"History: {label}"
    assert not dialog.kind.isVisibleTo(dialog)
    assert {(line.kind, line.record_id) for line in dialog.model.rows()} == {("student", sid)}
    assert set(shown_records(dialog)) == {label}
    assert [line.action for line in dialog.model.rows()] == ["update", "update", "create"]


def test_a_curator_is_told_the_log_is_not_theirs(qtbot, db, changed, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(ChangeLogDialog, "exec", lambda self: pytest.fail("opened for a curator"))
    db.actor = Actor("kurator", "Curator", Role.CURATOR)
    show_change_log(None, db)
    show_history(None, db, "student", changed[0], "x")
    assert said == ["Your role (Curator) may not read the change log."] * 2
    assert history_module.ChangeLogDialog is ChangeLogDialog


@pytest.mark.parametrize("code", ["en", "kk", "ru"])
def test_escape_closes_and_it_fits_a_laptop(qtbot, demo_db, language, code):
    language(code)
    dialog = open_log(qtbot, demo_db)
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - FRAME_HEIGHT
    assert cut_texts(dialog) == []
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_the_when_column_sorts_by_time_both_ways(qtbot, db, changed):
    enrol(db, students.get_student(db, changed[0]).group_id, count=3, start=2000)
    dialog = open_log(qtbot, db)
    newest_first = [line.id for line in dialog.model.rows()]
    assert newest_first == sorted(newest_first, reverse=True) and len(newest_first) > 9  # ids 10 and 9 compared
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [line.id for line in dialog.model.rows()] == sorted(newest_first)


def test_a_record_made_by_an_import_says_where_its_history_is(qtbot, demo_db, monkeypatch):
    from desktop.services import contingent  # noqa: PLC0415

    monkeypatch.setattr(ChangeLogDialog, "exec", lambda self: 0)
    first = contingent.list_students(demo_db)[0]
    dialog = open_log(qtbot, demo_db, record=("student", first.id), label="x")
    assert dialog.model.rowCount() == 0
    assert "import or an order" in dialog.count.text()
    dialog.search.setText("zzz")
    dialog.reload()
    assert dialog.count.text() == "No entries match"
    long_path = "/" + "very-long-folder-name/" * 12 + "log.xlsx"
    dialog.count.setText(f"12 entries exported to {long_path}")
    assert dialog.minimumSizeHint().width() < 1366
