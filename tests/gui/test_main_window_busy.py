"""A step that takes seconds shows the wait cursor and says in the status bar what is happening, and the cursor
comes back whatever the outcome."""
import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from desktop.views import database_actions


@pytest.fixture
def seen(monkeypatch):
    """What the user saw while the work ran in the worker: the cursor and the status bar, sampled on the GUI thread."""
    samples: list[tuple[object, str]] = []
    release = threading.Event()

    def watch(window):
        def sample():
            cursor = QApplication.overrideCursor()
            samples.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
            release.set()
        return sample

    return samples, release, watch


def _slow(release, value=None, error=None):
    def work(*args, **kwargs):
        release.wait(5)  # until the GUI thread has looked at the window once
        if error is not None:
            raise error
        return value
    return work


def test_opening_the_demo_shows_the_wait_cursor_and_says_so(make_window, db, demo_db, seen, monkeypatch, qtbot):
    samples, release, watch = seen
    window = make_window(db, "ru")
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(database_actions, "build_demo", _slow(release, demo_db))
    QTimer.singleShot(50, watch(window))
    window.open_demo()
    preparing = QCoreApplication.translate("DatabaseActions", "Preparing the demo college…")
    assert samples[0] == (Qt.CursorShape.WaitCursor, preparing)
    assert QApplication.overrideCursor() is None  # the arrow is back
    assert window.is_demo
    assert window.statusBar().currentMessage()  # and what happened is said after


def test_a_failed_open_gives_the_arrow_back(make_window, db, seen, monkeypatch, tmp_path, dialogs):
    from desktop.services.errors import DatabaseEnvironmentError, DbProblem

    samples, release, watch = seen
    window = make_window(db)
    from PySide6.QtCore import QTimer

    monkeypatch.setattr(database_actions, "open_database",
                        _slow(release, error=DatabaseEnvironmentError(DbProblem.LOCKED, "other.sqlite")))
    monkeypatch.setattr(database_actions, "show_database_problem", lambda parent, error: dialogs.append(error))
    QTimer.singleShot(50, watch(window))
    assert database_actions.open_file(window, window.ctx, str(tmp_path / "other.sqlite")) is None
    assert samples[0] == (Qt.CursorShape.WaitCursor, "Opening the database…")
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""  # the "opening" message does not stay behind


def test_backing_up_shows_the_wait_cursor_while_the_copy_is_written(make_window, demo_db, monkeypatch, dialogs):
    window = make_window(demo_db)
    during = []
    real = demo_db.backup_now

    def backup(reason):
        cursor = QApplication.overrideCursor()
        during.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
        return real(reason)

    monkeypatch.setattr(demo_db, "backup_now", backup)
    window.backup_now()
    assert during == [(Qt.CursorShape.WaitCursor, "Backing up…")]
    assert QApplication.overrideCursor() is None
    assert dialogs[-1][0] == "information"


def test_a_page_made_for_the_first_time_shows_the_wait_cursor(make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    during = []
    real = window._make_page

    def make(key):
        cursor = QApplication.overrideCursor()
        during.append(cursor.shape() if cursor else None)
        return real(key)

    monkeypatch.setattr(window, "_make_page", make)
    window.show_page("exams")
    assert during == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None


def test_the_reports_page_shows_the_wait_cursor_while_it_counts_again(make_window, demo_db, monkeypatch):
    window = make_window(demo_db)
    page = window.page("reports")
    during = []
    real = page.on_shown

    def shown():
        cursor = QApplication.overrideCursor()
        during.append(cursor.shape() if cursor else None)
        real()

    monkeypatch.setattr(page, "on_shown", shown)
    window.show_page("reports")
    assert during == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
