"""The Contingent and NEDB pages offscreen: filters, the card, an order for many, imports, the check."""
from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QPushButton

from desktop.services import contingent, nedb, students
from desktop.views.contingent.import_dialogs import NedbImportDialog, SheetImportDialog
from desktop.views.contingent.order_dialog import OrderDialog
from desktop.views.contingent.student_dialog import StudentDialog


@pytest.fixture
def page(make_window, demo_db):
    window = make_window(demo_db)
    window.show_page("contingent")
    return window.page("contingent")


def test_the_models_pass_qt_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.student_model)
    qtmodeltester.check(page.group_model)
    page.search.insert("ов")
    qtmodeltester.check(page.student_model)


def test_search_and_every_filter(page):
    model = page.student_model
    assert model.rowCount() == 288  # studying or on leave; the two expelled are hidden
    page.search.insert("ахмет")
    with_name = model.rowCount()
    assert 0 < with_name < 288 and all("ахмет" in model.row_at(r).surname.casefold() for r in range(with_name))
    page.clear_filters()
    page.filter_boxes["status"].setCurrentIndex(page.filter_boxes["status"].findData("expelled"))
    assert model.rowCount() == 2
    page.clear_filters()
    group = page.groups_list[0]
    page.set_group_filter(group.id)
    assert model.rowCount() == group.students
    page.clear_filters()
    page.filter_boxes["category"].setCurrentIndex(page.filter_boxes["category"].findData("sen"))
    assert model.rowCount() == 5
    page.clear_filters()
    for key, value, check in (("language", "ru", lambda r: r.language == "ru"),
                              ("funding", "paid", lambda r: r.funding == "paid"),
                              ("specialty", "04110100", lambda r: r.specialty_code == "04110100"),
                              ("course", 1, lambda r: r.course() == 1)):
        box = page.filter_boxes[key]
        box.setCurrentIndex(box.findData(value))
        assert 0 < model.rowCount() < 288 and all(check(model.row_at(r)) for r in range(model.rowCount()))
        page.clear_filters()
    assert "288 of 368" in page.count.text()


def test_sorting_by_a_column(page):
    page.students.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    births = [page.student_model.row_at(r).birth_date for r in range(page.student_model.rowCount())]
    assert births == sorted(births, reverse=True)


def test_a_new_student_through_the_card(page, monkeypatch, demo_db, dialogs):
    def fill(dialog):
        dialog.edits["iin"].setText("100509617854")
        dialog.edits["surname"].insert("Жаңабаева")
        dialog.edits["given_name"].insert("Әйгерім")
        assert dialog.birth_date.value() == date(2010, 5, 9)  # taken from the IIN
        dialog.flags["orphan"].setChecked(True)
        dialog.order_number.setText("240-к")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StudentDialog, "exec", fill)
    page.actions["new"].trigger()
    assert dialogs == []
    [row] = [s for s in contingent.list_students(demo_db) if s.surname == "Жаңабаева"]
    card = students.get_student(demo_db, row.id)
    assert card.data.orphan and card.movements[0].order_number == "240-к"
    assert page.selected_students()[0].id == row.id


def test_a_bad_card_is_explained_and_nothing_is_saved(page, monkeypatch, dialogs, demo_db):
    def fill(dialog):
        dialog.edits["iin"].setText("123")
        dialog.save()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StudentDialog, "exec", fill)
    before = len(contingent.list_students(demo_db))
    page.actions["new"].trigger()
    [(_, title, text, details)] = dialogs
    assert title == "Student not saved" and "IIN: must be exactly 12 digits" in details and "Surname: is required" in details
    assert len(contingent.list_students(demo_db)) == before


def test_an_order_for_many_from_the_selection(page, monkeypatch, demo_db):
    model = page.student_model
    box = page.filter_boxes["group_id"]
    page.set_group_filter(box.itemData(box.findText("26ПО-11к", Qt.MatchFlag.MatchStartsWith)))
    for r in range(3):
        page.students.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select |
                                              QItemSelectionModel.SelectionFlag.Rows)
    chosen = [s.id for s in page.selected_students()]
    assert len(chosen) == 3

    def fill(dialog):
        dialog.kind.set_value("leave")
        dialog.number.setText("250-к")
        assert "3 students" in dialog.summary.text()
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", fill)
    page.actions["order"].trigger()
    assert {students.get_student(demo_db, sid).status for sid in chosen} == {"academic_leave"}


def test_the_order_review_marks_students_it_cannot_move(page, qtbot):
    expelled = [s for s in page.student_model.all_rows() if s.status == "expelled"]
    studying = [s for s in page.student_model.all_rows() if s.status == "studying"][:2]
    dialog = OrderDialog(page.db, expelled + studying, page.groups_list, page)
    qtbot.addWidget(dialog)
    dialog.kind.set_value("transfer")
    moves = [dialog.review.item(i).data(Qt.ItemDataRole.UserRole) for i in range(4)]
    assert moves == [False, False, True, True]
    assert [dialog.review.item(i).icon().isNull() for i in range(4)] == [False, False, True, True]
    assert "2 students" in dialog.summary.text() and "2 marked in red" in dialog.summary.text()
    dialog.kind.set_value("reinstatement")
    assert [dialog.review.item(i).data(Qt.ItemDataRole.UserRole) for i in range(4)] == [True, True, False, False]


def test_import_from_an_excel_sheet_with_the_mapping_step(page, monkeypatch, demo_db, tmp_path, dialogs):
    from openpyxl import Workbook
    from PySide6.QtWidgets import QFileDialog

    book = Workbook()
    book.active.append(["Фамилия", "Имя", "ИИН", "Дата рождения", "Группа"])
    book.active.append(["Нұрланова", "Дана", "100509617854", "09.05.2010", "26ПО-11к"])
    path = tmp_path / "s.xlsx"
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def check_mapping_and_import(dialog):
        assert dialog.mapping() == {"surname": 0, "given_name": 1, "iin": 2, "birth_date": 3, "group_code": 4}
        assert dialog.preview.item(0, 0).text() == "100509617854"
        dialog.run()
        return dialog.result()

    monkeypatch.setattr(SheetImportDialog, "exec", check_mapping_and_import)
    page.actions["import_excel"].trigger()
    assert any(s.surname == "Нұрланова" for s in contingent.list_students(demo_db))
    assert "1 students added" in dialogs[-1][2]


def test_import_nedbs_file_taking_one_difference(make_window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    window = make_window(demo_db, is_demo=True)
    window.show_page("nedb")
    nedb_page = window.page("nedb")

    def take_the_surname(dialog):
        assert dialog.table.rowCount() == 4
        surname_row = next(r for r in range(4) if dialog.table.item(r, 2).text() == "Surname")
        dialog.table.item(surname_row, 0).setCheckState(Qt.CheckState.Checked)
        group_row = next(r for r in range(4) if dialog.table.item(r, 2).text() == "Group")
        assert not dialog.table.item(group_row, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
        dialog.run()
        return dialog.result()

    monkeypatch.setattr(NedbImportDialog, "exec", take_the_surname)
    nedb_page.findChild(QPushButton, "import_demo").click()  # the demo college's own NEDB file
    names = {s.surname for s in contingent.list_students(demo_db)}
    assert "Жақсылықева" in names and "Сұлтанов" in names
    assert len(window.page("contingent").student_model.all_rows()) == 372
    assert nedb.list_submissions(demo_db)[0].direction == "import"


def test_the_check_opens_the_record_to_fix(make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    window.show_page("nedb")
    nedb_page = window.page("nedb")
    assert "58 problems" in nedb_page.issue_count.text()
    opened = []
    monkeypatch.setattr(StudentDialog, "exec", lambda dialog: opened.append(dialog.card.id) or 0)
    from desktop.views.contingent.group_dialog import GroupDialog

    monkeypatch.setattr(GroupDialog, "exec", lambda dialog: opened.append(("group", dialog.group_id)) or 0)
    model = nedb_page.issue_model
    rows = model.rows()
    student = next(i for i, issue in enumerate(rows) if issue.target == "student")
    group = next(i for i, issue in enumerate(rows) if issue.target == "group")
    nedb_page.issues.doubleClicked.emit(nedb_page.issues.model().index(student, 0))
    nedb_page.issues.doubleClicked.emit(nedb_page.issues.model().index(group, 0))
    assert opened == [rows[student].target_id, ("group", rows[group].target_id)]


def test_export_from_the_nedb_page_logs_and_clears_the_reminder(make_window, demo_db, monkeypatch, tmp_path, dialogs):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = make_window(demo_db)
    window.update_round_reminder(date(2026, 10, 10))
    assert window.round_button.isVisibleTo(window) and "autumn 2026" in window.round_button.text()
    window.show_page("nedb")
    page = window.page("nedb")
    page.today = date(2026, 10, 10)
    target = tmp_path / "out.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.export()
    assert target.exists() and page.log_model.rowCount() == 1
    window.update_round_reminder(date(2026, 10, 11))
    assert not window.round_button.isVisibleTo(window)


def test_undo_and_redo_of_an_order_a_card_and_a_new_student(page, monkeypatch, demo_db):
    chosen = [s for s in page.student_model.all_rows() if s.status == "studying"][:2]
    ids = [s.id for s in chosen]

    def apply_leave(dialog):
        dialog.kind.set_value("leave")
        dialog.number.setText("260-к")
        dialog.apply()
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", apply_leave)
    page.select_student(ids[0])
    page.students.selectionModel().select(
        page.student_model.index(page.student_model.position_of(ids[1]), 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    page.actions["order"].trigger()
    assert {students.get_student(demo_db, i).status for i in ids} == {"academic_leave"}
    page.undo_stack.undo()
    assert {students.get_student(demo_db, i).status for i in ids} == {"studying"}
    assert all(len(students.get_student(demo_db, i).movements) == 1 for i in ids)
    page.undo_stack.redo()
    assert {students.get_student(demo_db, i).status for i in ids} == {"academic_leave"}

    def rename(dialog):
        dialog.edits["surname"].setText("Өзгертілген")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StudentDialog, "exec", rename)
    before = students.get_student(demo_db, ids[0]).data.surname
    page.open_card(ids[0])
    assert students.get_student(demo_db, ids[0]).data.surname == "Өзгертілген"
    page.undo_stack.undo()
    assert students.get_student(demo_db, ids[0]).data.surname == before

    def enter(dialog):
        dialog.edits["iin"].setText("100509617854")
        dialog.edits["surname"].insert("Қате")
        dialog.edits["given_name"].insert("Енгізілген")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StudentDialog, "exec", enter)
    total = len(contingent.list_students(demo_db))
    page.actions["new"].trigger()
    assert len(contingent.list_students(demo_db)) == total + 1
    page.undo_stack.undo()
    assert len(contingent.list_students(demo_db)) == total
    page.undo_stack.redo()
    assert any(s.surname == "Қате" for s in contingent.list_students(demo_db))


def test_an_order_with_later_movements_cannot_be_undone(demo_db):
    from desktop.services import movements
    from desktop.services.errors import ValidationFailed
    from desktop.services.movements import OrderInput

    sid = next(s.id for s in contingent.list_students(demo_db) if s.status == "studying")
    leave = movements.apply_order(demo_db, OrderInput("1", date(2026, 11, 1), "leave", date(2026, 11, 1),
                                                      reason="health"), [sid])
    movements.apply_order(demo_db, OrderInput("2", date(2026, 11, 5), "return", date(2026, 11, 5)), [sid])
    with pytest.raises(ValidationFailed) as error:
        movements.revoke_order(demo_db, leave)
    assert error.value.problems[0].code == "movement.not_last"
    assert students.get_student(demo_db, sid).status == "studying"


def test_card_button_and_enter_open_the_selected_students_card(page, monkeypatch, demo_db, qtbot):
    """Qt's clicked/triggered carry a `checked` flag: it once reached open_card as the student id (False), so the
    button and Enter opened a blank "New student" form and saving it made a duplicate."""
    opened = []

    def look(dialog):
        opened.append((dialog.student_id, dialog.windowTitle(), dialog.edits["surname"].text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StudentDialog, "exec", look)
    page.students.selectRow(3)
    chosen = page.selected_students()[0]
    page.findChild(QPushButton, "card").click()
    page.students.setFocus()
    qtbot.keyClick(page.students, Qt.Key.Key_Return)
    page.actions["card"].trigger()
    assert opened == [(chosen.id, "Student card", chosen.surname)] * 3
    total = len(contingent.list_students(demo_db))
    page.students.clearSelection()
    page.findChild(QPushButton, "card").click()  # nothing selected: nothing opens, nothing is made
    assert len(opened) == 3 and len(contingent.list_students(demo_db)) == total
