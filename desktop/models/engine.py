"""Engines for SQLite (the embedded default) and PostgreSQL (a shared college database)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for what the user typed: a URL as it is, anything else a SQLite file path."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str | URL) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    # hide_parameters: a failed statement's message (logged, shown in the crash dialog) would otherwise
    # carry the row's values, i.e. a student's IIN, name, birth date and disability flags.
    if make_url(url).get_backend_name() == "sqlite":
        # The driver's own timeout covers the wait for the lock while connecting, busy_timeout the rest.
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _migration_connect(dbapi_connection, _record):
    # The driver's own transaction handling commits before DDL and opens no transaction for it, so a
    # kill between two statements of a migration left half a schema under the old version number.
    # With the driver in autocommit mode the "begin" hook below opens the one real transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Batch migrations rebuild a table by copy, drop and rename; with foreign keys on, the drop would
    # cascade into the tables that point at it. SQLite ignores this pragma inside a transaction, so it
    # is set here, before BEGIN; upgrade() runs foreign_key_check before it commits.
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # a finished upgrade survives a power cut, too
    cursor.close()


def _migration_begin(connection):
    # IMMEDIATE takes the write lock before the version is read: of two programs starting at once on
    # an old file, the second waits and then finds it up to date instead of migrating it twice.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_migration_engine(url: str | URL) -> Engine:
    """An engine for schema upgrades of a SQLite file only: all of an upgrade, DDL included, in one
    transaction (SQLAlchemy's recipe for the pysqlite driver), so a kill leaves the old schema or the new.

    The application's own engine keeps the driver's usual handling: reads without a BEGIN of their own,
    as the benchmarks were measured."""
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _migration_connect)
    event.listen(engine, "begin", _migration_begin)
    return engine
