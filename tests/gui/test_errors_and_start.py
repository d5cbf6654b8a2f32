"""Start-up, and what the user sees when something goes wrong."""
import os
import subprocess
import sys
from pathlib import Path

from desktop import app
from desktop.services.errors import DatabaseEnvironmentError, DbProblem
from desktop.views import errors


def test_a_bug_opens_the_crash_dialog_with_the_log_path(qapp, paths, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_crash", lambda log_file, details: shown.append((log_file, details)))
    errors.install_excepthook(paths.log_file)
    try:
        raise ValueError("a bug")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert shown and shown[0][0] == paths.log_file and "ValueError: a bug" in shown[0][1]


def test_an_environment_error_gets_a_plain_message_not_the_crash_dialog(qapp, paths, monkeypatch):
    plain, crash = [], []
    monkeypatch.setattr(errors, "show_crash", lambda *a: crash.append(a))
    monkeypatch.setattr(errors, "show_database_problem", lambda parent, error: plain.append(error.problem))
    errors.install_excepthook(paths.log_file)
    try:
        sys.excepthook(DatabaseEnvironmentError, DatabaseEnvironmentError(DbProblem.DISK_FULL, "x"), None)
    finally:
        sys.excepthook = sys.__excepthook__
    assert plain == [DbProblem.DISK_FULL] and crash == []


def test_the_crash_dialog_text_names_the_log_file_in_the_users_language(qapp, paths, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.i18n import Translations

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: boxes.append(self.text()) or 0)
    Translations().install("kk")
    try:
        errors.show_crash(paths.log_file, "Traceback ...")
    finally:
        Translations().install("en")
    assert str(paths.log_file) in boxes[0] and "Журнал" in boxes[0]


def test_a_bad_start_database_gets_a_message_and_exit_code_2(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHOSPAR_QUIT_WHEN_SHOWN", "1")
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    told = []
    monkeypatch.setattr("desktop.views.errors.show_database_problem", lambda parent, error: told.append(error.problem))
    try:
        assert app.main(["--db", str(bad), "--lang", "en"]) == 2
    finally:
        sys.excepthook = sys.__excepthook__
    assert told == [DbProblem.NOT_A_DATABASE]


def test_the_application_starts_on_the_demo_and_quits(tmp_path):
    env = dict(os.environ, ZHOSPAR_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    zhospar = Path(sys.executable).parent / "zhospar"  # the installed entry point, as a user starts it
    result = subprocess.run([str(zhospar), "--demo", "--lang", "kk"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window shown", "database shown"]
    log = (tmp_path / "home" / "logs" / "zhospar.log").read_text(encoding="utf-8")
    assert "starting" in log and "Traceback" not in log


EXIT_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.paths import resolve_paths
from desktop.services.demo import build_demo
from desktop.views.context import AppContext
from desktop.views.i18n import Translations
from desktop.views.main_window import MainWindow
from desktop.views.settings import AppSettings
app = QApplication([])
paths = resolve_paths().ensure()
translations = Translations()
translations.install("kk")
window = MainWindow(AppContext(paths, AppSettings(paths.settings_file), translations),
                    build_demo(paths.demo_db, paths.backups), True)
window.show()
window.show_page("curricula")
page = window.page("curricula")
page.open_curriculum(4)
editor = page.editor
model, selection = editor.model, editor.tree.selectionModel()
model.setData(model.index_of("g6", 3), "144")
selection.select(model.index_of("g2", 0), selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
editor.copy_rows()
editor.paste_rows()
editor.save()
QTimer.singleShot(50, window.close)
sys.exit(app.exec())
"""


def test_the_application_exits_cleanly_after_editing_and_copying(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", EXIT_SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_crash_dialogs_details_hold_no_students_data(qapp, paths, monkeypatch):
    """The details are what a user copies into an e-mail to support."""
    from PySide6.QtWidgets import QMessageBox

    details = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: details.append(self.detailedText()) or 0)
    errors.show_crash(paths.log_file, 'Traceback (most recent call last):\nValueError: Ахметов Ерлан 050101500123 2005-01-01\n')
    assert "ValueError" in details[0]
    assert "Ахметов" not in details[0] and "050101500123" not in details[0] and "2005-01-01" not in details[0]
