"""Kill `zhospar-cli migrate` with SIGKILL at random moments and check what it leaves behind.

For every stored schema (tests/fixtures/db/schema-NNNN.sqlite) a fresh copy is migrated by the command
line in a child process, which is killed at a random moment between its first touch of the database
(the -wal file appearing) and the end of an uninterrupted run. Afterwards the database must

- pass PRAGMA integrity_check,
- be at the old revision with exactly the old schema, or at the head with exactly the head schema
  (anything else is a "partial state": tables of a later revision under the old version number),
- open (migrate to the head) with its students intact,

and the backups folder must list only complete backups, with no leftover -journal files.

    python scripts/kill_migrate.py [--runs 40] [--jobs 2] [--seed N]

prints the counts per schema and in total, and exits 1 when any run left a damaged state.
tests/db/test_interrupted_migration.py runs a few of these in CI.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "db"
_IN_PROCESS = threading.Lock()  # Alembic's context is global to the process: one opening at a time


@dataclass
class Outcome:
    schema: str
    old_revision: str
    killed: bool = False  # False when the child had finished before the kill
    revision: str | None = None
    backup_cut: bool = False  # killed while writing its backup (a temporary file is left, never listed)
    upgrade_cut: bool = False  # killed inside the upgrade's transaction (it had logged "migrating", no commit)
    integrity_ok: bool = False
    partial: bool = False
    opens: bool = False
    backups_ok: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def good(self) -> bool:
        return self.integrity_ok and not self.partial and self.opens and self.backups_ok


@dataclass
class Schema:
    """What an uninterrupted run of one stored database looks like."""
    fixture: Path
    old_revision: str
    old_shape: dict
    head_revision: str
    head_shape: dict
    students: int
    work_seconds: float  # from the first touch of the database to the end of the run


def shape(connection: sqlite3.Connection) -> dict:
    """Every table, index and column by name: enough to tell one revision's schema from another's."""
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    columns = {name: tuple(row[1] for row in connection.execute(f'PRAGMA table_info("{name}")'))
               for kind, name in objects if kind == "table"}
    return {"objects": objects, "columns": columns}


def read_state(path: Path) -> tuple[str | None, bool, dict, int | None]:
    """Revision, integrity, shape and student count, read the way SQLite recovers a killed writer."""
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone() or (None,))[0] \
            if "alembic_version" in tables else None
        students = connection.execute("SELECT count(*) FROM student").fetchone()[0] if "student" in tables else None
        return revision, integrity, shape(connection), students
    finally:
        connection.close()


def child(db: Path, home: Path) -> subprocess.Popen:
    env = dict(os.environ, ZHOSPAR_HOME=str(home))
    # Run from the database's folder, so that `-m` finds the installed package, not a source tree here.
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", "--db", str(db), "migrate"], env=env,
                            cwd=db.parent, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for_touch(process: subprocess.Popen, db: Path, limit: float = 30.0) -> float:
    """Seconds until the child first opens the database (its -wal file appears) or ends."""
    wal = db.with_name(db.name + "-wal")
    start = time.monotonic()
    while not wal.exists() and process.poll() is None and time.monotonic() - start < limit:
        time.sleep(0.0005)
    return time.monotonic() - start


def calibrate(fixture: Path, workdir: Path) -> Schema:
    db, home = _copy(fixture, workdir / f"calibrate-{fixture.stem}")
    old_revision, _, old_shape, students = read_state(db)
    process = child(db, home)
    wait_for_touch(process, db)
    touched = time.monotonic()
    _, stderr = process.communicate(timeout=120)
    work = time.monotonic() - touched
    if process.returncode != 0:
        raise RuntimeError(f"{fixture.name}: an uninterrupted migrate failed: {stderr.decode(errors='replace')}")
    head_revision, _, head_shape, _ = read_state(db)
    return Schema(fixture, old_revision, old_shape, head_revision, head_shape, students or 0, work)


def _copy(fixture: Path, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True)
    db = folder / "college.sqlite"
    shutil.copy(fixture, db)
    return db, folder / "home"


def one_run(schema: Schema, folder: Path, pick: random.Random) -> Outcome:
    db, home = _copy(schema.fixture, folder)
    outcome = Outcome(schema.fixture.stem, schema.old_revision)
    process = child(db, home)
    wait_for_touch(process, db)
    time.sleep(pick.uniform(0, schema.work_seconds * 1.1))
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
        outcome.killed = True
    process.communicate()
    check(schema, db, home, outcome)
    return outcome


def check(schema: Schema, db: Path, home: Path, outcome: Outcome) -> None:
    outcome.revision, outcome.integrity_ok, found, _ = read_state(db)
    log_file = home / "logs" / "zhospar.log"
    started = log_file.exists() and "migrating" in log_file.read_text(encoding="utf-8", errors="replace")
    outcome.upgrade_cut = outcome.killed and started and outcome.revision == schema.old_revision
    if not outcome.integrity_ok:
        outcome.problems.append("integrity_check failed")
    expected = {schema.old_revision: schema.old_shape, schema.head_revision: schema.head_shape}.get(outcome.revision)
    outcome.partial = found != expected
    if outcome.partial:
        outcome.problems.append(f"revision {outcome.revision} with another revision's schema")
    outcome.backups_ok = check_backups(home, outcome)
    outcome.opens = opens(schema, db, home, outcome)


def check_backups(home: Path, outcome: Outcome) -> bool:
    from desktop.models import backup  # noqa: PLC0415 - after sys.path is set in main()

    root = home / "data" / "backups"
    folders = [p for p in root.iterdir() if p.is_dir()] if root.exists() else []
    good = True
    for folder in folders:
        outcome.backup_cut = outcome.backup_cut or bool(list(folder.glob(f".*{backup.PARTIAL}")))
        for leftover in folder.glob("*-journal"):
            outcome.problems.append(f"leftover {leftover.name}")
            good = False
        for listed in sorted(folder.glob("*.sqlite")):
            if listed not in backup.list_backups_in(folder):
                continue
            connection = sqlite3.connect(f"file:{listed}?mode=ro", uri=True)
            try:
                if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)] or \
                        connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] != 1:
                    raise sqlite3.DatabaseError("incomplete")
            except sqlite3.DatabaseError as exc:
                outcome.problems.append(f"listed backup {listed.name} is damaged: {exc}")
                good = False
            finally:
                connection.close()
    return good


def opens(schema: Schema, db: Path, home: Path, outcome: Outcome) -> bool:
    from desktop.services.database import open_database  # noqa: PLC0415

    try:
        with _IN_PROCESS:
            database = open_database(db, home / "data" / "backups", create=False)
    except Exception as exc:  # noqa: BLE001 - any failure to open is what this counts
        outcome.problems.append(f"does not open: {type(exc).__name__}: {exc}")
        return False
    database.close()
    revision, integrity, found, students = read_state(db)
    if revision != schema.head_revision or not integrity or found != schema.head_shape or students != schema.students:
        outcome.problems.append(f"after opening: revision {revision}, integrity {integrity}, students {students}")
        return False
    return True


def run(runs_per_schema: int, jobs: int = 2, seed: int | None = None, fixtures: Path = FIXTURES,
        workdir: Path | None = None) -> list[Outcome]:
    seed = random.randrange(1 << 30) if seed is None else seed
    own = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="zhospar-kill-")) if own else workdir
    try:
        schemas = [calibrate(f, workdir) for f in sorted(fixtures.glob("schema-*.sqlite"))]
        plan = [(s, workdir / f"{s.fixture.stem}-{i}", random.Random(f"{seed}-{s.fixture.stem}-{i}"))
                for s in schemas for i in range(runs_per_schema)]
        with ThreadPoolExecutor(jobs) as pool:
            return list(pool.map(lambda args: one_run(*args), plan))
    finally:
        if own:
            shutil.rmtree(workdir, ignore_errors=True)


def counts(outcomes: list[Outcome]) -> dict[str, int]:
    return {
        "runs": len(outcomes),
        "killed": sum(o.killed for o in outcomes),
        "integrity ok": sum(o.integrity_ok for o in outcomes),
        "cut in the backup": sum(o.backup_cut for o in outcomes),
        "cut in the upgrade": sum(o.upgrade_cut for o in outcomes),
        "left at old revision": sum(o.revision == o.old_revision for o in outcomes),
        "partial states": sum(o.partial for o in outcomes),
        "open": sum(o.opens for o in outcomes),
        "backups ok": sum(o.backups_ok for o in outcomes),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=40, help="kills per stored schema (default 40)")
    parser.add_argument("--jobs", type=int, default=2, help="children killed at once (default 2)")
    parser.add_argument("--seed", type=int, help="repeat a run")
    args = parser.parse_args(argv)
    seed = random.randrange(1 << 30) if args.seed is None else args.seed
    print(f"seed {seed}", flush=True)
    started = time.monotonic()
    outcomes = run(args.runs, args.jobs, seed)
    for stem in sorted({o.schema for o in outcomes}):
        mine = [o for o in outcomes if o.schema == stem]
        print(stem, ", ".join(f"{k} {v}" for k, v in counts(mine).items()))
    print("total", ", ".join(f"{k} {v}" for k, v in counts(outcomes).items()))
    for outcome in outcomes:
        if not outcome.good:
            print(f"  {outcome.schema}: {'; '.join(outcome.problems)}")
    print(f"{time.monotonic() - started:.0f} s")
    return 0 if all(o.good for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
