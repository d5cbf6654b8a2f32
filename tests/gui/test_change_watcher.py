"""Open pages hear of other workstations' changes: on focus for a SQLite file, at once on PostgreSQL."""
import os

import pytest
from PySide6.QtCore import Qt

from desktop.services import college
from desktop.services.college import CollegeProfileData
from desktop.services.database import open_database
from desktop.views import change_watcher
from desktop.views.change_watcher import ChangeWatcher

PG_URL = os.environ.get("ZHOSPAR_TEST_PG_URL")


@pytest.fixture
def other(db, paths):
    second = open_database(db.url, paths.backups)
    yield second
    second.close()


def _save(database, name):
    college.save_profile(database, CollegeProfileData(name_kk=name, name_ru=name))


def test_a_sqlite_file_is_looked_at_when_the_window_becomes_active(qtbot, qapp, db, other):
    watcher = ChangeWatcher(db)
    try:
        _save(db, "Өз")  # one's own change: nothing to refresh
        with qtbot.assertNotEmitted(watcher.changed):
            watcher.check()
        _save(other, "Колледж")
        with qtbot.waitSignal(watcher.changed, timeout=2000) as caught:
            qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert caught.args == [{"college_profile"}]
        with qtbot.assertNotEmitted(watcher.changed):  # told once
            watcher.check()
        _save(other, "Екінші")
        with qtbot.waitSignal(watcher.changed, timeout=2000):
            watcher.check()  # a page being shown
    finally:
        watcher.stop()
    _save(other, "Үшінші")
    with qtbot.assertNotEmitted(watcher.changed):  # stopped: the window closed
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        watcher.check()


def test_a_database_gone_does_not_break_the_window(qtbot, db, monkeypatch):
    watcher = ChangeWatcher(db)

    def lost(*_args):
        raise OSError("the network folder is gone")

    monkeypatch.setattr(change_watcher.change_watch, "changes_since", lost)
    try:
        assert watcher.check() == set()
    finally:
        watcher.stop()


def test_a_listener_that_cannot_connect_falls_back_to_the_focus_check(qtbot, db, other, monkeypatch):
    def refused(*_args):
        raise OSError("connection refused")

    monkeypatch.setattr(change_watcher.change_watch, "PgListener", refused)
    monkeypatch.setattr(change_watcher, "RECONNECT_AFTER", 60.0)
    watcher = ChangeWatcher(db, listen=True)
    try:
        _save(other, "Колледж")
        with qtbot.waitSignal(watcher.changed, timeout=2000):
            watcher.check()
    finally:
        watcher.stop()
    assert watcher._thread is None


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="ZHOSPAR_TEST_PG_URL is not set")
def test_postgres_changes_arrive_without_asking(qtbot, pg, paths):
    colleague = open_database(PG_URL, paths.backups)
    watcher = ChangeWatcher(pg)
    try:
        qtbot.waitUntil(lambda: watcher.listening, timeout=5000)
        with qtbot.waitSignal(watcher.changed, timeout=5000) as caught:
            _save(colleague, "Колледж")
        assert caught.args == [{"college_profile"}]
        assert watcher.check() == set()  # the listener hears it: no look at the log needed
    finally:
        watcher.stop()
        colleague.close()
