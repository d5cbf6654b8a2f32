"""Fuzz the file readers the way users meet them: 1,000+ broken inputs each through the command line (or the
service a window calls, for readers without a command), in-process, 5 s each.

    .venv/bin/python scripts/fuzz.py                  # 1,000 inputs for each target
    .venv/bin/python scripts/fuzz.py --count 200 --only check,nedb

Targets: `zhospar-cli check` on curriculum workbooks and on college summary sheets, `classifier import`,
`nedb import`, and the student sheet, exam scheme, exam scores and employment imports. Inputs are valid files
broken by tests/helpers/workbook_mutations.py and tests/helpers/nedb_mutations.py, the same every run for a seed.

Printed per target: inputs; exit codes 0 (done), 1 (refused), 2 (unreadable); tracebacks (exit 3 or any other
exception); hangs (over 5 s); partial writes (a refused input that changed the database: a checksum of every
table, before and after). Then the kinds of traceback seen. The target is 0 tracebacks, 0 hangs, 0 partial writes;
the exit code is 1 when any is found.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import logging
import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "helpers"))
TIMEOUT = 5.0


class Hang(BaseException):
    """Raised by the alarm: BaseException, so that no `except Exception` of the code under test swallows it."""


def _alarm(signum, frame):
    raise Hang()


@dataclass
class Tally:
    inputs: int = 0
    codes: Counter = field(default_factory=Counter)
    tracebacks: int = 0
    hangs: int = 0
    partial: int = 0
    kinds: Counter = field(default_factory=Counter)
    slowest: float = 0.0


def _kind(exc: BaseException) -> str:
    """The exception's type, message head and the innermost frame of ours."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/desktop/" in f.filename]
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}: {str(exc)[:70]}{where}"


class _LastError(logging.Handler):
    """Catches the traceback zhospar-cli logs before it exits 3."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.exc = None

    def emit(self, record):
        if record.exc_info:
            self.exc = record.exc_info[1]


def checksum(path: Path) -> str:
    """Every row of every table: equal before and after means nothing was written."""
    digest = hashlib.sha256()
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


class Target:
    """A reader and how it is called: .call(path, database) returns the exit code the command line would give."""

    def __init__(self, name: str, base, broken, call, needs_db: bool = False, cli: bool = False):
        self.name, self.base, self.broken, self.call, self.needs_db, self.cli = name, base, broken, call, needs_db, cli


def _cli(*arguments):
    from desktop import cli  # noqa: PLC0415

    return cli.main(["--lang", "en", *arguments])


def _service(function):
    """The exit code the command line gives for a service's outcome."""
    from desktop.cli import refused  # noqa: PLC0415
    from desktop.services.errors import NotFound, ValidationFailed  # noqa: PLC0415

    try:
        function()
    except ValidationFailed as error:
        return refused(error.problems)
    except NotFound:
        return 1
    return 0


def targets(folder: Path) -> list[Target]:
    import workbook_bases  # noqa: PLC0415
    import workbook_mutations  # noqa: PLC0415

    def workbook(name):
        return lambda: workbook_bases.BASES[name](folder / f"base-{name}.xlsx").read_bytes()

    def broken_workbooks(data, count, seed):
        yield from workbook_mutations.named_cases(data)
        yield from workbook_mutations.mutants(data, count, seed)

    def students(path, db):
        from desktop.exchange.student_sheet import guess_mapping  # noqa: PLC0415
        from desktop.services import student_import  # noqa: PLC0415

        def run():
            sheet = student_import.open_sheet(path)
            student_import.import_students(db.open(), sheet, guess_mapping(sheet.headers), date(2026, 9, 1))
        return _service(run)

    def exam_scheme(path, db):
        from desktop.services import exam_documents  # noqa: PLC0415

        return _service(lambda: exam_documents.import_scheme(db.open(), path, "Web", "Fuzz"))

    def exam_scores(path, db):
        from desktop.services import exam_documents  # noqa: PLC0415

        return _service(lambda: exam_documents.import_scores(db.open(), 1, path))

    def employment(path, db):
        from desktop.services import employment as service  # noqa: PLC0415

        return _service(lambda: service.import_employment(db.open(), path, 2026))

    found = [
        Target("check curriculum", workbook("curriculum"), broken_workbooks, lambda p, db: _cli("check", str(p)), cli=True),
        Target("check college sheet", workbook("college_sheet"), broken_workbooks, lambda p, db: _cli("check", str(p)),
               cli=True),
        Target("classifier import", workbook("classifier"), broken_workbooks,
               lambda p, db: _cli("--db", str(db.closed()), "classifier", "import", str(p)), needs_db=True, cli=True),
        Target("student sheet import", workbook("students"), broken_workbooks, students, needs_db=True),
        Target("exam scheme import", workbook("exam_scheme"), broken_workbooks, exam_scheme, needs_db=True),
        Target("exam scores import", workbook("exam_scores"), broken_workbooks, exam_scores, needs_db=True),
        Target("employment import", workbook("employment"), broken_workbooks, employment, needs_db=True),
    ]
    nedb = _nedb_target(folder)
    if nedb:
        found.append(nedb)
    return found


def _nedb_target(folder: Path) -> Target | None:
    try:
        from nedb_mutations import broken_files  # noqa: PLC0415 - the NEDB mutator of tests/helpers
    except ImportError:
        return None
    from desktop.paths import resource_path  # noqa: PLC0415

    def base():
        # The demo file's first 40 students: the same forms, fast enough to import a thousand times.
        text = resource_path("demo", "nedb-contingent.txt").read_bytes().decode("utf-16")
        lines = text.splitlines(keepends=True)
        return "".join(lines[:41]).encode("utf-16")

    return Target("nedb import", base, lambda data, count, seed: broken_files(data, count, seed),
                  lambda p, db: _cli("--db", str(db.closed()), "nedb", "import", str(p)), needs_db=True, cli=True)


class WorkDatabase:
    """A database copied from a template: reopened after a change, so every input meets the same data."""

    def __init__(self, template: Path, folder: Path):
        self.template, self.path, self.backups = template, folder / "work.sqlite", folder / "backups"
        self.db = None
        self.sum = ""

    def reset(self):
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.path)
        self.sum = checksum(self.path)

    def open(self):
        from desktop.services.database import open_database  # noqa: PLC0415

        if self.db is None:
            self.db = open_database(self.path, self.backups)
        return self.db

    def closed(self) -> Path:
        self.close()
        return self.path

    def close(self):
        if self.db is not None:
            self.db.close()
            self.db = None


def make_template(folder: Path) -> Path:
    """A migrated database with one group (the student sheet's) and the classifier."""
    from contingent import add_group  # noqa: PLC0415

    from desktop.services.database import open_database  # noqa: PLC0415

    path = folder / "template.sqlite"
    db = open_database(path, folder / "template-backups")
    add_group(db)
    db.close()
    return path


def run(target: Target, count: int, seed: int, folder: Path, template: Path) -> Tally:
    tally = Tally()
    work = WorkDatabase(template, folder / target.name.replace(" ", "-")) if target.needs_db else None
    if work:
        work.path.parent.mkdir(exist_ok=True)
        work.reset()
    catcher = _LastError()
    logging.getLogger("zhospar.cli").addHandler(catcher)
    path = folder / "input"
    for kind, data in target.broken(target.base(), count, seed):
        path.write_bytes(data)
        tally.inputs += 1
        catcher.exc = None
        started = time.monotonic()
        signal.setitimer(signal.ITIMER_REAL, TIMEOUT)
        outcome = None
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = target.call(path, work)
        except Hang:
            outcome = "hang"
        except Exception as exc:  # noqa: BLE001 - what the fuzzing is for
            outcome = "traceback"
            tally.kinds[_kind(exc)] += 1
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        elapsed = time.monotonic() - started
        tally.slowest = max(tally.slowest, elapsed)
        if outcome is None and elapsed > TIMEOUT:
            outcome = "hang"  # finished, but only after the alarm could not interrupt it (C code)
        if outcome is None and code == 3:
            outcome = "traceback"
            tally.kinds[_kind(catcher.exc) if catcher.exc else "exit 3"] += 1
        if outcome == "hang":
            tally.hangs += 1
            (folder / "hangs").mkdir(exist_ok=True)
            (folder / "hangs" / f"{target.name}-{tally.inputs}").write_bytes(data)
        elif outcome == "traceback":
            tally.tracebacks += 1
            (folder / "tracebacks").mkdir(exist_ok=True)
            (folder / "tracebacks" / f"{target.name}-{tally.inputs}").write_bytes(data)
        else:
            tally.codes[code] += 1
        if work:
            work.close()
            now = checksum(work.path)
            if now != work.sum:
                if outcome is not None or code != 0:
                    tally.partial += 1
                    (folder / "partial").mkdir(exist_ok=True)
                    (folder / "partial" / f"{target.name}-{tally.inputs}").write_bytes(data)
                work.reset()
            elif outcome is not None:
                work.reset()
    logging.getLogger("zhospar.cli").removeHandler(catcher)
    if work:
        work.close()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="random inputs a target (besides the named cases)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", help="comma-separated words of the targets to run (check, nedb, classifier...)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (hangs/, tracebacks/, partial/)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="zhospar-fuzz-"))
    os.environ["ZHOSPAR_HOME"] = str(folder / "home")  # nothing of the user's is touched
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, _alarm)
    logging.disable(logging.INFO)
    template = make_template(folder)
    chosen = [t for t in targets(folder) if not args.only or any(w in t.name for w in args.only.split(","))]
    if not any(t.name == "nedb import" for t in chosen) and (not args.only or "nedb" in args.only):
        print("nedb import: skipped (tests/helpers/nedb_mutations.py not found)")
    print(f"{'target':24} {'inputs':>6} {'exit 0':>6} {'exit 1':>6} {'exit 2':>6} {'tracebacks':>10} {'hangs':>5} "
          f"{'partial':>7} {'slowest':>7}")
    totals, kinds = Tally(), Counter()
    for target in chosen:
        started = time.monotonic()
        tally = run(target, args.count, args.seed, folder, template)
        print(f"{target.name:24} {tally.inputs:6} {tally.codes[0]:6} {tally.codes[1]:6} {tally.codes[2]:6} "
              f"{tally.tracebacks:10} {tally.hangs:5} {tally.partial:7} {tally.slowest:6.1f}s"
              f"  ({time.monotonic() - started:.0f} s)", flush=True)
        for kind, number in tally.kinds.items():
            kinds[f"{target.name}: {kind}"] += number
        totals.tracebacks += tally.tracebacks
        totals.hangs += tally.hangs
        totals.partial += tally.partial
    for kind, number in kinds.most_common():
        print(f"  {number:5} × {kind}")
    if args.keep or totals.tracebacks or totals.hangs or totals.partial:
        print(f"inputs that failed are in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if totals.tracebacks or totals.hangs or totals.partial else 0


if __name__ == "__main__":
    sys.exit(main())
