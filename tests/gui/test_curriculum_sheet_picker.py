"""Importing a college's workbook from the Curricula page: the sheets to import picked in a list, each sheet a
draft, the intake year asked only when the sheets do not say it, the sheets that hold no plan explained."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.services import curricula, curriculum_files
from desktop.views.curricula.sheet_picker import SheetPickerDialog

from tests.helpers.college_sheets import ORAL, with_cover, without_years




def test_the_picker_lists_every_sheet_and_explains_the_ones_it_cannot_import(qtbot, tmp_path):
    dialog = SheetPickerDialog(curriculum_files.read_sheets(with_cover(tmp_path / "plans.xlsx")))
    qtbot.addWidget(dialog)
    cover, plan = dialog.list.item(0), dialog.list.item(1)
    assert not cover.flags() & Qt.ItemFlag.ItemIsUserCheckable and "Мұқаба" in cover.text()
    assert plan.checkState() == Qt.CheckState.Checked and "01140100" in plan.text() and "2022" in plan.text()
    dialog.list.setCurrentRow(0)
    assert "Мұқаба" in dialog.problems.toPlainText()
    assert not dialog.year.isVisibleTo(dialog)  # the sheet says 2022-2026
    assert [c.sheet for c in dialog.chosen()] == ["экви"] and dialog.intake_year() is None
    plan.setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok.isEnabled()


def test_the_intake_year_is_asked_only_for_sheets_that_lack_it(qtbot, tmp_path):
    path = without_years(tmp_path / "groups.xlsx")
    dialog = SheetPickerDialog(curriculum_files.read_sheets(path))
    qtbot.addWidget(dialog)
    assert dialog.year.isVisibleTo(dialog) and "?" in dialog.list.item(0).text()
    dialog.year.setValue(2023)
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    assert [c.sheet for c in dialog.chosen()] == ["3D-1", "3Ғ-1"] and dialog.intake_year() == 2023
    dialog._tick_all(Qt.CheckState.Checked)
    assert len(dialog.chosen()) == 6
    dialog._tick_all(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [] and not dialog.ok.isEnabled()


def test_importing_two_sheets_of_a_workbook_from_the_page(make_window, db, monkeypatch, tmp_path):
    path = without_years(tmp_path / "groups.xlsx")
    window = make_window(db, "kk")
    window.show_page("curricula")
    page = window.page("curricula")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def pick(dialog):
        dialog.list.item(3).setCheckState(Qt.CheckState.Checked)
        dialog.year.setValue(2023)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SheetPickerDialog, "exec", pick)
    page.import_file()
    stored = curricula.list_curricula(db)
    assert sorted(s.title for s in stored) == ["04110100 3D-1", "06130100 3Ғ-2"]
    assert {s.intake_year for s in stored} == {2023}
    assert page.editor is not None  # the first imported plan is opened, and the status bar names both
    said = window.statusBar().currentMessage()
    assert "2" in said and "04110100 3D-1" in said and "06130100 3Ғ-2" in said


def test_a_workbook_of_one_plan_imports_without_the_picker(make_window, db, monkeypatch):
    window = make_window(db, "ru")
    window.show_page("curricula")
    page = window.page("curricula")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ORAL), ""))
    monkeypatch.setattr(SheetPickerDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError("asked")))
    page.import_file()
    (stored,) = curricula.list_curricula(db)
    assert stored.specialty == "01140100" and stored.intake_year == 2022


def test_a_workbook_without_any_plan_is_refused_in_words(make_window, db, monkeypatch, dialogs, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Аты-жөні", "Топ"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    window = make_window(db, "kk")
    window.show_page("curricula")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.page("curricula").import_file()
    kind, title, text, details = dialogs[-1]
    assert "Sheet" in details and "file." not in details
    assert curricula.list_curricula(db) == []
