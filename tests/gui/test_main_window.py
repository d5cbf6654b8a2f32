"""The main window as a new user meets it."""
from PySide6.QtCore import Qt

from desktop.views.main_window import PAGES, page_keys
from desktop.views.pages.college_page import CollegePage


def test_every_area_is_reachable_and_shows_real_data_or_says_it_is_empty(make_window, demo_db, qtbot):
    window = make_window(demo_db, is_demo=True)
    qtbot.waitUntil(lambda: not window._shortcuts)  # key sequences are set once the window has painted
    assert "(demo)" in window.windowTitle()
    assert str(demo_db.path) in window.db_label.text()
    for number, (key, _) in enumerate(PAGES, start=1):
        action = window.page_actions[key]  # offscreen windows are never active, so trigger the shortcut's action
        assert action.shortcut().toString() == page_keys(number)
        action.trigger()
        assert window.stack.currentWidget() is window.page(key)
    contingent = window.page("contingent")
    assert len(contingent.student_model.all_rows()) == 368


def test_a_new_database_opens_on_the_welcome_page(make_window, db, qtbot):
    window = make_window(db)
    overview = window.page("overview")
    from PySide6.QtWidgets import QPushButton

    setup = overview.findChild(QPushButton, "setup")
    assert setup is not None and overview.findChild(QPushButton, "demo") is not None
    qtbot.mouseClick(setup, Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), CollegePage)


def test_the_language_switch_translates_the_window_and_is_remembered(make_window, demo_db, paths):
    window = make_window(demo_db, "en")
    window.show_page("classifier")
    window.set_language("kk")
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.nav.item(3).text() == "Оқу жоспарлары"
    assert window.current_key() == "classifier"
    header = window.page("classifier").model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Коды"
    window.set_language("ru")
    assert window.nav.item(3).text() == "Учебные планы"
    from desktop.views.settings import AppSettings

    assert AppSettings(paths.settings_file).language("en") == "ru"


def test_qt_own_dialogs_are_translated_too(make_window, demo_db):
    from PySide6.QtCore import QCoreApplication

    make_window(demo_db, "ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


def test_opening_the_demo_from_the_welcome_page(make_window, db, monkeypatch, paths):
    window = make_window(db)
    window.page("overview").demo_requested.emit()
    assert window.is_demo and window.db.path == paths.demo_db
    assert len(window.page("contingent").student_model.all_rows()) == 368


def test_backup_now_and_restore_from_the_file_menu(make_window, demo_db, dialogs, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.services import college

    window = make_window(demo_db)
    before = college.get_profile(demo_db)
    backup_action = next(a for a in window.menuBar().actions()[0].menu().actions() if "Back up" in a.text())
    backup_action.trigger()
    assert dialogs[-1][0] == "information"
    written = demo_db.backups()[0]
    page = window.page("college")
    page.edits["name_ru"].setText("Изменённое имя")
    assert page.save()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    window.restore_backup()
    assert college.get_profile(window.db).name_ru == before.name_ru
    assert window.page("college").edits["name_ru"].text() == before.name_ru
