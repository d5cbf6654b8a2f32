from desktop.services import college


def test_edit_save_and_revert_the_profile(make_window, db, dialogs, qtbot):
    window = make_window(db)
    window.show_page("college")
    page = window.page("college")
    assert not page.save_button.isEnabled()
    page.edits["name_kk"].insert("Жаңа колледж")  # QTest.keyClicks types ASCII only
    page.edits["name_ru"].insert("Новый колледж")
    qtbot.keyClicks(page.edits["bin"], "990340004721")
    assert "check digit" in page.bin_status.text()
    assert page.save_button.isEnabled() and page.is_dirty()
    assert not page.save()
    assert dialogs[-1][0] == "box" and "BIN" in dialogs[-1][3]
    assert college.get_profile(db) is None  # nothing half-written
    page.edits["bin"].setText("990340004720")
    assert page.bin_status.text() == "BIN is valid"
    page.checks["has_ramps"].setChecked(True)
    assert page.save()
    assert college.get_profile(db).has_ramps
    assert "Жаңа колледж" in window.windowTitle()
    page.edits["director"].setText("Кто-то")
    page.revert()
    assert page.edits["director"].text() == "" and not page.is_dirty()


def test_leaving_with_unsaved_changes_asks(make_window, db, dialogs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window(db)
    window.show_page("college")
    page = window.page("college")
    page.edits["name_kk"].setText("Колледж")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.show_page("classifier")
    assert window.current_key() == "college" and page.edits["name_kk"].text() == "Колледж"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.show_page("classifier")
    assert window.current_key() == "classifier"
