import pytest

from desktop.services import classifier
from desktop.views.pages.classifier_dialog import EntryDialog


def test_the_models_pass_qt_model_tester(make_window, demo_db, qtmodeltester):
    window = make_window(demo_db)
    qtmodeltester.check(window.page("classifier").model)
    qtmodeltester.check(window.page("classifier").proxy)


def test_search_filters_the_table(make_window, demo_db, qtbot):
    page = make_window(demo_db).page("classifier")
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.search, "4s0411")  # QTest types ASCII only
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.search.insert("бухгалтер")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    assert page.proxy.rowCount() == total


@pytest.fixture
def answer_dialog(monkeypatch):
    """Fill the entry dialog as a user would and press OK."""
    def fill(values):
        def exec_(dialog: EntryDialog):
            dialog.code.setText(values.get("code", dialog.code.text()))
            for name in ("name_kk", "name_ru", "name_en"):
                if name in values:
                    dialog.names[name].setText(values[name])
            dialog.accept()
            return dialog.result()
        monkeypatch.setattr(EntryDialog, "exec", exec_)
    return fill


def test_add_undo_redo_a_specialty(make_window, db, answer_dialog):
    window = make_window(db)
    window.show_page("classifier")
    page = window.page("classifier")
    answer_dialog({"code": "07150300", "name_kk": "Машина жасау", "name_ru": "Машиностроение"})
    page.add_specialty()
    assert "07150300" in [e.code for e in classifier.list_entries(db)]
    assert page.selected().code == "07150300"
    page.undo_stack.undo()
    assert "07150300" not in [e.code for e in classifier.list_entries(db)]
    page.undo_stack.redo()
    assert "07150300" in [e.code for e in classifier.list_entries(db)]


def test_a_bad_code_keeps_the_dialog_open_with_the_reason(db, qtbot):
    dialog = EntryDialog(None, lambda e: classifier.save_entry(db, e))
    qtbot.addWidget(dialog)
    dialog.code.setText("123")
    dialog.names["name_kk"].setText("А")
    dialog.names["name_ru"].setText("А")
    dialog.accept()
    assert dialog.result_entry is None and "8 digits" in dialog.problems.text()
    dialog.code.setText("4S06130109")
    assert "level 4" in dialog.kind.text()


def test_delete_asks_and_can_be_undone(make_window, db, dialogs):
    window = make_window(db)
    window.show_page("classifier")
    page = window.page("classifier")
    page.select_code("4S04110102")
    page.delete_selected()
    assert dialogs[-1][0] == "question"
    assert "4S04110102" not in [e.code for e in classifier.list_entries(db)]
    page.undo_stack.undo()
    assert "4S04110102" in [e.code for e in classifier.list_entries(db)]
    assert window.undo_group.canRedo()


def test_import_reports_bad_cells_and_writes_nothing(make_window, db, dialogs, monkeypatch, tmp_path, qtbot):
    from openpyxl import Workbook
    from PySide6.QtWidgets import QFileDialog

    workbook = Workbook()
    workbook.active.append(["Код", "Қазақша", "Русский"])
    workbook.active.append(["0715030", "Машина", "Машины"])
    workbook.save(tmp_path / "bad.xlsx")
    page = make_window(db).page("classifier")
    before = page.model.rowCount()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "bad.xlsx"), ""))
    page.import_file()
    kind, title, text, details = dialogs[-1]
    assert "row 2" in details and "column A" in details and "8 digits" in details
    assert page.model.rowCount() == before
