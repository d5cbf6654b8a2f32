"""Opening a database: check the file, back it up, migrate, and hand out sessions."""
from __future__ import annotations

import logging
import os
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.models import backup, migrate
from desktop.models.engine import database_url, make_engine, sqlite_path
from desktop.paths import owner_only, private_file, private_folder
from desktop.services import journal
from desktop.domain.roles import Area
from desktop.services.actors import Actor, local_owner
from desktop.services.errors import DatabaseEnvironmentError, DbProblem, classify
from desktop.services.versions import StaleRecord

log = logging.getLogger(__name__)
BACKUP_INTERVAL = timedelta(days=1)


@dataclass
class Database:
    url: str
    engine: Engine
    backups_root: Path
    created: bool = False
    # Who works: the signed-in user, or the one user of a local file that asks for no sign-in.
    actor: Actor = field(default_factory=local_owner)
    # False only for the benchmarks' baseline: the same work without the journal.
    journal: bool = True
    origin: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    bulk_job: journal.Bulk | None = None

    def __post_init__(self):
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"db": self})
        journal.install(self._sessions, self)

    @property
    def shared(self) -> bool:
        """A server database several workstations share (sign-in is always asked there)."""
        return self.engine.dialect.name != "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file path, or the URL without its password."""
        if self.path:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except StaleDataError as exc:  # a save raced another workstation's between reading and writing
            table = re.search(r"table '(\w+)'", str(exc))
            raise StaleRecord(table.group(1) if table else "", None) from exc
        except DBAPIError as exc:
            problem = classify(exc)
            if problem is None:
                raise
            raise DatabaseEnvironmentError(problem, self.display_name, str(exc.orig)) from exc

    @contextmanager
    def bulk(self, operation: str, label: str = "", **params) -> Iterator[journal.Bulk]:
        """Work spanning many sessions (building the demo college, a long import) as one audit entry."""
        job = journal.Bulk(operation, label, params)
        self.bulk_job = job
        try:
            yield job
        finally:
            self.bulk_job = None
        with self.session() as session:
            journal.write_bulk(session, self, job)

    def backup_now(self, reason: str = "manual", unless_same_as: str | None = None) -> Path:
        """A new backup; with `unless_same_as` (a reason, "" for any) an identical newer one is kept instead."""
        if self.path is None:
            raise DatabaseEnvironmentError(DbProblem.CANNOT_OPEN, self.display_name, "backups are for SQLite files")
        if reason == "manual":  # the automatic ones (daily, before a migration or an import) are everybody's
            self.actor.require_write(Area.BACKUPS)
        return _guarded(self.display_name, lambda: backup.make_backup(self.path, self.backups_root, reason,
                                                                      unless_same_as=unless_same_as))

    def backups(self) -> list[Path]:
        return backup.list_backups(self.path, self.backups_root) if self.path else []

    def restore(self, backup_file: Path) -> None:
        """Replace this database with a backup, keeping a copy of what it replaces."""
        self.actor.require_write(Area.BACKUPS)
        check_sqlite_file(backup_file)
        revision = _guarded(str(backup_file), backup.revision_of, backup_file)  # read-only: the file stays as it is
        if revision is None:
            raise DatabaseEnvironmentError(DbProblem.NOT_ZHOSPAR, str(backup_file))
        if revision not in migrate.known_revisions():
            raise DatabaseEnvironmentError(DbProblem.SCHEMA_TOO_NEW, str(backup_file), revision)
        self.backup_now("before-restore")
        self.engine.dispose()
        _guarded(self.display_name, backup.restore, backup_file, self.path)
        _bring_up_to_date(self, existed=True)
        with self.session() as session:  # the log of the restored file says it was restored, by whom
            journal.note(session, self, "restore", backup_file.name)

    def others_lately(self, minutes: int = 30) -> list[tuple[str, str]]:
        with self.session() as session:
            return journal.others_lately(session, self, datetime.now() - timedelta(minutes=minutes))

    def close(self) -> None:
        self.engine.dispose()


def _guarded(location: str, func, *args):
    """Run file work, turning OS and SQLite errors of the environment into plain problems."""
    import sqlite3  # noqa: PLC0415

    try:
        return func(*args)
    except (OSError, sqlite3.Error) as exc:
        problem = classify(exc)
        if problem is None and isinstance(exc, PermissionError):
            problem = DbProblem.READ_ONLY
        if problem is None and isinstance(exc, OSError):
            problem = DbProblem.IO_ERROR
        if problem is None:
            raise
        raise DatabaseEnvironmentError(problem, location, str(exc)) from exc


def check_sqlite_file(path: Path) -> None:
    if not path.exists():
        raise DatabaseEnvironmentError(DbProblem.CANNOT_OPEN, str(path), "no such file")
    if path.is_dir():
        raise DatabaseEnvironmentError(DbProblem.CANNOT_OPEN, str(path), "a folder, not a file")
    if not os.access(path, os.R_OK):
        raise DatabaseEnvironmentError(DbProblem.CANNOT_OPEN, str(path), "not readable")
    if not backup.is_sqlite_file(path):
        raise DatabaseEnvironmentError(DbProblem.NOT_A_DATABASE, str(path))


def open_database(target: str | Path, backups_root: Path, *, create: bool = True) -> Database:
    """Open (and create) a database, backing it up before a migration or once a day, then migrating."""
    url = database_url(target)
    path = sqlite_path(url)
    existed = True
    if path is not None:
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            check_sqlite_file(path)
            if not os.access(path, os.W_OK):
                raise DatabaseEnvironmentError(DbProblem.READ_ONLY, str(path))
        elif not create:
            raise DatabaseEnvironmentError(DbProblem.CANNOT_OPEN, str(path), "no such file")
        else:
            _guarded(str(path), _create_private, path)
    db = Database(url, make_engine(url), backups_root)
    try:
        _bring_up_to_date(db, existed)
    except BaseException:
        db.close()
        raise
    return db


def _create_private(path: Path) -> None:
    """An empty database file for the owner alone, before SQLite writes to it (and gives its -wal and
    -shm files the same permissions)."""
    if not path.parent.exists():  # a folder the user chose keeps its mode; one made for the file is private
        private_folder(path.parent)
    if not private_file(path):
        owner_only(path)  # an empty file was there: it becomes the database now


def _bring_up_to_date(db: Database, existed: bool) -> None:
    try:
        with db.engine.connect() as connection:
            revision = migrate.current_revision(connection)
            empty = migrate.is_empty(connection)
    except DBAPIError as exc:
        problem = classify(exc) or DbProblem.CANNOT_CONNECT
        raise DatabaseEnvironmentError(problem, db.display_name, str(exc.orig)) from exc
    if revision is None and not empty:
        raise DatabaseEnvironmentError(DbProblem.NOT_ZHOSPAR, db.display_name)
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseEnvironmentError(DbProblem.SCHEMA_TOO_NEW, db.display_name, revision)
    pending = revision != migrate.HEAD_REVISION
    if db.path is not None and existed and not empty:
        last = backup.last_backup_time(db.path, db.backups_root)
        # A start that fails (and is tried again and again) keeps the backup it made the first time
        # instead of adding identical ones that would push the good ones out.
        if pending:
            reason = f"{backup.BEFORE_MIGRATION}{revision}"
            db.backup_now(reason, unless_same_as=reason)
        elif last is None or datetime.now() - last > BACKUP_INTERVAL:
            db.backup_now("daily", unless_same_as="")
    if pending:
        log.info("migrating %s from %s to %s", db.display_name, revision, migrate.HEAD_REVISION)
        try:
            migrate.upgrade(db.engine)
        except DBAPIError as exc:
            problem = classify(exc)
            if problem is None:
                raise
            raise DatabaseEnvironmentError(problem, db.display_name, str(exc.orig)) from exc
        db.created = db.created or empty
    if empty:
        from desktop.services.classifier import seed_classifier  # noqa: PLC0415

        seed_classifier(db)
