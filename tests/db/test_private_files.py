"""Personal data on disk: the database, its side files, every backup and the log are the owner's alone
(0600, folders 0700), whatever the umask of the session that created them."""
import logging
import os
import sqlite3
import stat
import sys

import pytest

from desktop.logs import setup_logging
from desktop.models import backup
from desktop.paths import resolve_paths
from desktop.services import college
from desktop.services.college import CollegeProfileData
from desktop.services.database import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_every_file_and_folder_with_personal_data_is_owner_only(umask, zhospar_home):
    paths = resolve_paths(zhospar_home).ensure()
    setup_logging(paths.log_file)
    logging.getLogger("zhospar").info("started")
    db = open_database(paths.default_db, paths.backups)
    try:
        college.save_profile(db, CollegeProfileData(name_kk="Колледж", name_ru="Колледж"))
        with db.engine.connect():  # the side files exist while a connection is open
            side = [paths.default_db.with_name(paths.default_db.name + s) for s in ("-wal", "-shm")]
            assert {p.name: mode(p) for p in side} == {p.name: 0o600 for p in side}
        made = db.backup_now()
        copy = zhospar_home / "copies" / "college-copy.sqlite"  # zhospar-cli backup --to
        backup.copy_database(db.path, copy)
    finally:
        db.close()
    demo = open_database(paths.demo_db, paths.backups)  # a database in a folder of its own
    demo.close()

    folders = [zhospar_home, paths.data, paths.config, paths.logs, paths.backups, made.parent, paths.demo_db.parent,
               copy.parent]
    assert {str(f): oct(mode(f)) for f in folders} == {str(f): oct(0o700) for f in folders}
    files = [paths.default_db, paths.demo_db, paths.log_file, made, copy]
    assert {str(f): oct(mode(f)) for f in files} == {str(f): oct(0o600) for f in files}


def test_a_rollback_journal_inherits_the_database_files_mode(umask, paths):
    db = open_database(paths.default_db, paths.backups)
    db.close()
    connection = sqlite3.connect(paths.default_db, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("CREATE TABLE scratch (id INTEGER)")
        journal = paths.default_db.with_name(paths.default_db.name + "-journal")
        assert mode(journal) == 0o600
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def test_files_of_an_older_version_are_closed_at_the_next_start(paths):
    paths.logs.chmod(0o755)
    paths.log_file.write_text("old\n")
    paths.log_file.chmod(0o644)
    setup_logging(paths.log_file)
    resolve_paths(paths.data.parent).ensure()
    assert (mode(paths.logs), mode(paths.log_file)) == (0o700, 0o600)


def test_the_application_starts_with_its_files_owner_only(zhospar_home, tmp_path):
    """The window's own start (paths, log, settings, a new database) under a umask of 0o022."""
    import subprocess

    env = dict(os.environ, ZHOSPAR_HOME=str(zhospar_home), ZHOSPAR_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", "import os, sys; os.umask(0o022); from desktop.app import main; "
                           "sys.exit(main([]))"], env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    paths = resolve_paths(zhospar_home)
    found = {p.relative_to(zhospar_home).as_posix(): oct(mode(p)) for p in [zhospar_home, *zhospar_home.rglob("*")]}
    assert found == {name: oct(0o700 if (zhospar_home / name).is_dir() else 0o600) for name in found}
    assert {"data/zhospar.sqlite", "logs/zhospar.log", "config/settings.ini"} <= set(found)
    assert paths.default_db.exists()


def test_a_folder_the_user_chose_for_a_new_database_keeps_its_mode(umask, tmp_path, paths):
    chosen = tmp_path / "Documents"
    chosen.mkdir()
    chosen.chmod(0o755)
    open_database(chosen / "college.sqlite", paths.backups).close()
    assert (mode(chosen), mode(chosen / "college.sqlite")) == (0o755, 0o600)
