"""Copies of a SQLite database made with SQLite's online backup API (safe while it is in use)."""
from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
KEEP_BACKUPS = 20


def is_sqlite_file(path: Path) -> bool:
    """True for an SQLite database or an empty file (SQLite treats both as databases)."""
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head in (b"", SQLITE_MAGIC)


def backup_folder(backups_root: Path, db_path: Path) -> Path:
    """One folder per database, named after it, so two databases never mix their backups."""
    digest = hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:6]
    return backups_root / f"{db_path.stem}-{digest}"


def copy_database(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def make_backup(db_path: Path, backups_root: Path, reason: str, now: datetime | None = None) -> Path:
    now = now or datetime.now()
    folder = backup_folder(backups_root, db_path)
    target = folder / f"{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{now:%Y%m%d-%H%M%S}-{reason}-{counter}.sqlite"
    copy_database(db_path, target)
    prune(folder)
    return target


def list_backups(db_path: Path, backups_root: Path) -> list[Path]:
    """Newest first."""
    folder = backup_folder(backups_root, db_path)
    return sorted(folder.glob("*.sqlite"), reverse=True) if folder.exists() else []


def prune(folder: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in sorted(folder.glob("*.sqlite"), reverse=True)[keep:]:
        old.unlink(missing_ok=True)


def last_backup_time(db_path: Path, backups_root: Path) -> datetime | None:
    backups = list_backups(db_path, backups_root)
    return datetime.fromtimestamp(backups[0].stat().st_mtime) if backups else None


def restore(backup: Path, db_path: Path) -> None:
    """Overwrite db_path with the backup's content; every connection to db_path must be closed."""
    copy_database(backup, db_path)
