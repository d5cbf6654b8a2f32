"""Opening databases: pragmas, backups, restore, and the plain errors of the environment."""
import os
import sqlite3
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.models import backup, engine as engine_module
from desktop.services import college
from desktop.services.college import CollegeProfileData
from desktop.services.database import open_database
from desktop.services.errors import DatabaseEnvironmentError, DbProblem, classify


def test_every_connection_has_foreign_keys_wal_and_a_busy_timeout(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == engine_module.BUSY_TIMEOUT_MS


def test_a_new_database_is_created_migrated_and_given_the_classifier(paths):
    db = open_database(paths.default_db, paths.backups)
    try:
        assert paths.default_db.exists()
        assert college.get_profile(db) is None
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM specialty")).scalar() >= 4
        assert db.backups() == []  # nothing to back up yet
    finally:
        db.close()


def test_a_daily_backup_is_made_when_the_last_is_old(db, paths):
    college.save_profile(db, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
    db.close()
    reopened = open_database(paths.default_db, paths.backups)
    first = reopened.backups()
    assert len(first) == 1 and "daily" in first[0].name
    reopened.close()
    reopened = open_database(paths.default_db, paths.backups)
    assert len(reopened.backups()) == 1  # not again the same day
    old = datetime.now() - timedelta(days=2)
    os.utime(first[0], (old.timestamp(), old.timestamp()))
    reopened.close()
    reopened = open_database(paths.default_db, paths.backups)
    assert reopened.backups() == first  # nothing changed since: the copy it has is as good
    assert backup.last_backup_time(paths.default_db, paths.backups) > datetime.now() - timedelta(minutes=1)
    college.save_profile(reopened, CollegeProfileData(name_kk="Өзгерген", name_ru="Изменённый"))
    os.utime(first[0], (old.timestamp(), old.timestamp()))
    reopened.close()
    reopened = open_database(paths.default_db, paths.backups)
    assert len(reopened.backups()) == 2
    reopened.close()


def test_restore_brings_back_the_old_data_and_keeps_a_copy_of_the_new(db):
    college.save_profile(db, CollegeProfileData(name_kk="Бірінші", name_ru="Первый"))
    saved = db.backup_now()
    college.save_profile(db, CollegeProfileData(name_kk="Екінші", name_ru="Второй"))
    db.restore(saved)
    assert college.get_profile(db).name_ru == "Первый"
    assert any("before-restore" in p.name for p in db.backups())
    kept = next(p for p in db.backups() if "before-restore" in p.name)
    db.restore(kept)
    assert college.get_profile(db).name_ru == "Второй"


def foreign_database(path):
    """An SQLite database of some other program."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE accounts (id INTEGER)")
    connection.commit()
    connection.close()
    return path


def test_restore_refuses_a_file_that_is_not_a_zhospar_backup(db, tmp_path):
    stranger = foreign_database(tmp_path / "other.sqlite")
    with pytest.raises(DatabaseEnvironmentError) as caught:
        db.restore(stranger)
    assert caught.value.problem is DbProblem.NOT_ZHOSPAR
    (tmp_path / "text.sqlite").write_text("hello")
    with pytest.raises(DatabaseEnvironmentError) as caught:
        db.restore(tmp_path / "text.sqlite")
    assert caught.value.problem is DbProblem.NOT_A_DATABASE


def test_backups_are_pruned(db):
    for index in range(backup.KEEP_BACKUPS + 3):
        backup.make_backup(db.path, db.backups_root, "manual", datetime(2026, 1, 1) + timedelta(minutes=index))
    assert len(db.backups()) == backup.KEEP_BACKUPS


@pytest.mark.parametrize("content, problem", [
    (b"this is a text file, not a database", DbProblem.NOT_A_DATABASE),
])
def test_a_file_that_is_not_a_database_gets_a_plain_problem(tmp_path, paths, content, problem):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database(path, paths.backups)
    assert caught.value.problem is problem


def test_a_foreign_sqlite_database_is_refused(tmp_path, paths):
    path = foreign_database(tmp_path / "foreign.sqlite")
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database(path, paths.backups)
    assert caught.value.problem is DbProblem.NOT_ZHOSPAR


def test_a_newer_schema_is_refused(db, paths):
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database(paths.default_db, paths.backups)
    assert caught.value.problem is DbProblem.SCHEMA_TOO_NEW


def test_a_read_only_file_is_refused(db, paths, monkeypatch):
    db.close()
    paths.default_db.chmod(0o444)
    if os.geteuid() == 0:  # root writes anyway; ask as an ordinary user would be answered
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database(paths.default_db, paths.backups)
    assert caught.value.problem is DbProblem.READ_ONLY


def test_a_missing_file_is_not_created_when_opening(tmp_path, paths):
    with pytest.raises(DatabaseEnvironmentError) as caught:
        open_database(tmp_path / "missing.sqlite", paths.backups, create=False)
    assert caught.value.problem is DbProblem.CANNOT_OPEN


def test_a_database_locked_by_another_program_is_a_plain_problem(db, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    locked = open_database(db.path, db.backups_root)  # a fresh engine with the short timeout
    holder = sqlite3.connect(db.path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseEnvironmentError) as caught:
            college.save_profile(locked, CollegeProfileData(name_kk="А", name_ru="А"))
        assert caught.value.problem is DbProblem.LOCKED
    finally:
        holder.rollback()
        holder.close()
        locked.close()


def test_two_instances_on_one_file_both_write(db, paths):
    second = open_database(paths.default_db, paths.backups)
    errors = []

    def write(database, name):
        try:
            for index in range(20):
                college.save_profile(database, CollegeProfileData(name_kk=f"{name}{index}", name_ru=name))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(d, n)) for d, n in ((db, "A"), (second, "B"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    second.close()
    assert errors == []
    assert college.get_profile(db).name_kk in ("A19", "B19")


@pytest.mark.parametrize("message, problem", [
    ("database is locked", DbProblem.LOCKED),
    ("attempt to write a readonly database", DbProblem.READ_ONLY),
    ("database or disk is full", DbProblem.DISK_FULL),
    ("file is not a database", DbProblem.NOT_A_DATABASE),
    ("unable to open database file", DbProblem.CANNOT_OPEN),
    ("disk I/O error", DbProblem.IO_ERROR),
    ('connection to server at "x" failed: Connection refused', DbProblem.CANNOT_CONNECT),
])
def test_errors_of_the_environment_are_told_from_bugs(message, problem):
    assert classify(sqlite3.OperationalError(message)) is problem
    assert classify(ValueError("list index out of range")) is None


def test_two_backups_in_the_same_second_each_keep_their_own_file(db):
    """Two imports at once each back up first: the copies must not share a temporary or a final name."""
    from concurrent.futures import ThreadPoolExecutor

    moment = datetime(2026, 3, 1, 9, 30)
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda _: backup.make_backup(db.path, db.backups_root, "before-import", moment), range(4)))
    assert len(set(made)) == 4
    assert sorted(p.name for p in made) == ["20260301-093000-before-import-2.sqlite", "20260301-093000-before-import-3.sqlite",
                                            "20260301-093000-before-import-4.sqlite", "20260301-093000-before-import.sqlite"]
    assert all(backup.is_sqlite_file(p) for p in made)
    assert not [p for p in made[0].parent.iterdir() if p.name.startswith(".")]
