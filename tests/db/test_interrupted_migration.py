"""Nothing lost when interrupted: a killed or failing upgrade leaves the old schema whole, a failing start
keeps its good backup, a killed backup is never listed.

The kill -9 runs are a small sample of scripts/kill_migrate.py (run it for hundreds more).
"""
import importlib.util
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop.models import backup, migrate
from desktop.services.database import open_database

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "db"


def kill_script():
    spec = importlib.util.spec_from_file_location("kill_migrate", ROOT / "scripts" / "kill_migrate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_a_migrate_killed_at_random_moments_leaves_the_old_or_the_new_schema_and_opens(tmp_path):
    script = kill_script()
    outcomes = script.run(runs_per_schema=3, jobs=2, seed=20261206, workdir=tmp_path)
    counts = script.counts(outcomes)
    print(counts)
    assert counts["runs"] == 3 * len(list(FIXTURES.glob("schema-*.sqlite")))
    assert counts["killed"] >= counts["runs"] // 2  # the kills land while it works, not after
    assert counts["cut in the upgrade"] > 0  # some inside the upgrade's transaction itself
    assert [(o.schema, o.problems) for o in outcomes if not o.good] == []
    assert counts["partial states"] == 0 and counts["integrity ok"] == counts["open"] == counts["runs"]


def schema_of(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(connection.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        connection.close()


def test_an_upgrade_failing_at_its_last_step_leaves_the_old_schema_whole(tmp_path, paths):
    path = tmp_path / "college.sqlite"
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as connection:  # 0007 creates this table: the upgrade fails at its end
        connection.execute("CREATE TABLE teacher (id INTEGER PRIMARY KEY)")
    before = schema_of(path)
    for _ in range(3):  # the user starts it again and again
        with pytest.raises(OperationalError, match="already exists"):
            open_database(path, paths.backups, create=False)
        assert schema_of(path) == before
        assert backup.revision_of(path) == "0001"
    kept = backup.list_backups(path, paths.backups)
    assert [backup.reason_of(p) for p in kept] == ["before-migration-0001"]  # one, not one per failed start
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE teacher")
    db = open_database(path, paths.backups, create=False)
    db.close()
    assert backup.revision_of(path) == migrate.HEAD_REVISION


def test_the_backup_before_an_upgrade_outlives_any_number_of_later_ones(db, paths):
    start = datetime(2026, 1, 1)
    first = backup.make_backup(db.path, db.backups_root, "before-migration-0005", start)
    last = backup.make_backup(db.path, db.backups_root, "before-migration-0006", start + timedelta(minutes=1))
    for minute in range(backup.KEEP_BACKUPS + 5):
        backup.make_backup(db.path, db.backups_root, "daily", start + timedelta(days=1, minutes=minute))
    listed = db.backups()
    assert first in listed and last in listed
    assert len(listed) == backup.KEEP_BACKUPS + 2


BACKUP_CHILD = """
import sys
from pathlib import Path
from desktop.models.backup import make_backup
make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "manual")
"""


def test_a_killed_backup_is_never_listed_and_leaves_no_journal(tmp_path):
    db_path = tmp_path / "large.sqlite"
    with sqlite3.connect(db_path) as connection:  # large enough to be killed while it is copied
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE blob (data BLOB)")
        connection.executemany("INSERT INTO blob VALUES (randomblob(1000000))", [()] * 150)
    root = tmp_path / "backups"
    folder = backup.backup_folder(root, db_path)
    child = subprocess.Popen([sys.executable, "-c", BACKUP_CHILD, str(db_path), str(root)])
    deadline = time.monotonic() + 30
    while child.poll() is None and time.monotonic() < deadline:
        partial = list(folder.glob(f".*{backup.PARTIAL}")) if folder.exists() else []
        if partial and partial[0].stat().st_size > 5_000_000:
            break
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)
    child.wait()
    if not list(folder.glob(f".*{backup.PARTIAL}")):
        pytest.skip("the copy finished before it could be killed on this machine")
    assert backup.list_backups(db_path, root) == []
    assert [p.name for p in folder.iterdir() if p.name.endswith(("-journal", "-wal", "-shm"))] == []

    made = backup.make_backup(db_path, root, "manual")
    assert backup.list_backups(db_path, root) == [made]
    with backup.read_only(made) as connection:
        assert connection.execute("SELECT count(*) FROM blob").fetchone() == (150,)
    assert list(folder.glob("*-wal")) == []  # a backup is stored in rollback mode: reading it adds nothing
    old = time.time() - backup.STALE_PARTIAL_SECONDS - 60
    for leftover in folder.glob(f".*{backup.PARTIAL}"):
        import os

        os.utime(leftover, (old, old))
    backup.make_backup(db_path, root, "manual")
    assert list(folder.glob(f".*{backup.PARTIAL}")) == []  # the killed copy's file is cleared once stale
