"""Copies of a SQLite database made with SQLite's online backup API (safe while it is in use).

A copy is written under a temporary name (never listed) and renamed once complete, so a killed backup
is never mistaken for one. Backups are named `YYYYmmdd-HHMMSS-<reason>[-n].sqlite`; the newest
`before-migration-<revision>` of each revision is never pruned: it is the way back from an upgrade.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import re
import secrets
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from desktop.paths import private_file, private_folder

SQLITE_MAGIC = b"SQLite format 3\x00"
KEEP_BACKUPS = 20
PARTIAL = ".partial"
STALE_PARTIAL_SECONDS = 600  # a copy in progress writes all the time; one untouched this long was killed
BEFORE_MIGRATION = "before-migration-"
# A second backup in the same second gets "-2": "before-migration-0005-2" is revision 0005's.
_REASON = re.compile(r"^\d{8}-\d{6}-(?P<reason>before-migration-[^-]+|.+?)(?:-\d+)?\.sqlite$")


def is_sqlite_file(path: Path) -> bool:
    """True for an SQLite database or an empty file (SQLite treats both as databases)."""
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)


def backup_folder(backups_root: Path, db_path: Path) -> Path:
    """One folder per database, named after it, so two databases never mix their backups."""
    digest = hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:6]
    return backups_root / f"{db_path.stem}-{digest}"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes to `path` (no journal mode change, no side files for a rollback file)."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def revision_of(path: Path) -> str | None:
    """The schema revision stored in a database file, None when it has no Zhospar version table."""
    connection = read_only(path)
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                              ).fetchone() is None:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def copy_database(source: Path, target: Path, next_name=None) -> Path:
    """Write a complete copy of `source` to `target` (a new file, readable by its owner alone).

    With `next_name` (a function giving the name after a taken one) an existing file is never
    replaced: the copy takes the next free name, claimed atomically, so two backups made in the same
    second (two imports at once) each keep their own file. Returns the file written."""
    if not target.parent.exists():
        private_folder(target.parent)
    # Unique per call, not per process: two threads backing up at once must not share a partial file.
    partial = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{PARTIAL}")
    partial.unlink(missing_ok=True)
    private_file(partial)
    try:
        src = read_only(source)
        try:
            dst = sqlite3.connect(partial, isolation_level=None)
            try:
                # A fresh file no one else reads: no journal to write, none to leave behind when killed.
                dst.execute("PRAGMA journal_mode=OFF")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _store_in_rollback_mode(partial)
        if next_name is None:
            os.replace(partial, target)
            return target
        while True:
            try:
                os.link(partial, target)  # fails when the name is taken, unlike a rename
                return target
            except FileExistsError:
                target = next_name(target)
    finally:
        partial.unlink(missing_ok=True)


def _store_in_rollback_mode(path: Path) -> None:
    """Mark the copy as a rollback-journal database and flush it to disk.

    The backup API copies page 1 as it is, with the source's WAL flags (header bytes 18 and 19 = 2), and
    opening a WAL file creates -wal and -shm files even to read it. Bytes 18 and 19 = 1 is the same
    database in rollback mode (SQLite file format, section 1.3.3); set on a closed, complete file."""
    with open(path, "r+b") as handle:
        handle.seek(18)
        if handle.read(2) == b"\x02\x02":
            handle.seek(18)
            handle.write(b"\x01\x01")
        handle.flush()
        os.fsync(handle.fileno())


def reason_of(backup: Path) -> str | None:
    match = _REASON.match(backup.name)
    return match["reason"] if match else None


def make_backup(db_path: Path, backups_root: Path, reason: str, now: datetime | None = None, *,
                unless_same_as: str | None = None) -> Path:
    """Back db_path up; with `unless_same_as` (a reason, "" for any), keep the newest backup of that
    reason instead when it holds exactly what db_path holds now (a start failing again and again adds
    nothing)."""
    now = now or datetime.now()
    folder = private_folder(backup_folder(backups_root, db_path))
    _remove_stale_partials(folder)
    stamp = f"{now:%Y%m%d-%H%M%S}-{reason}"
    names = (folder / f"{stamp}-{counter}.sqlite" for counter in itertools.count(2))
    target = copy_database(db_path, folder / f"{stamp}.sqlite", next_name=lambda taken: next(names))
    if unless_same_as is not None:
        same = _newest(folder, unless_same_as, besides=target)
        if same is not None and _same_content(same, target):
            target.unlink()
            os.utime(same)  # checked just now: the daily backup is not due again until tomorrow
            return same
    prune(folder)
    return target


def _newest(folder: Path, reason: str, besides: Path) -> Path | None:
    """The newest backup with this reason ("" for any) other than `besides`."""
    return next((p for p in list_backups_in(folder)
                 if p != besides and (not reason or reason_of(p) == reason)), None)


def _same_content(first: Path, second: Path) -> bool:
    """Two backups of one unchanged database are byte for byte the same (the backup API is deterministic)."""
    if first.stat().st_size != second.stat().st_size:
        return False
    return _digest(first) == _digest(second)


def _digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.digest()


def _remove_stale_partials(folder: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in folder.glob(f".*{PARTIAL}*"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except FileNotFoundError:
            pass


def list_backups(db_path: Path, backups_root: Path) -> list[Path]:
    """Newest first."""
    return list_backups_in(backup_folder(backups_root, db_path))


def list_backups_in(folder: Path) -> list[Path]:
    """Complete backups only (a copy in progress has a hidden temporary name), newest first."""
    if not folder.exists():
        return []
    return sorted((p for p in folder.glob("*.sqlite") if not p.name.startswith(".")), reverse=True)


def protected(backups: list[Path]) -> set[Path]:
    """The newest backup taken before each schema upgrade: the way back from it is never pruned."""
    kept: dict[str, Path] = {}
    for backup in backups:  # newest first
        reason = reason_of(backup) or ""
        if reason.startswith(BEFORE_MIGRATION):
            kept.setdefault(reason, backup)
    return set(kept.values())


def prune(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    backups = list_backups_in(folder)
    keep_always = protected(backups)
    for old in [p for p in backups if p not in keep_always][keep:]:
        old.unlink(missing_ok=True)


def last_backup_time(db_path: Path, backups_root: Path) -> datetime | None:
    backups = list_backups(db_path, backups_root)
    return datetime.fromtimestamp(max(p.stat().st_mtime for p in backups)) if backups else None


def restore(backup: Path, db_path: Path) -> None:
    """Overwrite db_path with the backup's content; every connection to db_path must be closed.

    Written in place through the backup API (one transaction of db_path, in its own journal), not by
    renaming: a -wal file left beside db_path would otherwise be applied to the restored pages."""
    src = read_only(backup)
    try:
        dst = sqlite3.connect(db_path)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
